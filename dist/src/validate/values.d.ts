/**
 * Typed reads of a decoded manifest. A value of the wrong type reads as
 * absent: reporting wrong types is the schema stage's job, and the API server
 * would have refused to decode it before validating anything.
 */
import { type Obj } from "../values.js";
export { asObject, asString, stringEntries, type Obj } from "../values.js";
/** The object at `value`, or an empty one: Go's zero value for an absent struct. */
export declare function objectOrEmpty(value: unknown): Obj;
/** The string, or "" when absent or wrongly typed. */
export declare function stringOf(value: unknown): string;
/** An integer, or undefined (JSON numbers with a fraction do not decode into Go ints). */
export declare function asInt(value: unknown): number | undefined;
export declare function asBool(value: unknown): boolean | undefined;
/** `len(s) == 0` in Go: absent, null or "". A wrongly-typed value is neither empty nor valid. */
export declare function isBlank(value: unknown): boolean;
/** `len(list) == 0` in Go: absent, null or []. */
export declare function isEmptyList(value: unknown): boolean;
/** Go's int zero value: absent, null or 0. */
export declare function isZeroInt(value: unknown): boolean;
/** The object entries of a list with their indices; other entries are skipped. */
export declare function objectItems(value: unknown): Array<[number, Obj]>;
/** The string entries of a list with their indices. */
export declare function stringItems(value: unknown): Array<[number, string]>;
/** The number of entries in a list as written, whatever their type. */
export declare function listLength(value: unknown): number;
/** Whether `obj` has a non-null value under `key` (a set pointer in Go). */
export declare function isSet(obj: Obj, key: string): boolean;
/** Renders a value for a message: strings quoted, everything else as JSON. */
export declare function show(value: unknown): string;
