/**
 * The objects a DaemonSet's pods name and need at run time: ServiceAccounts,
 * ConfigMaps and Secrets. No check reads them whole, so what is kept of one
 * is its name, its namespace and, for ConfigMaps and Secrets, the keys of
 * its data; never a value. Skipped documents of these kinds are read in
 * outline (load/block-reader.ts `outlineBlockDocument`), which decodes only
 * the metadata and reads only the data's keys.
 */
import type { OutlineRequest } from "./block-reader.js";
import { asObject, asString, detached, isRecord } from "../values.js";

export type ReferencedKind = "ServiceAccount" | "ConfigMap" | "Secret";

const REFERENCED_KINDS: ReadonlySet<string> = new Set<ReferencedKind>(["ServiceAccount", "ConfigMap", "Secret"]);

export function isReferencedKind(kind: string): kind is ReferencedKind {
  return REFERENCED_KINDS.has(kind);
}

/** What is kept of one ServiceAccount, ConfigMap or Secret of the input. */
export interface ReferencedObject {
  kind: ReferencedKind;
  name: string;
  /** Absent when the object sets none: it lands where it is applied. */
  namespace?: string;
  /**
   * The keys environment variables read: a ConfigMap's `data`, a Secret's
   * `data` and `stringData` (which the API server merges into `data`).
   * Absent when the object has none.
   */
  keys?: string[];
  /** A ConfigMap's `binaryData` keys: volumes read them, environment variables do not. Absent when none. */
  binaryKeys?: string[];
}

/** The top-level fields an outline reads. */
export const REFERENCED_OUTLINE: OutlineRequest = {
  decode: new Set(["apiVersion", "kind", "metadata"]),
  keysOf: new Set(["data", "binaryData", "stringData"]),
};

/** The object as kept, from its decoded value; undefined for any other object. */
export function referencedObjectOf(value: unknown): ReferencedObject | undefined {
  if (!isRecord(value)) return undefined;
  return referencedObject(value.apiVersion, value.kind, value.metadata, (field) => {
    const data = value[field];
    return isRecord(data) ? Object.keys(data) : undefined;
  });
}

/** The object as kept, from an outline read with REFERENCED_OUTLINE; undefined for any other object. */
export function referencedObjectOfOutline(outline: { fields: ReadonlyMap<string, unknown>; keys: ReadonlyMap<string, readonly string[]> }): ReferencedObject | undefined {
  return referencedObject(outline.fields.get("apiVersion"), outline.fields.get("kind"), outline.fields.get("metadata"), (field) => outline.keys.get(field));
}

function referencedObject(apiVersion: unknown, kind: unknown, metadata: unknown, keysOf: (field: string) => readonly string[] | undefined): ReferencedObject | undefined {
  // All three are core objects: another group's kind of the same name is not one.
  if (apiVersion !== "v1" || typeof kind !== "string" || !isReferencedKind(kind)) return undefined;
  const meta = asObject(metadata);
  const name = asString(meta?.name);
  if (!name) return undefined;
  // Detached: the names must not hold on to the document's text.
  const object: ReferencedObject = { kind, name: detached(name) };
  const namespace = asString(meta?.namespace);
  if (namespace) object.namespace = detached(namespace);
  if (kind === "ServiceAccount") return object;
  const keys = [...(keysOf("data") ?? []), ...(kind === "Secret" ? (keysOf("stringData") ?? []) : [])];
  // Sorted: a decoded object lists keys that look like integers first, an outline in the order written.
  if (keys.length > 0) object.keys = detached(keys.sort());
  const binaryKeys = kind === "ConfigMap" ? keysOf("binaryData") : undefined;
  if (binaryKeys && binaryKeys.length > 0) object.binaryKeys = detached([...binaryKeys].sort());
  return object;
}
