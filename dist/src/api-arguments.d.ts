/**
 * What a value is, in the words of the API: "a string", "a check() result",
 * "a Pod object". `stringHint` follows "a string" where an object was wanted.
 */
export declare function describeValue(value: unknown, stringHint?: string): string;
/** `check(paths)`: an array of path strings. */
export declare function checkPaths(fn: string, paths: unknown): asserts paths is readonly string[];
/** For the functions that take parsed objects. */
export declare const PARSE_FIRST = " (parse YAML or JSON text into objects first)";
/** `diffSimulations` takes two `simulate` results. */
export declare function checkSimulation(fn: string, name: string, value: unknown): void;
export declare function checkString(fn: string, name: string, value: unknown): asserts value is string;
/** An options argument: absent, or a plain object with only the known keys. */
export declare function checkOptions(fn: string, options: unknown, known: readonly string[]): void;
