/**
 * "Did you mean ...?" for misspelt field names and enum values: the
 * candidate that differs only in case, else the unique nearest one within a
 * few edits (fewer for short names, where a couple of edits is a different word).
 */
export declare function closestMatch(input: string, candidates: Iterable<string>): string | undefined;
/**
 * The edits (insert, delete, substitute, swap two neighbours) turning `a`
 * into `b` when they are at most `bound`; otherwise some number above
 * `bound`. Three rows instead of the whole table, and it stops as soon as a
 * row has nothing within the bound: thousands of names compared with
 * thousands stay cheap.
 */
export declare function boundedEditDistance(a: string, b: string, bound: number): number;
