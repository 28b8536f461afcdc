import { UNSUPPRESSIBLE } from "../builtin-findings.js";
/** The only apiVersion a DaemonSet is served as since Kubernetes 1.16. */
const SERVED_DAEMONSET_VERSION = "apps/v1";
const DID_YOU_MEAN = /^did you mean `([^`]+)`\?$/;
/** `# dslint-disable-next-line <rule> -- <reason>` above the finding's first line, indented like it. */
export function suppressionFix(f, doc, range) {
    // Offering to suppress what no comment can hide would do nothing.
    if (UNSUPPRESSIBLE.has(f.ruleId) || isJson(doc))
        return undefined;
    const line = lineText(doc, range.start.line);
    const indent = /^[ \t]*/.exec(line)[0];
    const eol = lineEnding(doc, range.start.line);
    return {
        title: `Suppress ${f.ruleId} on this line`,
        edits: [{ range: { start: { line: range.start.line, character: 0 }, end: { line: range.start.line, character: 0 } }, newText: `${indent}# dslint-disable-next-line ${f.ruleId} -- <reason>${eol}` }],
        preferred: false,
    };
}
/** The machine-applicable fix of a finding, where there is exactly one right edit. */
export function automaticFix(f, doc, range) {
    if (f.ruleId === "yaml-implicit-type")
        return quoteScalar(doc, range);
    if (f.ruleId === "unused-suppression")
        return removeComment(doc, range);
    if (f.ruleId === "removed-api-version")
        return replaceScalar(doc, range, SERVED_DAEMONSET_VERSION, `Change apiVersion to ${SERVED_DAEMONSET_VERSION}`, false);
    const meant = f.ruleId === "schema" && f.fix ? DID_YOU_MEAN.exec(f.fix)?.[1] : undefined;
    if (meant)
        return replaceScalar(doc, range, meant, `Change to ${meant}`, false);
    return undefined;
}
/**
 * `yes` → `"yes"`: the value the author wrote, kept as the string they meant
 * instead of the boolean or number YAML 1.1 reads. Only for a plain scalar
 * on one line, which is what the finding's range covers.
 */
function quoteScalar(doc, range) {
    const text = singleLineText(doc, range);
    if (text === undefined || !isPlainScalar(text))
        return undefined;
    const quoted = JSON.stringify(text);
    return { title: `Quote ${text} as the string ${quoted}`, edits: [{ range, newText: quoted }], preferred: true };
}
/** Replaces a key or value with `value`, keeping the author's quoting style. */
function replaceScalar(doc, range, value, title, preferred) {
    const text = singleLineText(doc, range);
    if (text === undefined)
        return undefined;
    let newText;
    if (text.startsWith('"'))
        newText = JSON.stringify(value);
    else if (text.startsWith("'"))
        newText = `'${value.replace(/'/g, "''")}'`;
    else if (isPlainScalar(text))
        newText = PLAIN_SAFE.test(value) && !YAML11_SPECIAL.test(value) ? value : JSON.stringify(value);
    else
        return undefined;
    if (newText === text)
        return undefined;
    return { title, edits: [{ range, newText }], preferred };
}
/** A suppression that suppresses nothing: the comment goes, and its line when nothing else is on it. */
function removeComment(doc, range) {
    const line = lineText(doc, range.start.line);
    if (range.start.line !== range.end.line || line[range.start.character] !== "#")
        return undefined;
    const before = line.slice(0, range.start.character);
    const title = "Remove the unused suppression";
    if (before.trim() === "") {
        const whole = { start: { line: range.start.line, character: 0 }, end: { line: range.start.line + 1, character: 0 } };
        return { title, edits: [{ range: whole, newText: "" }], preferred: true };
    }
    const start = { line: range.start.line, character: before.trimEnd().length };
    return { title, edits: [{ range: { start, end: { line: range.start.line, character: line.length } }, newText: "" }], preferred: true };
}
/** Text a plain (unquoted) scalar can be: no indicator first, no comment or mapping separator inside. */
function isPlainScalar(text) {
    return /^(?:[^\s"'!&*|>{}[\],#%@`?:-]|[?:-]\S)/.test(text) && !/\s$/.test(text) && !/ #|: /.test(text);
}
const PLAIN_SAFE = /^[A-Za-z][A-Za-z0-9._/-]*$/;
/** Words YAML 1.1 (Kubernetes' decoder) does not read as strings. */
const YAML11_SPECIAL = /^(y|yes|n|no|true|false|on|off|null)$/i;
function singleLineText(doc, range) {
    if (range.start.line !== range.end.line || range.start.character === range.end.character)
        return undefined;
    return doc.getText(range);
}
function lineText(doc, line) {
    return doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, "");
}
function lineEnding(doc, line) {
    const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    return text.endsWith("\r\n") ? "\r\n" : "\n";
}
/** JSON has no comments: a suppression there would break the file. */
function isJson(doc) {
    return doc.languageId === "json" || doc.languageId === "jsonc" || /\.json$/i.test(doc.uri) || /^\s*[{[]/.test(doc.getText());
}
