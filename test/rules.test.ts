import { describe, expect, it } from "vitest";
import { checkText } from "../src/check.js";
import type { DslintConfig } from "../src/config/config.js";
import { loadRules } from "../src/rules/registry.js";
import type { Rule, RuleExample } from "../src/rules/types.js";
import { onlyRule } from "./helpers.js";

// One harness runs every rule's own examples (ESLint's RuleTester): adding a
// rule file adds its tests.
const rules = await loadRules();

function exampleConfig(rule: Rule, example: RuleExample): Promise<DslintConfig> {
  return onlyRule(rule.meta.id, { severity: rule.meta.severity === "off" ? "warning" : rule.meta.severity, options: { ...(example.options ?? {}) } });
}

async function run(rule: Rule, example: RuleExample) {
  const result = await checkText(example.manifest, "example.yaml", { config: await exampleConfig(rule, example) });
  return {
    mine: result.findings.filter((f) => f.ruleId === rule.meta.id),
    others: result.findings.filter((f) => f.ruleId !== rule.meta.id).map((f) => `${f.line}:${f.column} ${f.ruleId}: ${f.message}`),
  };
}

describe.each(rules.map((r) => [r.meta.id, r] as const))("rule %s", (_id, rule) => {
  it("documents itself", () => {
    const { meta } = rule;
    expect(meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const field of ["description", "rationale", "fix"] as const) expect(meta[field].length, field).toBeGreaterThan(10);
    expect(rule.examples.valid.length + rule.examples.invalid.length).toBeGreaterThan(1);
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
    for (const name of Object.keys(rule.defaultOptions)) expect(meta.options?.[name], `option ${name} is documented`).toBeDefined();
  });

  it.each(rule.examples.valid.map((e) => [e.name, e] as const))("valid: %s", async (_name, example) => {
    const { mine, others } = await run(rule, example);
    expect(others, "the example is a valid DaemonSet").toEqual([]);
    expect(mine.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
  });

  it.each(rule.examples.invalid.map((e) => [e.name, e] as const))("invalid: %s", async (_name, example) => {
    const { mine, others } = await run(rule, example);
    expect(others, "the example is otherwise a valid DaemonSet").toEqual([]);
    expect(mine.map((f) => ({ line: f.line, column: f.column }))).toEqual((example.findings ?? []).map((f) => ({ line: f.line, column: f.column })));
    (example.findings ?? []).forEach((expected, i) => {
      if (expected.message) expect(mine[i]!.message).toContain(expected.message);
      expect(mine[i]!.severity).toBe(rule.meta.severity === "off" ? "warning" : rule.meta.severity);
    });
  });
});

describe("the README's rule table", () => {
  it("is generated from the rule modules (run npm run docs)", async () => {
    const { readFileSync } = await import("node:fs");
    const { ruleTableMarkdown } = await import("../src/rules/docs.js");
    const { withRuleTable } = await import("../scripts/generate-docs.js");
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    expect(withRuleTable(readme, ruleTableMarkdown(rules))).toBe(readme);
  });
});
