import type { PosMap } from "./positions.js";
/**
 * A fast reader for the plain block YAML that manifests are written in:
 * block mappings and sequences, plain scalars (over several lines too),
 * one-line quoted scalars, literal and folded block scalars, flow collections
 * of scalars (over several lines too), anchors and aliases, comments. It
 * decodes with the same YAML 1.1 rules as the full path (load/parse.ts) and
 * records the same offsets, in one pass over the text and with a fraction of
 * the allocation of a general YAML parser, whose work was most of the time of
 * checking a manifest.
 *
 * Anything outside that subset (tags, merge keys, explicit keys, multi-line
 * quoted scalars, nested flow collections, tabs outside block scalars, CR line
 * ends, directives, duplicate keys) and anything malformed makes it decline:
 * it returns undefined and the caller parses the document with the `yaml`
 * package, which reports problems precisely. Declining is always safe;
 * accepting must give exactly what the `yaml` path gives.
 * test/block-reader.test.ts compares the two paths on the corpus and on
 * mutated copies of it.
 */
export interface BlockDocument {
    value: unknown;
    root: PosMap;
    /** Offset of the document: its `---` marker, or its first content. */
    start: number;
}
/** Reads one document of a stream part (load/prescan.ts), or declines. */
export declare function readBlockDocument(text: string): BlockDocument | undefined;
