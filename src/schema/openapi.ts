/**
 * Turns the Kubernetes OpenAPI definitions (v2 or v3) into draft-07 JSON
 * Schemas that validate manifests the way the API server decodes them. Used
 * by `scripts/generate-schemas.ts`; nothing here runs when linting.
 */
import { compareVersions } from "../k8s/versions.js";
import { enumValues } from "./enums.js";
import { OTHER_VERSIONS_KEYWORD, ROOT_DEFINITIONS, type SchemaKind } from "./files.js";

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

export const REF_PREFIX = "#/definitions/";
const INT_OR_STRING = "io.k8s.apimachinery.pkg.util.intstr.IntOrString";
const QUANTITY = "io.k8s.apimachinery.pkg.api.resource.Quantity";

/**
 * The syntax `parseQuantity` (src/k8s/quantity.ts) accepts, as one pattern:
 * a decimal number, then a binary suffix (Ki..Ei), a decimal SI suffix
 * (n, u, m, k, M..E) or a decimal exponent. The API server trims spaces
 * (resource.Quantity.UnmarshalJSON).
 */
export const QUANTITY_PATTERN = "^\\s*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+|[KMGTPE]i|[numkMGTPE])?\\s*$";

/**
 * Fields the API server requires that the specs do not list as required.
 * A container's image is required in pod templates as much as in pods
 * ("spec.template.spec.containers[0].image: Required value").
 */
const EXTRA_REQUIRED: Readonly<Record<string, readonly string[]>> = {
  "io.k8s.api.core.v1.Container": ["image"],
};

/**
 * `required` entries left to API validation, which reports them better: a
 * DaemonSet without `spec.selector` is a `selector-mismatch` (the API server
 * answers "selector does not match template labels", not "Required").
 */
const NOT_REQUIRED: Readonly<Record<string, readonly string[]>> = {
  "io.k8s.api.apps.v1.DaemonSetSpec": ["selector"],
};

// Everything else in the specs is documentation or client hints.
const KEPT_KEYWORDS = new Set(["type", "properties", "items", "additionalProperties", "$ref", "required"]);
const DROPPED_KEYWORDS = new Set(["description", "format", "default"]);

/** The file's definitions in one shape: OpenAPI v3's `allOf: [{$ref}]` wrappers unwrapped, refs to `#/definitions/`. */
export function normalizeDefinitions(file: OpenApiFile): Definitions {
  const out: Definitions = {};
  for (const [name, schema] of Object.entries(file.definitions)) {
    out[name] = normalizeNode(schema, file.refPrefix, name);
  }
  return out;
}

function normalizeNode(schema: Schema, refPrefix: string, where: string): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "allOf") {
      const parts = value as Schema[];
      if (parts.length !== 1) throw new Error(`${where}: allOf with ${parts.length} parts`);
      Object.assign(out, normalizeNode(parts[0]!, refPrefix, where));
    } else if (key === "$ref") {
      const ref = value as string;
      if (!ref.startsWith(refPrefix)) throw new Error(`${where}: unexpected $ref ${ref}`);
      out.$ref = REF_PREFIX + ref.slice(refPrefix.length);
    } else if (key === "properties") {
      out.properties = mapValues(value as Record<string, Schema>, (p, n) => normalizeNode(p, refPrefix, `${where}.${n}`));
    } else if (key === "items" || key === "additionalProperties") {
      out[key] = typeof value === "object" ? normalizeNode(value as Schema, refPrefix, `${where}.${key}`) : value;
    } else {
      out[key] = value;
    }
  }
  return out;
}

/**
 * Rewrites normalized definitions for validating manifests of `version`:
 * - strict: `additionalProperties: false` on objects with declared
 *   properties, as kubectl's strict field validation does;
 * - every value may be null: the API server decodes null as "unset";
 * - IntOrString and Quantity accept both of their JSON forms;
 * - hand-coded enums (enums.ts) for fields the specs type as plain strings.
 */
export function toValidationDefinitions(defs: Definitions, version: string): Definitions {
  const statusOnly = statusOnlyDefinitions(defs);
  const out: Definitions = {};
  for (const [name, schema] of Object.entries(defs)) {
    if (name === INT_OR_STRING) out[name] = { type: ["integer", "string", "null"] };
    else if (name === QUANTITY) out[name] = { type: ["string", "number", "null"], pattern: QUANTITY_PATTERN };
    else out[name] = rewriteNode(schema, name, version, statusOnly.has(name));
    const extra = EXTRA_REQUIRED[name];
    if (extra) out[name]!.required = [...new Set([...((out[name]!.required as string[] | undefined) ?? []), ...extra])];
    const waived = NOT_REQUIRED[name];
    if (waived) out[name]!.required = ((out[name]!.required as string[] | undefined) ?? []).filter((f) => !waived.includes(f));
  }
  return out;
}

/**
 * Definitions used only under a root's `status`. Status is written by
 * controllers and the kubelet, and `required` there is no rule the API server
 * applies to what users send: it would only flag node fixtures and
 * `status: {}` in hand-written manifests.
 */
