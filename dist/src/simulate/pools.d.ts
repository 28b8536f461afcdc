import type { InventoryNode } from "./inventory.js";
import { type ReasonCount } from "./reason-groups.js";
import type { PlacementColumns } from "./simulate.js";
import type { ApiRejection, PlacementChange, PlacementCounts, SimulationDiff, SimulationSummary } from "./types.js";
/** The pool of the nodes that have none of the labels. */
export declare const NO_POOL = "(none)";
export interface NodePool {
    /** Unique among the inventory's pools: the label's value, or `label=value` when two labels give the same value. */
    name: string;
    /** The label the pool comes from (`node-role.kubernetes.io/*` for roles); absent for `(none)`. */
    label?: string;
    /** The label's value (the roles joined with commas). */
    value?: string;
    nodes: number;
}
export interface InventoryPools {
    /** The label given with `--group-by`; absent when pools are found from the well-known labels. */
    groupBy?: string;
    /** Sorted by name, `(none)` last. */
    pools: NodePool[];
    /** Per node of the inventory, in its order, the index of its pool in `pools`. */
    poolOf: Uint32Array;
    /** The labels the pools come from, each once, in the order of `pools`. */
    labels: string[];
    /** Nodes in the `(none)` pool. */
    unpooled: number;
}
/** Sorts the nodes into pools, once per inventory. */
export declare function inventoryPools(nodes: readonly InventoryNode[], options?: {
    groupBy?: string;
}): InventoryPools;
/** One DaemonSet on one pool. */
export interface PoolPlacement extends PlacementCounts {
    pool: string;
    /**
     * Why nodes are excluded, pending or run by preempting, grouped: excluded
     * first, then pending, then preempting; within each, the most nodes first.
     */
    reasons: ReasonCount[];
    /** The first nodes of each placement, by name (at most NODE_SAMPLE each; a rejected DaemonSet names none). */
    sampleNodes: {
        runs: string[];
        pending: string[];
        excluded: string[];
    };
}
/** One DaemonSet, pool by pool. */
export interface DaemonSetByPool {
    name: string;
    namespace?: string;
    /** The manifest file it came from, as shown to the user. */
    file: string;
    summary: SimulationSummary;
    /** Every pool of the inventory, in its order. */
    pools: PoolPlacement[];
    /** The API server's first error, when it rejects the DaemonSet: then it runs nowhere. */
    rejected?: ApiRejection;
}
/** The placement of one DaemonSet's columns counted per pool. */
export declare function daemonSetByPool(file: string, columns: PlacementColumns, pools: InventoryPools): DaemonSetByPool;
/** What a change does on one pool. */
export interface PoolChange {
    pool: string;
    gains: number;
    loses: number;
    /** Of `loses`: a running pod is deleted. */
    evicted: number;
    runsToPending: number;
    pendingToRuns: number;
    /** Why the changed nodes are where they are after the change (before, for nodes that are gone). */
    reasons: ReasonCount[];
    /** The first few changed nodes, as examples (SAMPLE_NODES). */
    sampleNodes: string[];
    /** The first nodes of each kind of change, by name (at most NODE_SAMPLE each). */
    nodesByChange: Record<PlacementChange, string[]>;
}
/** One DaemonSet's change, pool by pool. */
export interface DaemonSetChangeByPool {
    name: string;
    namespace?: string;
    file: string;
    summary: SimulationDiff["summary"];
    /** The API server's rejection of either version, when it rejects it. */
    rejected?: SimulationDiff["rejected"];
    /** Only the pools where something changes, in the pools' order. */
    pools: PoolChange[];
}
/** How many changed nodes a pool's change names. */
export declare const SAMPLE_NODES = 5;
/**
 * Where the nodes of a change are: for `--nodes-after`, the pool of a node
 * is the one it is in after the change, or before for a node that is gone.
 */
export declare class PoolsOfNodes {
    private readonly poolOfName;
    readonly order: string[];
    constructor(inventories: readonly {
        nodes: readonly InventoryNode[];
        pools: InventoryPools;
    }[]);
    poolOf(node: string): string;
}
/** A diff counted per pool. */
export declare function daemonSetChangeByPool(file: string, diff: SimulationDiff, where: PoolsOfNodes): DaemonSetChangeByPool;
