/** A proposal that sets one field (adding the maps it lies in). */
export function setField(title, path, value) {
    return { title, edits: [{ op: "set", path, value }] };
}
/**
 * An edit of an object that lies at `base` in its document (an item of a
 * List), with its paths made the document's: a move's `to` as well.
 */
export function underBase(base, edit) {
    if (base.length === 0)
        return edit;
    const path = [...base, ...edit.path];
    return edit.op === "move" ? { ...edit, path, to: [...base, ...edit.to] } : { ...edit, path };
}
