/**
 * The DaemonSet controller's per-node decision, `NodeShouldRunDaemonPod`
 * (pkg/controller/daemon/daemon_controller.go): template nodeName, then
 * nodeSelector and required node affinity, then NoSchedule / NoExecute
 * taints. Node conditions, `spec.unschedulable`, resources, host ports and
 * preferred affinity are never looked at here.
 */
import type { NodeView } from "../k8s/nodeaffinity.js";
import type { Taint } from "../k8s/tolerations.js";
import type { DaemonPod } from "./daemonpod.js";
import type { PlacementReason } from "./types.js";
export interface EligibilityNode extends NodeView {
    taints: readonly Taint[];
}
export interface Eligibility {
    shouldRun: boolean;
    shouldContinueRunning: boolean;
    /** Every failing controller predicate, in the controller's order; empty when shouldRun. */
    reasons: readonly PlacementReason[];
}
/**
 * `nodeShouldRunDaemonPod` for one DaemonSet over many nodes. Excluded nodes
 * that agree on everything the answer depends on (the labels the affinity
 * reads, the name when it is read, the taints) share one answer, so a large
 * inventory builds each distinct explanation once.
 */
export declare function eligibilityFor(pod: DaemonPod): (node: EligibilityNode) => Eligibility;
/**
 * `NodeShouldRunDaemonPod` with its reasons. A template nodeName for another
 * node is the controller's early return and the only reason given; otherwise
 * every failing predicate is listed, so a user sees everything that keeps a
 * pod off the node even though the booleans follow the controller's order (a
 * selector mismatch means `(false, false)` whatever the taints).
 */
export declare function nodeShouldRunDaemonPod(pod: DaemonPod, node: EligibilityNode): Eligibility;
