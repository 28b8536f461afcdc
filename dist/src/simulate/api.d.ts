import { type NodeInventory, type PodInventory } from "./inventory.js";
import type { DaemonSetSimulation } from "./types.js";
/** Nodes or pods as `simulate` takes them. */
export type InventoryInput<Normalised> = readonly unknown[] | Normalised | Readonly<Record<string, unknown>>;
export interface SimulationOptions {
    /**
     * Pods already bound to the nodes, taken like `nodes`: parsed Pod objects,
     * `List`/`PodList` objects, or what `podsFromObjects` returned.
     */
    pods?: InventoryInput<PodInventory>;
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
