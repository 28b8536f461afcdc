/**
 * What the rules about named objects share (unknown-service-account,
 * unknown-configmap-or-secret, unknown-image-pull-secret): the facts they
 * collect from a DaemonSet's references (k8s/references.ts), and the one
 * judgement of which of them the input shows to be missing. Only where the
 * input defines objects of that kind where the pods run: a linter sees the
 * input, not the cluster, and a namespace of which the input shows none is
 * filled elsewhere.
 */
import type { Anchor } from "../finding.js";
import { type PodReference, type ReferenceUse } from "../k8s/references.js";
import type { ReferencedKind } from "../load/referenced.js";
import type { InputFacts } from "./types.js";
import type { DaemonSetView } from "./view.js";
export interface ReferenceFact {
    namespace?: string;
    references: FactReference[];
}
export interface FactReference {
    kind: ReferencedKind;
    name: string;
    use: ReferenceUse;
    by: string;
    /** Only env reads a ConfigMap's `data` alone. */
    dataOnly?: true;
    at: Anchor;
    keys: Array<{
        key: string;
        at: Anchor;
    }>;
}
/** The fact of one DaemonSet: its references that are not optional (the kubelet goes on without those). */
export declare function referenceFact(ds: DaemonSetView, references: readonly PodReference[]): ReferenceFact | undefined;
/** An object the input shows to be missing where the pods run. */
export interface MissingObject {
    problem: "object";
    reference: FactReference;
    /** `namespace "logging"`, or where the objects of a DaemonSet without a namespace are looked for. */
    where: string;
    /** The names the input defines there, listed for a message: `"a", "b" and 3 more`. */
    defined: string;
    /** A near miss among them. */
    suggestion?: string;
}
/** `head: consequence`, or with a suggestion `head; did you mean "x"? Consequence`. */
export declare function withSuggestion(head: string, suggestion: string | undefined, consequence: string): string;
/** A key the input shows to be missing from the object it defines. */
export interface MissingKey {
    problem: "key";
    reference: FactReference;
    key: {
        key: string;
        at: Anchor;
    };
    /** The keys the object has, listed for a message. */
    keys: string;
    suggestion?: string;
}
/** The option the rules about named objects share. */
export interface ReferenceOptions extends Record<string, unknown> {
    acrossFiles: boolean;
}
export declare const REFERENCE_OPTIONS: {
    readonly acrossFiles: {
        readonly type: "boolean";
        readonly description: string;
    };
};
/** The references of every DaemonSet that the input shows to be missing, in order. */
export declare function missingReferences(input: InputFacts<ReferenceFact>, options: ReferenceOptions, kinds: readonly ReferencedKind[]): Array<MissingObject | MissingKey>;
