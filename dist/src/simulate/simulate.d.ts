import type { InventoryNode, InventoryPod } from "./inventory.js";
import type { DaemonSetSimulation } from "./types.js";
export interface SimulateOptions {
    /**
     * Pods already bound to the nodes (`podsFromObjects`). Without them only the
     * node's own allocatable limits a pod. The DaemonSet's own pods are
     * ignored: the simulated pod is the one that replaces them.
     */
    pods?: readonly InventoryPod[];
}
/**
 * Simulates a parsed DaemonSet manifest against normalised nodes
 * (`nodesFromObjects`). Pure: the inputs are not modified.
 */
export declare function simulate(daemonSet: unknown, nodes: readonly InventoryNode[], options?: SimulateOptions): DaemonSetSimulation;
