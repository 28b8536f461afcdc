/**
 * Corrections applied to a file's text, and the unified diff of what
 * changed. Edits come in findings' coordinates (1-based lines and columns in
 * UTF-16 units, end exclusive) over the text as parsed, which has LF line
 * ends; the file may have CRLF ones, which new lines take too.
 */
import type { Correction } from "./edits.js";
export interface Applied {
    text: string;
    /** The corrections applied, in the order given. */
    applied: Correction[];
    /** Those left for another pass: they overlap one applied before them. */
    deferred: Correction[];
}
/**
 * Applies whole corrections in the order given, skipping one that overlaps an
 * edit already taken (as ESLint does: another pass may apply it to the new
 * text) or that does not fit the text.
 */
export declare function applyCorrections(text: string, corrections: readonly Correction[]): Applied;
/**
 * The unified diff of `before` and `after` for one file (`a/` and `b/`
 * prefixes, as `git apply` reads them); "" when they are equal. Lines are
 * compared whole; the common head and tail are found first, so a diff of a
 * few edits in a large file costs a pass over it.
 */
export declare function unifiedDiff(file: string, before: string, after: string): string;
