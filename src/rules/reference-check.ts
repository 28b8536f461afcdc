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
import { madeByTheCluster, type PodReference, type ReferenceUse } from "../k8s/references.js";
import type { ReferencedKind, ReferencedObject } from "../load/referenced.js";
import { closestMatch } from "../schema/suggest.js";
import type { PodScope } from "./input-objects.js";
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
  keys: Array<{ key: string; at: Anchor }>;
}

/** The fact of one DaemonSet: its references that are not optional (the kubelet goes on without those). */
export function referenceFact(ds: DaemonSetView, references: readonly PodReference[]): ReferenceFact | undefined {
  const kept = references.filter((r) => !r.optional);
  if (kept.length === 0) return undefined;
  const fact: ReferenceFact = {
    references: kept.map((r) => {
      const reference: FactReference = { kind: r.kind, name: r.name, use: r.use, by: r.by, at: ds.anchor(r.path), keys: r.keys.map((k) => ({ key: k.key, at: ds.anchor(k.path) })) };
      if (r.dataOnly) reference.dataOnly = true;
      return reference;
    }),
  };
  if (ds.namespace) fact.namespace = ds.namespace;
  return fact;
}

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
export function withSuggestion(head: string, suggestion: string | undefined, consequence: string): string {
  return suggestion ? `${head}; did you mean "${suggestion}"? ${consequence[0]!.toUpperCase()}${consequence.slice(1)}` : `${head}: ${consequence}`;
}

/** A key the input shows to be missing from the object it defines. */
export interface MissingKey {
  problem: "key";
  reference: FactReference;
  key: { key: string; at: Anchor };
  /** The keys the object has, listed for a message. */
  keys: string;
  suggestion?: string;
}

const LISTED = 5;

/**
 * Beyond this many names of a kind in one namespace, no "did you mean":
 * each missing name would be compared with every defined one, which with
 * thousands of both takes minutes.
 */
const MAX_SUGGESTION_CANDIDATES = 2000;

/** The option the rules about named objects share. */
export interface ReferenceOptions extends Record<string, unknown> {
  acrossFiles: boolean;
}

export const REFERENCE_OPTIONS = {
  acrossFiles: {
    type: "boolean",
    description:
      "Judge a name missing when any file of the input defines objects of that kind in the DaemonSet's namespace. " +
      "Off by default: only objects of the DaemonSet's own file show what its namespace holds, since a folder of unrelated projects " +
      "that share a namespace (kube-system) says nothing of each other's objects. A name defined in any file still counts as present.",
  },
} as const;

/** The references of every DaemonSet that the input shows to be missing, in order. */
export function missingReferences(input: InputFacts<ReferenceFact>, options: ReferenceOptions, kinds: readonly ReferencedKind[]): Array<MissingObject | MissingKey> {
  const out: Array<MissingObject | MissingKey> = [];
  // The facts are read (and parsed) only when iterated: an input that defines none of these kinds skips them.
  if (!input.objects.definesAny(kinds)) return out;
  // Once per kind and scope: thousands of DaemonSets in one namespace would otherwise list its names each time.
  const namesAt = new Map<string, string[]>();
  for (const { fact, daemonSet } of input.facts) {
    const scope: PodScope = { file: daemonSet.file, withinFile: !options.acrossFiles };
    if (fact.namespace) scope.namespace = fact.namespace;
    for (const reference of fact.references) {
      if (madeByTheCluster(reference.kind, reference.name, fact.namespace)) continue;
      const found = input.objects.find(reference.kind, reference.name, scope);
      if (found.length === 0) {
        if (!input.objects.shows(reference.kind, scope) || input.objects.hasPlaceholder(reference.kind, scope)) continue;
        const cacheKey = `${reference.kind}\u0000${fact.namespace ?? ""}\u0000${fact.namespace === undefined || !options.acrossFiles ? daemonSet.file : ""}`;
        let names = namesAt.get(cacheKey);
        if (!names) namesAt.set(cacheKey, (names = input.objects.names(reference.kind, scope).sort()));
        const missing: MissingObject = { problem: "object", reference, where: whereText(scope), defined: listed(names) };
        const suggestion = names.length <= MAX_SUGGESTION_CANDIDATES ? closestMatch(reference.name, names) : undefined;
        if (suggestion) missing.suggestion = suggestion;
        out.push(missing);
        continue;
      }
      if (reference.keys.length === 0) continue;
      const keys = readableKeys(found, reference.dataOnly === true);
      if (!keys) continue;
      for (const key of reference.keys) {
        if (keys.has(key.key)) continue;
        const missing: MissingKey = { problem: "key", reference, key, keys: listed([...keys].sort()) };
        const suggestion = closestMatch(key.key, keys);
        if (suggestion) missing.suggestion = suggestion;
        out.push(missing);
      }
    }
  }
  return out;
}

/**
 * The keys the pods can read from the objects they may find, or undefined
 * when one of them shows no keys: an object whose data the input leaves
 * empty is taken as filled elsewhere.
 */
function readableKeys(found: readonly ReferencedObject[], dataOnly: boolean): Set<string> | undefined {
  const keys = new Set<string>();
  for (const object of found) {
    if (!object.keys && !object.binaryKeys) return undefined;
    for (const key of object.keys ?? []) keys.add(key);
    if (!dataOnly) for (const key of object.binaryKeys ?? []) keys.add(key);
  }
  return keys;
}

function whereText(scope: PodScope): string {
  return scope.namespace !== undefined ? `namespace "${scope.namespace}"` : "the namespace this file is applied to";
}

function listed(names: readonly string[]): string {
  const shown = names.slice(0, LISTED).map((n) => `"${n}"`).join(", ");
  return names.length > LISTED ? `${shown} and ${names.length - LISTED} more` : shown;
}
