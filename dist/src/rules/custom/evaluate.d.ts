/**
 * Turns the Ir of a custom rule into closures, once, and evaluates them.
 *
 * Two compilations of the same Ir share every operation (runtime.ts,
 * helpers.ts): the fast one computes values only, for `evaluate()` on the
 * hot path; the tracking one, made on the first `blame()`, also carries
 * where in the DaemonSet each value came from and which reads made each
 * result what it is. Every node evaluated and every callback call is a
 * step; work that grows with the data (strings, lists, helpers) is charged
 * by its size, so no evaluation outlives its budget.
 *
 * No `eval`, no `Function`: the closures only call the operations below on
 * plain data.
 */
import type { Path } from "../../path.js";
import { type Ir } from "./ir.js";
/** What an evaluation reads: a value per name in scope, and where in the DaemonSet each came from (undefined: not from the manifest). */
export interface Scope {
    values: Readonly<Record<string, unknown>>;
    paths: Readonly<Record<string, Path | undefined>>;
}
/** Steps one evaluation may take. */
export declare const STEP_BUDGET = 100000;
export interface Evaluator {
    /** The value (throws BudgetExceeded when over the budget; never throws anything else on any manifest data). */
    evaluate(scope: Scope): unknown;
    /** For an assert that came out falsy: the path of the deepest manifest field read by the parts of the evaluation that made the result what it is; undefined if it read none. */
    blame(scope: Scope): Path | undefined;
    /** For role "field": the path it names (scope path of its root name + the keys); undefined if the root has no path. */
    path(scope: Scope): Path | undefined;
    /** For role "template": the message text (for the other roles, the value as a message shows it). */
    text(scope: Scope): string;
}
/** Compiles `ir` into closures once; each evaluation then only runs them. */
export declare function evaluator(ir: Ir, options?: {
    budget?: number;
}): Evaluator;
