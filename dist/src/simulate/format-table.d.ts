/**
 * Plain-text simulation output in the style of `kubectl get`: one block per
 * DaemonSet with a NODE / PLACEMENT / REASON table and a summary, and the
 * same for placement diffs. Colour is optional, through `paint`.
 */
import type { DaemonSetSimulation, Placement, RolloutPlan, SimulationDiff } from "./types.js";
import { type PlacementColumns } from "./simulate.js";
export type TableRole = "title" | "header" | "runs" | "pending" | "excluded" | "warning" | "muted";
/** Wraps already padded text in colour; the identity when no colour is wanted. */
export type Paint = (role: TableRole, text: string) => string;
export interface SimulationReport {
    /** The manifest file the DaemonSet came from, as shown to the user. */
    file: string;
    /** As `simulate` returns it, or as columns (`simulatePlacements`), which a large inventory is written from. */
    simulation: DaemonSetSimulation | PlacementColumns;
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
/**
 * The table in pieces: one block per DaemonSet, separated by a blank line,
 * each line ending with a newline. Each report is taken from `reports` only
 * when its block is written, so a caller can simulate one DaemonSet at a time.
 */
export declare function simulationTableChunks(reports: Iterable<SimulationReport>, options?: TableOptions): Generator<string>;
/** One block per DaemonSet, separated by a blank line, ending with a newline. */
export declare function formatSimulationTable(reports: readonly SimulationReport[], options?: TableOptions): string;
/** The diff table in pieces; each report is taken from `reports` only when its block is written. */
export declare function diffTableChunks(reports: Iterable<DiffReport>, options?: {
    paint?: Paint;
}): Generator<string>;
/** One block per DaemonSet listing the nodes whose placement changes. */
export declare function formatDiffTable(reports: readonly DiffReport[], options?: {
    paint?: Paint;
}): string;
