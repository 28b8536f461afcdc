/**
 * Placement as lint findings (`dslint check --nodes FILE`): a DaemonSet that
 * runs on no node of the inventory is an error; one whose pods would stay
 * Pending on some nodes is a warning naming the nodes and why.
 */
import type { Anchor, Finding, Severity } from "../finding.js";
import type { InventoryNode } from "./inventory.js";
import type { InventoryError } from "./load.js";
export interface LoadedInventory {
    nodes: InventoryNode[];
    errors: InventoryError[];
}
/** A DaemonSet collected where its file was checked, with the place to report at. */
export interface PlacementSubject {
    value: unknown;
    at: Anchor;
    /** The rollout's field (maxUnavailable, else updateStrategy), where rollout-max-unavailable reports. */
    rolloutAt: Anchor;
    /**
     * rollout-max-unavailable as configured for the file, when it is on and
     * its `nodes` option is not set: then the inventory gives the node count.
     */
    rollout?: {
        severity: Severity;
        largeCluster: number;
    };
}
/**
 * `kubernetesVersion`: the run's. A DaemonSet the API server rejects runs
 * nowhere, but its API errors already say why: it gets no placement finding.
 */
export declare function placementFindings(subjects: readonly PlacementSubject[], inventory: LoadedInventory, kubernetesVersion?: string): Finding[];
