/**
 * Typed reads of a decoded manifest. A value of the wrong type reads as
 * absent: reporting wrong types is the schema stage's job, and the API server
 * would have refused to decode it before validating anything.
 */
import { asObject } from "../values.js";
import { quote } from "../text.js";
export { asObject, asString, stringEntries } from "../values.js";
/** The object at `value`, or an empty one: Go's zero value for an absent struct. */
export function objectOrEmpty(value) {
    return asObject(value) ?? {};
}
/** The string, or "" when absent or wrongly typed. */
export function stringOf(value) {
    return typeof value === "string" ? value : "";
}
/** An integer, or undefined (JSON numbers with a fraction do not decode into Go ints). */
export function asInt(value) {
    return typeof value === "number" && Number.isInteger(value) ? value : undefined;
}
export function asBool(value) {
    return typeof value === "boolean" ? value : undefined;
}
/** `len(s) == 0` in Go: absent, null or "". A wrongly-typed value is neither empty nor valid. */
export function isBlank(value) {
    return value === undefined || value === null || value === "";
}
/** `len(list) == 0` in Go: absent, null or []. */
export function isEmptyList(value) {
    return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}
/** Go's int zero value: absent, null or 0. */
export function isZeroInt(value) {
    return value === undefined || value === null || value === 0;
}
/** The object entries of a list with their indices; other entries are skipped. */
export function objectItems(value) {
    if (!Array.isArray(value))
        return [];
    const out = [];
    value.forEach((item, i) => {
        const o = asObject(item);
        if (o)
            out.push([i, o]);
    });
    return out;
}
/** The string entries of a list with their indices. */
export function stringItems(value) {
    if (!Array.isArray(value))
        return [];
    const out = [];
    value.forEach((item, i) => {
        if (typeof item === "string")
            out.push([i, item]);
    });
    return out;
}
/** The number of entries in a list as written, whatever their type. */
export function listLength(value) {
    return Array.isArray(value) ? value.length : 0;
}
/** Whether `obj` has a non-null value under `key` (a set pointer in Go). */
export function isSet(obj, key) {
    return obj[key] !== undefined && obj[key] !== null;
}
/** Renders a value for a message: strings quoted, everything else as JSON. */
export function show(value) {
    return quote(value);
}
