import type { ChangeByPool, PlacementByPool } from "./format-pools.js";
import type { DiffReport, SimulationReport } from "./format-table.js";
import type { DaemonSetByPool, DaemonSetChangeByPool, NodePool, PoolChange, PoolPlacement } from "./pools.js";
import type { ReasonCount } from "./reason-groups.js";
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
/** A reason group as the grouped JSON gives it: its key is the model's own. */
export type ReasonCountJson = Omit<ReasonCount, "key">;
interface PoolsJson {
    /** All the nodes of the inventory (after the change, for a diff). */
    nodes: number;
    /** The label given with `--group-by`. */
    groupBy?: string;
    /** The labels the pools come from. */
    poolLabels: string[];
    pools: NodePool[];
}
export interface PlacementByPoolJson extends PoolsJson {
    daemonsets: (Omit<DaemonSetByPool, "namespace" | "pools"> & {
        namespace: string | null;
        pools: (Omit<PoolPlacement, "reasons"> & {
            reasons: ReasonCountJson[];
        })[];
    })[];
}
export interface ChangeByPoolJson extends PoolsJson {
    daemonsets: (Omit<DaemonSetChangeByPool, "namespace" | "pools"> & {
        namespace: string | null;
        pools: (Omit<PoolChange, "reasons"> & {
            reasons: ReasonCountJson[];
        })[];
    })[];
}
/** The placement grouped by node pool, as JSON (`--format json --by-pool`). */
export declare function placementByPoolJson(model: PlacementByPool): PlacementByPoolJson;
/** What a change does, grouped by node pool, as JSON: only the pools where something changes. */
export declare function changeByPoolJson(model: ChangeByPool): ChangeByPoolJson;
/** The text of `placementByPoolJson`, in pieces, ending with a newline. */
export declare function placementByPoolJsonChunks(model: PlacementByPool): Generator<string>;
/** The text of `changeByPoolJson`, in pieces, ending with a newline. */
export declare function changeByPoolJsonChunks(model: ChangeByPool): Generator<string>;
export {};
