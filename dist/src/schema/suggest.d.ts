/**
 * "Did you mean ...?" for misspelt field names and enum values: the
 * candidate that differs only in case, else the unique nearest one within a
 * few edits (fewer for short names, where a couple of edits is a different word).
 */
export declare function closestMatch(input: string, candidates: Iterable<string>): string | undefined;
/** Edits (insert, delete, substitute, swap two neighbours) turning `a` into `b`. */
export declare function editDistance(a: string, b: string): number;
