import { formatPath } from "../path.js";
export function objectRef(value) {
    if (typeof value !== "object" || value === null)
        return undefined;
    const v = value;
    if (typeof v.kind !== "string")
        return undefined;
    const ref = { kind: v.kind };
    const meta = typeof v.metadata === "object" && v.metadata !== null ? v.metadata : {};
    if (typeof meta.namespace === "string")
        ref.namespace = meta.namespace;
    if (typeof meta.name === "string")
        ref.name = meta.name;
    return ref;
}
/** Places a stage's problem in its file through the object's source map. */
export function placeProblem(object, p, ref = objectRef(object.value)) {
    const range = object.locate(p.path, p.onKey);
    const finding = {
        ruleId: p.ruleId,
        severity: p.severity,
        message: p.message,
        file: object.file,
        ...range,
        path: formatPath(p.path),
    };
    if (ref)
        finding.object = ref;
    if (p.apiError)
        finding.apiError = p.apiError;
    if (p.fix)
        finding.fix = p.fix;
    if (p.autofix) {
        const autofix = corrected(object, p.autofix);
        if (autofix)
            finding.autofix = autofix;
    }
    if (p.suggestions) {
        const suggestions = p.suggestions.flatMap((s) => corrected(object, s) ?? []);
        if (suggestions.length > 0)
            finding.suggestions = suggestions;
    }
    return finding;
}
/** A proposal as edits in the object's file; none when the source map cannot make it safely. */
function corrected(object, proposal) {
    const edits = object.edits(proposal.edits);
    return edits && edits.length > 0 ? { title: proposal.title, edits } : undefined;
}
export function pathFinding(file, message) {
    return { ruleId: "unreadable-path", severity: "error", message, file, line: 1, column: 1, endLine: 1, endColumn: 1, path: "" };
}
