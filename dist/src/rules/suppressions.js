import { UNSUPPRESSIBLE } from "../builtin-findings.js";
import { formatPath } from "../path.js";
export const ANNOTATION_PREFIX = "ignore-check.dslint.io/";
/**
 * The annotation that suppresses a rule. An annotation key has one `/`
 * (a prefix and a name), so a custom rule's prefix is joined to its name
 * with a `.`, which no rule id has: `acme/registry` is
 * `ignore-check.dslint.io/acme.registry`.
 */
export function suppressionAnnotation(ruleId) {
    return ANNOTATION_PREFIX + ruleId.replace("/", ".");
}
/** The rule an annotation's name stands for. */
function annotatedRuleId(name) {
    return name.replace(".", "/");
}
const COMMENT = /(?:^|\s)#\s*dslint-(disable-next-line|disable)(?=\s|$)(.*)$/;
/** Suppression comments of a whole text; `documents` are the YAML documents' line ranges (1-based, inclusive). */
export function commentSuppressions(text, file, documents) {
    const comments = new SuppressionComments();
    comments.scan(text, 0);
    return comments.suppressions(file, documents, text.split("\n").length);
}
/**
 * Suppression comments read piece by piece, in the order of the file (a
 * large file is read a document at a time): the pieces must hold whole
 * lines, each ending with its line break.
 */
export class SuppressionComments {
    found = [];
    /** Next-line comments still waiting for a line with content. */
    waiting = [];
    /** Lines from the 0-based line `first` on. */
    scan(text, first) {
        if (this.waiting.length === 0 && !text.includes("dslint-disable"))
            return;
        const lines = text.split(/\r?\n/);
        // The text's last line break ends its last line; the empty string after it is not a line.
        if (lines.length > 1 && lines.at(-1) === "")
            lines.pop();
        lines.forEach((line, k) => {
            const index = first + k;
            if (this.waiting.length > 0 && !/^\s*(#.*)?$/.test(line)) {
                for (const w of this.waiting)
                    this.found[w].target = index;
                this.waiting = [];
            }
            const m = COMMENT.exec(line);
            if (!m)
                return;
            if (m[1] === "disable-next-line")
                this.waiting.push(this.found.length);
            this.found.push({ index, line, form: m[1], rest: m[2], column: line.indexOf("#", m.index) + 1 });
        });
    }
    /** The suppressions, once every line is read; `lineCount` counts a last empty line after a final line break. */
    suppressions(file, documents, lineCount) {
        const ordered = documents.every((d, i) => i === 0 || (d[0] >= documents[i - 1][0] && d[1] >= documents[i - 1][1]));
        return this.found.map(({ index, line, form, rest, column, target }) => {
            const lineNo = index + 1;
            const [ids, reason] = splitReason(rest);
            const s = {
                file,
                form: form === "disable-next-line" ? "next-line" : "document",
                ruleIds: ids,
                at: { line: lineNo, column, endLine: lineNo, endColumn: line.length + 1 },
                path: "",
            };
            if (reason)
                s.reason = reason;
            const before = line.slice(0, column - 1).trimEnd();
            s.removal =
                before === "" && lineNo < lineCount
                    ? { line: lineNo, column: 1, endLine: lineNo + 1, endColumn: 1, text: "" }
                    : { line: lineNo, column: before.length + 1, endLine: lineNo, endColumn: line.length + 1, text: "" };
            if (s.form === "next-line") {
                const to = (target ?? lineCount) + 1;
                s.lines = [to, to];
            }
            else {
                const doc = documentAt(documents, ordered, lineNo);
                s.lines = doc ? [Math.min(doc[0], lineNo), doc[1]] : [lineNo, lineNo];
            }
            return s;
        });
    }
}
/**
 * The document holding a line, else the first one after it: what
 * `documents.find(([a, b]) => a <= line && line <= b) ?? documents.find(([a]) => a > line)`
 * gives, by binary search when the documents are in order (they are, as read).
 */
function documentAt(documents, ordered, line) {
    if (!ordered)
        return documents.find(([a, b]) => a <= line && line <= b) ?? documents.find(([a]) => a > line);
    // The first document ending at or after the line: it holds the line, or is the first one after it.
    let low = 0;
    let high = documents.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (documents[mid][1] < line)
            low = mid + 1;
        else
            high = mid;
    }
    return documents[low];
}
function splitReason(rest) {
    const sep = rest.indexOf("--");
    const idsText = sep >= 0 ? rest.slice(0, sep) : rest;
    const reason = sep >= 0 ? rest.slice(sep + 2).trim() : undefined;
    const ids = idsText.split(/[\s,]+/).filter(Boolean);
    return [ids, reason || undefined];
}
/** Annotation suppressions on one object. */
export function annotationSuppressions(object, ref) {
    const annotations = object.value?.metadata?.annotations;
    if (typeof annotations !== "object" || annotations === null || Array.isArray(annotations))
        return [];
    const out = [];
    for (const [key, value] of Object.entries(annotations)) {
        if (!key.startsWith(ANNOTATION_PREFIX))
            continue;
        const path = ["metadata", "annotations", key];
        const s = {
            file: object.file,
            form: "annotation",
            ruleIds: [annotatedRuleId(key.slice(ANNOTATION_PREFIX.length))],
            at: object.locate(path, true),
            path: formatPath(path),
        };
        if (ref)
            s.object = ref;
        if (typeof value === "string" && value.trim() !== "")
            s.reason = value.trim();
        out.push(s);
    }
    return out;
}
function covers(s, f) {
    // Nothing hides what was never read, or a suppression's own findings (the registry marks them).
    if (s.file !== f.file || UNSUPPRESSIBLE.has(f.ruleId))
        return false;
    if (s.ruleIds.length > 0 && !s.ruleIds.includes(f.ruleId))
        return false;
    if (s.form === "annotation") {
        return f.object !== undefined && s.object !== undefined && f.object.kind === s.object.kind && f.object.name === s.object.name && f.object.namespace === s.object.namespace;
    }
    return s.lines !== undefined && f.line >= s.lines[0] && f.line <= s.lines[1];
}
const objectKey = (file, o) => `${file}\u0000${o.kind}\u0000${o.namespace ?? ""}\u0000${o.name ?? ""}`;
/**
 * The suppressions that may cover a finding, without trying every one on
 * every finding (a file of thousands of DaemonSets, each with its own
 * suppression, was quadratic): annotations by object, comments by file and
 * line. `covers` still decides.
 */
