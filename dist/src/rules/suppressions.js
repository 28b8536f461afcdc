import { formatPath } from "../path.js";
export const ANNOTATION_PREFIX = "ignore-check.dslint.io/";
const COMMENT = /(?:^|\s)#\s*dslint-(disable-next-line|disable)(?=\s|$)(.*)$/;
/** Comment suppressions of one file; `documents` are the line ranges of its YAML documents. */
export function commentSuppressions(text, file, documents) {
    if (!text.includes("dslint-disable"))
        return [];
    const lines = text.split(/\r?\n/);
    const out = [];
    lines.forEach((line, i) => {
        const m = COMMENT.exec(line);
        if (!m)
            return;
        const lineNo = i + 1;
        const column = line.indexOf("#", m.index) + 1;
        const [ids, reason] = splitReason(m[2]);
        const s = {
            file,
            form: m[1] === "disable-next-line" ? "next-line" : "document",
            ruleIds: ids,
            at: { line: lineNo, column, endLine: lineNo, endColumn: line.length + 1 },
            path: "",
        };
        if (reason)
            s.reason = reason;
        if (s.form === "next-line") {
            let target = i + 1;
            while (target < lines.length && /^\s*(#.*)?$/.test(lines[target]))
                target++;
            s.lines = [target + 1, target + 1];
        }
        else {
            const doc = documents.find(([a, b]) => a <= lineNo && lineNo <= b) ?? documents.find(([a]) => a > lineNo);
            s.lines = doc ? [Math.min(doc[0], lineNo), doc[1]] : [lineNo, lineNo];
        }
        out.push(s);
    });
    return out;
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
            ruleIds: [key.slice(ANNOTATION_PREFIX.length)],
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
/** Findings no suppression can hide: the document they are about was never read. */
const UNSUPPRESSIBLE = new Set(["yaml-syntax", "unreadable-path", "invalid-suppression", "unused-suppression"]);
function covers(s, f) {
    if (s.file !== f.file || UNSUPPRESSIBLE.has(f.ruleId))
        return false;
    if (s.ruleIds.length > 0 && !s.ruleIds.includes(f.ruleId))
        return false;
    if (s.form === "annotation") {
        return f.object !== undefined && s.object !== undefined && f.object.kind === s.object.kind && f.object.name === s.object.name && f.object.namespace === s.object.namespace;
    }
    return s.lines !== undefined && f.line >= s.lines[0] && f.line <= s.lines[1];
}
/**
 * Drops suppressed findings and reports suppressions that give no reason,
 * name an unknown rule, or suppress nothing.
 */
export function applySuppressions(findings, suppressions, knownRuleIds) {
    const used = new Set();
    const kept = findings.filter((f) => {
        const hit = suppressions.filter((s) => covers(s, f));
        hit.forEach((s) => used.add(s));
        return hit.length === 0;
    });
    for (const s of suppressions) {
        const where = s.form === "annotation" ? `annotation ${s.path.replace(/^metadata\.annotations/, "")}` : `# dslint-${s.form === "next-line" ? "disable-next-line" : "disable"}`;
        const base = { severity: "warning", file: s.file, ...s.at, path: s.path, ...(s.object ? { object: s.object } : {}) };
        const unknown = s.ruleIds.filter((id) => !knownRuleIds.has(id));
        if (unknown.length > 0) {
            kept.push({ ...base, ruleId: "invalid-suppression", message: `${where} names unknown rule${unknown.length > 1 ? "s" : ""} ${unknown.map((u) => `"${u}"`).join(", ")}`, fix: 'run "dslint rules" for the rule ids' });
        }
        if (!s.reason) {
            kept.push({
                ...base,
                ruleId: "invalid-suppression",
                message: `${where} gives no reason; say why the finding does not apply`,
                fix: s.form === "annotation" ? `give the reason as the annotation's value` : `add the reason after " -- ", e.g. "# dslint-disable-next-line host-network -- CNI plugin"`,
            });
        }
        if (!used.has(s) && unknown.length < s.ruleIds.length + (s.ruleIds.length === 0 ? 1 : 0)) {
            kept.push({ ...base, ruleId: "unused-suppression", message: `${where} suppresses nothing: no ${s.ruleIds.length ? s.ruleIds.join(", ") : ""} finding is reported here`.replace("no  finding", "no finding"), fix: "remove it" });
        }
    }
    return kept;
}
