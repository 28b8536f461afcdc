/**
 * One YAML document decoded as kubectl decodes it: sigs.k8s.io/yaml
 * YAMLToJSON, which is go-yaml v2 `Unmarshal` into an interface{} (the first
 * document of the text only), then `convertToJSONableObject` (map keys become
 * strings) and `json.Marshal`. The value is that JSON, nulls kept; beside it,
 * where each node was written (a PosNode tree for the source map).
 */
import type { PosNode } from "../positions.js";
import { type PortabilityNote } from "./events.js";
/** Why kubectl cannot decode a document; offsets in the decoded text. */
export interface DecodeProblem {
    /** go-yaml's or sigs.k8s.io/yaml's problem, in their words where they have some. */
    problem: string;
    start: number;
    end: number;
    /** Syntax: the text is not YAML to go-yaml. Value: it is, but has no JSON form (or breaks a decoding limit). */
    kind: "syntax" | "value";
    /** The scanner's "while ..." context, for syntax problems. */
    context?: string;
}
/** A key given twice in one mapping: go-yaml keeps the last value and says nothing. */
export interface DuplicateKey {
    /** The JSON path of the mapping. */
    path: Array<string | number>;
    key: string;
    /** The earlier occurrence, whose value is lost. */
    first: [number, number];
    /** The occurrence that wins. */
    last: [number, number];
}
export interface DecodedDocument {
    /** The JSON value kubectl sends; undefined when it skips the document (empty, or null). */
    value?: unknown;
    /** Where each node was written; null for an empty document. */
    root: PosNode | null;
    /** Offsets of the document: from its `---` marker or its first node, to its last node. */
    start: number;
    end: number;
    /** Set when kubectl cannot decode the document; value and root are then unset. */
    problem?: DecodeProblem;
    duplicates: DuplicateKey[];
    notes: readonly PortabilityNote[];
    /** Where a `...` marker ended the document: kubectl never reads the text after it. */
    endMarker?: number;
}
/** Decodes the first document of `text` as sigs.k8s.io/yaml.YAMLToJSON does. */
export declare function decodeDocument(text: string): DecodedDocument;
