/**
 * The ServiceAccounts, ConfigMaps and Secrets of the whole input, as
 * load/referenced.ts keeps them, for the cross-document rules that ask
 * whether what a DaemonSet names exists where its pods run.
 *
 * Where a DaemonSet's pods run is its namespace. One without a namespace
 * lands wherever it is applied; the objects without a namespace in its own
 * file land with it (applied together), as overlapping-selectors reasons.
 */
import type { ReferencedKind, ReferencedObject } from "../load/referenced.js";

/** Where a DaemonSet's pods look for the objects they name. */
export interface PodScope {
  namespace?: string;
  file: string;
}

const EMPTY: readonly ReferencedObject[] = Object.freeze([]);

export class InputObjects {
  /** By kind and scope (a namespace, or a file for objects without one), then by name. */
  private readonly scoped = new Map<string, Map<string, ReferencedObject[]>>();
  /** By kind and name, wherever they are. */
  private readonly everywhere = new Map<string, ReferencedObject[]>();
  /** By kind and name, those without a namespace: they may land in any. */
  private readonly unplaced = new Map<string, ReferencedObject[]>();

  add(file: string, object: ReferencedObject): void {
    const scope = object.namespace === undefined ? fileScope(object.kind, file) : namespaceScope(object.kind, object.namespace);
    let names = this.scoped.get(scope);
    if (!names) this.scoped.set(scope, (names = new Map()));
    push(names, object.name, object);
    push(this.everywhere, nameKey(object.kind, object.name), object);
    if (object.namespace === undefined) push(this.unplaced, nameKey(object.kind, object.name), object);
  }

  /**
   * Whether the input shows the objects of this kind where the pods run, so
   * that one it lacks can be judged missing: it defines some in the
   * DaemonSet's namespace, or, for a DaemonSet without one, some without a
   * namespace in the DaemonSet's file.
   */
  shows(kind: ReferencedKind, at: PodScope): boolean {
    return (this.scoped.get(scopeOf(kind, at))?.size ?? 0) > 0;
  }

  /**
   * The objects of this kind and name the pods may find: those of their
   * namespace and those without one (which may be applied to it); for a
   * DaemonSet without a namespace, any of that name.
   */
  find(kind: ReferencedKind, name: string, at: PodScope): readonly ReferencedObject[] {
    if (at.namespace === undefined) return this.everywhere.get(nameKey(kind, name)) ?? EMPTY;
    const here = this.scoped.get(scopeOf(kind, at))?.get(name) ?? EMPTY;
    const unplaced = this.unplaced.get(nameKey(kind, name)) ?? EMPTY;
    return unplaced.length === 0 ? here : [...here, ...unplaced];
  }

  /** The names of the objects of this kind `shows` looks at, for suggestions. */
  names(kind: ReferencedKind, at: PodScope): string[] {
    return [...(this.scoped.get(scopeOf(kind, at))?.keys() ?? [])];
  }
}

function scopeOf(kind: ReferencedKind, at: PodScope): string {
  return at.namespace === undefined ? fileScope(kind, at.file) : namespaceScope(kind, at.namespace);
}

function namespaceScope(kind: string, namespace: string): string {
  return `${kind}\u0000ns\u0000${namespace}`;
}

function fileScope(kind: string, file: string): string {
  return `${kind}\u0000file\u0000${file}`;
}

function nameKey(kind: string, name: string): string {
  return `${kind}\u0000${name}`;
}

function push(map: Map<string, ReferencedObject[]>, key: string, object: ReferencedObject): void {
  const list = map.get(key);
  if (list) list.push(object);
  else map.set(key, [object]);
}
