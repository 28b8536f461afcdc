/**
 * Plain-text simulation output in the style of `kubectl get`: one block per
 * DaemonSet with a NODE / PLACEMENT / REASON table and a summary, and the
 * same for placement diffs. Colour is optional, through `paint`.
 */
import type { DaemonSetSimulation, Placement, RolloutPlan, SimulationDiff } from "./types.js";
export type TableRole = "title" | "header" | "runs" | "pending" | "excluded" | "warning" | "muted";
/** Wraps already padded text in colour; the identity when no colour is wanted. */
export type Paint = (role: TableRole, text: string) => string;
export interface SimulationReport {
    /** The manifest file the DaemonSet came from, as shown to the user. */
    file: string;
    simulation: DaemonSetSimulation;
}
export interface DiffReport {
    file: string;
    diff: SimulationDiff;
}
export interface TableOptions {
    /** Show only the nodes with this placement (the summary still counts every node). */
    only?: Placement;
    paint?: Paint;
}
/** The rollout plan as one line, plus a warning line when it cannot progress. */
export declare function rolloutLines(rollout: RolloutPlan, paint?: Paint): string[];
/** One block per DaemonSet, separated by a blank line, ending with a newline. */
export declare function formatSimulationTable(reports: readonly SimulationReport[], options?: TableOptions): string;
/** One block per DaemonSet listing the nodes whose placement changes. */
export declare function formatDiffTable(reports: readonly DiffReport[], options?: {
    paint?: Paint;
}): string;
