/**
 * Reads a regular expression pattern (JavaScript syntax, already accepted by
 * V8 with the same flags) into a tree, with what each character atom may
 * match as a set of code points, over-approximated where exactness does not
 * matter (case folding, Unicode properties, legacy octal escapes). The
 * backtracking check (regex.ts) reads the sets; the matcher (match.ts) asks
 * V8 about each atom's characters, so it never depends on the sets.
 */
/** Sorted, disjoint, non-adjacent ranges of code points (or code units without the u flag). */
export type CharSet = ReadonlyArray<readonly [number, number]>;
export declare const NOTHING: CharSet;
export declare const EVERYTHING: CharSet;
export declare function union(a: CharSet, b: CharSet): CharSet;
export declare function overlaps(a: CharSet, b: CharSet): boolean;
/**
 * The set with the `i` flag: both cases of ASCII letters; and any letter or
 * non-ASCII character may fold to a non-ASCII one (the Kelvin sign is a
 * `k`), so those sets take every non-ASCII character.
 */
export declare function caseFolded(set: CharSet): CharSet;
export type PatternNode = {
    t: "chars";
    set: CharSet;
    start: number;
    end: number;
}
/** Zero-width: ^ $ \b \B and the empty pattern. */
 | {
    t: "assert";
    start: number;
    end: number;
} | {
    t: "seq";
    items: PatternNode[];
    start: number;
    end: number;
} | {
    t: "alt";
    branches: PatternNode[];
    start: number;
    end: number;
} | {
    t: "group";
    body: PatternNode;
    start: number;
    end: number;
}
/** A lookahead, or a lookbehind (`behind`). */
 | {
    t: "look";
    body: PatternNode;
    behind: boolean;
    start: number;
    end: number;
} | {
    t: "repeat";
    body: PatternNode;
    min: number;
    max: number;
    start: number;
    end: number;
} | {
    t: "backref";
    start: number;
    end: number;
};
/** Thrown for what the reader does not understand; V8 has accepted the pattern, so the pattern is refused as unsupported. */
export declare class UnsupportedPattern extends Error {
}
/** The tree of a pattern V8 has accepted with these flags; throws UnsupportedPattern for syntax this reader does not know. */
export declare function readPattern(source: string, flags: string): PatternNode;
