import { describe, expect, it } from "vitest";
import { checkText } from "../src/check.js";
import type { DslintConfig } from "../src/config/config.js";
import { loadFindingKinds } from "../src/rules/registry.js";
import type { FindingKind, InvalidExample, ValidExample } from "../src/rules/types.js";
import { onlyRule } from "./helpers.js";

// One harness runs the examples of every kind of finding that has them, each
// rule's and the other stages' (ESLint's RuleTester): adding a rule file adds its tests.
const kinds = await loadFindingKinds();

function exampleSeverity(kind: FindingKind) {
  return kind.severity === "off" ? "warning" : kind.severity;
}

function exampleConfig(kind: FindingKind, example: ValidExample | InvalidExample): Promise<DslintConfig> {
  return onlyRule(kind.id, { severity: exampleSeverity(kind), options: { ...(example.options ?? {}) } });
}

async function run(kind: FindingKind, example: ValidExample | InvalidExample) {
  const result = await checkText(example.manifest, "example.yaml", { config: await exampleConfig(kind, example) });
  return {
    mine: result.findings.filter((f) => f.ruleId === kind.id),
    others: result.findings.filter((f) => f.ruleId !== kind.id).map((f) => `${f.line}:${f.column} ${f.ruleId}: ${f.message}`),
  };
}

describe.each(kinds.all.map((k) => [k.id, k] as const))("%s", (_id, kind) => {
  it("documents itself", () => {
    expect(kind.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(kind.description.length).toBeGreaterThan(10);
    expect(kind.fix.length).toBeGreaterThan(5);
    expect(kind.severities).toContain(kind.severity);
    if (kind.severities.length < 4) expect(kind.severitiesBecause?.length, "why its settings are limited").toBeGreaterThan(10);
    for (const name of Object.keys(kind.defaultOptions)) expect(kind.options[name], `option ${name} is documented`).toBeDefined();
    if (!kind.rule) return;
    // A rule module has no other documentation than its own.
    expect(kind.rationale?.length, "rationale").toBeGreaterThan(10);
    expect(kind.rule.examples.valid.length + kind.rule.examples.invalid.length).toBeGreaterThan(1);
    expect(kind.rule.examples.invalid.length).toBeGreaterThan(0);
    // A getter, so that a check never builds the examples (src/rules/types.ts).
    expect(typeof Object.getOwnPropertyDescriptor(kind.rule, "examples")?.get, "examples written as a getter").toBe("function");
    // A rule without a check reports nothing: its finding belongs to the stage that reports it.
    expect(kind.rule.check ?? kind.rule.checkAll, "a check").toBeDefined();
  });

  const examples = kind.examples ?? { valid: [], invalid: [] };
  it.each(examples.valid.map((e) => [e.name, e] as const))("valid: %s", async (_name, example) => {
    const { mine, others } = await run(kind, example);
    expect(others, "the example is a valid DaemonSet").toEqual([]);
    expect(mine.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
  });

  it.each(examples.invalid.map((e) => [e.name, e] as const))("invalid: %s", async (_name, example) => {
    const { mine, others } = await run(kind, example);
    expect(others, "the example is otherwise a valid DaemonSet").toEqual([]);
    // As RuleTester does: every finding, in order, with its whole range and exact message.
    expect(mine.map((f) => ({ line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, message: f.message }))).toEqual(example.findings);
    for (const f of mine) expect(f.severity).toBe(exampleSeverity(kind));
  });
});

describe("what is generated from the registry (npm run docs)", () => {
  it("rules/index.ts, the one list of rule modules, names every file in rules/", async () => {
    const { readFileSync } = await import("node:fs");
    const { fileURLToPath } = await import("node:url");
    const { ruleIndexText, ruleModuleFiles } = await import("../scripts/generate-docs.js");
    const dir = fileURLToPath(new URL("../rules/", import.meta.url));
    expect(readFileSync(`${dir}index.ts`, "utf8"), "rules/index.ts is out of date: run npm run docs").toBe(ruleIndexText(ruleModuleFiles(dir)));
    expect(kinds.all.filter((k) => k.rule).length).toBe(ruleModuleFiles(dir).length);
  });

  it("the README's rule and Findings tables", async () => {
    const { readFileSync } = await import("node:fs");
    const { withGeneratedTables } = await import("../scripts/generate-docs.js");
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    expect(await withGeneratedTables(readme, kinds)).toBe(readme);
  });

  it("the configuration schema, schemas/dslint-config.schema.json", async () => {
    const { readFileSync } = await import("node:fs");
    const { configSchemaText } = await import("../src/config/config-schema.js");
    expect(configSchemaText(kinds)).toBe(readFileSync(new URL("../schemas/dslint-config.schema.json", import.meta.url), "utf8"));
  });
});
