import { checkText } from "../check.js";
import { resolveConfig, compiledCustomRules } from "../config/run.js";
import { resolveKubernetesVersion, UsageError } from "../options.js";
import { explainKind, ruleListJson, ruleTableText } from "../rules/docs.js";
import { builtInRules, findingKinds, withCustomKinds } from "../rules/registry.js";
import { closestMatch } from "../schema/suggest.js";
import { parseCommandArgs, renderOptionsHelp } from "./args.js";
const CONFIG_OPTION = {
    config: { type: "string", short: "c", value: "FILE", help: "configuration file whose custom rules to include (default: the nearest .dslint.yaml upwards)" },
};
const RULES_OPTIONS = {
    format: { type: "string", short: "f", value: "text|json", help: "output format" },
    ...CONFIG_OPTION,
    test: { type: "boolean", help: "run the examples of the configuration's custom rules; exit 1 if one fails" },
    "kubernetes-version": { type: "string", value: "VERSION", help: "target version for --test (default: the configuration's, else the newest known)" },
    help: { type: "boolean", short: "h", help: "show this help" },
};
/** The configuration in effect in cwd, and the kinds of finding with its custom rules. */
function configuredKinds(io, configFile) {
    const builtIn = builtInRules();
    const config = resolveConfig(io.cwd, configFile, builtIn);
    return { config, kinds: withCustomKinds(findingKinds(builtIn), config.customRules ?? []) };
}
export async function runRules(argv, io) {
    const { values } = parseCommandArgs(argv, RULES_OPTIONS);
    if (values.help) {
        io.stdout.write(`Usage: dslint rules [--format text|json] [--config FILE] [--test]\n\nLists every rule, the configuration's custom rules and every other kind of finding with its default severity, stage, category and description.\n\n${renderOptionsHelp(RULES_OPTIONS)}\n`);
        return 0;
    }
    const format = values.format ?? "text";
    if (format !== "text" && format !== "json")
        throw new UsageError(`unknown format "${format}" for rules; use text or json`);
    const { config, kinds } = configuredKinds(io, values.config);
    if (values.test)
        return testCustomRules(config, values["kubernetes-version"], format, io);
    if (values["kubernetes-version"] !== undefined)
        throw new UsageError("--kubernetes-version goes with --test");
    if (format === "json")
        io.stdout.write(`${JSON.stringify(ruleListJson(kinds.all), null, 2)}\n`);
    else
        io.stdout.write(`${ruleTableText(kinds.all)}\n`);
    return 0;
}
export async function runExplain(argv, io) {
    const options = { ...CONFIG_OPTION, help: { type: "boolean", short: "h", help: "show this help" } };
    const { positionals, values } = parseCommandArgs(argv, options);
    if (values.help || positionals.length !== 1) {
        if (!values.help)
            throw new UsageError('explain takes one rule id, e.g. "dslint explain control-plane-toleration"');
        io.stdout.write(`Usage: dslint explain [--config FILE] <rule-id>\n\nPrints the documentation of a rule, a custom rule of the configuration or another kind of finding, with a bad and a good example where it has them.\n\n${renderOptionsHelp(options)}\n`);
        return 0;
    }
    const { kinds } = configuredKinds(io, values.config);
    const id = positionals[0];
    const kind = kinds.get(id);
    if (!kind) {
        const near = closestMatch(id, kinds.all.map((k) => k.id));
        throw new UsageError(`unknown rule "${id}"${near ? `; did you mean "${near}"?` : ""}; "dslint rules" lists them`);
    }
    io.stdout.write(explainKind(kind));
    return 0;
}
/**
 * `dslint rules --test`: every custom rule's examples checked as `dslint
 * check` would check them, with the whole configuration: a valid example
 * must get no finding of the rule, an invalid one at least one, and the
 * findings it lists (line, column, message, as far as given).
 */
async function testCustomRules(config, versionOption, format, io) {
    const specs = config.customRules ?? [];
    const where = config.file ?? "no configuration file";
    const version = resolveKubernetesVersion(versionOption ?? config.kubernetesVersion);
    // Problems in the rules themselves are configuration errors (exit 2), as in `dslint check`.
    compiledCustomRules(config, version);
    const results = [];
    for (const spec of specs) {
        for (const example of spec.examples.valid)
            results.push(await testExample(spec, example, true, config, version));
        for (const example of spec.examples.invalid)
            results.push(await testExample(spec, example, false, config, version));
    }
    const failed = results.filter((r) => !r.passed).length;
    const untested = specs.filter((s) => s.examples.valid.length + s.examples.invalid.length === 0).map((s) => s.id);
    if (format === "json") {
        io.stdout.write(`${JSON.stringify({ config: config.file ?? null, kubernetesVersion: version, results, untested }, null, 2)}\n`);
        return failed > 0 ? 1 : 0;
    }
    if (specs.length === 0) {
        io.stdout.write(`No custom rules to test (${where}).\n`);
        return 0;
    }
    const lines = [];
    for (const spec of specs) {
        lines.push(spec.id);
        const mine = results.filter((r) => r.rule === spec.id);
        if (mine.length === 0)
            lines.push("  - no examples");
        for (const r of mine) {
            lines.push(`  ${r.passed ? "✓" : "✗"} ${r.valid ? "valid" : "invalid"}: ${r.example}`);
            for (const p of r.problems)
                lines.push(`      ${p}`);
        }
    }
    const rules = `${specs.length} custom rule${specs.length === 1 ? "" : "s"}`;
    lines.push("", `${rules}, ${results.length} example${results.length === 1 ? "" : "s"}: ${results.length - failed} passed, ${failed} failed${untested.length ? `; without examples: ${untested.join(", ")}` : ""} (Kubernetes ${version})`);
    io.stdout.write(`${lines.join("\n")}\n`);
    return failed > 0 ? 1 : 0;
}
async function testExample(spec, example, valid, config, version) {
    const result = await checkText(example.manifest, "example.yaml", { config, kubernetesVersion: version });
    const findings = result.findings.filter((f) => f.ruleId === spec.id);
    const problems = [];
    const at = (f) => `${f.line}:${f.column} ${f.message}`;
    if (valid) {
        for (const f of findings)
            problems.push(`unexpected finding at ${at(f)}`);
    }
    else if (findings.length === 0) {
        const errors = result.findings.filter((f) => f.severity === "error");
        problems.push(`expected a finding of ${spec.id}, got none${errors.length ? ` (the example has ${errors.length} other error${errors.length === 1 ? "" : "s"}, first: ${at(errors[0])} [${errors[0].ruleId}])` : ""}`);
    }
    else if (example.findings) {
        if (example.findings.length !== findings.length)
            problems.push(`expected ${example.findings.length} finding${example.findings.length === 1 ? "" : "s"}, got ${findings.length}: ${findings.map(at).join("; ")}`);
        example.findings.forEach((want, i) => {
            const got = findings[i];
            if (!got)
                return;
            for (const key of ["line", "column", "message"]) {
                if (want[key] !== undefined && want[key] !== got[key])
                    problems.push(`finding ${i + 1}: expected ${key} ${JSON.stringify(want[key])}, got ${JSON.stringify(got[key])}`);
            }
        });
    }
    return { rule: spec.id, example: example.name, valid, passed: problems.length === 0, problems };
}
