/**
 * `text` is the document's text as parsed; `limit` the end of the file's own
 * text in it (a last line without a line break was given one to parse).
 * Undefined when any of the edits cannot be made safely.
 */
export function resolveEdits(root, text, edits, limit = text.length) {
    void root;
    void text;
    void edits;
    void limit;
    return undefined;
}
