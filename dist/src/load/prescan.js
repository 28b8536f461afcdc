/**
 * A cheap look at a YAML stream before parsing it: the stream is cut at its
 * document markers, and documents whose top-level `kind:` names an object no
 * DaemonSet check needs (CustomResourceDefinitions, ConfigMaps, RBAC, ...)
 * and that have an apiVersion are not decoded, only syntax-checked and
 * counted. In the manifests dslint is pointed at, such documents are most of
 * the bytes (two thirds of the corpus are CRDs).
 */
/** Kinds that are parsed: what the checks, the simulator and the priority rules read. */
const NEEDED_KINDS = new Set(["DaemonSet", "Node", "PriorityClass", "List"]);
const isNeeded = (kind) => NEEDED_KINDS.has(kind) || kind.endsWith("List");
/**
 * The lines that decide how a stream is cut and what is skipped, tried only
 * where a line starts with their first character: a document marker alone on
 * its line (content after `---` starts a document on that line: not a cut), a
 * top-level `kind:` (group 2 holds a plain kind name) and a top-level
 * `apiVersion:` with a value. Looking at line starts only is several times
 * faster than a multi-line regular expression over the whole stream.
 */
const MARKER = /(?:---|\.\.\.)[ \t]*(?:#[^\n]*)?\r?$/my;
const KIND = /kind:(?:[ \t]*(["']?)([A-Za-z][A-Za-z0-9]*)\1[ \t]*(?:#[^\n]*)?\r?$)?/my;
const API_VERSION = /apiVersion:[ \t]*\S/y;
const DASH = 0x2d;
const DOT = 0x2e;
const LETTER_K = 0x6b;
const LETTER_A = 0x61;
const PERCENT = 0x25;
const NEWLINE = 0x0a;
export function splitDocuments(text) {
    // JSON (and anything that does not start as a block mapping) is parsed whole.
    const first = /\S/.exec(text);
    if (!first || first[0] === "{" || first[0] === "[")
        return [{ start: 0, end: text.length, lineOffset: 0, endLine: lastLine(text), skip: false }];
    const segments = [];
    let start = 0;
    let startLine = 0;
    let kinds = 0;
    let kind;
    let apiVersion = false;
    let directive = false;
    // Each segment starts at its marker line, as a document does. `line` is the (0-based) line `end` is on.
    const push = (end, line) => {
        if (end === start)
            return;
        // Without an apiVersion the document is parsed, so that mistake is reported; a directive changes how it reads.
        const skip = kinds === 1 && kind !== undefined && !isNeeded(kind) && apiVersion && !directive;
        segments.push({ start, end, lineOffset: startLine, endLine: text.charCodeAt(end - 1) === NEWLINE ? line : line + 1, skip });
        start = end;
        startLine = line;
        kinds = 0;
        kind = undefined;
        apiVersion = false;
        directive = false;
    };
    let line = 0;
    for (let at = 0; at < text.length; line++) {
        const c = text.charCodeAt(at);
        if (c === DASH || c === DOT) {
            MARKER.lastIndex = at;
            if (MARKER.test(text))
                push(at, line);
        }
        else if (c === LETTER_K) {
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
        else if (c === PERCENT) {
            directive = true;
        }
        const next = text.indexOf("\n", at);
        if (next < 0)
            break;
        at = next + 1;
    }
    push(text.length, line);
    if (segments.length === 0)
        segments.push({ start: 0, end: text.length, lineOffset: 0, endLine: lastLine(text), skip: false });
    return segments;
}
function lastLine(text) {
    let lines = 1;
    for (let at = text.indexOf("\n"); at >= 0 && at < text.length - 1; at = text.indexOf("\n", at + 1))
        lines++;
    return lines;
}
