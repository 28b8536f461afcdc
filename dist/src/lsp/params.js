import { isRecord } from "../values.js";
/**
 * Checks of what the editor sends. A notification with the wrong shape is
 * logged and ignored, a request gets InvalidParams; neither may leave a
 * half-made document behind that fails every later check.
 */
const isString = (v) => typeof v === "string";
const isCount = (v) => Number.isSafeInteger(v) && v >= 0;
/** Versions are integers; some clients start below zero. */
const isVersion = (v) => Number.isSafeInteger(v);
function isPosition(v) {
    return isRecord(v) && isCount(v.line) && isCount(v.character);
}
export function isRange(v) {
    return isRecord(v) && isPosition(v.start) && isPosition(v.end);
}
export function openParams(params) {
    const d = isRecord(params) ? params.textDocument : undefined;
    if (!isRecord(d) || !isString(d.uri) || !isString(d.text) || !isVersion(d.version))
        return undefined;
    return { uri: d.uri, languageId: isString(d.languageId) ? d.languageId : "", version: d.version, text: d.text };
}
export function changeParams(params) {
    if (!isRecord(params) || !isRecord(params.textDocument) || !Array.isArray(params.contentChanges))
        return undefined;
    const { uri, version } = params.textDocument;
    if (!isString(uri) || !isVersion(version))
        return undefined;
    const changes = [];
    for (const c of params.contentChanges) {
        if (!isRecord(c) || !isString(c.text))
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
    const d = isRecord(params) ? params.textDocument : undefined;
    return isRecord(d) && isString(d.uri) ? d.uri : undefined;
}
export function fileChanges(params) {
    if (!isRecord(params) || !Array.isArray(params.changes))
        return [];
    return params.changes.flatMap((c) => (isRecord(c) && isString(c.uri) ? [c.uri] : []));
}
export function folderUris(folders) {
    return Array.isArray(folders) ? folders.flatMap((f) => (isRecord(f) && isString(f.uri) ? [f.uri] : [])) : [];
}
/** `initializationOptions.kubernetesVersion`, when it is a string. */
export function kubernetesVersionOption(options) {
    return isRecord(options) && isString(options.kubernetesVersion) ? options.kubernetesVersion : undefined;
}
