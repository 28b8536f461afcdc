import { asObject, asString, detached, isRecord } from "../values.js";
const REFERENCED_KINDS = new Set(["ServiceAccount", "ConfigMap", "Secret"]);
export function isReferencedKind(kind) {
    return REFERENCED_KINDS.has(kind);
}
/** The top-level fields an outline reads. */
export const REFERENCED_OUTLINE = {
    decode: new Set(["apiVersion", "kind", "metadata"]),
    keysOf: new Set(["data", "binaryData", "stringData"]),
};
/** The object as kept, from its decoded value; undefined for any other object. */
export function referencedObjectOf(value) {
    if (!isRecord(value))
        return undefined;
    return referencedObject(value.apiVersion, value.kind, value.metadata, (field) => {
        const data = value[field];
        return isRecord(data) ? Object.keys(data) : undefined;
    });
}
/** The object as kept, from an outline read with REFERENCED_OUTLINE; undefined for any other object. */
export function referencedObjectOfOutline(outline) {
    return referencedObject(outline.fields.get("apiVersion"), outline.fields.get("kind"), outline.fields.get("metadata"), (field) => outline.keys.get(field));
}
function referencedObject(apiVersion, kind, metadata, keysOf) {
    // All three are core objects: another group's kind of the same name is not one.
    if (apiVersion !== "v1" || typeof kind !== "string" || !isReferencedKind(kind))
        return undefined;
    const meta = asObject(metadata);
    const name = asString(meta?.name);
    if (!name)
        return undefined;
    // Detached: the names must not hold on to the document's text.
    const object = { kind, name: detached(name) };
    const namespace = asString(meta?.namespace);
    if (namespace)
        object.namespace = detached(namespace);
    if (kind === "ServiceAccount")
        return object;
    const keys = [...(keysOf("data") ?? []), ...(kind === "Secret" ? (keysOf("stringData") ?? []) : [])];
    // Sorted: a decoded object lists keys that look like integers first, an outline in the order written.
    if (keys.length > 0)
        object.keys = detached(keys.sort());
    const binaryKeys = kind === "ConfigMap" ? keysOf("binaryData") : undefined;
    if (binaryKeys && binaryKeys.length > 0)
        object.binaryKeys = detached([...binaryKeys].sort());
    return object;
}
