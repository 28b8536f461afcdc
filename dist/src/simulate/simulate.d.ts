import type { InventoryNode, InventoryPod } from "./inventory.js";
import type { ApiRejection, DaemonSetSimulation, NodePlacement, Placement, PlacementReason, SimulationSummary } from "./types.js";
import type { DisruptionBudget } from "../k8s/disruption.js";
import { type PriorityClassInfo } from "../k8s/priority.js";
export interface SimulateOptions {
    /**
     * Pods already bound to the nodes (`podsFromObjects`). Without them only the
     * node's own allocatable limits a pod. The DaemonSet's own pods are
     * ignored: the simulated pod is the one that replaces them.
     */
    pods?: readonly InventoryPod[];
    /** PodDisruptionBudgets preemption respects (`PodInventory.disruptionBudgets`). */
    disruptionBudgets?: readonly DisruptionBudget[];
    /** PriorityClasses besides the built-in ones, for the daemon pod's priority and for pods without `spec.priority`. */
    priorityClasses?: readonly PriorityClassInfo[];
    /** The version the API validation follows (the newest by default). */
    kubernetesVersion?: string;
    /**
     * The API server's answer when the caller already has it (with the
     * manifest position, load.ts): a rejection, or null for accepted. When
     * undefined, the DaemonSet is validated here.
     */
    rejection?: ApiRejection | null;
}
/**
 * One DaemonSet's placements without an object per node: a code and the
 * (mostly shared) reasons for each node of the inventory. 6.5 million node
 * objects for 100 DaemonSets on 65,000 nodes cost more to make and collect
 * than to work out; the command line writes from this, and `simulate` makes
 * the objects from it.
 */
export interface PlacementColumns {
    name: string;
    namespace?: string;
    nodes: readonly InventoryNode[];
    /** Per node: the index of its placement in PLACEMENTS, plus KEEPS_POD when shouldContinueRunning. */
    codes: Uint8Array;
    reasons: (readonly PlacementReason[])[];
    summary: SimulationSummary;
    /** Set when the API server rejects the DaemonSet. */
    rejected?: ApiRejection;
}
/**
 * The placement of node `i` as `simulate` gives it. `into`, when given, is
 * filled and returned instead of a new object: for callers that read each
 * placement once and let it go.
 */
export declare function placementAt(columns: PlacementColumns, i: number, into?: NodePlacement): NodePlacement;
/** `simulate`, with the placements kept as columns. */
export declare function simulatePlacements(daemonSet: unknown, nodes: readonly InventoryNode[], options?: SimulateOptions): PlacementColumns;
/**
 * Simulates a parsed DaemonSet manifest against normalised nodes
 * (`nodesFromObjects`). Pure: the inputs are not modified. The API's
 * `simulate` (api.ts) checks and normalises its arguments, then calls this.
 */
export declare function simulateOnInventory(daemonSet: unknown, nodes: readonly InventoryNode[], options?: SimulateOptions): DaemonSetSimulation;
/**
 * The placements with placement `only` (every one when undefined), in node
 * order. From columns, one object is filled for each node in turn: read it
 * before taking the next.
 */
export declare function placementsOf(simulation: DaemonSetSimulation | PlacementColumns, only?: Placement): Generator<NodePlacement>;
