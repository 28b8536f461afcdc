/**
 * Plain-text simulation output in the style of `kubectl get`: one block per
 * DaemonSet with a NODE / PLACEMENT / REASON table and a summary, and the
 * same for placement diffs. Colour is optional, through `paint`.
 */
import type { ApiRejection, DaemonSetSimulation, Placement, RolloutPlan, SimulationDiff, SimulationSummary } from "./types.js";
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
export declare function title(name: string, namespace: string | undefined, file: string): string;
/** A table column: its header, the cell of an item, and the colour of that cell. */
export interface Column<T> {
    header: string;
    cell: (item: T) => string;
    role?: (item: T) => TableRole;
}
/**
 * Columns padded to their widest cell; the last column is not padded. The
 * items are gone through twice, once to measure and once to write, so no
 * row is held: a table of every node of a large inventory is never built
 * whole. Yields runs of whole lines, each line ending with a newline.
 */
export declare function tableText<T>(columns: readonly Column<T>[], items: () => Iterable<T>, paint: Paint): Generator<string>;
/** A count as people read large ones: `1,430`. */
export declare function count(n: number): string;
export declare function plural(n: number, word: string): string;
/**
 * What the DESIRED line says: `7 (runs 7, 1 of them by preempting 2 pods,
 * pending 0); excluded 5 (4 would keep a running pod); 12 nodes`, or that a
 * rejected DaemonSet runs nowhere.
 */
export declare function desiredText(s: SimulationSummary): string;
/** The rollout plan in a few words, for a column: `7 waves of up to 1 node`, `OnDelete`. */
export declare function rolloutSummary(rollout: RolloutPlan): string;
/** The rollout plan as one line, plus a warning line when it cannot progress. */
export declare function rolloutLines(rollout: RolloutPlan, paint?: Paint): string[];
/** The API server's first error, where it is, and how many more there are. */
export declare function rejectionText(rejection: ApiRejection): string;
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
