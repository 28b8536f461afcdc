/**
 * Argument checks for the public API. JavaScript callers have no type
 * checker, and a wrong argument (YAML text for an object, a Promise for its
 * result, the output of one function where another's is wanted) must fail at
 * once with what was wanted, not deep inside or with an empty result.
 */
import { isRecord } from "./values.js";
/**
 * What a value is, in the words of the API: "a string", "a check() result",
 * "a Pod object". `stringHint` follows "a string" where an object was wanted.
 */
export function describeValue(value, stringHint = "") {
    if (value === undefined || value === null)
        return String(value);
    if (typeof value === "string")
        return `a string${stringHint}`;
    if (Array.isArray(value))
        return "an array";
    if (typeof value !== "object")
        return `a ${typeof value}`;
    if (typeof value.then === "function")
        return "a Promise (missing await?)";
    const record = value;
    if (Array.isArray(record.findings) && isRecord(record.summary))
        return "a check() result";
    if (Array.isArray(record.nodes) && Array.isArray(record.problems))
        return "a nodesFromObjects() result";
    if (Array.isArray(record.pods) && Array.isArray(record.problems))
        return "a podsFromObjects() result";
    if (Array.isArray(record.nodes) && isRecord(record.summary))
        return "a simulate() result";
    if (typeof record.kind === "string")
        return `a ${record.kind} object`;
    return "an object without a kind";
}
/** `check(paths)`: an array of path strings. */
export function checkPaths(fn, paths) {
    if (Array.isArray(paths) && paths.every((p) => typeof p === "string"))
        return;
    const got = Array.isArray(paths) ? "an array with a value that is not a string" : describeValue(paths, "; put it in an array");
    throw new TypeError(`${fn}: paths must be an array of file, folder or glob paths, such as ["deploy/"]; got ${got}`);
}
/** For the functions that take parsed objects. */
export const PARSE_FIRST = " (parse YAML or JSON text into objects first)";
/** `diffSimulations` takes two `simulate` results. */
export function checkSimulation(fn, name, value) {
    if (isRecord(value) && Array.isArray(value.nodes) && isRecord(value.summary))
        return;
    throw new TypeError(`${fn}: ${name} must be what simulate() returned; got ${describeValue(value, PARSE_FIRST)}`);
}
export function checkString(fn, name, value) {
    if (typeof value !== "string")
        throw new TypeError(`${fn}: ${name} must be a string; got ${describeValue(value)}`);
}
/** An options argument: absent, or a plain object with only the known keys. */
export function checkOptions(fn, options, known) {
    if (options === undefined)
        return;
    if (!isRecord(options) || typeof options.then === "function") {
        throw new TypeError(`${fn}: options must be an object with ${known.join(", ")}; got ${describeValue(options)}`);
    }
    for (const key of Object.keys(options)) {
        if (!known.includes(key))
            throw new TypeError(`${fn}: unknown option "${key}" (options: ${known.join(", ")})`);
    }
}
