import type { DaemonSetSimulation, SimulationDiff } from "./types.js";
/** Per node: who gains a pod, who loses one (and whether it is evicted), and runs ↔ pending moves. */
export declare function diffSimulations(before: DaemonSetSimulation, after: DaemonSetSimulation): SimulationDiff;
