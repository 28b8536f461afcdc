import { type CheckReport } from "../check.js";
import type { CheckOptions } from "../config/run.js";
/** Passes at most: each after the first checks the texts the one before changed. */
export declare const MAX_PASSES = 10;
export interface FixOptions {
    /** Write the files (--fix); otherwise only work out what would change (--fix-dry-run). */
    write: boolean;
    /** Only these rules' corrections (--fix-rule); every rule's when undefined. */
    rules?: ReadonlySet<string>;
    /** Also apply each finding's first suggestion (--suggestions). */
    suggestions: boolean;
}
/** What happened to one file. */
export interface FixedFile {
    /** The name findings give it. */
    file: string;
    absolutePath: string;
    before: string;
    after: string;
    /** Corrections applied over every pass. */
    applied: number;
    /** --fix: written; or why not. */
    written?: true | string;
}
export interface FixOutcome {
    /** The findings that remain: the last pass's check (of the files on disk after --fix). */
    report: CheckReport;
    files: FixedFile[];
    passes: number;
    /** Corrections of files read a block at a time (too large to hold): not applied. */
    notApplicable: number;
}
export declare function checkAndFix(paths: readonly string[], checkOptions: CheckOptions, errorsOnly: boolean, options: FixOptions): Promise<FixOutcome>;
/** Writes the file's new text in its place, atomically, if the file still holds the text that was fixed; else says why not. */
export declare function writeIfUnchanged(f: FixedFile): true | string;
/** The unified diff of every file the fixes change, in the order they were first changed. */
export declare function fixDiff(files: readonly FixedFile[]): string;
