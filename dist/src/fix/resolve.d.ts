/**
 * FieldEdits (src/fix/edits.ts) as text edits on one YAML or JSON document,
 * through its tree of source offsets (src/load/positions.ts).
 *
 * Edits are minimal and in the document's own layout: a replaced scalar
 * keeps its quoting, a new entry goes after the last one of its map at the
 * same column, nested values follow the document's indentation and sequence
 * style, flow collections and JSON stay on their lines with their
 * separators, a moved entry keeps its own text, re-indented. The edited
 * text is decoded again and must give the original value with the edits
 * applied; anything else is refused.
 */
import type { PosNode } from "../load/positions.js";
import type { FieldEdit } from "./edits.js";
/** A replacement of the document text's [start, end) by `text`. */
export interface OffsetEdit {
    start: number;
    end: number;
    text: string;
}
/**
 * `text` is the document's text as parsed; `limit` the end of the file's own
 * text in it (a last line without a line break was given one to parse).
 * Undefined when any of the edits cannot be made safely.
 */
export declare function resolveEdits(root: PosNode | null, text: string, edits: readonly FieldEdit[], limit?: number): OffsetEdit[] | undefined;
