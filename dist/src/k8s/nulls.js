/**
 * What the API server's JSON decoding makes of an explicit null (Go's
 * encoding/json, which Kubernetes' decoders follow): a null struct field is
 * left unset, but a null value in a map is an entry with the element's zero
 * value. `nodeSelector: {disk: }` is the selector disk="" (the DaemonSet runs
 * only on nodes labelled `disk=`), not "no selector".
 */
/** map[string]string fields of the objects dslint decodes: a null value is "". */
const STRING_MAPS = new Set(["labels", "annotations", "nodeSelector", "matchLabels", "volumeAttributes"]);
/** map[ResourceName]resource.Quantity fields: a null value is the zero quantity (Quantity.UnmarshalJSON). */
const QUANTITY_MAPS = new Set(["limits", "requests", "overhead", "capacity", "allocatable"]);
/**
 * The decoded JSON of a manifest as the API server sees it. Changes the value
 * in place; returns how deeply it nests (a list or map counts one level).
 * A reader may share one decoded value between an anchor and its aliases:
 * each further occurrence is replaced by a copy first, since a null means
 * "" under `labels` but "unset" elsewhere, and nothing later may see one
 * occurrence change through another. A value known to share nothing
 * (`unshared`: JSON.parse's) is not looked through for that.
 */
export function applyApiNulls(json, unshared = false) {
    if (!unshared)
        unshare(json);
    let deepest = 0;
    // A stack in three arrays rather than one object per node: a List of thousands of objects has millions of nodes.
    const values = [json];
    const fields = [undefined];
    const depths = [0];
    while (values.length > 0) {
        const value = values.pop();
        const field = fields.pop();
        const depth = depths.pop();
        if (typeof value !== "object" || value === null)
            continue;
        deepest = Math.max(deepest, depth + 1);
        if (Array.isArray(value)) {
            for (const item of value) {
                if (typeof item !== "object" || item === null)
                    continue;
                values.push(item);
                fields.push(undefined);
                depths.push(depth + 1);
            }
            continue;
        }
        const object = value;
        const zero = field === undefined ? undefined : STRING_MAPS.has(field) ? "" : QUANTITY_MAPS.has(field) ? "0" : undefined;
        for (const key of Object.keys(object)) {
            const item = object[key];
            if (item === null) {
                if (zero === undefined)
                    delete object[key];
                else
                    object[key] = zero;
            }
            else if (typeof item === "object") {
                values.push(item);
                fields.push(key);
                depths.push(depth + 1);
            }
        }
    }
    return deepest;
}
/** Replaces every further occurrence of a shared list or map by a copy of its own, before anything changes. */
function unshare(json) {
    if (typeof json !== "object" || json === null)
        return;
    const seen = new Set([json]);
    const pending = [json];
    while (pending.length > 0) {
        const node = pending.pop();
        for (const key of Array.isArray(node) ? node.keys() : Object.keys(node)) {
            const item = node[key];
            if (typeof item !== "object" || item === null)
                continue;
            // A copy holds nothing shared: no need to look inside it.
            if (seen.has(item))
                node[key] = structuredClone(item);
            else {
                seen.add(item);
                pending.push(item);
            }
        }
    }
}
