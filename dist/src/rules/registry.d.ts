/**
 * The registry of finding kinds: every rule (the modules in rules/) and
 * every finding the pipeline's other stages report (src/builtin-findings.ts),
 * each with its stage, default severity, the settings the configuration may
 * give it, options, documentation and examples. Configuration validation,
 * `dslint rules` and `explain`, the README tables, SARIF's rule metadata, the
 * configuration schema and the language server all read it.
 */
import type { FindingKind, Rule } from "./types.js";
import type { RuleSeverity } from "../finding.js";
import type { CompiledCustomRule } from "./custom/compile.js";
import type { CustomRuleSpec } from "./custom/spec.js";
/** Every built-in rule, sorted by id. */
export declare function builtInRules(): readonly Rule[];
/** Every built-in rule, sorted by id. */
export declare function loadRules(): Promise<readonly Rule[]>;
/** Every setting a finding kind can have in `.dslint.yaml`. */
export declare const ALL_SEVERITIES: readonly RuleSeverity[];
export interface FindingKinds {
    /** Sorted by id. */
    readonly all: readonly FindingKind[];
    get(id: string): FindingKind | undefined;
}
/** The registry over the loaded rules; the other stages' kinds are fixed. */
export declare function findingKinds(rules: readonly Rule[]): FindingKinds;
export declare function loadFindingKinds(): Promise<FindingKinds>;
/** Every rule of a run: the built-in ones and the configuration's compiled custom rules, sorted by id. */
export declare function rulesWithCustom(builtIn: readonly Rule[], custom: readonly CompiledCustomRule[]): readonly Rule[];
/**
 * The registry with the configuration's custom rules in it, before they are
 * compiled: what the configuration's own settings (`rules`, `overrides`)
 * are checked against.
 */
export declare function withCustomKinds(kinds: FindingKinds, specs: readonly CustomRuleSpec[]): FindingKinds;
