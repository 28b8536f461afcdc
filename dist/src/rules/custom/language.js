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
import { HELPERS } from "./ir.js";
export { CALLS_ALLOWED } from "./check.js";
export { IR_FORMAT } from "./ir.js";
export { BudgetExceeded } from "./runtime.js";
export { STEP_BUDGET, evaluator } from "./evaluate.js";
// Parses `text` and checks it: syntax, names in scope, calls, fields against
// the DaemonSet schema of the target version, regular expressions (check.ts).
export { compile as compileExpression } from "./check.js";
/** The names every expression has besides its scope: the helpers. */
export const HELPER_NAMES = HELPERS;
