/**
 * The expression language of custom policy rules (`customRules` in
 * `.dslint.yaml`): TypeScript expressions over the DaemonSet, checked at
 * configuration time against the DaemonSet schema of the target Kubernetes
 * version, and compiled to a JSON-serialisable Ir that the evaluator turns
 * into closures.
 *
 * - compileExpression parses (with @typescript-eslint/typescript-estree,
 *   loaded on first use) and checks a `when`/`assert` expression, a
 *   `message` template or an `at` field path (check.ts, types.ts, regex.ts).
 * - evaluator compiles the Ir once and evaluates it on plain manifest data
 *   within a step budget (evaluate.ts, runtime.ts, helpers.ts); it never
 *   loads the parser.
 */
import type { SchemaTree } from "../../schema/tree.js";
import { type ValueType } from "./check.js";
import { type Ir, type Role } from "./ir.js";
import type { SourceProblem } from "./parse.js";
export type { Path } from "../../path.js";
export type { ValueType } from "./check.js";
export { CALLS_ALLOWED } from "./check.js";
export type { BinaryOperator, CallbackMethod, ExpressionIr, FieldIr, HelperName, IrNode, Ir, Role, TemplateIr, ValueMethod } from "./ir.js";
export { IR_FORMAT } from "./ir.js";
export type { SourceProblem } from "./parse.js";
export { BudgetExceeded } from "./runtime.js";
export { STEP_BUDGET, evaluator, type Evaluator, type Scope } from "./evaluate.js";
/**
 * Parses `text` and checks it: syntax, names in scope, calls, fields against
 * the DaemonSet schema of `kubernetesVersion` (`tree`), regular
 * expressions. `scope` names what the rule may read besides the helpers.
 * Offsets of problems are in `text` (for role "template", the message).
 */
export declare function compileExpression(text: string, role: Role, scope: Readonly<Record<string, ValueType>>, tree: SchemaTree, kubernetesVersion: string): {
    ir: Ir;
} | {
    problems: SourceProblem[];
};
/** The names every expression has besides its scope: the helpers. */
export declare const HELPER_NAMES: readonly string[];
