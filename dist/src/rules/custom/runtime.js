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
export class BudgetExceeded extends Error {
    name = "BudgetExceeded";
}
/** Work on strings is charged one step per this many characters. */
export const CHARS_PER_STEP = 32;
export function overBudget(meter) {
    throw new BudgetExceeded(`the expression took more than ${meter.budget.toLocaleString("en-US")} steps`);
}
export function charge(meter, steps) {
    meter.steps += steps;
    if (meter.steps > meter.budget)
        overBudget(meter);
}
export function chargeText(meter, length) {
    if (length >= CHARS_PER_STEP)
        charge(meter, Math.floor(length / CHARS_PER_STEP));
}
const MAX_INDEX = 2 ** 32 - 2;
/** The list index a key names (`3`, `"3"`), or -1: canonical non-negative integers only, as JavaScript's array indices. */
export function indexOfKey(key) {
    if (typeof key === "number")
        return Number.isInteger(key) && key >= 0 && key <= MAX_INDEX ? key : -1;
    if (key === "0")
        return 0;
    if (!/^[1-9][0-9]{0,9}$/.test(key))
        return -1;
    const n = Number(key);
    return n <= MAX_INDEX ? n : -1;
}
export function isPlainObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/**
 * `object[key]`: own properties of objects, the items and `length` of lists,
 * the characters and `length` of strings; undefined for anything else, so a
 * key such as `constructor` or `__proto__` reads the data's own entry or
 * nothing.
 */
export function getMember(object, key) {
    if (typeof key !== "string" && typeof key !== "number")
        return undefined;
    if (typeof object === "string") {
        if (key === "length")
            return object.length;
        const i = indexOfKey(key);
        return i >= 0 && i < object.length ? object[i] : undefined;
    }
    if (typeof object !== "object" || object === null)
        return undefined;
    if (Array.isArray(object)) {
        if (key === "length")
            return object.length;
        const i = indexOfKey(key);
        return i >= 0 && Object.hasOwn(object, i) ? object[i] : undefined;
    }
    const name = typeof key === "number" ? String(key) : key;
    return Object.hasOwn(object, name) ? object[name] : undefined;
}
/** The key as a segment of a path into `object`: a number for a list index, a string for an object's key. */
export function pathSegment(object, key) {
    if (Array.isArray(object)) {
        const i = indexOfKey(key);
        return i >= 0 ? i : key;
    }
    if (typeof object === "object" && object !== null)
        return String(key);
    return key;
}
/** Primitives an operator may convert without calling anything (not symbols, which throw when converted). */
function isPrimitive(value) {
    return value === null || (typeof value !== "object" && typeof value !== "function" && typeof value !== "symbol");
}
/**
 * `Number(value)` for primitives; objects and lists are not numbers (no `valueOf` is called).
 * Converting a string reads all of it (a megabyte of digits or spaces takes a millisecond), so it is charged by its length.
 */
export function toNumber(meter, value) {
    if (typeof value === "number")
        return value;
    if (typeof value === "string")
        chargeText(meter, value.length);
    return isPrimitive(value) ? Number(value) : NaN;
}
/**
 * Charges comparing two strings, which reads both when they have the same length,
 * or a string with another primitive, which converts the string to a number (`huge == 1`, `huge < 1`).
 */
