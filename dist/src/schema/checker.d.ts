/**
 * Checks a value against one of the generated JSON Schemas (schemas/v1.NN/
 * <kind>.schema.json) and reports what ajv (draft-07, allErrors) would, in
 * ajv's order: the same keyword, instance path and params per error.
 *
 * The schemas use a handful of keywords (type, enum, pattern, required,
 * properties, additionalProperties, items, $ref), so a small interpreter
 * over the schema, compiled into linked nodes as checked values reach them,
 * does the work of ajv's generated validator code (450 kB a version): a
 * check of one file loads no such code, and a large run is a little faster.
 * test/schema-checker.test.ts compares it with ajv on the corpus and on
 * mutated DaemonSets.
 */
/** What explain.ts reads of an error: ajv's ErrorObject, without the schema path. */
export interface SchemaError {
    keyword: "type" | "enum" | "pattern" | "required" | "additionalProperties";
    /** JSON Pointer of the value (of the object, for required and additionalProperties). */
    instancePath: string;
    params: Record<string, unknown>;
}
export interface JsonSchemaDocument {
    $ref?: string;
    definitions?: Record<string, unknown>;
    [keyword: string]: unknown;
}
type Check = (value: unknown) => SchemaError[] | null;
/**
 * Compiles a schema document; the returned function gives null for a valid
 * value. Definitions and properties are compiled when a checked value first
 * reaches them: most of a PodSpec's forty fields never appear in a DaemonSet.
 */
export declare function compileSchema(document: JsonSchemaDocument): Check;
export {};
