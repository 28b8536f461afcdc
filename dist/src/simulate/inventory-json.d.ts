/**
 * Fast inventory loading from JSON bytes (`kubectl get nodes -o json`,
 * `kubectl get pods -A -o json`): only the fields placement reads are
 * materialised, each object is normalised as soon as it is read (so the
 * parsed fields never outlive it), and the result is what `nodesFromObjects`
 * / `podsFromObjects` give for the same document, problems included.
 */
import { type InventoryCollector, type NodeInventory, type PodInventory } from "./inventory.js";
/** `nodesFromObjects` for one JSON document given as bytes (a file's contents). */
export declare function nodesFromJson(bytes: Uint8Array): NodeInventory;
/**
 * `podsFromObjects` for one JSON document given as bytes. `collector`: one
 * that already holds other files' pods, so that budgets count them all.
 */
export declare function podsFromJson(bytes: Uint8Array, collector?: InventoryCollector<PodInventory>): PodInventory;
