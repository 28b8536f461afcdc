/**
 * What the operators and member access of custom rules mean at run time,
 * shared by the fast evaluation and the one that tracks paths for blame.
 *
 * Values are plain data: the manifest's (JSON or YAML decoded: objects,
 * arrays, strings, numbers, booleans, null) and what the language makes
 * (null-prototype objects, arrays, primitives). No operation here calls
 * anything reachable from a value: member access reads own data properties
 * only, and operators never convert an object to a primitive (which would
 * call its `toString` or `valueOf`).
 */
export declare class BudgetExceeded extends Error {
    name: string;
}
/** The steps one evaluation has taken and may take. */
export interface Meter {
    steps: number;
    budget: number;
}
/** Work on strings is charged one step per this many characters. */
export declare const CHARS_PER_STEP = 32;
export declare function overBudget(meter: Meter): never;
export declare function charge(meter: Meter, steps: number): void;
export declare function chargeText(meter: Meter, length: number): void;
export type Key = string | number;
/** The list index a key names (`3`, `"3"`), or -1: canonical non-negative integers only, as JavaScript's array indices. */
export declare function indexOfKey(key: Key): number;
export declare function isPlainObject(value: unknown): value is Record<string, unknown>;
/**
 * `object[key]`: own properties of objects, the items and `length` of lists,
 * the characters and `length` of strings; undefined for anything else, so a
 * key such as `constructor` or `__proto__` reads the data's own entry or
 * nothing.
 */
export declare function getMember(object: unknown, key: unknown): unknown;
/** The key as a segment of a path into `object`: a number for a list index, a string for an object's key. */
export declare function pathSegment(object: unknown, key: Key): Key;
/**
 * `Number(value)` for primitives; objects and lists are not numbers (no `valueOf` is called).
 * Converting a string reads all of it (a megabyte of digits or spaces takes a millisecond), so it is charged by its length.
 */
export declare function toNumber(meter: Meter, value: unknown): number;
export declare function strictEquals(meter: Meter, a: unknown, b: unknown): boolean;
/** `==` between primitives as JavaScript has it; an object or list equals only itself (no conversion). */
export declare function looseEquals(meter: Meter, a: unknown, b: unknown): boolean;
/** `<`, `<=`, `>`, `>=` between primitives as JavaScript has it; false when either side is an object or list. */
export declare function relational(meter: Meter, op: "<" | "<=" | ">" | ">=", a: unknown, b: unknown): boolean;
/** `+`: text when either side is a string (other values formatted as in messages), else numbers. */
export declare function plus(meter: Meter, a: unknown, b: unknown): unknown;
export declare function arithmetic(meter: Meter, op: "-" | "*" | "/" | "%" | "**", a: unknown, b: unknown): number;
/** `key in object`: the object's own keys, a list's own indices; false for anything else. */
export declare function hasKey(key: unknown, object: unknown): boolean;
export declare function typeOf(value: unknown): string;
/**
 * A value as a message shows it: strings as they are, other primitives with
 * `String()`, lists and objects as compact JSON. Charged a step per value
 * and per 32 characters, so a huge value stops at the budget.
 */
export declare function formatValue(meter: Meter, value: unknown): string;
/** Charges for a helper reading `value`: a step per value and per 32 characters, as deep as helpers read. */
export declare function chargeData(meter: Meter, value: unknown, depth?: number): void;
