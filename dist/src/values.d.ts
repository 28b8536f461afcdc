/**
 * Typed reads of decoded manifests and inventories, shared by every stage. A
 * value of the wrong JSON type reads as absent: reporting wrong types is the
 * schema stage's job, and Kubernetes would not have decoded it.
 */
export type Obj = Record<string, unknown>;
export declare function isRecord(value: unknown): value is Obj;
/**
 * `record[key]` for a key that comes from the input: only the record's own
 * entries, so a field named `constructor`, `toString` or `__proto__` reads
 * as absent instead of as Object.prototype's member.
 */
export declare function ownEntry<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined;
export declare function asObject(value: unknown): Obj | undefined;
export declare function asArray(value: unknown): unknown[];
export declare function asString(value: unknown): string | undefined;
/** The entries of a map whose values are strings. */
export declare function stringEntries(value: unknown): Array<[string, string]>;
/** A scalar as the text Kubernetes would hold (a label value written unquoted as 1.10 or true); anything else as missing. */
export declare function scalarText(value: unknown): string | undefined;
/**
 * `target.push(...items)` without spreading: a spread passes every item as
 * an argument on the stack, and past some 120,000 items (the findings of one
 * object, the lines of a table) that throws `Maximum call stack size exceeded`.
 */
export declare function appendAll<T>(target: T[], items: readonly T[]): T[];
/**
 * A deep copy of plain data whose strings share nothing with the text they
 * were read from. V8 makes a substring of 13 characters or more a view of
 * its parent: a DaemonSet's name kept for the end of a run would keep its
 * whole document's text alive, and memory would grow with the input.
 * Prototypes (null-prototype maps) and `__proto__` keys are kept as they are.
 */
export declare function detached<T>(value: T): T;
/**
 * Makes the strings of parsed plain data (JSON.parse's output, changed in
 * place) the ones `seen` already holds: each parse makes its own copy of
 * every file name, label key and kind, and a run keeps the facts of all its
 * DaemonSets at once for the cross-document rules. Returns `value`.
 */
export declare function sharingStrings<T>(value: T, seen: Map<string, string>): T;
/**
 * Values computed once per key, for work rules repeat on every DaemonSet of
 * a fleet (the same few host paths again and again); emptied when it holds
 * `limit` keys, so an input of ever new keys does not grow it without end.
 */
export declare class BoundedCache<K, V> {
    private readonly limit;
    private readonly values;
    constructor(limit?: number);
    get(key: K, make: (key: K) => V): V;
}
