import type { InputSource } from "../load/files.js";
import type { FolderGlobs } from "../load/globs.js";
import type { Rule } from "../rules/types.js";
import { type CompiledCustomRule } from "../rules/custom/compile.js";
import { type DslintConfig } from "./config.js";
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
    /**
     * true: findings carry their suggestions as edits (src/fix/edits.ts), as
     * the editor and `--suggestions` show them. Fixes are always there; the
     * suggestions of every finding cost a run time, so they are on request.
     */
    suggestions?: boolean;
}
export declare const CHECK_OPTIONS: Record<keyof CheckOptions, true>;
export type CheckTextOptions = Pick<CheckOptions, "kubernetesVersion" | "config" | "configFile" | "cwd" | "inlineConfig" | "nodes" | "suggestions"> & Pick<InputSource, "templateSource">;
export declare const CHECK_TEXT_OPTIONS: Record<keyof CheckTextOptions, true>;
/** What every file of one run is checked with; plain data, so it can be sent to worker threads. */
export interface RunContext {
    version: string;
    config: DslintConfig;
    /** The configuration's custom rules, compiled for `version`. */
    customRules: CompiledCustomRule[];
    inlineConfig: boolean;
    /** Collect each DaemonSet for the placement check (an inventory was given). */
    placement: boolean;
    /** Findings carry their suggestions as edits (CheckOptions.suggestions). */
    suggestions: boolean;
    /** --fix: the text of every file read whole, by absolute path (check.ts checkForReport). */
    texts?: Map<string, string>;
}
export declare function resolveRun(options: CheckOptions, cwd: string, rules: readonly Rule[]): RunContext;
/** The configuration's custom rules compiled for the run's Kubernetes version; a ConfigError with every problem's position. */
export declare function compiledCustomRules(config: DslintConfig, version: string): CompiledCustomRule[];
/** Every rule the run has: the built-in ones and the configuration's own. */
export declare function rulesOfRun(run: RunContext): readonly Rule[];
/** The configuration a run uses: `configFile` (relative to cwd), else the nearest .dslint.yaml upwards, else none. */
export declare function resolveConfig(cwd: string, configFile: string | undefined, rules: readonly Rule[]): DslintConfig;
/** The globs of paths to leave out: the options' (relative to cwd) and the configuration's `ignore` (relative to its folder). */
export declare function ignoreGlobs(options: CheckOptions, run: RunContext, cwd: string): FolderGlobs[];
