/**
 * Turns ajv's errors into one plain-words problem per mistake, at the field
 * that is wrong: unknown fields (with the likely fix), missing required
 * fields, wrong types (spotting YAML's implicit typing), bad enum values and
 * malformed quantities.
 */
import type { ErrorObject } from "ajv";
import type { Problem } from "../finding.js";
import type { ManifestObject } from "../load/types.js";
import type { SchemaKind } from "./files.js";
import { type SchemaTree } from "./tree.js";
export interface ExplainContext {
    object: ManifestObject;
    kind: SchemaKind;
    /** The target Kubernetes version. */
    version: string;
    tree: SchemaTree;
}
export declare function explainErrors(errors: readonly ErrorObject[], ctx: ExplainContext): Problem[];
