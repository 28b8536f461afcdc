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

import { isRecord } from "../values.js";

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

// Bits of a schema's `type`; "number" includes the integers, as in JSON Schema.
const NULL = 1;
const BOOLEAN = 2;
const INTEGER = 4;
const NUMBER = 8;
const STRING = 16;
const ARRAY = 32;
const OBJECT = 64;
const TYPE_BITS: Record<string, number> = { null: NULL, boolean: BOOLEAN, integer: INTEGER, number: NUMBER, string: STRING, array: ARRAY, object: OBJECT };

interface Node {
  /** The bits of `type`, 0 without one. */
  types: number;
  /** `type` as the schema writes it: ajv's `params.type`. */
  typeParam: unknown;
  /**
   * Where a wrong type is reported: before everything else, or (one type
   * that has keywords of its own, like `type: object` with `properties`)
   * in place of that type's keywords, after `$ref` and `enum`. ajv's
   * coerceAndCheckDataType.
   */
  typeFirst: boolean;
  /** `$ref`, resolved into `refNode` on first use. */
  ref: string | undefined;
  refNode: Node | undefined;
  enumValues: readonly unknown[] | undefined;
  pattern: RegExp | undefined;
  patternParam: string | undefined;
  items: Node | undefined;
  required: readonly string[] | undefined;
  /** `properties` as the schema has them, for membership; `propertyNames` in schema order, each compiled on first use into `propertyNodes`. */
  properties: Record<string, unknown> | undefined;
  propertyNames: readonly string[] | undefined;
  propertyNodes: (Node | null | undefined)[] | undefined;
  /** false: no other field allowed; a node: what other fields' values must be. */
  additional: false | Node | undefined;
  /** Whether this node has keywords of the string, array or object group (applied only to values of that type). */
  hasStringKeywords: boolean;
  hasArrayKeywords: boolean;
  hasObjectKeywords: boolean;
}

type Check = (value: unknown) => SchemaError[] | null;

/**
 * Compiles a schema document; the returned function gives null for a valid
 * value. Definitions and properties are compiled when a checked value first
 * reaches them: most of a PodSpec's forty fields never appear in a DaemonSet.
 */
export function compileSchema(document: JsonSchemaDocument): Check {
  const definitions = (document.definitions ?? {}) as Record<string, Record<string, unknown>>;
  const compiled = new Map<string, Node>();
  const resolve = (ref: string): Node => {
    let node = compiled.get(ref);
    if (!node) {
      const name = /^#\/definitions\/(.+)$/.exec(ref)?.[1];
      const target = name === undefined ? undefined : definitions[decodePointer(name)];
      if (!target) throw new Error(`schema reference ${ref} does not resolve`);
      compiled.set(ref, (node = compileNode(target)));
    }
    return node;
  };
  const root = compileNode(document);
  return (value) => {
    const walk = new Walk(resolve);
    walk.node(root, value);
    return walk.errors;
  };
}

function compileNode(schema: Record<string, unknown>): Node {
  const type = schema.type;
  let types = 0;
  let typeCount = 0;
  if (typeof type === "string") {
    types = TYPE_BITS[type] ?? 0;
    typeCount = 1;
  } else if (Array.isArray(type)) {
    for (const name of type as string[]) types |= TYPE_BITS[name] ?? 0;
    typeCount = type.length;
  }
  const properties = isRecord(schema.properties) ? schema.properties : undefined;
  // ajv leaves out `__proto__`, and never checks properties whose schema accepts anything.
  const propertyNames = properties && Object.keys(properties).filter((name) => name !== "__proto__");
  const additional = schema.additionalProperties === false ? false : isRecord(schema.additionalProperties) && !acceptsAnything(schema.additionalProperties) ? compileNode(schema.additionalProperties) : undefined;
  const node: Node = {
    types,
    typeParam: type,
    typeFirst: true,
    ref: typeof schema.$ref === "string" ? schema.$ref : undefined,
    refNode: undefined,
    enumValues: Array.isArray(schema.enum) ? (schema.enum as unknown[]) : undefined,
    pattern: typeof schema.pattern === "string" ? new RegExp(schema.pattern, "u") : undefined,
    patternParam: typeof schema.pattern === "string" ? schema.pattern : undefined,
    items: isRecord(schema.items) ? compileNode(schema.items) : undefined,
    required: Array.isArray(schema.required) ? (schema.required as string[]) : undefined,
    properties,
    propertyNames,
    propertyNodes: propertyNames && new Array<Node | null | undefined>(propertyNames.length),
    additional,
    hasStringKeywords: false,
    hasArrayKeywords: false,
    hasObjectKeywords: false,
  };
  node.hasStringKeywords = node.pattern !== undefined;
  node.hasArrayKeywords = node.items !== undefined;
  node.hasObjectKeywords = node.required !== undefined || properties !== undefined || additional !== undefined;
  const hasKeywordsOf = (bits: number) =>
    (bits === STRING && node.hasStringKeywords) || (bits === ARRAY && node.hasArrayKeywords) || (bits === OBJECT && node.hasObjectKeywords);
  node.typeFirst = !(typeCount === 1 && hasKeywordsOf(types));
  return node;
}

