export type { Path } from "../../path.js";
export type { ValueType } from "./check.js";
export { CALLS_ALLOWED } from "./check.js";
export type { BinaryOperator, CallbackMethod, ExpressionIr, FieldIr, HelperName, IrNode, Ir, Role, TemplateIr, ValueMethod } from "./ir.js";
export { IR_FORMAT } from "./ir.js";
export type { SourceProblem } from "./parse.js";
export { BudgetExceeded } from "./runtime.js";
export { STEP_BUDGET, evaluator, type Evaluator, type Scope } from "./evaluate.js";
export { compile as compileExpression } from "./check.js";
/** The names every expression has besides its scope: the helpers. */
export declare const HELPER_NAMES: readonly string[];
