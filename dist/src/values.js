/**
 * Typed reads of decoded manifests and inventories, shared by every stage. A
 * value of the wrong JSON type reads as absent: reporting wrong types is the
 * schema stage's job, and Kubernetes would not have decoded it.
 */
export function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/**
 * `record[key]` for a key that comes from the input: only the record's own
 * entries, so a field named `constructor`, `toString` or `__proto__` reads
 * as absent instead of as Object.prototype's member.
 */
export function ownEntry(record, key) {
    return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
export function asObject(value) {
    return isRecord(value) ? value : undefined;
}
export function asArray(value) {
    return Array.isArray(value) ? value : [];
}
export function asString(value) {
    return typeof value === "string" ? value : undefined;
}
/** The entries of a map whose values are strings. */
export function stringEntries(value) {
    const o = asObject(value);
    if (!o)
        return [];
    return Object.entries(o).filter((e) => typeof e[1] === "string");
}
/** A scalar as the text Kubernetes would hold (a label value written unquoted as 1.10 or true); anything else as missing. */
export function scalarText(value) {
    if (typeof value === "string")
        return value;
    if (typeof value === "number" || typeof value === "boolean")
        return String(value);
    return undefined;
}
/**
 * `target.push(...items)` without spreading: a spread passes every item as
 * an argument on the stack, and past some 120,000 items (the findings of one
 * object, the lines of a table) that throws `Maximum call stack size exceeded`.
 */
export function appendAll(target, items) {
    for (const item of items)
        target.push(item);
    return target;
}
/**
 * A deep copy of plain data whose strings share nothing with the text they
 * were read from. V8 makes a substring of 13 characters or more a view of
 * its parent: a DaemonSet's name kept for the end of a run would keep its
 * whole document's text alive, and memory would grow with the input.
 * Prototypes (null-prototype maps) and `__proto__` keys are kept as they are.
 */
export function detached(value) {
    if (typeof value === "string")
        return (value.length >= 13 ? ` ${value}`.slice(1) : value);
    if (typeof value !== "object" || value === null)
        return value;
    if (Array.isArray(value))
        return value.map((item) => detached(item));
    const copy = Object.create(Object.getPrototypeOf(value));
    for (const key of Object.keys(value)) {
        const item = detached(value[key]);
        if (key === "__proto__")
            Object.defineProperty(copy, key, { value: item, writable: true, enumerable: true, configurable: true });
        else
            copy[key] = item;
    }
    return copy;
}
/**
 * Makes the strings of parsed plain data (JSON.parse's output, changed in
 * place) the ones `seen` already holds: each parse makes its own copy of
 * every file name, label key and kind, and a run keeps the facts of all its
 * DaemonSets at once for the cross-document rules. Returns `value`.
 */
export function sharingStrings(value, seen) {
    if (typeof value !== "object" || value === null)
        return value;
    const record = value;
    for (const key of Object.keys(record)) {
        const item = record[key];
        if (typeof item === "string") {
            const known = seen.get(item);
            if (known === undefined)
                seen.set(item, item);
            // Assignment, not defineProperty: JSON.parse made every key, `__proto__` too, an own data property.
            else
                record[key] = known;
        }
        else if (typeof item === "object" && item !== null)
            sharingStrings(item, seen);
    }
    return value;
}
/**
 * Values computed once per key, for work rules repeat on every DaemonSet of
 * a fleet (the same few host paths again and again); emptied when it holds
 * `limit` keys, so an input of ever new keys does not grow it without end.
 */
export class BoundedCache {
    limit;
    values = new Map();
    constructor(limit = 10_000) {
        this.limit = limit;
    }
    get(key, make) {
        if (this.values.has(key))
            return this.values.get(key);
        if (this.values.size >= this.limit)
            this.values.clear();
        const value = make(key);
        this.values.set(key, value);
        return value;
    }
}
