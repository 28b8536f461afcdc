import { type Ir } from "./language.js";
import { type CustomRuleSpec, type ExpressionKey, type ScalarSource } from "./spec.js";
export interface CompiledCustomRule {
    spec: CustomRuleSpec;
    ir: Partial<Record<ExpressionKey, Ir>>;
}
/** A configuration-time problem, placed in the configuration file. */
export interface CustomRuleProblem {
    line: number;
    column: number;
    message: string;
}
type Compiled = {
    rules: CompiledCustomRule[];
} | {
    problems: CustomRuleProblem[];
};
/**
 * The rules compiled for a Kubernetes version, or their problems (each at its
 * line and column in the configuration). Remembered per list of rules and
 * version, and cached on disk between runs.
 */
export declare function compileCustomRules(specs: readonly CustomRuleSpec[], version: string): Compiled;
/**
 * Where character `offset` of a scalar's value was written. The value is
 * found in the scalar's source character by character, stepping over what
 * YAML removes (quotes, escapes, indentation, a block scalar's header), so
 * a problem in a multi-line `assert: |` lands on its own line.
 */
export declare function positionIn(source: ScalarSource, value: string, offset: number): {
    line: number;
    column: number;
};
export {};
