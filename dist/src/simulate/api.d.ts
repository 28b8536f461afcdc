import type { DiffReport } from "./format-table.js";
import { type InventoryNode, type InventoryPod, type NodeInventory, type PodInventory } from "./inventory.js";
import { type InventoryError, type LoadedManifests, type ManifestDaemonSet } from "./load.js";
import { type SimulateOptions } from "./simulate.js";
import type { DaemonSetSimulation } from "./types.js";
/** Nodes or pods as `simulate` takes them. */
export type InventoryInput<Normalised> = readonly unknown[] | Normalised | Readonly<Record<string, unknown>>;
export interface SimulationOptions {
    /**
     * Pods already bound to the nodes, taken like `nodes`: parsed Pod objects,
     * `List`/`PodList` objects, or what `podsFromObjects` returned. The
     * PodDisruptionBudget and PriorityClass objects among them count for
     * preemption.
     */
    pods?: InventoryInput<PodInventory>;
    /** The Kubernetes version whose API validation decides whether the DaemonSet is rejected (the newest by default). */
    kubernetesVersion?: string;
}
/**
 * The programmatic simulation: a parsed DaemonSet and the nodes, as parsed
 * Node objects (`kubectl get nodes -o json` items), whole `List`/`NodeList`
 * objects (alone or in the array), or what `nodesFromObjects` returned; and
 * optionally the pods already bound to them. Returns the per-node placement
 * with reasons, exactly as `dslint simulate --format json` prints it per
 * DaemonSet. Objects that are not usable Nodes are left out (see
 * `nodesFromObjects` for why); when none is usable, or an argument is not
 * what it should be, it throws a TypeError that says so.
 */
export declare function simulate(daemonSet: unknown, nodes: InventoryInput<NodeInventory>, options?: SimulationOptions): DaemonSetSimulation;
/** Manifest files and inventory files, as `dslint simulate` reads them. */
export interface SimulateChangeOptions {
    /** Folder that relative paths and reported file names are relative to; by default the working directory. */
    cwd?: string;
    /** Text for the path `-` (stdin), among the manifests or as an inventory, and the name to report manifests from it under. */
    stdin?: {
        text: string;
        filename?: string;
    };
    /**
     * Node inventories (`kubectl get nodes -o yaml|json`): files, folders or
     * globs. The Node objects among the manifests join them; without any, they
     * are the inventory.
     */
    nodes?: readonly string[];
    /**
     * The pods already on the nodes (`kubectl get pods -A -o json`), for
     * resources, host ports and preemption, with the PodDisruptionBudgets and
     * PriorityClasses preemption respects (`kubectl get pods,pdb,priorityclasses
     * -A -o json`): files, folders or globs.
     */
    pods?: string | readonly string[];
    /** The Kubernetes version whose API validation decides which DaemonSets are rejected (the newest by default). */
    kubernetesVersion?: string;
    /**
     * false: a manifest path or glob that matches no file, and empty stdin,
     * are left out quietly. By default (true) they throw a UsageError, one
     * line each.
     */
    errorOnUnmatchedPattern?: boolean;
    /**
     * Called with each note (a Helm chart or kustomization left out, Node
     * objects of the manifests added to the inventory) and each problem in an
     * input that leaves the rest usable, one line each, as they are met:
     * before a UsageError that stops the simulation, too.
     */
    onMessage?: (line: string) => void;
    /** The previous version of the manifests (files, folders, globs): what the change of manifests does. */
    before?: readonly string[];
    /** A changed inventory (files, folders, globs): what the change of nodes does. */
    nodesAfter?: readonly string[];
}
/** What a change does, DaemonSet by DaemonSet. */
export interface SimulatedChange {
    /**
     * One diff per DaemonSet, in the order of the manifests (with `before`,
     * then the DaemonSets the change removes). Each DaemonSet is simulated as
     * the iteration reaches it, and let go after: iterating again simulates
     * again.
     */
    diffs: Iterable<DiffReport>;
    /** How many diffs `diffs` gives. */
    count: number;
    /** The problems in the inputs that left the rest usable (`onMessage` had them as lines). */
    errors: InventoryError[];
    /** The nodes simulated on (before the change, with `nodesAfter`). */
    nodes: readonly InventoryNode[];
    /** With `nodesAfter`: the nodes after the change. */
    nodesAfter?: readonly InventoryNode[];
}
/** What a simulation of files reads: the DaemonSets of the manifests (and of `before`), the nodes and the pods. */
export interface SimulationInputs {
    daemonSets: ManifestDaemonSet[];
    before?: LoadedManifests;
    nodes: InventoryNode[];
    pods?: InventoryPod[];
    /** How every DaemonSet is simulated against the nodes: the pods and what preemption respects. */
    simulateOptions: SimulateOptions;
    errors: InventoryError[];
}
/**
 * Reads the manifests (and `before`), the nodes and the pods. The notes and
 * errors of `before` are left to the caller; the others go to `onMessage`
 * once all is read that a UsageError could stop.
 */
export declare function loadSimulationInputs(paths: readonly string[], options: SimulateChangeOptions): SimulationInputs;
/**
 * What a change does, node by node, as `dslint simulate --before` and
 * `--nodes-after` print it: the manifests in `paths` against their previous
 * version (`before`), or on a changed inventory (`nodesAfter`); one of the
 * two. The inputs are read as `loadSimulationInputs` says; a mistake in how
 * it was called (paths that match nothing, an inventory that cannot be read
 * or holds no usable node) throws a UsageError.
 */
export declare function simulateChange(paths: readonly string[], options: SimulateChangeOptions): SimulatedChange;
