import type { Path } from "../path.js";
import { type Obj } from "./values.js";
/** A request the API server would reject before validating anything. */
export interface DecodeIssue {
    /** The Kubernetes field path of the value that fails to decode. */
    field: string;
    path: Path;
    message: string;
    fix?: string;
}
/**
 * Every quantity in the pod template that fails to decode. `sidecars`: whether
 * the API server keeps an init container's restartPolicy (for naming it).
 */
export declare function findDecodeIssues(manifest: Obj, sidecars?: boolean): DecodeIssue[];