function statusOnlyDefinitions(defs: Definitions): Set<string> {
  const status = new Set<string>();
  const userWritten = new Set<string>();
  for (const root of Object.values(ROOT_DEFINITIONS)) {
    userWritten.add(root);
    for (const [field, schema] of Object.entries(propertiesOf(defs[root]!))) {
      const target = field === "status" ? status : userWritten;
      forEachRef(schema, (name) => closure(defs, name).forEach((n) => target.add(n)));
    }
  }
  return new Set([...status].filter((name) => !userWritten.has(name)));
}

function rewriteNode(schema: Schema, where: string, version: string, ignoreRequired = false): Schema {
  for (const key of Object.keys(schema)) {
    if (!KEPT_KEYWORDS.has(key) && !DROPPED_KEYWORDS.has(key) && !key.startsWith("x-")) {
      throw new Error(`${where}: unsupported keyword "${key}"`);
    }
  }
  if (typeof schema.$ref === "string") return { $ref: schema.$ref };

  const out: Schema = {};
  const properties = schema.properties as Record<string, Schema> | undefined;
  const type = (schema.type as string | undefined) ?? (properties ? "object" : undefined);
  if (type !== undefined) out.type = [type, "null"];
  if (properties) {
    out.properties = mapValues(properties, (p, n) => withEnum(rewriteNode(p, `${where}.${n}`, version), `${where}.${n}`, version));
    if (Array.isArray(schema.required) && schema.required.length > 0 && !ignoreRequired) out.required = schema.required;
    out.additionalProperties = false;
  } else if (typeof schema.additionalProperties === "object") {
    out.additionalProperties = rewriteNode(schema.additionalProperties as Schema, `${where}{}`, version);
  }
  if (typeof schema.items === "object") out.items = rewriteNode(schema.items as Schema, `${where}[]`, version);
  return out;
}

function withEnum(schema: Schema, field: string, version: string): Schema {
  const values = enumValues(field, version);
  if (!values) return schema;
  const target = typeof schema.items === "object" ? (schema.items as Schema) : schema;
  if (target.$ref !== undefined) throw new Error(`${field}: an enum cannot sit next to a $ref`);
  // "" and null mean "unset" (see enums.ts).
  target.enum = [...values, "", null];
  return schema;
}

/** Names of the definitions reachable from `root`, `root` first. */
function closure(defs: Definitions, root: string): string[] {
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    const def = defs[name];
    if (!def) throw new Error(`missing definition ${name}`);
    seen.add(name);
    forEachRef(def, visit);
  };
  visit(root);
  return [...seen];
}

function forEachRef(schema: unknown, fn: (name: string) => void): void {
  if (Array.isArray(schema)) schema.forEach((s) => forEachRef(s, fn));
  else if (schema && typeof schema === "object") {
    for (const [key, value] of Object.entries(schema)) {
      if (key === "$ref" && typeof value === "string") fn(value.slice(REF_PREFIX.length));
      else forEachRef(value, fn);
    }
  }
}

/** A self-contained draft-07 schema for one kind: the root's definition plus everything it refers to. */
export function kindSchema(defs: Definitions, kind: SchemaKind, version: string): Schema {
  const root = ROOT_DEFINITIONS[kind];
  const definitions: Definitions = {};
  for (const name of closure(defs, root).sort()) definitions[name] = defs[name]!;
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: `${kind} (Kubernetes ${version})`,
    $ref: REF_PREFIX + root,
    definitions,
  };
}

/**
 * Marks, on each version's definitions, the fields that exist only in other
 * versions (with the versions that have them), so the runtime can say
 * "needs Kubernetes 1.28 or later" instead of just "unknown field".
 */
export function annotateOtherVersions(byVersion: ReadonlyMap<string, Definitions>): void {
  const versions = [...byVersion.keys()].sort(compareVersions);
  // definition → property → versions that have it
  const seen = new Map<string, Map<string, string[]>>();
  for (const version of versions) {
    for (const [name, def] of Object.entries(byVersion.get(version)!)) {
      const props = seen.get(name) ?? new Map<string, string[]>();
      seen.set(name, props);
      for (const prop of Object.keys(propertiesOf(def))) props.set(prop, [...(props.get(prop) ?? []), version]);
    }
  }
  for (const version of versions) {
    for (const [name, def] of Object.entries(byVersion.get(version)!)) {
      if (!def.properties) continue;
      const own = propertiesOf(def);
      const elsewhere: Record<string, string[]> = {};
      for (const [prop, where] of seen.get(name)!) if (!(prop in own)) elsewhere[prop] = where;
      if (Object.keys(elsewhere).length > 0) def[OTHER_VERSIONS_KEYWORD] = elsewhere;
    }
  }
}

function propertiesOf(def: Schema): Record<string, Schema> {
  return (def.properties as Record<string, Schema> | undefined) ?? {};
}

function mapValues<T, U>(record: Record<string, T>, fn: (value: T, key: string) => U): Record<string, U> {
  const out: Record<string, U> = {};
  for (const [key, value] of Object.entries(record)) out[key] = fn(value, key);
  return out;
}
