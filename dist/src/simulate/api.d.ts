import type { DaemonSetSimulation } from "./types.js";
/**
 * The programmatic simulation: a DaemonSet and plain Node objects (as
 * `kubectl get nodes -o json` items, or whole `List`/`NodeList` objects), and
 * optionally the pods already bound to them. Returns the per-node placement
 * with reasons, exactly as `dslint simulate --format json` prints it per
 * DaemonSet. Objects that are not usable Nodes are left out; use
 * `nodesFromObjects` to see why.
 */
export declare function simulate(daemonSet: unknown, nodes: readonly unknown[], options?: {
    pods?: readonly unknown[];
}): DaemonSetSimulation;
