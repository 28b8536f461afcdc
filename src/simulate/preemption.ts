/**
 * Preemption for a daemon pod the filters block (scheduling.ts): the
 * scheduler's DefaultPreemption PostFilter
 * (pkg/scheduler/framework/plugins/defaultpreemption/default_preemption.go
 * `SelectVictimsOnNode`, `filterPodsWithPDBViolation`,
 * `PodEligibleToPreemptOthers`; pkg/scheduler/framework/preemption/preemption.go).
 * A daemon pod may only go to its own node, so the candidate node is that
 * one and the choice between nodes never arises. Only the filters dslint
 * models (NodePorts, NodeResourcesFit) are run again with pods removed.
 */
import { budgetCovers, type DisruptionBudget } from "../k8s/disruption.js";
import { DEFAULT_POD_PRIORITY, resolvePriority, type PriorityClassInfo } from "../k8s/priority.js";
import type { DaemonPod } from "./daemonpod.js";
import type { InventoryNode, InventoryPod } from "./inventory.js";
import { checkedRequests, filterReasons, ownPodsOn, type NodeUsage } from "./scheduling.js";
import type { DaemonPodPriority, PlacementReason, PreemptionVictim } from "./types.js";

export interface PreemptionInputs {
  /** The daemon pod's priority (`resolvePriority`). */
  priority: DaemonPodPriority;
  budgets: readonly DisruptionBudget[];
  /** For pods that carry a priorityClassName but no `spec.priority`. */
  classes: readonly PriorityClassInfo[];
}

/** After preemption: the pod runs by evicting `victims` (one `Preempts` reason), or stays pending with these reasons. */
export type PreemptionOutcome = { runs: true; reasons: readonly PlacementReason[] } | { runs: false; reasons: readonly PlacementReason[] };

/** A victim's priority as the scheduler reads it (`PodPriority`): `spec.priority`, which admission sets from the class; 0 without one. */
function podPriority(pod: InventoryPod, classes: readonly PriorityClassInfo[]): number {
  if (pod.priority !== undefined) return pod.priority;
  const resolved = resolvePriority(pod.priorityClassName, classes);
  return "value" in resolved ? resolved.value : DEFAULT_POD_PRIORITY;
}

/**
 * `util.MoreImportantPod`: higher priority first, then the pod started
 * first; a pod without a start time counts as starting now. Stable for ties.
 */
function byImportance(victims: { pod: InventoryPod; priority: number; order: number }[]): void {
  victims.sort((a, b) => {
    if (a.priority !== b.priority) return b.priority - a.priority;
    const started = (a.pod.startTime ?? Infinity) - (b.pod.startTime ?? Infinity);
    return started !== 0 && !Number.isNaN(started) ? started : a.order - b.order;
  });
}

const LISTED = 5;

