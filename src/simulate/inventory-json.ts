/**
 * Fast inventory loading from JSON bytes (`kubectl get nodes -o json`,
 * `kubectl get pods -A -o json`): only the fields placement reads are
 * materialised, each object is normalised as soon as it is read (so the
 * parsed fields never outlive it), and the result is what `nodesFromObjects`
 * / `podsFromObjects` give for the same document, problems included.
 */
import {
  collectAll,
  isListDocument,
  nodeCollector,
  nodesFromObjects,
  podCollector,
  type InventoryCollector,
  type InventoryProblem,
  type NodeInventory,
  type PodInventory,
} from "./inventory.js";
import { JsonSyntaxError, readJsonItems, type JsonShape } from "./selective-json.js";
import { isRecord } from "../values.js";

type ObjectShape = { readonly [key: string]: JsonShape };

// Capacity only stands in for a missing allocatable (SetDefaults_NodeStatus),
// which kubectl output never lacks; it is read in a second pass when needed.
// Nodes of one instance type report the same allocatable, so it is shared.
const NODE: ObjectShape = {
  apiVersion: true,
  kind: true,
  metadata: { name: true, generateName: true, labels: true },
  spec: { taints: true, unschedulable: true },
  status: { allocatable: "interned" },
};
const NODE_WITH_CAPACITY: ObjectShape = { ...NODE, status: { allocatable: "interned", capacity: "interned" } };

const CONTAINER: JsonShape = { name: true, restartPolicy: true, resources: true, ports: true };

// The fields of Pods, and of the PodDisruptionBudgets and PriorityClasses `--pods` also takes.
const POD: ObjectShape = {
  apiVersion: true,
  kind: true,
  metadata: { name: true, generateName: true, namespace: true, ownerReferences: true, labels: true, deletionTimestamp: true },
  spec: {
    nodeName: true,
    hostNetwork: true,
    overhead: true,
    resources: true,
    containers: { "[]": CONTAINER },
    initContainers: { "[]": CONTAINER },
    priority: true,
    priorityClassName: true,
    selector: true,
    minAvailable: true,
    maxUnavailable: true,
  },
  status: { phase: true, startTime: true, conditions: true, disruptionsAllowed: true, disruptedPods: true },
  value: true,
  globalDefault: true,
  preemptionPolicy: true,
};

type Read<T> = { inventory: T } | { error: string };

/**
 * Streams the items of a List (or a bare array) into `collector`. A document
 * that turns out not to be a list (its kind is read after its items, as
 * kubectl orders keys) is normalised whole by `fromObjects` instead.
 */
function read<T>(
  bytes: Uint8Array,
  item: ObjectShape,
  collector: InventoryCollector<T>,
  fromObjects: (objects: readonly unknown[]) => T,
  onItem?: (value: unknown) => void,
): Read<T> {
  try {
    const document = readJsonItems(bytes, item, { ...item, items: true }, (value, path) => {
      onItem?.(value);
      collector.add(value, 0, path);
    });
    if (document.form === "array") return { inventory: collector.result() };
    if (document.form === "object" && document.streamed && isListDocument(document.value)) return { inventory: collector.result() };
    onItem?.(document.value);
    return { inventory: fromObjects([document.value]) };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { error: `not valid JSON: ${error.message}` };
    throw error;
  }
}

function invalid(error: string): InventoryProblem[] {
  return [{ index: 0, path: [], message: error }];
}

/** `nodesFromObjects` for one JSON document given as bytes (a file's contents). */
export function nodesFromJson(bytes: Uint8Array): NodeInventory {
  let lacksAllocatable = false;
  const noteAllocatable = (value: unknown): void => {
    if (isRecord(value) && !(isRecord(value.status) && isRecord(value.status.allocatable))) lacksAllocatable = true;
  };
  let result = read(bytes, NODE, nodeCollector(), nodesFromObjects, noteAllocatable);
  if ("inventory" in result && lacksAllocatable) result = read(bytes, NODE_WITH_CAPACITY, nodeCollector(), nodesFromObjects);
  return "error" in result ? { nodes: [], problems: invalid(result.error) } : result.inventory;
}

/**
 * `podsFromObjects` for one JSON document given as bytes. `collector`: one
 * that already holds other files' pods, so that budgets count them all.
 */
export function podsFromJson(bytes: Uint8Array, collector: InventoryCollector<PodInventory> = podCollector()): PodInventory {
  const result = read(bytes, POD, collector, (objects) => collectAll(objects, collector));
  if (!("error" in result)) return result.inventory;
  collector.problems.push(...invalid(result.error));
  return collector.result();
}
