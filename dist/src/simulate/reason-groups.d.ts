import type { PlacementReason, ReasonCode } from "./types.js";
export interface ReasonGroup {
    /** Stable: the code and the predicate's data, never a node's own values. */
    key: string;
    code: ReasonCode;
    /** Excluded (the controller's predicates) or pending (the scheduler's filters). */
    placement: "pending" | "excluded";
    /** What every node of the group fails, in plain words: `dedicated=batch:NoExecute not tolerated`. */
    text: string;
    /** What the node has, which may differ between nodes: `node has kubernetes.io/os=windows`. */
    detail?: string;
}
/** The group a reason belongs to. */
export declare function reasonGroupOf(reason: PlacementReason): ReasonGroup;
/** A group and how many nodes are in it. */
export interface ReasonCount extends ReasonGroup {
    nodes: number;
}
/**
 * Counts reasons over many nodes. Nodes that fail for the same reasons share
 * one reasons array (simulate.ts), so each array is grouped once. The detail
 * of a group is kept only while every node counted has the same one.
 */
export declare class ReasonCounter {
    private readonly groupsOf;
    /** The groups of one node's reasons, made once per reasons array. */
    groups(reasons: readonly PlacementReason[]): readonly ReasonGroup[];
}
/** Counts of reason groups for one set of nodes (a pool, or the nodes a change touches there). */
export declare class ReasonTally {
    private readonly counts;
    private readonly mixed;
    add(groups: readonly ReasonGroup[], nodes?: number): void;
    /** Excluded before pending, then the most nodes first, then by text. */
    counted(): ReasonCount[];
}
