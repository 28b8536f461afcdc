/** The rule table for `dslint rules` and the README: generated from the rule modules, never written twice. */
export function ruleTableMarkdown(rules) {
    // The anchors are the rules' documentation links (SARIF helpUri).
    const rows = rules.map((r) => `| <a id="rule-${r.meta.id}"></a>\`${r.meta.id}\` | ${r.meta.severity} | ${r.meta.category} | ${r.meta.description.replace(/\|/g, "\\|")} |`);
    return ["| rule | default | category | what it reports |", "| --- | --- | --- | --- |", ...rows].join("\n");
}
export function ruleTableText(rules) {
    const idWidth = Math.max(4, ...rules.map((r) => r.meta.id.length));
    const head = `${"RULE".padEnd(idWidth)}  ${"DEFAULT".padEnd(7)}  ${"CATEGORY".padEnd(13)}  DESCRIPTION`;
    const rows = rules.map((r) => `${r.meta.id.padEnd(idWidth)}  ${r.meta.severity.padEnd(7)}  ${r.meta.category.padEnd(13)}  ${r.meta.description}`);
    return [head, ...rows].join("\n");
}
/** `dslint explain <id>`: everything about one rule, with a bad and a good example. */
export function explainRule(rule) {
    const { meta } = rule;
    const out = [
        `${meta.id} (${meta.category}, default: ${meta.severity})`,
        "",
        meta.description,
        "",
        wrap(meta.rationale),
        "",
        `Fix: ${meta.fix}`,
    ];
    const options = Object.entries(meta.options ?? {});
    if (options.length > 0) {
        out.push("", "Options:");
        for (const [name, spec] of options) {
            const def = JSON.stringify(rule.defaultOptions[name]);
            out.push(`  ${name} (${spec.type === "enum" ? (spec.values ?? []).join("|") : spec.type}, default ${def}): ${spec.description}`);
        }
    }
    const bad = rule.examples.invalid[0];
    const good = rule.examples.valid[0];
    if (bad)
        out.push("", `Bad — ${bad.name}:`, "", indent(bad.manifest));
    if (good)
        out.push("", `Good — ${good.name}:`, "", indent(good.manifest));
    out.push("", "Configure it in .dslint.yaml:", "", indent(`rules:\n  ${meta.id}: ${meta.severity === "off" ? "warning" : "off"}`), "", "Suppress it for one DaemonSet, with a reason:", "", indent(`metadata:\n  annotations:\n    ignore-check.dslint.io/${meta.id}: "<why it does not apply>"`));
    return `${out.join("\n")}\n`;
}
function indent(text) {
    return text
        .replace(/\n$/, "")
        .split("\n")
        .map((l) => `    ${l}`)
        .join("\n");
}
function wrap(text, width = 88) {
    const words = text.split(/\s+/);
    const lines = [];
    let line = "";
    for (const w of words) {
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
