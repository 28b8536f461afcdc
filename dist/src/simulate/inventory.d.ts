/**
 * Node and pod inventories: parsed `kubectl get nodes -o json|yaml` and
 * `kubectl get pods -A -o json` output, normalised once into the few facts
 * the simulation reads (labels, taints, allocatable in scheduler units; pod
 * requests and host ports), so many DaemonSets can be simulated against them.
 * Problems are returned as data; nothing here throws on bad input.
 */
import type { Path } from "../path.js";
import type { NodeView } from "../k8s/nodeaffinity.js";
import type { NodeLabels } from "../k8s/node-pools.js";
import { type HostPort, type ResourceAmounts } from "../k8s/podresources.js";
import { type Taint } from "../k8s/tolerations.js";
import { type DisruptionBudget } from "../k8s/disruption.js";
import { type PriorityClassInfo } from "../k8s/priority.js";
export interface InventoryProblem {
    /** Index of the object in the list given to `nodesFromObjects` / `podsFromObjects`. */
    index: number;
    /** Where in that object (`["items", 3, "status", "allocatable", "cpu"]`). */
    path: Path;
    message: string;
}
export interface InventoryNode extends NodeView {
    name: string;
    labels: NodeLabels;
    taints: readonly Taint[];
    /** `spec.unschedulable` (cordoned). Daemon pods tolerate it, so it never blocks them. */
    unschedulable: boolean;
    /**
     * `status.allocatable` in scheduler units; from `status.capacity` when
     * allocatable is missing (`SetDefaults_NodeStatus`). Undefined when the node
     * reports neither: resource and pod-count checks are then skipped. Nodes
     * with the same allocatable may share one map.
     */
    allocatable?: ReadonlyMap<string, number>;
    /** Where the node came from. */
    source: {
        index: number;
        path: Path;
    };
}
export interface InventoryPod {
    namespace: string;
    name: string;
    /** `spec.nodeName`: the node the pod is bound to. */
    nodeName: string;
    /** `PodRequests` in scheduler units. */
    requests: ResourceAmounts;
    hostPorts: HostPort[];
    /** The name of the DaemonSet that controls the pod (controller ownerReference), if any. */
    daemonSet?: string;
    /** `metadata.labels`, for PodDisruptionBudget selectors. */
    labels: Readonly<Record<string, unknown>>;
    /** `spec.priority`, set by admission on every pod a cluster holds. */
    priority?: number;
    /** `spec.priorityClassName`: gives the priority when `priority` is missing (a pod written by hand). */
    priorityClassName?: string;
    /** `status.startTime` in milliseconds: of two pods of one priority, the one started first is preempted last. */
    startTime?: number;
    /** Ready and not being deleted: counted as healthy by a PodDisruptionBudget. */
    ready: boolean;
}
export interface NodeInventory {
    nodes: InventoryNode[];
    problems: InventoryProblem[];
}
/**
 * What `--pods` gives: the pods bound to the nodes, and the objects that
 * decide which of them a daemon pod may preempt.
 */
export interface PodInventory {
    pods: InventoryPod[];
    /** PodDisruptionBudget objects, their allowance from their status or worked out from `pods`. */
    disruptionBudgets: DisruptionBudget[];
    /** PriorityClass objects (`kubectl get priorityclasses -o json`). */
    priorityClasses: PriorityClassInfo[];
    problems: InventoryProblem[];
}
/**
 * A node `nodesFromObjects` already normalised. Parsed YAML or JSON never
 * holds a function or a Map, so these cannot be taken for Node objects.
 */
export declare function isInventoryNode(value: unknown): value is InventoryNode;
/** A pod `podsFromObjects` already normalised. */
export declare function isInventoryPod(value: unknown): value is InventoryPod;
/** Whether a parsed document is a list whose `items` are the objects (`List`, `NodeList`, `PodList`). */
export declare function isListDocument(value: unknown): value is Record<string, unknown>;
/**
 * A value from the input, short, for a message: a string quoted (and cut),
 * a number or boolean as written, anything else by its type.
 */
export declare function shortText(value: unknown): string;
/** Normalises objects one at a time, for callers that produce them one by one. */
export interface InventoryCollector<T> {
    add(object: unknown, index: number, path: Path): void;
    /** Problems so far; problems about the input's own shape may be added here too. */
    problems: InventoryProblem[];
    result(): T;
}
/** Node normalisation with the state it needs across nodes: names seen, parsed quantities. */
export declare function nodeCollector(): InventoryCollector<NodeInventory>;
/**
 * Normalises parsed Node objects (single Nodes, `List`/`NodeList` items, bare
 * arrays). Objects that are not Nodes, nodes without a name and repeated names
 * are skipped with a problem; unparsable allocatable quantities are reported
 * and left out (counting as 0, as a missing resource does for the scheduler).
 */
export declare function nodesFromObjects(objects: readonly unknown[]): NodeInventory;
/** Normalises `objects` into `collector` (which may already hold other inputs' objects) and returns its result. */
export declare function collectAll<T>(objects: readonly unknown[], collector: InventoryCollector<T>): T;
/**
 * Pod normalisation. Only pods that occupy a node count: bound
 * (`spec.nodeName` set) and not terminal (phase neither Succeeded nor
 * Failed), as the scheduler's NodeInfo holds them. PodDisruptionBudgets and
 * PriorityClasses among them are kept for preemption; a budget without
 * `status.disruptionsAllowed` gets its allowance from the pods, bound or not.
 */
export declare function podCollector(): InventoryCollector<PodInventory>;
/** Normalises parsed Pod objects (`kubectl get pods -A -o json`); see `podCollector`. */
export declare function podsFromObjects(objects: readonly unknown[]): PodInventory;
