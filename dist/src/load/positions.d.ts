import type { FieldEdit, TextEdit } from "../fix/edits.js";
import type { Path } from "../path.js";
import type { LineIndex } from "./line-index.js";
import type { ScalarInfo, SourceRange } from "./types.js";
/**
 * Where each node of a YAML document was written: a small tree of offsets
 * beside the decoded value. Both readers build it (load/block-reader.ts for
 * plain block YAML, load/parse.ts from the `yaml` package's syntax tree);
 * offsets follow the `yaml` package's ranges, end exclusive.
 */
export type PosNode = PosScalar | PosMap | PosSeq;
export interface PosScalar {
    kind: "scalar";
    start: number;
    end: number;
    /** The scalar's text: as written for plain scalars, the decoded string for quoted and block ones. */
    text: string;
    /** Plain (unquoted, untagged) scalar. */
    plain: boolean;
}
export interface PosMap {
    kind: "map";
    start: number;
    end: number;
    /** Keys as they become JSON field names (jsonKey), in source order. */
    keys: string[];
    /** The key nodes; null for a key that is not a scalar (such an entry is never found by a path). */
    keyNodes: Array<PosScalar | null>;
    values: Array<PosNode | null>;
    /** Values of `<<` merge keys (also listed as entries), searched after the map's own keys. */
    merges?: Array<PosNode | null>;
}
export interface PosSeq {
    kind: "seq";
    start: number;
    end: number;
    items: Array<PosNode | null>;
}
type Offsets = readonly [number, number];
/**
 * Resolves field paths of one YAML document to source ranges. Lookups happen
 * only for paths that get a finding; the tree itself may be built on first
 * use (`root` is then a function).
 */
export declare class DocumentSourceMap {
    private readonly root;
    private readonly lines;
    /** Offsets of the whole document, for a document without content. */
    private readonly documentRange;
    /** Lines before the parsed text in its file (the stream is parsed in parts: load/prescan.ts). */
    private readonly lineOffset;
    /** The end of the file's own text: the line break kubectl adds to a last line without one is not in the file. */
    private readonly limit;
    private tree;
    constructor(root: PosNode | null | (() => PosNode | null), lines: LineIndex, 
    /** Offsets of the whole document, for a document without content. */
    documentRange: Offsets, 
    /** Lines before the parsed text in its file (the stream is parsed in parts: load/prescan.ts). */
    lineOffset?: number, 
    /** The end of the file's own text: the line break kubectl adds to a last line without one is not in the file. */
    limit?: number);
    private get rootNode();
    locate(path: Path, onKey?: boolean): SourceRange;
    /**
     * Text edits in the file that make `edits` (src/fix/resolve.ts), in the
     * document's own layout; undefined when one of them cannot be made safely.
     */
    edits(edits: readonly FieldEdit[]): TextEdit[] | undefined;
    scalar(path: Path): ScalarInfo | undefined;
    /** Offsets of the whole document, for problems about the object as a whole: its `kind:` line when present. */
    private documentOffsets;
    private offsetsOf;
    private endOfFirstLine;
    /** Follows the path as far as it exists; `rest` is how many segments were not found. */
    private walk;
}
export {};
