/**
 * `spec.nodeSelector` and required node affinity, as
 * k8s.io/component-helpers scheduling/corev1/nodeaffinity/nodeaffinity.go
 * evaluates them (`GetRequiredNodeAffinity`, `LazyErrorNodeSelector`), with
 * requirement semantics from k8s.io/apimachinery labels/selector.go
 * (`NewRequirement`, `Requirement.Matches`) and fields/selector.go.
 *
 * Matching answers a boolean quickly; `explain*` says why a node does not
 * match (which nodeSelector entry, which term and requirement, and the node's
 * actual value) so that messages and lint rules can show it.
 */
import type { Path } from "../path.js";
/** Read access to a node's labels: a `Map`, or anything with the same `get`. */
export interface LabelLookup {
    get(key: string): string | undefined;
}
/** What node affinity looks at on a node: its name and its labels. */
export interface NodeView {
    /** `""` for a hypothetical node; `matchFields` are then skipped, as upstream does for unnamed nodes. */
    name: string;
    labels: LabelLookup;
}
/** A NodeView from a plain label object, for rules that ask about hypothetical nodes. */
export declare function nodeView(name: string, labels?: Readonly<Record<string, string>>): NodeView;
export type RequirementField = "matchExpressions" | "matchFields";
/** A requirement as written in the manifest (values kept even when invalid, for messages). */
export interface NodeSelectorRequirement {
    key: string;
    operator: string;
    values: string[];
}
/** Why a term could not be parsed; the path is relative to the required node selector. */
export interface NodeSelectorParseError {
    termIndex: number;
    path: Path;
    message: string;
}
/** A parsed requirement of a term. */
export interface CompiledRequirement {
    field: RequirementField;
    index: number;
    requirement: NodeSelectorRequirement;
    /** Gt / Lt: the parsed int64 requirement value. */
    bound?: bigint;
}
/** A parsed term: its requirements are ANDed. */
export interface CompiledTerm {
    index: number;
    /** Undefined when the term has no matchExpressions (then labels are not looked at). */
    expressions?: CompiledRequirement[];
    fields?: CompiledRequirement[];
}
/** A parsed `requiredDuringSchedulingIgnoredDuringExecution`. */
export interface CompiledNodeSelector {
    /** The terms that take part in matching: neither empty nor unparsable. */
    terms: readonly CompiledTerm[];
    termCount: number;
    /** Indices of terms with neither matchExpressions nor matchFields: they match nothing. */
    emptyTerms: readonly number[];
    /** Parse errors are lazy: the term never matches, the other terms still count. */
    parseErrors: readonly NodeSelectorParseError[];
}
/** The node-side half of `RequiredNodeAffinity`: the pod's nodeSelector and required node affinity. */
export interface RequiredNodeAffinity {
    nodeSelector: readonly (readonly [key: string, value: string])[];
    /** Undefined when affinity, nodeAffinity or the required selector is absent (no restriction). */
    required?: CompiledNodeSelector;
}
/** One nodeSelector entry the node does not satisfy; `actual` is null when the label is absent. */
export interface NodeSelectorEntryMismatch {
    key: string;
    expected: string;
    actual: string | null;
}
/** One requirement of a term that the node does not satisfy. */
export interface RequirementMismatch {
    field: RequirementField;
    index: number;
    requirement: NodeSelectorRequirement;
    /** The node's label value (or name for matchFields); null when absent. */
    actual: string | null;
}
/** Why one term does not match: unparsable, empty, or the requirements the node fails. */
export interface TermMismatch {
    termIndex: number;
    empty?: true;
    parseErrors?: string[];
    failed?: RequirementMismatch[];
}
export interface NodeAffinityMismatch {
    /** nodeSelector entries that do not match (every failing entry). */
    nodeSelector: NodeSelectorEntryMismatch[];
    /** Set when the required affinity does not match: why each term fails. */
    affinity?: {
        terms: TermMismatch[];
    };
}
/** Go's `strconv.ParseInt(s, 10, 64)`, or undefined when it would fail. */
export declare function parseInt64(textValue: string): bigint | undefined;
/**
 * Parses a `requiredDuringSchedulingIgnoredDuringExecution` object
 * (`NewLazyErrorNodeSelector`). Empty terms and unparsable terms are left
 * out of matching; a nil or empty term list therefore matches no node.
 */
