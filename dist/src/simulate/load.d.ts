import { type UnmatchedPath } from "../load/files.js";
import { type InventoryNode, type InventoryPod } from "./inventory.js";
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
export declare function loadNodes(sources: readonly InventorySource[]): {
    nodes: InventoryNode[];
    errors: InventoryError[];
};
export declare function loadPods(source: InventorySource): {
    pods: InventoryPod[];
    errors: InventoryError[];
};
export declare function inventorySource(name: string, cwd: string, stdinText?: string): InventorySource;
export interface ManifestDaemonSet {
    file: string;
    value: Record<string, unknown>;
    key: string;
}
/**
 * The apps/v1 DaemonSets in manifest paths (files, folders, globs, - for
 * stdin), and the Node objects among them, which can serve as inventory.
 * `unmatched`: the paths that gave nothing to read (empty stdin included),
 * for the caller to reject.
 * Files of Helm charts and kustomizations are left out, with a note for
 * each chart or kustomization (load/sources.ts).
 */
export declare function loadDaemonSets(paths: readonly string[], options: {
    cwd: string;
    stdin?: {
        text: string;
        filename?: string;
    };
}): {
    daemonSets: ManifestDaemonSet[];
    nodeObjects: unknown[];
    errors: InventoryError[];
    unmatched: UnmatchedPath[];
    notes: string[];
};
/** `namespace/name`: how DaemonSets of two manifest versions are matched. */
export declare function daemonSetKey(value: unknown): string;