/** The node of a property, compiled on first use; null for one whose schema accepts anything. */
function propertyNode(node: Node, index: number): Node | null {
  let found = node.propertyNodes![index];
  if (found === undefined) {
    const schema = node.properties![node.propertyNames![index]!];
    found = node.propertyNodes![index] = isRecord(schema) && !acceptsAnything(schema) ? compileNode(schema) : null;
  }
  return found;
}

/** One check: the errors so far and the path of the value being checked. */
class Walk {
  errors: SchemaError[] | null = null;
  /** Escaped pointer segments of the current value. */
  private readonly path: string[] = [];

  constructor(private readonly resolve: (ref: string) => Node) {}

  node(node: Node, value: unknown): void {
    const actual = node.types === 0 ? 0 : typeBits(value);
    const wrongType = node.types !== 0 && (actual & node.types) === 0;
    if (wrongType && node.typeFirst) this.report("type", { type: node.typeParam });
    if (node.ref !== undefined) this.node((node.refNode ??= this.resolve(node.ref)), value);
    if (node.enumValues && !inEnum(node.enumValues, value)) this.report("enum", { allowedValues: node.enumValues });
    if (node.hasStringKeywords) {
      if (typeof value === "string") {
        if (!node.pattern!.test(value)) this.report("pattern", { pattern: node.patternParam });
      } else if (wrongType && !node.typeFirst && node.types === STRING) this.report("type", { type: node.typeParam });
    }
    if (node.hasArrayKeywords) {
      if (Array.isArray(value)) this.items(node.items!, value);
      else if (wrongType && !node.typeFirst && node.types === ARRAY) this.report("type", { type: node.typeParam });
    }
    if (node.hasObjectKeywords) {
      if (value !== null && typeof value === "object" && !Array.isArray(value)) this.object(node, value as Record<string, unknown>);
      else if (wrongType && !node.typeFirst && node.types === OBJECT) this.report("type", { type: node.typeParam });
    }
  }

  private items(schema: Node, list: readonly unknown[]): void {
    for (let i = 0; i < list.length; i++) {
      this.path.push(String(i));
      this.node(schema, list[i]);
      this.path.pop();
    }
  }

  /** required, then the fields not declared (for-in order), then the declared ones (schema order): ajv's order. */
  private object(node: Node, object: Record<string, unknown>): void {
    if (node.required) {
      for (const name of node.required) if (object[name] === undefined) this.report("required", { missingProperty: name });
    }
    const { additional, properties } = node;
    if (additional !== undefined) {
      for (const key in object) {
        if (properties !== undefined && key !== "__proto__" && hasOwn(properties, key)) continue;
        if (additional === false) {
          this.report("additionalProperties", { additionalProperty: key });
        } else {
          this.path.push(escapePointer(key));
          this.node(additional, object[key]);
          this.path.pop();
        }
      }
    }
    const names = node.propertyNames;
    if (names) {
      for (let i = 0; i < names.length; i++) {
        const name = names[i]!;
        const value = object[name];
        if (value === undefined) continue;
        const schema = propertyNode(node, i);
        if (schema === null) continue;
        this.path.push(escapePointer(name));
        this.node(schema, value);
        this.path.pop();
      }
    }
  }

  private report(keyword: SchemaError["keyword"], params: Record<string, unknown>): void {
    const error: SchemaError = { keyword, instancePath: this.path.length === 0 ? "" : `/${this.path.join("/")}`, params };
    (this.errors ??= []).push(error);
  }
}

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

function typeBits(value: unknown): number {
  switch (typeof value) {
    case "string":
      return STRING;
    case "boolean":
      return BOOLEAN;
    case "number":
      // ajv's integer: no fraction and not NaN (Infinity counts, as ajv without strictNumbers).
      return value % 1 === 0 || value === Infinity || value === -Infinity ? NUMBER | INTEGER : NUMBER;
    case "object":
      return value === null ? NULL : Array.isArray(value) ? ARRAY : OBJECT;
    default:
      return 0;
  }
}

function inEnum(values: readonly unknown[], value: unknown): boolean {
  for (const v of values) if (v === value || (typeof v === "object" && v !== null && deepEqual(v, value))) return true;
  return false;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** `{}`: ajv generates nothing for it. */
function acceptsAnything(schema: unknown): boolean {
  return isRecord(schema) && Object.keys(schema).length === 0;
}

/** A JSON Pointer segment (RFC 6901), as ajv writes it in instancePath. */
function escapePointer(segment: string): string {
  return segment.includes("~") || segment.includes("/") ? segment.replace(/~/g, "~0").replace(/\//g, "~1") : segment;
}

function decodePointer(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
