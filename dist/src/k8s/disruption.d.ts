/**
 * PodDisruptionBudgets (policy/v1) as the scheduler's preemption reads them:
 * which pods a budget covers and how many disruptions it still allows.
 */
import { type Selector } from "./labelselector.js";
export interface DisruptionBudget {
    namespace: string;
    name: string;
    /**
     * The pods it covers for preemption: a nil, empty or invalid selector
     * covers none (`filterPodsWithPDBViolation`,
     * pkg/scheduler/framework/plugins/defaultpreemption/default_preemption.go).
     */
    selector: Selector;
    /** `status.disruptionsAllowed`, or worked out from the spec and the pods given (`allowedFrom`). */
    disruptionsAllowed: number;
    allowedFrom: "status" | "computed";
    /** `status.disruptedPods`: evictions the API server already counted against the budget. */
    disruptedPods: ReadonlySet<string>;
}
/** What the budget arithmetic needs of a pod. */
export interface BudgetPod {
    namespace: string;
    labels: Readonly<Record<string, unknown>>;
    /** Ready and not being deleted: what the disruption controller counts as healthy. */
    healthy: boolean;
}
/** A parsed budget before its allowance is known: the spec's numbers, kept for `disruptionsAllowed`. */
export interface ParsedBudget {
    budget: Omit<DisruptionBudget, "disruptionsAllowed" | "allowedFrom">;
    status?: number;
    /** The selector as the disruption controller applies it (policy/v1: an empty selector selects every pod of the namespace). */
    controllerSelector: Selector;
    minAvailable?: unknown;
    maxUnavailable?: unknown;
}
/** A PodDisruptionBudget object, or undefined without a name. */
export declare function parseDisruptionBudget(object: unknown): ParsedBudget | undefined;
/**
 * The budget's allowance: `status.disruptionsAllowed` when the input has it
 * (kubectl output does), else what the disruption controller would work out
 * (pkg/controller/disruption/disruption.go `getExpectedPodCount`,
 * `updatePdbStatus`) from the pods given. The pods stand for the
 * controllers' replicas, which the input does not hold: `expectedCount` is
 * the number of pods the budget selects. A minAvailable or maxUnavailable
 * that cannot be scaled, or neither of them (policy/v1 defaults neither),
 * leaves the expected count at 0, which allows no disruption.
 */
export declare function withDisruptionsAllowed(parsed: ParsedBudget, pods: readonly BudgetPod[]): DisruptionBudget;
/** Whether the budget covers a pod for preemption: same namespace, a selector that matches, labels to match. */
export declare function budgetCovers(budget: DisruptionBudget, pod: {
    namespace: string;
    labels: Readonly<Record<string, unknown>>;
}): boolean;