function podList(victims: readonly PreemptionVictim[]): string {
  const shown = victims.slice(0, LISTED).map((v) => `${v.namespace}/${v.name} (priority ${v.priority})`);
  return `${shown.join(", ")}${victims.length > LISTED ? ` and ${victims.length - LISTED} more` : ""}`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * What preemption makes of a daemon pod the filters block on a node.
 * Built once per DaemonSet; on nodes without pods the answer depends only on
 * the filters' reasons, which such nodes share, so it is shared too.
 */
export function preemptionFor(pod: DaemonPod, inputs: PreemptionInputs): (node: InventoryNode, usage: NodeUsage | undefined, blocked: readonly PlacementReason[]) => PreemptionOutcome {
  const { priority, budgets, classes } = inputs;
  const requests = checkedRequests(pod);
  const onEmptyNode = new Map<readonly PlacementReason[], PreemptionOutcome>();

  const outcome = (node: InventoryNode, usage: NodeUsage | undefined, blocked: readonly PlacementReason[]): PreemptionOutcome => {
    const own = usage ? ownPodsOn(pod, usage) : [];
    // Why preemption does not help is said only where there are pods it could have taken.
    const others = (usage?.pods.length ?? 0) - own.length;
    const pending = (why: PlacementReason): PreemptionOutcome => ({ runs: false, reasons: others > 0 ? [...blocked, why] : blocked });
    if ("unknownClass" in priority) {
      return pending({
        code: "PreemptionNotHelpful",
        message: `preemption not worked out: priorityClassName "${priority.unknownClass}" is neither built in nor among the PriorityClasses given, so the pod's priority is unknown`,
        cause: "UnknownPriorityClass",
      });
    }
    const value = priority.value;
    if (priority.preemptionPolicy === "Never") {
      return pending({
        code: "PreemptionNotHelpful",
        message: `preemption does not help: priority class ${priority.className ?? ""} has preemptionPolicy Never, so the pod waits instead of preempting`,
        cause: "PreemptionPolicyNever",
        priority: value,
      });
    }
    // Victims have strictly lower priority (`isPreemptionAllowed`).
    const candidates = (usage?.pods ?? [])
      .filter((p) => !own.includes(p))
      .map((p, order) => ({ pod: p, priority: podPriority(p, classes), order }))
      .filter((c) => c.priority < value);
    if (candidates.length === 0) {
      return pending({
        code: "PreemptionNotHelpful",
        message: `preemption does not help: no pod on the node has a priority below ${value}`,
        cause: "NoLowerPriorityPods",
        priority: value,
      });
    }
    // First every potential victim goes; if the pod still does not fit, preemption cannot help.
    const gone: InventoryPod[] = [...own, ...candidates.map((c) => c.pod)];
    const remaining = filterReasons(pod, requests, node, usage, gone);
    if (remaining.length > 0) {
      return pending({
        code: "PreemptionNotHelpful",
        message: `preemption does not help: even without the ${plural(candidates.length, "lower-priority pod")}, ${remaining.map((r) => r.message).join("; ")}`,
        cause: "StillBlocked",
        priority: value,
        remaining,
      });
    }
    // Then as many as possible are reprieved, most important first: those whose eviction
    // a PodDisruptionBudget forbids before the others.
    byImportance(candidates);
    const allowed = budgets.map((b) => b.disruptionsAllowed);
    const violating: typeof candidates = [];
    const nonViolating: typeof candidates = [];
    for (const c of candidates) {
      let violates = false;
      budgets.forEach((budget, i) => {
        if (!budgetCovers(budget, c.pod) || budget.disruptedPods.has(c.pod.name)) return;
        allowed[i]!--;
        if (allowed[i]! < 0) violates = true;
      });
      (violates ? violating : nonViolating).push(c);
    }
    const victims: { candidate: (typeof candidates)[number]; violates: boolean }[] = [];
    const reprieve = (c: (typeof candidates)[number], violates: boolean): void => {
      gone.splice(gone.indexOf(c.pod), 1);
      if (filterReasons(pod, requests, node, usage, gone).length === 0) return;
      gone.push(c.pod);
      victims.push({ candidate: c, violates });
    };
    for (const c of violating) reprieve(c, true);
    for (const c of nonViolating) reprieve(c, false);
    if (violating.length > 0 && nonViolating.length > 0) {
      const order = victims.map((v) => v.candidate);
      byImportance(order);
      victims.sort((a, b) => order.indexOf(a.candidate) - order.indexOf(b.candidate));
    }
    const listed: PreemptionVictim[] = victims.map(({ candidate, violates }) => ({
      namespace: candidate.pod.namespace,
      name: candidate.pod.name,
      priority: candidate.priority,
      violatesBudget: violates,
    }));
    const pdbViolations = listed.filter((v) => v.violatesBudget).length;
    const budgetNote = pdbViolations > 0 ? `; ${plural(pdbViolations, "eviction")} exceed${pdbViolations === 1 ? "s" : ""} a PodDisruptionBudget` : "";
    return {
      runs: true,
      reasons: [
        {
          code: "Preempts",
          message: `preempts ${plural(listed.length, "lower-priority pod")} (the pod has priority ${value}): ${podList(listed)}${budgetNote}; without them: ${blocked.map((r) => r.message).join("; ")}`,
          victims: listed,
          pdbViolations,
          resolves: [...blocked],
        },
      ],
    };
  };

  return (node, usage, blocked) => {
    if (usage) return outcome(node, usage, blocked);
    let shared = onEmptyNode.get(blocked);
    if (!shared) {
      shared = outcome(node, usage, blocked);
      onEmptyNode.set(blocked, shared);
    }
    return shared;
  };
}
