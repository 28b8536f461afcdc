import type { Placement, PlacementReason, ReasonCode } from "./types.js";
export interface ReasonGroup {
    /** Stable: the code and the predicate's data, never a node's own values. */
    key: string;
    code: ReasonCode;
    /**
     * The placement of the nodes it explains: excluded (the controller's
     * predicates), pending (the scheduler's filters, and why preemption does
     * not help), runs (by preempting) or rejected.
     */
    placement: Placement;
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
    /** The names of the first nodes counted, at most NODE_SAMPLE of them. */
    sampleNodes: string[];
}
/**
 * How many node names are kept, as examples, for a reason group, a pool's
 * placement or a change: enough to find the nodes, and bounded, so that the
 * views of 65,000 nodes stay small.
 */
export declare const NODE_SAMPLE = 20;
/** Adds a name to a sample until it holds NODE_SAMPLE. */
export declare function sampleNode(sample: string[], node: string): void;
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
    /** Counts one node, named `node`, in each of its groups. */
    add(groups: readonly ReasonGroup[], node: string): void;
    /** Excluded, pending, runs (preempting), rejected; then the most nodes first, then by text. */
    counted(): ReasonCount[];
}
