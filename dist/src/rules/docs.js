import { ALL_SEVERITIES } from "./registry.js";
import { suppressionAnnotation } from "./suppressions.js";
import { EXPRESSION_KEYS } from "./custom/spec.js";
// Everything here is generated from the registry of finding kinds, never written twice:
// `dslint rules` and `explain`, the README's tables (scripts/generate-docs.ts) and SARIF's rule metadata.
/** The README anchor of a kind's row: the documentation link of SARIF (helpUri) and of the README's tables. */
export function kindAnchor(id) {
    return `rule-${id}`;
}
/** The rule table of the README: the rule modules. */
export function ruleTableMarkdown(kinds) {
    const rows = kinds.filter((k) => k.rule).map((k) => `| ${anchored(k)} | ${k.severity} | ${k.category} | ${cell(k.description)} |`);
    return ["| rule | default | category | what it reports |", "| --- | --- | --- | --- |", ...rows].join("\n");
}
/** The README's Findings table: what the other stages report, and what the configuration may make of it. */
export function findingTableMarkdown(kinds) {
    const rows = kinds.filter((k) => !k.rule).map((k) => `| ${anchored(k)} | ${k.severity} | ${cell(settingsText(k))} | ${cell(k.description)} |`);
    return ["| finding | default | can be set to | what it reports |", "| --- | --- | --- | --- |", ...rows].join("\n");
}
function anchored(k) {
    return `<a id="${kindAnchor(k.id)}"></a>\`${k.id}\``;
}
function cell(text) {
    return text.replace(/\|/g, "\\|");
}
function settingsText(k) {
    if (k.severities.length === ALL_SEVERITIES.length)
        return "anything, off included";
    const only = k.severities.length === 1 ? `${k.severities[0]} only` : words(k.severities);
    return `${only}: ${k.severitiesBecause}`;
}
/** `dslint rules`: every kind, whatever stage reports it. */
export function ruleTableText(kinds) {
    const idWidth = Math.max(4, ...kinds.map((k) => k.id.length));
    const stageWidth = Math.max(5, ...kinds.map((k) => k.stage.length));
    const head = `${"RULE".padEnd(idWidth)}  ${"DEFAULT".padEnd(7)}  ${"STAGE".padEnd(stageWidth)}  ${"CATEGORY".padEnd(13)}  DESCRIPTION`;
    const rows = kinds.map((k) => `${k.id.padEnd(idWidth)}  ${k.severity.padEnd(7)}  ${k.stage.padEnd(stageWidth)}  ${k.category.padEnd(13)}  ${k.description}`);
    return [head, ...rows].join("\n");
}
/** `dslint rules --format json`. */
export function ruleListJson(kinds) {
    return kinds.map((k) => ({
        id: k.id,
        stage: k.stage,
        severity: k.severity,
        severities: k.severities,
        category: k.category,
        description: k.description,
        rationale: k.rationale,
        fix: k.fix,
        suppressible: k.suppressible,
        options: Object.fromEntries(Object.entries(k.options).map(([name, spec]) => [name, { ...spec, default: k.defaultOptions[name] }])),
        setting: k.setting?.key,
    }));
}
/** What a report says about each kind (SARIF's rule metadata); `home` is the README's address. */
export function ruleDescriptors(kinds, home) {
    return kinds.map((k) => {
        const d = { id: k.id, severity: k.severity, description: k.description, fix: k.fix, category: k.category };
        // A custom rule is documented in its configuration, not in dslint's README.
        if (!k.custom)
            d.helpUri = `${home}#${kindAnchor(k.id)}`;
        if (k.rationale)
            d.rationale = k.rationale;
        return d;
    });
}
const REPORTED_BY = {
    load: "reading the input",
    schema: "schema validation",
    validate: "the API server's validation",
    rules: "its rule module",
    simulate: "the placement simulation (--nodes)",
    suppressions: "the suppressions",
};
/** `dslint explain <id>`: everything about one kind, with a bad and a good example where it has them. */
export function explainKind(kind) {
    const out = [`${kind.id} (${kind.category}, default: ${kind.severity})`, "", kind.description];
    if (kind.rationale)
        out.push("", wrap(kind.rationale));
    out.push("", `Fix: ${kind.fix}`);
    if (!kind.rule)
        out.push("", `Reported by ${REPORTED_BY[kind.stage]}.`);
    const options = Object.entries(kind.options);
    if (options.length > 0) {
        out.push("", "Options:");
        for (const [name, spec] of options) {
            const def = JSON.stringify(kind.defaultOptions[name]);
            out.push(`  ${name} (${spec.type === "enum" ? (spec.values ?? []).join("|") : spec.type === "enum[]" ? `(${(spec.values ?? []).join("|")})[]` : spec.type}, default ${def}): ${spec.description}`);
        }
    }
    if (kind.custom)
        out.push("", ...customRuleText(kind.custom));
    const bad = kind.examples?.invalid[0] ?? kind.custom?.examples.invalid[0];
    const good = kind.examples?.valid[0] ?? kind.custom?.examples.valid[0];
    if (bad)
        out.push("", `Bad — ${bad.name}:`, "", indent(bad.manifest));
    if (good)
        out.push("", `Good — ${good.name}:`, "", indent(good.manifest));
    out.push("", ...configureText(kind));
    if (kind.setting) {
        const { key, enables } = kind.setting;
        out.push("", wrap(`The top-level setting ${key} gives its options (${Object.keys(kind.options).join(", ")})${enables ? `, and naming ${enables.option} there turns it on` : ""}; rule settings win.`));
    }
    out.push("", ...suppressText(kind));
    return `${out.join("\n")}\n`;
}
/** What a custom rule checks, as its configuration says it. */
function customRuleText(spec) {
    const where = `${spec.place.file}:${spec.place.range.line}`;
    const lines = [spec.forEach ? `forEach: ${spec.forEach}` : "", ...EXPRESSION_KEYS.map((k) => (spec[k] ? `${k}: ${spec[k].text.trim().replace(/\n\s*/g, " ")}` : ""))].filter(Boolean);
    return [`A custom rule (${where}), checked once per ${spec.forEach ?? "DaemonSet"}:`, "", indent(lines.join("\n"))];
}
function configureText(kind) {
    if (kind.severities.length === 1)
        return [wrap(`It cannot be configured (only ${kind.severities[0]}): ${kind.severitiesBecause}.`)];
    const example = kind.severity === "off" ? "warning" : kind.severities.includes("off") ? "off" : kind.severities.find((s) => s !== kind.severity);
    const head = kind.severitiesBecause ? [wrap(`Configure it in .dslint.yaml (${words(kind.severities)}; ${kind.severitiesBecause}):`)] : ["Configure it in .dslint.yaml:"];
    return [...head, "", indent(`rules:\n  ${kind.id}: ${example}`)];
}
function suppressText(kind) {
    if (!kind.suppressible)
        return ["No suppression can hide it."];
    if (kind.rule)
        return ["Suppress it for one DaemonSet, with a reason:", "", indent(`metadata:\n  annotations:\n    ${suppressionAnnotation(kind.id)}: "<why it does not apply>"`)];
    return ["Suppress it on the next line, with a reason:", "", indent(`# dslint-disable-next-line ${kind.id} -- <why it does not apply>`)];
}
/** `a, b or c` */
export function words(list, last = "or") {
    return list.length < 2 ? list.join("") : `${list.slice(0, -1).join(", ")} ${last} ${list.at(-1)}`;
}
function indent(text) {
    return text
        .replace(/\n$/, "")
        .split("\n")
        .map((l) => `    ${l}`)
        .join("\n");
}
function wrap(text, width = 88) {
    const parts = text.split(/\s+/);
    const lines = [];
    let line = "";
    for (const w of parts) {
        if (line && line.length + 1 + w.length > width) {
            lines.push(line);
            line = w;
        }
        else
            line = line ? `${line} ${w}` : w;
    }
    if (line)
        lines.push(line);
    return lines.join("\n");
}
