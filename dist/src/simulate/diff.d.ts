/**
 * What a change does to placement: compares two simulations of the same
 * DaemonSet, either of two manifest versions over one inventory (`--before`)
 * or of one manifest over two inventories (`--nodes-after`). Nodes are
 * matched by name; a node present on one side only is `absent` on the other.
 */
import type { DaemonSetSimulation, SimulationDiff } from "./types.js";
/** Per node: who gains a pod, who loses one (and whether it is evicted), and runs ↔ pending moves. */
export declare function diffSimulations(before: DaemonSetSimulation, after: DaemonSetSimulation): SimulationDiff;
