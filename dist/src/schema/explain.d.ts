import type { Problem } from "../finding.js";
import type { ManifestObject } from "../load/types.js";
import type { SchemaError } from "./checker.js";
import type { SchemaKind } from "./files.js";
import { type SchemaTree } from "./tree.js";
export interface ExplainContext {
    object: ManifestObject;
    kind: SchemaKind;
    /** The target Kubernetes version. */
    version: string;
    tree: SchemaTree;
}
export declare function explainErrors(errors: readonly SchemaError[], ctx: ExplainContext): Problem[];
