export const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const isString = (v) => typeof v === "string";
const isCount = (v) => Number.isSafeInteger(v) && v >= 0;
/** Versions are integers; some clients start below zero. */
const isVersion = (v) => Number.isSafeInteger(v);
function isPosition(v) {
    return isObject(v) && isCount(v.line) && isCount(v.character);
}
export function isRange(v) {
    return isObject(v) && isPosition(v.start) && isPosition(v.end);
}
export function openParams(params) {
    const d = isObject(params) ? params.textDocument : undefined;
    if (!isObject(d) || !isString(d.uri) || !isString(d.text) || !isVersion(d.version))
        return undefined;
    return { uri: d.uri, languageId: isString(d.languageId) ? d.languageId : "", version: d.version, text: d.text };
}
export function changeParams(params) {
    if (!isObject(params) || !isObject(params.textDocument) || !Array.isArray(params.contentChanges))
        return undefined;
    const { uri, version } = params.textDocument;
    if (!isString(uri) || !isVersion(version))
        return undefined;
    const changes = [];
    for (const c of params.contentChanges) {
        if (!isObject(c) || !isString(c.text))
            return undefined;
        if (c.range === undefined)
            changes.push({ text: c.text });
        else if (isRange(c.range))
            changes.push({ range: c.range, text: c.text });
        else
            return undefined;
    }
    return { uri, version, changes };
}
/** The document a notification or request is about. */
export function documentUri(params) {
    const d = isObject(params) ? params.textDocument : undefined;
    return isObject(d) && isString(d.uri) ? d.uri : undefined;
}
export function fileChanges(params) {
    if (!isObject(params) || !Array.isArray(params.changes))
        return [];
    return params.changes.flatMap((c) => (isObject(c) && isString(c.uri) ? [c.uri] : []));
}
export function folderUris(folders) {
    return Array.isArray(folders) ? folders.flatMap((f) => (isObject(f) && isString(f.uri) ? [f.uri] : [])) : [];
}
/** `initializationOptions.kubernetesVersion`, when it is a string. */
export function kubernetesVersionOption(options) {
    return isObject(options) && isString(options.kubernetesVersion) ? options.kubernetesVersion : undefined;
}
