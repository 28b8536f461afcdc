/** A proposal that sets one field (adding the maps it lies in). */
export function setField(title, path, value) {
    return { title, edits: [{ op: "set", path, value }] };
}
