import type { DiffReport, SimulationReport } from "./format-table.js";
import type { ApiRejection, NodePlacement, NodePlacementChange, Placement, SimulationDiff, SimulationSummary } from "./types.js";
export interface SimulationJson {
    daemonsets: {
        name: string;
        namespace: string | null;
        file: string;
        rejected?: ApiRejection;
        nodes: NodePlacement[];
        summary: SimulationSummary;
    }[];
}
export interface DiffJson {
    daemonsets: {
        name: string;
        namespace: string | null;
        file: string;
        rejected?: SimulationDiff["rejected"];
        changes: NodePlacementChange[];
        summary: SimulationDiff["summary"];
    }[];
}
/** The JSON document as an object; `only` keeps the nodes with that placement. */
export declare function simulationJson(reports: readonly SimulationReport[], options?: {
    only?: Placement;
}): SimulationJson;
export declare function diffJson(reports: readonly DiffReport[]): DiffJson;
/**
 * The text of `formatSimulationJson`, in pieces. Each report is taken from
 * `reports` only when its entry is written, so a caller can simulate one
 * DaemonSet at a time and let it go.
 */
export declare function simulationJsonChunks(reports: Iterable<SimulationReport>, options?: {
    only?: Placement;
}): Generator<string>;
export declare function formatSimulationJson(reports: readonly SimulationReport[], options?: {
    only?: Placement;
}): string;
/** The text of `formatDiffJson`, in pieces, each report taken when its entry is written. */
export declare function diffJsonChunks(reports: Iterable<DiffReport>): Generator<string>;
export declare function formatDiffJson(reports: readonly DiffReport[]): string;
