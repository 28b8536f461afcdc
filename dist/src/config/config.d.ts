import type { Finding, RuleSeverity } from "../finding.js";
import { UsageError } from "../options.js";
import type { ActiveRule } from "../rules/engine.js";
import type { CustomRuleSpec } from "../rules/custom/spec.js";
import type { Rule } from "../rules/types.js";
export interface RuleSetting {
    severity: RuleSeverity;
    options?: Record<string, unknown>;
}
export interface DslintConfig {
    /** The file it was read from, if any. */
    file?: string;
    /** Folder that `ignore` and `overrides` globs are relative to. */
    dir: string;
    kubernetesVersion?: string;
    rules: Record<string, RuleSetting>;
    ignore: string[];
    overrides: Array<{
        files: string[];
        rules: Record<string, RuleSetting>;
    }>;
    /** Top-level settings that give a rule's options (`podSecurity: {level, version}`), by key; the registry names them. */
    settings?: Record<string, Record<string, unknown>>;
    nodes: string[];
    /** The configuration's own rules (`customRules`), compiled when a run starts (rules/custom/compile.ts). */
    customRules?: CustomRuleSpec[];
}
/** A configuration mistake: one line per problem, with its position; exit code 2. */
export declare class ConfigError extends UsageError {
    name: string;
}
export declare function emptyConfig(dir: string): DslintConfig;
/**
 * The nearest `.dslint.yaml` (or `.dslint.yml`) from `cwd` upwards. Any
 * entry by that name counts, even one that cannot be read (a broken symbolic
 * link, a loop, a folder): it is reported when loaded rather than passed
 * over, which would silently lint with other settings.
 */
export declare function findConfigFile(cwd: string): string | undefined;
/** Larger configurations are refused (no real one comes close to a kilobyte). */
export declare const MAX_CONFIG_BYTES: number;
export declare function loadConfigFile(file: string, rules: readonly Rule[], displayName?: string): DslintConfig;
/** Parses and validates configuration text against the registry of finding kinds (schemas/dslint-config.schema.json is generated from it). */
export declare function parseConfig(text: string, name: string, dir: string, rules: readonly Rule[]): DslintConfig;
/**
 * The rules that apply to one file: each rule's default, then `rules`, then
 * every override whose globs match the file (later overrides win).
 */
export declare function activeRulesFor(config: DslintConfig, rules: readonly Rule[], absoluteFile: string | undefined): readonly ActiveRule[];
/**
 * The severities the configuration gives, in one file, to the kinds of
 * finding the other stages report (a rule reports at its configured
 * severity already): the kinds it changes, "off" for those it turns off.
 */
export declare function stageSeveritiesFor(config: DslintConfig, rules: readonly Rule[], absoluteFile: string | undefined): ReadonlyMap<string, RuleSeverity>;
/**
 * The other stages' findings as the configuration sets them, each in its
 * file (`absolutePath` of the finding's file name): at the configured
 * severity, or undefined when its kind is off there.
 */
export declare function configureStageFindings(config: DslintConfig, rules: readonly Rule[], absolutePath: (file: string) => string): (finding: Finding) => Finding | undefined;
