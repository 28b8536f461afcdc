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
import { type DisruptionBudget } from "../k8s/disruption.js";
import { type PriorityClassInfo } from "../k8s/priority.js";
import type { DaemonPod } from "./daemonpod.js";
import type { InventoryNode } from "./inventory.js";
import { type NodeUsage } from "./scheduling.js";
import type { DaemonPodPriority, PlacementReason } from "./types.js";
export interface PreemptionInputs {
    /** The daemon pod's priority (`resolvePriority`). */
    priority: DaemonPodPriority;
    budgets: readonly DisruptionBudget[];
    /** For pods that carry a priorityClassName but no `spec.priority`. */
    classes: readonly PriorityClassInfo[];
}
/** After preemption: the pod runs by evicting `victims` (one `Preempts` reason), or stays pending with these reasons. */
export type PreemptionOutcome = {
    runs: true;
    reasons: readonly PlacementReason[];
} | {
    runs: false;
    reasons: readonly PlacementReason[];
};
/**
 * What preemption makes of a daemon pod the filters block on a node.
 * Built once per DaemonSet; on nodes without pods the answer depends only on
 * the filters' reasons, which such nodes share, so it is shared too.
 */
export declare function preemptionFor(pod: DaemonPod, inputs: PreemptionInputs): (node: InventoryNode, usage: NodeUsage | undefined, blocked: readonly PlacementReason[]) => PreemptionOutcome;
