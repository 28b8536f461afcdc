import type { CheckOptions, RunContext } from "../config/run.js";
import { type StdinInput, type UnmatchedPath } from "../load/files.js";
import type { LoadedInventory } from "./findings.js";
import { type InventoryNode, type PodInventory } from "./inventory.js";
import { type PriorityClassInfo } from "../k8s/priority.js";
import type { ApiRejection } from "./types.js";
/** One problem with an inventory file, as one line: `nodes.yaml:12:7: message`. */
export interface InventoryError {
    file: string;
    line?: number;
    column?: number;
    message: string;
}
export declare function formatInventoryError(e: InventoryError): string;
export interface InventorySource {
    /** The name to report. */
    name: string;
    /** Read from disk, or given (stdin). */
    path?: string;
    text?: string;
}
/**
 * A YAML inventory is parsed whole, as a manifest is: some 35 times its size
 * in memory (a 34 MB `kubectl get nodes -o yaml` takes 1.2 GB), so it has a
 * manifest's limit.
 */
export declare const MAX_YAML_INVENTORY_BYTES: number;
/** JSON is read selectively from its bytes (inventory-json.ts), so a far larger one is read. */
export declare const MAX_JSON_INVENTORY_BYTES: number;
/**
 * The most text read from stdin for an inventory: JSON, as one JavaScript
 * string, which holds at most 512 MiB.
 */
export declare const MAX_STDIN_INVENTORY_BYTES: number;
export declare function loadNodes(sources: readonly InventorySource[]): {
    nodes: InventoryNode[];
    errors: InventoryError[];
};
/**
 * Reads the pods already on the nodes, with the PodDisruptionBudgets and
 * PriorityClasses among them, from one or more files: one input, so a
 * budget counts the pods of every file. A file that cannot be read throws a
 * UsageError, as for node inventories; problems inside it are `errors`.
 */
export declare function loadPods(sources: InventorySource | readonly InventorySource[]): PodInventory & {
    errors: InventoryError[];
};
export declare function inventorySource(name: string, cwd: string, stdinText?: string): InventorySource;
/**
 * The node inventory named by --nodes or the configuration's `nodes` (files,
 * folders or globs; the configuration's relative to its folder), loaded once
 * for every file.
 */
export declare function placementInventory(options: Pick<CheckOptions, "nodes">, run: RunContext, cwd: string): LoadedInventory | undefined;
export interface ManifestDaemonSet {
    file: string;
    value: Record<string, unknown>;
    key: string;
    /** The API server's answer, worked out while the source map is at hand: a rejection with its position, or null. */
    rejection: ApiRejection | null;
}
export interface LoadedManifests {
    daemonSets: ManifestDaemonSet[];
    nodeObjects: unknown[];
    /**
     * Files that hold Node objects and no DaemonSet, and their Node objects:
     * inventories given as manifest paths, most often the rest of a glob after
     * --nodes that the shell expanded.
     */
    nodeFiles: string[];
    nodeFileObjects: unknown[];
    /** PriorityClass objects among the manifests: the daemon pods' classes may be defined there. */
    priorityClasses: PriorityClassInfo[];
    errors: InventoryError[];
    unmatched: UnmatchedPath[];
    notes: string[];
}
/**
 * The apps/v1 DaemonSets in manifest paths (files, folders, globs, - for
 * stdin), each with the API server's answer to it, and the Node and
 * PriorityClass objects among them: Nodes can serve as inventory.
 * `unmatched`: the paths that gave nothing to read (empty stdin included),
 * for the caller to reject.
 * Files of Helm charts and kustomizations are left out, with a note for
 * each chart or kustomization (load/sources.ts).
 */
export declare function loadDaemonSets(paths: readonly string[], options: {
    cwd: string;
    stdin?: StdinInput;
    kubernetesVersion?: string;
}): LoadedManifests;
/**
 * The files an inventory option names: files, folders (their YAML and JSON
 * files, recursively) and globs, as manifest paths are expanded; `-` is
 * stdin. A path that gives no file, and one that cannot be read, is a
 * mistake in the command: a UsageError, one line each, starting with `label`
 * (the option: `--nodes`).
 */
export declare function inventorySources(label: string, paths: readonly string[], cwd: string, stdinText?: string): InventorySource[];
/** `namespace/name`: how DaemonSets of two manifest versions are matched. */
export declare function daemonSetKey(value: unknown): string;
