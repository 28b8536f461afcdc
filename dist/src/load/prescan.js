/**
 * A cheap look at a document before decoding it: a document whose top-level
 * `kind:` names an object no DaemonSet check needs (CustomResourceDefinitions,
 * ConfigMaps, RBAC, ...) and that has an apiVersion is not decoded, only
 * syntax-checked and counted. In the manifests dslint is pointed at, such
 * documents are most of the bytes (two thirds of the corpus are CRDs).
 */
/** Kinds that are decoded: what the checks, the simulator and the priority rules read. */
const NEEDED_KINDS = new Set(["DaemonSet", "Node", "PriorityClass", "List"]);
const isNeeded = (kind) => NEEDED_KINDS.has(kind) || kind.endsWith("List");
/**
 * The lines that decide what is skipped, tried only where a line starts with
 * their first character: a top-level `kind:` (group 2 holds a plain kind
 * name) and a top-level `apiVersion:` with a value. Looking at line starts
 * only is several times faster than a multi-line regular expression.
 */
const KIND = /kind:(?:[ \t]*(["']?)([A-Za-z][A-Za-z0-9]*)\1[ \t]*(?:#[^\n]*)?\r?$)?/my;
const API_VERSION = /apiVersion:[ \t]*\S/y;
const LETTER_K = 0x6b;
const LETTER_A = 0x61;
const PERCENT = 0x25;
const DOT = 0x2e;
/**
 * Whether the document in `text` (from `start` to `end`) can go undecoded:
 * one plain top-level kind that no check needs, and an apiVersion (without
 * one the document is decoded, so that mistake is reported). A directive or a
 * `...` marker changes how the text reads: such a document is decoded.
 */
export function isSkippableDocument(text, start = 0, end = text.length) {
    return skippableKind(text, start, end) !== undefined;
}
/** The kind of a document that can go undecoded (isSkippableDocument), as its `kind:` line writes it; undefined when it must be decoded. */
export function skippableKind(text, start = 0, end = text.length) {
    let kinds = 0;
    let kind;
    let apiVersion = false;
    for (let at = start; at < end;) {
        const c = text.charCodeAt(at);
        if (c === LETTER_K) {
            KIND.lastIndex = at;
            const m = KIND.exec(text);
            if (m) {
                kinds++;
                kind = m[2];
            }
        }
        else if (c === LETTER_A) {
            API_VERSION.lastIndex = at;
            if (API_VERSION.test(text))
                apiVersion = true;
        }
        else if (c === PERCENT || (c === DOT && text.startsWith("...", at))) {
            return undefined;
        }
        const next = text.indexOf("\n", at);
        if (next < 0 || next >= end)
            break;
        at = next + 1;
    }
    return kinds === 1 && kind !== undefined && !isNeeded(kind) && apiVersion ? kind : undefined;
}
