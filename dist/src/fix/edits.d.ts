/**
 * Fixes as data. A rule or stage proposes changes to one object by field
 * path (FieldEdit); src/fix/resolve.ts turns them into text edits on the
 * document through its source map, in the author's own layout (indentation,
 * block or flow style, sequence indentation, quoting); comments and every
 * byte outside the edited ranges stay as they are.
 *
 * A finding may carry an autofix (applied by `--fix` and fix-on-save: the
 * author's intent kept, the finding gone, nothing a reviewer must think
 * about) and suggestions (shown in the editor and by `--fix-dry-run`,
 * applied only on request: they change what runs).
 */
import type { Path } from "../path.js";
/** A value a fix writes: plain data, rendered as YAML (or JSON in a JSON document) in the style around it. */
export type EditValue = string | number | boolean | null | readonly EditValue[] | {
    readonly [key: string]: EditValue;
};
/** One change to an object, by the path of the field it changes (paths as the stages report them). */
export type FieldEdit = 
/** Replaces the value at `path`, or adds it with every missing parent map. A scalar replaced by a scalar keeps its quoting. */
{
    op: "set";
    path: Path;
    value: EditValue;
}
/** Removes the map entry or list item at `path`, with its lines when it has lines of its own. */
 | {
    op: "remove";
    path: Path;
}
/** Renames the key of the map entry at `path` to `key`, quoted as the old key was. */
 | {
    op: "rename";
    path: Path;
    key: string;
}
/** Writes the plain scalar at `path` as the quoted string of its own text (`yes` → `"yes"`). */
 | {
    op: "quote";
    path: Path;
}
/**
 * Inserts `value` as a new list item: `path` is the list's path and the new
 * item's index (the list's length appends). A missing list is made.
 */
 | {
    op: "insert";
    path: Path;
    value: EditValue;
}
/**
 * Moves the map entry at `path` to `to`, whose last segment is its key
 * there (for a field written under the wrong parent); missing parent maps
 * are made as in `set`. The entry keeps its own text (value, comments,
 * quoting, style), re-indented to its new column; into or out of a flow
 * map it is written again where its text cannot stay. Refused when `to`
 * exists or lies inside the moved value, or the key is written twice.
 */
 | {
    op: "move";
    path: Path;
    to: Path;
}
/**
 * Removes every earlier entry of a key written more than once in its map:
 * the last one, which is the value read, stays. Refused for a key written once.
 */
 | {
    op: "removeDuplicate";
    path: Path;
};
/** What a rule or stage proposes: a title for menus and summaries, and the edits that make it. */
export interface FixProposal {
    title: string;
    edits: FieldEdit[];
}
/** One replacement in a file: 1-based lines and columns as findings have them (end exclusive); `text` replaces the range. */
export interface TextEdit {
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    text: string;
}
/** A proposal resolved against its file: what a finding carries into every output. */
export interface Correction {
    title: string;
    edits: TextEdit[];
}
/** A proposal that sets one field (adding the maps it lies in). */
export declare function setField(title: string, path: Path, value: EditValue): FixProposal;
/**
 * An edit of an object that lies at `base` in its document (an item of a
 * List), with its paths made the document's: a move's `to` as well.
 */
export declare function underBase(base: Path, edit: FieldEdit): FieldEdit;
