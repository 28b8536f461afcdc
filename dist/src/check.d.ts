import { type DslintConfig } from "./config/config.js";
import type { Finding, ObjectRef, Problem } from "./finding.js";
import { type InputSource } from "./load/files.js";
import type { ManifestObject } from "./load/types.js";
import { TextSpill } from "./report/finding-store.js";
import type { CheckedFile, CheckResult, ReportInput } from "./report/types.js";
import { type Suppression } from "./rules/suppressions.js";
import { type PlacementSubject } from "./simulate/findings.js";
export interface CheckOptions {
    /** Target Kubernetes minor version (`1.30`); the configuration's, or the newest known. */
    kubernetesVersion?: string;
    /** Folder that relative paths and reported file names are relative to. */
    cwd?: string;
    /** Text for the path `-` (stdin), and the name to report it under. */
    stdin?: {
        text: string;
        filename?: string;
    };
    /** Globs of paths to leave out (relative to cwd, matched as the configuration's `ignore`), besides the configuration's. */
    ignore?: readonly string[];
    /** The configuration to use; by default the nearest .dslint.yaml from cwd upwards (or `configFile`). */
    config?: DslintConfig;
    configFile?: string;
    /** false: ignore suppression comments and annotations (`--no-inline-config`). */
    inlineConfig?: boolean;
    /** Node inventories to simulate placement against (besides the configuration's `nodes`). */
    nodes?: readonly string[];
    /** Worker threads besides the main one; by default chosen from the cores and the input's size (parallel.ts). */
    threads?: number;
    /**
     * false: a path or glob that matches no file, one whose files are all
     * ignored, and empty stdin are left out quietly. By default (true) they
     * reject with a UsageError, one line each.
     */
    errorOnUnmatchedPattern?: boolean;
}
type CheckTextOptions = Pick<CheckOptions, "kubernetesVersion" | "config" | "configFile" | "cwd" | "inlineConfig" | "nodes"> & Pick<InputSource, "templateSource">;
/** What every file of one run is checked with; plain data, so it can be sent to worker threads. */
export interface RunContext {
    version: string;
    config: DslintConfig;
    inlineConfig: boolean;
    /** Collect each DaemonSet for the placement check (an inventory was given). */
    placement: boolean;
}
/** Everything one file contributes to the result. */
export interface FileResult {
    findings: Finding[];
    documents: number;
    objects: number;
    daemonSets: number;
    skipped: number;
    /** Facts for cross-document rules, as JSON text (factText): small, and sharing nothing with the documents. */
    facts: string[];
    /** On the main thread the facts go to the run's TextSpill instead: these indexes of it. */
    factRange?: [number, number];
    /** The PriorityClass names the cross-document rules may need. */
    priorityClasses: string[];
    suppressions: Suppression[];
    /** The DaemonSets, for the placement check. */
    placements: PlacementSubject[];
    /** The file and the objects checked in it, clean or not (absent for a path that matched nothing). */
    checked?: CheckedFile;
}
/**
 * Checks manifests: load → schema → API validation → rules → report.
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
    close(): void;
}
/** `check` for the command line: findings held out of memory past a few thousand; `errorsOnly` keeps only errors (--quiet). */
export declare function checkForReport(paths: readonly string[], options: CheckOptions, errorsOnly?: boolean): Promise<CheckReport>;
/** What a finding's file reading (0), its objects (1) and a chart or kustomization note (2) add. */
type EmitFinding = (finding: Finding, phase: 0 | 1 | 2) => void;
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
export declare function objectRef(value: unknown): ObjectRef | undefined;
/** Places a stage's problem in its file through the object's source map. */
export declare function placeProblem(object: ManifestObject, p: Problem, ref?: ObjectRef | undefined): Finding;
export {};