function chargeComparison(meter, a, b) {
    if (typeof a === "string" && typeof b === "string") {
        if (a.length >= CHARS_PER_STEP)
            chargeText(meter, Math.min(a.length, b.length));
    }
    else if (typeof a === "string")
        chargeText(meter, a.length);
    else if (typeof b === "string")
        chargeText(meter, b.length);
}
export function strictEquals(meter, a, b) {
    // No conversion: only two strings are read.
    if (typeof a === "string" && typeof b === "string")
        chargeComparison(meter, a, b);
    return a === b;
}
/** `==` between primitives as JavaScript has it; an object or list equals only itself (no conversion). */
export function looseEquals(meter, a, b) {
    chargeComparison(meter, a, b);
    if (isPrimitive(a) && isPrimitive(b))
        return a == b;
    return a === b;
}
/** `<`, `<=`, `>`, `>=` between primitives as JavaScript has it; false when either side is an object or list. */
export function relational(meter, op, a, b) {
    if (!isPrimitive(a) || !isPrimitive(b))
        return false;
    chargeComparison(meter, a, b);
    // Primitives compare without calling anything; the casts only quiet the type checker.
    const x = a;
    const y = b;
    switch (op) {
        case "<":
            return x < y;
        case "<=":
            return x <= y;
        case ">":
            return x > y;
        case ">=":
            return x >= y;
    }
}
/** `+`: text when either side is a string (other values formatted as in messages), else numbers. */
export function plus(meter, a, b) {
    if (typeof a === "number" && typeof b === "number")
        return a + b;
    if (typeof a === "bigint" || typeof b === "bigint")
        return toNumber(meter, a) + toNumber(meter, b);
    if (typeof a === "string" || typeof b === "string") {
        const left = typeof a === "string" ? a : formatValue(meter, a);
        const right = typeof b === "string" ? b : formatValue(meter, b);
        chargeText(meter, left.length + right.length);
        return left + right;
    }
    return toNumber(meter, a) + toNumber(meter, b);
}
export function arithmetic(meter, op, a, b) {
    const x = toNumber(meter, a);
    const y = toNumber(meter, b);
    switch (op) {
        case "-":
            return x - y;
        case "*":
            return x * y;
        case "/":
            return x / y;
        case "%":
            return x % y;
        case "**":
            return x ** y;
    }
}
/** `key in object`: the object's own keys, a list's own indices; false for anything else. */
export function hasKey(key, object) {
    if (typeof key !== "string" && typeof key !== "number")
        return false;
    if (typeof object !== "object" || object === null)
        return false;
    if (Array.isArray(object)) {
        const i = indexOfKey(key);
        return i >= 0 ? Object.hasOwn(object, i) : key === "length";
    }
    return Object.hasOwn(object, typeof key === "number" ? String(key) : key);
}
export function typeOf(value) {
    return typeof value;
}
/** Deeper structures are written as "…" in messages: manifests are never this deep, and the writer must not run out of stack. */
const MAX_JSON_DEPTH = 64;
/**
 * A value as a message shows it: strings as they are, other primitives with
 * `String()`, lists and objects as compact JSON. Charged a step per value
 * and per 32 characters, so a huge value stops at the budget.
 */
export function formatValue(meter, value) {
    if (typeof value === "string")
        return value;
    if (typeof value !== "object" || value === null)
        return String(value);
    const out = [];
    writeJson(meter, value, out, 0);
    return out.join("");
}
function writeJson(meter, value, out, depth) {
    charge(meter, 1);
    if (typeof value === "string") {
        chargeText(meter, value.length);
        out.push(JSON.stringify(value));
    }
    else if (typeof value === "number") {
        out.push(Number.isFinite(value) ? String(value) : "null");
    }
    else if (typeof value === "boolean") {
        out.push(String(value));
    }
    else if (typeof value !== "object" || value === null) {
        out.push("null");
    }
    else if (depth >= MAX_JSON_DEPTH) {
        out.push('"…"');
    }
    else if (Array.isArray(value)) {
        out.push("[");
        for (let i = 0; i < value.length; i++) {
            if (i > 0)
                out.push(",");
            writeJson(meter, value[i], out, depth + 1);
        }
        out.push("]");
    }
    else {
        out.push("{");
        let first = true;
        for (const key of Object.keys(value)) {
            const item = value[key];
            if (item === undefined)
                continue;
            if (!first)
                out.push(",");
            first = false;
            chargeText(meter, key.length);
            out.push(JSON.stringify(key), ":");
            writeJson(meter, item, out, depth + 1);
        }
        out.push("}");
    }
}
/** How deep helpers' arguments are charged for: deeper than any selector or toleration a helper reads. */
const MAX_CHARGED_DEPTH = 8;
/** Charges for a helper reading `value`: a step per value and per 32 characters, as deep as helpers read. */
export function chargeData(meter, value, depth = 0) {
    charge(meter, 1);
    if (typeof value === "string")
        chargeText(meter, value.length);
    else if (typeof value === "object" && value !== null && depth < MAX_CHARGED_DEPTH) {
        if (Array.isArray(value))
            for (const item of value)
                chargeData(meter, item, depth + 1);
        else {
            for (const key of Object.keys(value)) {
                chargeText(meter, key.length);
                chargeData(meter, value[key], depth + 1);
            }
        }
    }
}
