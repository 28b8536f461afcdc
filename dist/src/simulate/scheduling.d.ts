/**
 * The scheduler filters that can still keep a created daemon pod Pending on
 * its node: NodeResourcesFit (pod count and requests,
 * pkg/scheduler/framework/plugins/noderesources/fit.go `fitsRequest`) and
 * NodePorts (plugins/nodeports/node_ports.go). NodeUnschedulable,
 * TaintToleration and NodeAffinity pass whenever the controller's shouldRun
 * holds, because daemon pods tolerate `node.kubernetes.io/unschedulable` and
 * carry the same tolerations and nodeSelector the controller checked.
 */
import { type ResourceAmounts } from "../k8s/podresources.js";
import type { DaemonPod } from "./daemonpod.js";
import type { InventoryNode, InventoryPod } from "./inventory.js";
import type { PlacementReason } from "./types.js";
/** What the pods already bound to one node take from it. */
export interface NodeUsage {
    pods: InventoryPod[];
    /** Sum of the pods' requests. */
    requested: ResourceAmounts;
    /** Pods controlled by a DaemonSet: the simulated DaemonSet's own pods are among them. */
    daemonSetPods: InventoryPod[];
}
export type PodsByNode = ReadonlyMap<string, NodeUsage>;
/** Groups bound pods by node and sums their requests once, for every DaemonSet simulated against them. */
export declare function podsByNode(pods: readonly InventoryPod[]): PodsByNode;
export declare function ownPodsOn(pod: DaemonPod, usage: NodeUsage): InventoryPod[];
/** The requests NodeResourcesFit compares: non-zero, of a resource it knows. */
export declare function checkedRequests(pod: DaemonPod): [string, number][];
/**
 * The filters' reasons on one node, in the default profile's filter order
 * (NodePorts before NodeResourcesFit), with the pods in `gone` left out.
 */
export declare function filterReasons(pod: DaemonPod, requests: readonly [string, number][], node: InventoryNode, usage: NodeUsage | undefined, gone: readonly InventoryPod[]): PlacementReason[];
/**
 * Why the scheduler would leave the daemon pod Pending on a node, in the
 * default profile's filter order (NodePorts before NodeResourcesFit); empty
 * when it fits. Built once per DaemonSet for use over many nodes. On a node
 * without pods the answer depends only on its allocatable, which nodes of
 * one instance type share, so it is worked out once per allocatable and the
 * nodes share the (read-only) reasons.
 */
export declare function schedulerFiltersFor(pod: DaemonPod): (node: InventoryNode, usage: NodeUsage | undefined) => readonly PlacementReason[];
