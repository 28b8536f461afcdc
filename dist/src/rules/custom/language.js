import { compile } from "./check.js";
import { HELPERS } from "./ir.js";
export { CALLS_ALLOWED } from "./check.js";
export { IR_FORMAT } from "./ir.js";
export { BudgetExceeded } from "./runtime.js";
export { STEP_BUDGET, evaluator } from "./evaluate.js";
/**
 * Parses `text` and checks it: syntax, names in scope, calls, fields against
 * the DaemonSet schema of `kubernetesVersion` (`tree`), regular
 * expressions. `scope` names what the rule may read besides the helpers.
 * Offsets of problems are in `text` (for role "template", the message).
 */
export function compileExpression(text, role, scope, tree, kubernetesVersion) {
    return compile(text, role, scope, tree, kubernetesVersion);
}
/** The names every expression has besides its scope: the helpers. */
export const HELPER_NAMES = HELPERS;
