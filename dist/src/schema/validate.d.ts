import type { Problem } from "../finding.js";
import type { ManifestObject } from "../load/types.js";
import { type SchemaKind } from "./files.js";
import { SchemaTree } from "./tree.js";
export type { SchemaKind } from "./files.js";
export interface SchemaValidator {
    /** The Kubernetes version validated against (`1.36`). */
    readonly version: string;
    /** Problems with `object` as a `kind` of this version; empty when it is valid. */
    validate(object: ManifestObject, kind: SchemaKind): Problem[];
}
/**
 * The validator for a Kubernetes version (`1.30`, `v1.30` and `1.30.2` all
 * mean 1.30). Rejects for a version with no schemas.
 */
export declare function loadSchemaValidator(version: string): Promise<SchemaValidator>;
/**
 * The schema of a kind in a known Kubernetes version as a tree of fields:
 * to explain an error, to check a custom rule's fields.
 */
export declare function schemaTree(version: string, kind: SchemaKind): SchemaTree;
