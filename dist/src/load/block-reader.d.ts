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
 *
 * It also checks documents that are not decoded (kinds no check reads,
 * load/prescan.ts): the same reading without building values or offsets,
 * which also accepts multi-line quoted scalars (CRD descriptions and CEL
 * rules are full of them) and CRLF line ends. Accepting there means the
 * `yaml` path finds no syntax error and no duplicate key.
 */
export interface BlockDocument {
    value: unknown;
    root: PosMap;
    /** Offset of the document: its `---` marker, or its first content. */
    start: number;
    /** An alias was read: a list or map may sit in two places of `value`. */
    aliased: boolean;
}
/** Reads one document of a stream part (load/prescan.ts), or declines. */
export declare function readBlockDocument(text: string): BlockDocument | undefined;
/**
 * Checks the syntax of one document of a stream part without decoding it:
 * the line (0-based, in `text`) where the document starts when it is valid
 * YAML without duplicate keys; undefined when the reader declines, and the
 * `yaml` package must say what is wrong, if anything.
 */
export declare function checkBlockDocument(input: string): number | undefined;
/** What `outlineBlockDocument` reads of a document besides checking it: top-level fields only. */
export interface OutlineRequest {
    /** Fields decoded whole. */
    decode: ReadonlySet<string>;
    /** Fields of which only the keys are read: a map's keys, none for anything else. Their values are never decoded. */
    keysOf: ReadonlySet<string>;
}
/** A document checked as `checkBlockDocument` does, with the few top-level fields asked for. */
export interface DocumentOutline {
    /** The line (0-based) where the document starts. */
    startLine: number;
    /** The decoded fields (absent: not in the document). */
    fields: ReadonlyMap<string, unknown>;
    /** The keys of the `keysOf` fields (absent: not in the document). */
    keys: ReadonlyMap<string, readonly string[]>;
}
/**
 * `checkBlockDocument` that also decodes a few top-level fields and reads
 * the keys of a few others, leaving every other value undecoded: what is
 * kept of a ConfigMap or a Secret is its name and its data's keys, and its
 * values (a Secret's above all) are never built. Undefined when the reader
 * declines: the caller then decodes the document with the full reader.
 */
export declare function outlineBlockDocument(input: string, request: OutlineRequest): DocumentOutline | undefined;
