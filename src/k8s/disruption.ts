/**
 * PodDisruptionBudgets (policy/v1) as the scheduler's preemption reads them:
 * which pods a budget covers and how many disruptions it still allows.
 */
import { labelSelectorAsSelector, matches, type Selector } from "./labelselector.js";
import { scaleIntOrPercent } from "./intstr.js";
import { isRecord } from "../values.js";

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
export function parseDisruptionBudget(object: unknown): ParsedBudget | undefined {
  if (!isRecord(object) || !isRecord(object.metadata)) return undefined;
  const { name, namespace } = object.metadata;
  if (typeof name !== "string" || name === "") return undefined;
  const spec = isRecord(object.spec) ? object.spec : {};
  const status = isRecord(object.status) ? object.status : {};
  const conversion = labelSelectorAsSelector(spec.selector);
  const converted: Selector = conversion.ok ? conversion.selector : { kind: "nothing" };
  const parsed: ParsedBudget = {
    budget: {
      namespace: typeof namespace === "string" && namespace !== "" ? namespace : "default",
      name,
      selector: converted.kind === "everything" ? { kind: "nothing" } : converted,
      disruptedPods: new Set(isRecord(status.disruptedPods) ? Object.keys(status.disruptedPods) : []),
    },
    controllerSelector: converted,
    minAvailable: spec.minAvailable,
    maxUnavailable: spec.maxUnavailable,
  };
  if (typeof status.disruptionsAllowed === "number" && Number.isInteger(status.disruptionsAllowed)) parsed.status = status.disruptionsAllowed;
  return parsed;
}

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
export function withDisruptionsAllowed(parsed: ParsedBudget, pods: readonly BudgetPod[]): DisruptionBudget {
  if (parsed.status !== undefined) return { ...parsed.budget, disruptionsAllowed: parsed.status, allowedFrom: "status" };
  const selected = pods.filter((p) => p.namespace === parsed.budget.namespace && matches(parsed.controllerSelector, p.labels));
  const expected = selected.length;
  const healthy = selected.filter((p) => p.healthy).length;
  let desiredHealthy: number | undefined;
  if (parsed.maxUnavailable !== undefined && parsed.maxUnavailable !== null) {
    const scaled = scaleIntOrPercent(parsed.maxUnavailable, expected);
    if ("value" in scaled) desiredHealthy = Math.max(expected - scaled.value, 0);
  } else if (parsed.minAvailable !== undefined && parsed.minAvailable !== null) {
    const scaled = scaleIntOrPercent(parsed.minAvailable, expected);
    if ("value" in scaled) desiredHealthy = scaled.value;
  }
  const allowed = desiredHealthy === undefined || expected <= 0 ? 0 : Math.max(healthy - desiredHealthy, 0);
  return { ...parsed.budget, disruptionsAllowed: allowed, allowedFrom: "computed" };
}

/** Whether the budget covers a pod for preemption: same namespace, a selector that matches, labels to match. */
export function budgetCovers(budget: DisruptionBudget, pod: { namespace: string; labels: Readonly<Record<string, unknown>> }): boolean {
  if (budget.namespace !== pod.namespace) return false;
  // A pod with no labels matches no budget.
  if (Object.keys(pod.labels).length === 0) return false;
  return matches(budget.selector, pod.labels);
}
