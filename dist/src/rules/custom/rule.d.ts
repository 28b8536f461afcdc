import type { Rule, RuleMeta } from "../types.js";
import type { CompiledCustomRule } from "./compile.js";
import type { CustomRuleSpec } from "./spec.js";
/** What a custom rule's configuration says of it, as a built-in rule's metadata. */
export declare function customRuleMeta(spec: CustomRuleSpec): RuleMeta;
/** Where one DaemonSet took a rule over its step budget. */
interface OverBudget {
    daemonSet: string;
}
/**
 * The rule. An evaluation over its step budget is no finding on the
 * DaemonSet: the rule is skipped there, and the cross-document pass reports
 * it once, at the rule in the configuration, as an error.
 */
export declare function customRule(compiled: CompiledCustomRule, budget?: number): Rule<Record<string, never>, OverBudget>;
export {};
