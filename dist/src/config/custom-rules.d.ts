/**
 * `customRules` in `.dslint.yaml`: each entry's shape, checked with a
 * position for every mistake. The expressions themselves are compiled
 * against the target Kubernetes version when a run starts
 * (rules/custom/compile.ts).
 */
import type { RuleSeverity } from "../finding.js";
import { type Path } from "../path.js";
import type { FindingKinds } from "../rules/registry.js";
import { type CustomRuleSpec } from "../rules/custom/spec.js";
import type { SourceRange } from "../load/types.js";
export interface CustomRulesContext {
    fail: (path: Path, message: string, onKey?: boolean) => void;
    locate: (path: Path, onKey?: boolean) => SourceRange;
    /** The configuration's text, for the expressions' positions. */
    text: string;
    /** The configuration file as reported. */
    file: string;
    severity: (value: unknown) => RuleSeverity | undefined;
}
/** The custom rules, each checked; `kinds` are the built-in kinds their ids must not take. */
export declare function readCustomRules(value: unknown, kinds: FindingKinds, ctx: CustomRulesContext): CustomRuleSpec[];
