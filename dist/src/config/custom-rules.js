import { formatPath } from "../path.js";
import { words } from "../rules/docs.js";
import { CUSTOM_RULE_ID, CUSTOM_RULE_ID_MAX, FOR_EACH_SCOPES } from "../rules/custom/spec.js";
import { closestMatch } from "../schema/suggest.js";
import { isRecord, ownEntry } from "../values.js";
const KEYS = ["id", "severity", "description", "rationale", "fix", "forEach", "when", "assert", "message", "at", "examples"];
const REQUIRED = ["id", "description", "assert", "message"];
const DEFAULT_SEVERITY = "warning";
/** The custom rules, each checked; `kinds` are the built-in kinds their ids must not take. */
export function readCustomRules(value, kinds, ctx) {
    const path = ["customRules"];
    if (!Array.isArray(value)) {
        ctx.fail(path, "customRules must be a list of rules, each with id, description, assert and message");
        return [];
    }
    const specs = [];
    const ids = new Map();
    value.forEach((entry, i) => {
        const at = [...path, i];
        if (!isRecord(entry))
            return ctx.fail(at, "a custom rule must be a mapping with id, description, assert and message");
        const spec = readRule(entry, at, kinds, ctx);
        if (!spec)
            return;
        const earlier = ids.get(spec.id);
        if (earlier !== undefined)
            return ctx.fail([...at, "id"], `custom rule "${spec.id}" is defined twice (also customRules[${earlier}]); rename one`);
        ids.set(spec.id, i);
        specs.push(spec);
    });
    return specs;
}
function readRule(entry, at, kinds, ctx) {
    const { fail } = ctx;
    let ok = true;
    const problem = (path, message, onKey = false) => {
        ok = false;
        fail(path, message, onKey);
    };
    for (const key of Object.keys(entry)) {
        if (!KEYS.includes(key)) {
            const near = closestMatch(key, KEYS);
            problem([...at, key], `unknown setting "${key}" in a custom rule${near ? `; did you mean "${near}"?` : ` (${KEYS.join(", ")})`}`, true);
        }
    }
    const missing = REQUIRED.filter((k) => entry[k] === undefined);
    if (missing.length > 0)
        problem(at, `a custom rule needs ${words(missing, "and")}`);
    const text = (key) => {
        const value = entry[key];
        if (value === undefined)
            return undefined;
        if (typeof value === "string" && value.trim() !== "")
            return value;
        // YAML reads an unquoted `true`, `1000` or (in YAML 1.1, as Kubernetes does) `y` and `off` as no text.
        const quote = typeof value === "boolean" || typeof value === "number" ? `; YAML reads this unquoted value as a ${typeof value}: quote it` : "";
        problem([...at, key], `${key} must be ${key === "message" ? "text (a template literal's contents)" : ["when", "assert", "at"].includes(key) ? "a TypeScript expression, as a string" : "text"}${quote}`);
        return undefined;
    };
    const id = text("id");
    if (id !== undefined) {
        const taken = kinds.get(id);
        if (!CUSTOM_RULE_ID.test(id) || id.length > CUSTOM_RULE_ID_MAX)
            problem([...at, "id"], `custom rule id "${id}" must be kebab-case, at most ${CUSTOM_RULE_ID_MAX} characters, with one optional prefix: "acme/registry"`);
        else if (taken)
            problem([...at, "id"], `custom rule id "${id}" is taken by the built-in ${taken.rule ? "rule" : "finding"} "${id}"; give it a prefix, such as "acme/${id}"`);
    }
    let severity = DEFAULT_SEVERITY;
    if (entry.severity !== undefined) {
        const given = ctx.severity(entry.severity);
        if (given)
            severity = given;
        else
            problem([...at, "severity"], "severity must be off, info, warning or error");
    }
    let forEach;
    if (entry.forEach !== undefined) {
        const given = typeof entry.forEach === "string" ? FOR_EACH_SCOPES.find((s) => s === entry.forEach) : undefined;
        if (given)
            forEach = given;
        else {
            const near = typeof entry.forEach === "string" ? closestMatch(entry.forEach, FOR_EACH_SCOPES) : undefined;
            problem([...at, "forEach"], `forEach must be ${words(FOR_EACH_SCOPES)}${near ? `; did you mean "${near}"?` : ""}`);
        }
    }
    const description = text("description");
    const rationale = text("rationale");
    const fix = text("fix");
    const expression = (key) => {
        const value = text(key);
        return value === undefined ? undefined : { text: value, source: scalarSource(ctx, [...at, key]) };
    };
    const when = expression("when");
    const assert = expression("assert");
    const message = expression("message");
    const atField = expression("at");
    const examples = readExamples(entry.examples, [...at, "examples"], problem);
    if (!ok || id === undefined || description === undefined || assert === undefined || message === undefined)
        return undefined;
    const spec = { id, severity, description, assert, message, examples, place: { file: ctx.file, range: ctx.locate([...at, "id"]) } };
    if (rationale !== undefined)
        spec.rationale = rationale;
    if (fix !== undefined)
        spec.fix = fix;
    if (forEach !== undefined)
        spec.forEach = forEach;
    if (when !== undefined)
        spec.when = when;
    if (atField !== undefined)
        spec.at = atField;
    return spec;
}
/** Where a scalar was written, with its text as it stands in the file. */
function scalarSource(ctx, path) {
    const range = ctx.locate(path);
    return { line: range.line, column: range.column, raw: textBetween(ctx.text, range) };
}
function textBetween(text, range) {
    const offsetOf = (line, column) => {
        let offset = 0;
        for (let l = 1; l < line; l++) {
            const next = text.indexOf("\n", offset);
            if (next < 0)
                return text.length;
            offset = next + 1;
        }
        return offset + column - 1;
    };
    return text.slice(offsetOf(range.line, range.column), offsetOf(range.endLine, range.endColumn));
}
function readExamples(value, path, problem) {
    const examples = { valid: [], invalid: [] };
    if (value === undefined)
        return examples;
    if (!isRecord(value)) {
        problem(path, "examples must be a mapping with valid and invalid: lists of manifests");
        return examples;
    }
    for (const key of Object.keys(value))
        if (key !== "valid" && key !== "invalid")
            problem([...path, key], `unknown setting "${key}" in examples (valid, invalid)`, true);
    for (const kind of ["valid", "invalid"]) {
        const list = ownEntry(value, kind);
        if (list === undefined)
            continue;
        if (!Array.isArray(list)) {
            problem([...path, kind], `examples.${kind} must be a list of manifests (text, or {name, manifest})`);
            continue;
        }
        list.forEach((item, i) => {
            const example = readExample(item, [...path, kind, i], kind, i, problem);
            if (example)
                examples[kind].push(example);
        });
    }
    return examples;
}
function readExample(item, path, kind, index, problem) {
    const name = `${kind} example ${index + 1}`;
    if (typeof item === "string")
        return { name, manifest: item };
    const keys = kind === "invalid" ? ["name", "manifest", "findings"] : ["name", "manifest"];
    if (!isRecord(item) || typeof item.manifest !== "string") {
        problem(path, `an example must be a manifest (text) or a mapping with ${keys.join(", ")}`);
        return undefined;
    }
    for (const key of Object.keys(item))
        if (!keys.includes(key))
            problem([...path, key], `unknown setting "${key}" in ${kind === "valid" ? "a valid" : "an invalid"} example (${keys.join(", ")})`, true);
    const example = { name: typeof item.name === "string" ? item.name : name, manifest: item.manifest };
    if (item.findings !== undefined) {
        const findings = Array.isArray(item.findings) ? item.findings : undefined;
        const ok = findings?.every((f) => isRecord(f) && Object.keys(f).every((k) => ["line", "column", "message"].includes(k)) && (f.line === undefined || Number.isInteger(f.line)) && (f.column === undefined || Number.isInteger(f.column)) && (f.message === undefined || typeof f.message === "string"));
        if (!findings || !ok)
            problem([...path, "findings"], `${formatPath([...path, "findings"])} must be a list of {line, column, message}, each part optional`);
        else
            example.findings = findings;
    }
    return example;
}