export declare function compileNodeSelector(selector: unknown): CompiledNodeSelector;
/** `LazyErrorNodeSelector.Match`: terms are ORed. */
export declare function nodeSelectorMatches(selector: CompiledNodeSelector, node: NodeView): boolean;
/** Why each term of the selector does not match the node, in term order. */
export declare function explainNodeSelector(selector: CompiledNodeSelector, node: NodeView): TermMismatch[];
/** `GetRequiredNodeAffinity` for a parsed pod spec. */
export declare function requiredNodeAffinity(podSpec: unknown): RequiredNodeAffinity;
/**
 * What a node's result depends on: the label keys the nodeSelector and the
 * parsed terms read, and whether matchFields read the node's name. Nodes
 * that agree on these get the same answer and the same explanation.
 */
export declare function affinityInputs(affinity: RequiredNodeAffinity): {
    labelKeys: string[];
    readsName: boolean;
};
/** `RequiredNodeAffinity.Match`: every nodeSelector entry, then the required selector. */
export declare function requiredNodeAffinityMatches(affinity: RequiredNodeAffinity, node: NodeView): boolean;
/** Why the node fails `RequiredNodeAffinity`, or undefined when it matches. */
export declare function explainRequiredNodeAffinity(affinity: RequiredNodeAffinity, node: NodeView): NodeAffinityMismatch | undefined;
/**
 * Whether the required node selection can never match a kind of node,
 * whatever the labels that kind leaves open. `node` is a hypothetical node
 * with the labels every node of that kind carries (see wellknown.ts), and
 * `decisive` says which label keys tell the kind apart: a mismatch on any
 * other key (a per-node label such as arch, hostname or zone, or a label
 * this question ignores) does not count, since some node of the kind may
 * have the value the selection wants.
 *
 * The kind is excluded when a nodeSelector entry fails on a decisive key, or
 * when every term of the required affinity fails on a decisive
 * matchExpressions requirement. A term that matches no node at all (empty or
 * unparsable, `LazyErrorNodeSelector`) excludes the kind as well, unless
 * `unmatchableTerms` is `"inconclusive"`: then such terms, or a term list
 * with none, prove nothing about the kind and the answer is false.
 */
export declare function excludesNodeKind(affinity: RequiredNodeAffinity, node: NodeView, decisive: (key: string) => boolean, options?: {
    unmatchableTerms?: "exclude" | "inconclusive";
}): boolean;
/** `key In [a, b]`, `key Exists`, `cores Gt 5`: a requirement as one line. */
export declare function formatRequirement(requirement: NodeSelectorRequirement): string;
/** What the node has for a requirement: `node has zone=a`, `node has no label zone`, `node is named n1`. */
export declare function formatActual(mismatch: RequirementMismatch): string;
/** `node has zone=a`, `node has edge=""`, or `node has no label zone`. */
export declare function formatNodeLabel(key: string, actual: string | null): string;
/** A pod's whole node selection: nodeSelector and required node affinity, and the template's nodeName. */
export interface NodeSelection {
    affinity: RequiredNodeAffinity;
    /** `""` or absent: any node. */
    nodeName?: string;
}
/**
 * The values every node of the selection has: its nodeSelector's labels
 * and, under a key no label can have, the template's nodeName. Two
 * selections that disagree on one of these share no node, which lets a
 * caller with many selections compare only those that agree
 * (nodeSelectionsIntersect decides the rest).
 */
export declare function fixedNodeValues(selection: NodeSelection): Map<string, string>;
/**
 * Whether some node could satisfy both selections, so that pods of both can
 * run on it. Conservative: true unless the two provably exclude each other,
 * term by term (terms are ORed, their requirements ANDed): a label both need
 * with values no one value satisfies (`In [amd64]` against `In [arm64]`,
 * `Exists` against `DoesNotExist`, `Gt 5` against `Lt 3`), or two node names.
 * A selection that matches no node at all (no matchable term) shares none.
 * Labels are taken as independent: that two keys always agree on real nodes
 * (kubernetes.io/os and beta.kubernetes.io/os) is not known here.
 */
export declare function nodeSelectionsIntersect(a: NodeSelection, b: NodeSelection): boolean;
