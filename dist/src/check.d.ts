import { type CheckOptions, type CheckTextOptions, type RunContext } from "./config/run.js";
import { type FileResult } from "./file-result.js";
import { type InputSource } from "./load/files.js";
import { type EmitFinding } from "./report/finding-slots.js";
import type { TextSpill } from "./text-spill.js";
import type { CheckedFile, CheckResult, ReportInput } from "./report/types.js";
import { type FindingKinds } from "./rules/registry.js";
/**
 * Checks manifests: load → schema → API validation → rules → (cross-document
 * rules, placement) → suppressions → report.
 * Problems in one file or document never stop the others from being checked.
 */
export declare function check(paths: readonly string[], options?: CheckOptions): Promise<CheckResult>;
/**
 * A check's result as the command line reports it: the findings may lie in
 * a temporary file (report/finding-store.ts), read back one at a time.
 * `close` removes it once the reports are written.
 */
export interface CheckReport extends ReportInput {
    files: CheckedFile[];
    /** Every kind of finding the run could report, its custom rules with them (SARIF's rule metadata). */
    kinds: FindingKinds;
    close(): void;
}
/**
 * `check` for the command line: findings held out of memory past a few
 * thousand; `errorsOnly` keeps only errors (--quiet). With `texts` (--fix),
 * a file whose absolute path is in it is read from there, and every other
 * file read whole is added to it, on the main thread.
 */
export declare function checkForReport(paths: readonly string[], options: CheckOptions, errorsOnly?: boolean, texts?: Map<string, string>): Promise<CheckReport>;
/**
 * Checks text that did not come from disk (an editor buffer, a test);
 * `templateSource` when it is a file of a chart or kustomization (load/sources.ts).
 */
export declare function checkText(text: string, filename: string, options?: CheckTextOptions): Promise<CheckResult>;
/**
 * Checks one input file. Runs on the main thread, where each finding goes to
 * `emit` as it is found, or on a worker thread, where they are collected in
 * the result's `findings` (the reading's first, then the objects').
 */
export declare function checkInput(input: InputSource, run: RunContext, emit?: EmitFinding, facts?: TextSpill): Promise<FileResult>;
