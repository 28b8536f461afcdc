import { type SchemaKind } from "./files.js";
/** A JSON Schema or OpenAPI schema object, loosely typed: the input is data. */
export interface Schema {
    [keyword: string]: unknown;
}
export type Definitions = Record<string, Schema>;
/** One file of openapi/ (see its README). */
export interface OpenApiFile {
    kubernetesVersion: string;
    /** Where the file's bytes were taken from (`<repo>:<path>@<commit>`). */
    source?: string;
    openapi: string;
    refPrefix: string;
    definitions: Definitions;
}
export declare const REF_PREFIX = "#/definitions/";
/**
 * The syntax `parseQuantity` (src/k8s/quantity.ts) accepts, as one pattern:
 * a decimal number, then a binary suffix (Ki..Ei), a decimal SI suffix
 * (n, u, m, k, M..E) or a decimal exponent. The API server trims spaces
 * (resource.Quantity.UnmarshalJSON).
 */
export declare const QUANTITY_PATTERN = "^\\s*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+|[KMGTPE]i|[numkMGTPE])?\\s*$";
/** The file's definitions in one shape: OpenAPI v3's `allOf: [{$ref}]` wrappers unwrapped, refs to `#/definitions/`. */
export declare function normalizeDefinitions(file: OpenApiFile): Definitions;
/**
 * Rewrites normalized definitions for validating manifests of `version`:
 * - strict: `additionalProperties: false` on objects with declared
 *   properties, as kubectl's strict field validation does;
 * - every value may be null: the API server decodes null as "unset";
 * - IntOrString and Quantity accept both of their JSON forms;
 * - hand-coded enums (enums.ts) for fields the specs type as plain strings.
 */
export declare function toValidationDefinitions(defs: Definitions, version: string): Definitions;
/** A self-contained draft-07 schema for one kind: the root's definition plus everything it refers to. */
export declare function kindSchema(defs: Definitions, kind: SchemaKind, version: string): Schema;
/**
 * Marks, on each version's definitions, the fields that exist only in other
 * versions (with the versions that have them), so the runtime can say
 * "needs Kubernetes 1.28 or later" instead of just "unknown field".
 */
export declare function annotateOtherVersions(byVersion: ReadonlyMap<string, Definitions>): void;