class SuppressionIndex {
    byObject = new Map();
    /** Per file: comment suppressions sorted by their first line, and the longest span. */
    byFile = new Map();
    constructor(suppressions) {
        for (const s of suppressions) {
            if (s.form === "annotation") {
                if (s.object)
                    push(this.byObject, objectKey(s.file, s.object), s);
            }
            else if (s.lines) {
                let entry = this.byFile.get(s.file);
                if (!entry)
                    this.byFile.set(s.file, (entry = { list: [], starts: [], span: 0 }));
                entry.list.push(s);
                entry.span = Math.max(entry.span, s.lines[1] - s.lines[0]);
            }
        }
        for (const entry of this.byFile.values()) {
            entry.list.sort((a, b) => a.lines[0] - b.lines[0]);
            entry.starts = entry.list.map((s) => s.lines[0]);
        }
    }
    *candidates(f) {
        if (f.object)
            yield* this.byObject.get(objectKey(f.file, f.object)) ?? [];
        const entry = this.byFile.get(f.file);
        if (!entry)
            return;
        // The last suppression starting at or before the line, then back while one could still reach it.
        let low = 0;
        let high = entry.starts.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (entry.starts[mid] <= f.line)
                low = mid + 1;
            else
                high = mid;
        }
        for (let i = low - 1; i >= 0 && entry.starts[i] >= f.line - entry.span; i--)
            yield entry.list[i];
    }
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
/**
 * The suppressions applied to `count` findings read by `get`: `suppress` is
 * called for each finding a suppression covers, and the findings about the
 * suppressions themselves (unknown rules, no reason, unused) are returned.
 * Findings of files without a suppression are never read.
 */
export function suppressionFindings(count, get, suppress, suppressions, knownRuleIds, fileOf = (i) => get(i).file) {
    const used = new Set();
    const index = new SuppressionIndex(suppressions);
    const files = new Set(suppressions.map((s) => s.file));
    for (let i = 0; i < count; i++) {
        if (!files.has(fileOf(i)))
            continue;
        const f = get(i);
        let hit = false;
        for (const s of index.candidates(f)) {
            if (!covers(s, f))
                continue;
            used.add(s);
            hit = true;
        }
        if (hit)
            suppress(i);
    }
    const about = [];
    for (const s of suppressions) {
        const where = s.form === "annotation" ? `annotation ${s.path.replace(/^metadata\.annotations/, "")}` : `# dslint-${s.form === "next-line" ? "disable-next-line" : "disable"}`;
        const base = { severity: "warning", file: s.file, ...s.at, path: s.path, ...(s.object ? { object: s.object } : {}) };
        const unknown = s.ruleIds.filter((id) => !knownRuleIds.has(id));
        if (unknown.length > 0) {
            about.push({ ...base, ruleId: "invalid-suppression", message: `${where} names unknown rule${unknown.length > 1 ? "s" : ""} ${unknown.map((u) => `"${u}"`).join(", ")}`, fix: 'run "dslint rules" for the rule ids' });
        }
        if (!s.reason) {
            about.push({
                ...base,
                ruleId: "invalid-suppression",
                message: `${where} gives no reason; say why the finding does not apply`,
                fix: s.form === "annotation" ? `give the reason as the annotation's value` : `add the reason after " -- ", e.g. "# dslint-disable-next-line host-network -- CNI plugin"`,
            });
        }
        if (!used.has(s) && unknown.length < s.ruleIds.length + (s.ruleIds.length === 0 ? 1 : 0)) {
            const unused = { ...base, ruleId: "unused-suppression", message: `${where} suppresses nothing: no ${s.ruleIds.length ? s.ruleIds.join(", ") : ""} finding is reported here`.replace("no  finding", "no finding"), fix: "remove it" };
            if (s.removal)
                unused.autofix = { title: "Remove the unused suppression", edits: [s.removal] };
            about.push(unused);
        }
    }
    return about;
}
