/**
 * The objects a DaemonSet's pods name and need at run time: ServiceAccounts,
 * ConfigMaps and Secrets. No check reads them whole, so what is kept of one
 * is its name, its namespace and, for ConfigMaps and Secrets, the keys of
 * its data; never a value. Skipped documents of these kinds are read in
 * outline (load/block-reader.ts `outlineBlockDocument`), which decodes only
 * the metadata and reads only the data's keys.
 */
import type { OutlineRequest } from "./block-reader.js";
export type ReferencedKind = "ServiceAccount" | "ConfigMap" | "Secret";
export declare function isReferencedKind(kind: string): kind is ReferencedKind;
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
export declare const REFERENCED_OUTLINE: OutlineRequest;
/** The object as kept, from its decoded value; undefined for any other object. */
export declare function referencedObjectOf(value: unknown): ReferencedObject | undefined;
/** The object as kept, from an outline read with REFERENCED_OUTLINE; undefined for any other object. */
export declare function referencedObjectOfOutline(outline: {
    fields: ReadonlyMap<string, unknown>;
    keys: ReadonlyMap<string, readonly string[]>;
}): ReferencedObject | undefined;
