import { type Paint } from "./format-table.js";
import { type DaemonSetByPool, type DaemonSetChangeByPool, type InventoryPools, type PoolChange, type PoolPlacement } from "./pools.js";
/** The grouped placement of every DaemonSet on one inventory. */
export interface PlacementByPool {
    nodes: number;
    pools: InventoryPools;
    daemonSets: readonly DaemonSetByPool[];
}
/** What a change does, grouped by the pools of the inventory after it. */
export interface ChangeByPool {
    nodes: number;
    pools: InventoryPools;
    daemonSets: readonly DaemonSetChangeByPool[];
}
/** Text from the input as it is written into the output (escaped for the medium). */
export type Escape = (text: string) => string;
/** A pool's counts and reasons, as poolReasonsText reads them. */
export type PoolReasons = Pick<PoolPlacement, "excluded" | "excludedKeepingPod" | "pending" | "preempting" | "preemptedPods" | "reasons">;
/**
 * Why nodes of a pool get no running pod, and what the pods that run by
 * preempting evict:
 * `1,430 excluded: dedicated=batch:NoExecute not tolerated (863), nvidia.com/gpu:NoSchedule not tolerated (567)`.
 */
export declare function poolReasonsText(pool: PoolReasons, escape?: Escape): string;
/** `3 run by preempting 4 pods`. */
export declare function preemptingText(counts: {
    preempting: number;
    preemptedPods: number;
}): string;
/** How the pools were found, in one line: `3 pools by node-role.kubernetes.io/* (node roles)`. */
export declare function poolsLegend(pools: InventoryPools, nodes: number, escape?: Escape): string;
export declare function qualifiedName(ds: {
    name: string;
    namespace?: string;
}): string;
/** A pool's change in a few signs: `gpu -120 (120 evicted)`, `worker +3`, `control-plane -3 (running pods kept)`. */
export declare function poolChangeText(change: PoolChange, escape?: Escape): string;
/** The signs alone: `-120 (120 evicted)`, `+3 1 to pending`. */
export declare function changeSignsText(change: PoolChange): string;
/** Why the changed nodes of a pool are where they are after the change. */
export declare function changeReasonsText(change: PoolChange, escape?: Escape): string;
/** The summary of every DaemonSet, then each DaemonSet pool by pool; each line ends with a newline. */
export declare function poolTableChunks(model: PlacementByPool, options?: {
    paint?: Paint;
}): Generator<string>;
/** The changes: every DaemonSet on one line, then the pools of each DaemonSet that changes. */
export declare function poolDiffTableChunks(model: ChangeByPool, options?: {
    paint?: Paint;
}): Generator<string>;
