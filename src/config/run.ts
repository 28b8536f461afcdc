/**
 * What a check is run with: its options, and what they resolve to for every
 * file (the configuration, given or the nearest .dslint.yaml; the Kubernetes
 * version; the globs to leave out).
 */
import { relative, resolve } from "node:path";
import type { InputSource } from "../load/files.js";
import type { FolderGlobs } from "../load/globs.js";
import { resolveKubernetesVersion } from "../options.js";
import type { Rule } from "../rules/types.js";
import { compileCustomRules, type CompiledCustomRule } from "../rules/custom/compile.js";
import { builtInRules, rulesWithCustom } from "../rules/registry.js";
import { ConfigError, emptyConfig, findConfigFile, loadConfigFile, type DslintConfig } from "./config.js";

export interface CheckOptions {
  /** Target Kubernetes minor version (`1.30`); the configuration's, or the newest known. */
  kubernetesVersion?: string;
  /** Folder that relative paths and reported file names are relative to. */
  cwd?: string;
  /** Text for the path `-` (stdin), and the name to report it under. */
  stdin?: { text: string; filename?: string };
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

// Every option, so that a misspelt one is an error rather than silently ignored (the compiler keeps the list whole).
export const CHECK_OPTIONS: Record<keyof CheckOptions, true> = {
  kubernetesVersion: true,
  cwd: true,
  stdin: true,
  ignore: true,
  config: true,
  configFile: true,
  inlineConfig: true,
  nodes: true,
  threads: true,
  errorOnUnmatchedPattern: true,
  suggestions: true,
};

export type CheckTextOptions = Pick<CheckOptions, "kubernetesVersion" | "config" | "configFile" | "cwd" | "inlineConfig" | "nodes" | "suggestions"> & Pick<InputSource, "templateSource">;

export const CHECK_TEXT_OPTIONS: Record<keyof CheckTextOptions, true> = { kubernetesVersion: true, config: true, configFile: true, cwd: true, inlineConfig: true, nodes: true, suggestions: true, templateSource: true };

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

export function resolveRun(options: CheckOptions, cwd: string, rules: readonly Rule[]): RunContext {
  const config = options.config ?? resolveConfig(cwd, options.configFile, rules);
  const version = resolveKubernetesVersion(options.kubernetesVersion ?? config.kubernetesVersion);
  return {
    config,
    version,
    customRules: compiledCustomRules(config, version),
    inlineConfig: options.inlineConfig ?? true,
    placement: false,
    suggestions: options.suggestions ?? false,
  };
}

/** The configuration's custom rules compiled for the run's Kubernetes version; a ConfigError with every problem's position. */
export function compiledCustomRules(config: DslintConfig, version: string): CompiledCustomRule[] {
  const compiled = compileCustomRules(config.customRules ?? [], version);
  if ("rules" in compiled) return compiled.rules;
  const file = config.file ?? ".dslint.yaml";
  throw new ConfigError(compiled.problems.map((p) => `${file}:${p.line}:${p.column}: ${p.message}`).join("\n"));
}

/** Every rule the run has: the built-in ones and the configuration's own. */
export function rulesOfRun(run: RunContext): readonly Rule[] {
  return rulesWithCustom(builtInRules(), run.customRules);
}

/** The configuration a run uses: `configFile` (relative to cwd), else the nearest .dslint.yaml upwards, else none. */
export function resolveConfig(cwd: string, configFile: string | undefined, rules: readonly Rule[]): DslintConfig {
  const file = configFile ? resolve(cwd, configFile) : findConfigFile(cwd);
  if (!file) return emptyConfig(cwd);
  return loadConfigFile(file, rules, relative(cwd, file) || file);
}

/** The globs of paths to leave out: the options' (relative to cwd) and the configuration's `ignore` (relative to its folder). */
export function ignoreGlobs(options: CheckOptions, run: RunContext, cwd: string): FolderGlobs[] {
  return [
    { dir: cwd, globs: options.ignore ?? [] },
    { dir: run.config.dir, globs: run.config.ignore },
  ];
}
