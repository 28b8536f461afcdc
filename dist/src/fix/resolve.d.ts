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
