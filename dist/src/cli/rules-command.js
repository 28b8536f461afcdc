import { UsageError } from "../options.js";
import { explainRule, ruleTableText } from "../rules/docs.js";
import { loadRules } from "../rules/registry.js";
import { closestMatch } from "../schema/suggest.js";
import { parseCommandArgs } from "./args.js";
export async function runRules(argv, io) {
    const { values } = parseCommandArgs(argv, {
        format: { type: "string", short: "f", value: "text|json", help: "output format" },
        help: { type: "boolean", short: "h", help: "show this help" },
    });
    if (values.help) {
        io.stdout.write("Usage: dslint rules [--format text|json]\n\nLists every rule with its default severity, category and description.\n");
        return 0;
    }
    const rules = await loadRules();
    const format = values.format ?? "text";
    if (format === "json") {
        const out = rules.map((r) => ({
            id: r.meta.id,
            severity: r.meta.severity,
            category: r.meta.category,
            description: r.meta.description,
            rationale: r.meta.rationale,
            fix: r.meta.fix,
            options: Object.fromEntries(Object.entries(r.meta.options ?? {}).map(([k, v]) => [k, { ...v, default: r.defaultOptions[k] }])),
        }));
        io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    }
    else if (format === "text") {
        io.stdout.write(`${ruleTableText(rules)}\n`);
    }
    else {
        throw new UsageError(`unknown format "${format}" for rules; use text or json`);
    }
    return 0;
}
export async function runExplain(argv, io) {
    const { positionals, values } = parseCommandArgs(argv, { help: { type: "boolean", short: "h", help: "show this help" } });
    if (values.help || positionals.length !== 1) {
        if (!values.help)
            throw new UsageError('explain takes one rule id, e.g. "dslint explain control-plane-toleration"');
        io.stdout.write("Usage: dslint explain <rule-id>\n\nPrints a rule's documentation with a bad and a good example.\n");
        return 0;
    }
    const rules = await loadRules();
    const id = positionals[0];
    const rule = rules.find((r) => r.meta.id === id);
    if (!rule) {
        const near = closestMatch(id, rules.map((r) => r.meta.id));
        throw new UsageError(`unknown rule "${id}"${near ? `; did you mean "${near}"?` : ""}; "dslint rules" lists them`);
    }
    io.stdout.write(explainRule(rule));
    return 0;
}
