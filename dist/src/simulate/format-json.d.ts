/**
 * Machine-readable simulation output:
 * `{"daemonsets": [{"name", "namespace", "file", "nodes": [...], "summary": {...}}]}`,
 * and the same envelope for diffs with `changes` instead of `nodes`.
 * `namespace` is null when the manifest does not set one.
 */
import type { DiffReport, SimulationReport } from "./format-table.js";
import type { NodePlacement, NodePlacementChange, Placement, SimulationDiff, SimulationSummary } from "./types.js";
export interface SimulationJson {
    daemonsets: {
        name: string;
        namespace: string | null;
        file: string;
        nodes: NodePlacement[];
        summary: SimulationSummary;
    }[];
}
export interface DiffJson {
    daemonsets: {
        name: string;
        namespace: string | null;
        file: string;
        changes: NodePlacementChange[];
        summary: SimulationDiff["summary"];
    }[];
}
/** The JSON document as an object; `only` keeps the nodes with that placement. */
export declare function simulationJson(reports: readonly SimulationReport[], options?: {
    only?: Placement;
}): SimulationJson;
export declare function formatSimulationJson(reports: readonly SimulationReport[], options?: {
    only?: Placement;
}): string;
export declare function diffJson(reports: readonly DiffReport[]): DiffJson;
export declare function formatDiffJson(reports: readonly DiffReport[]): string;
