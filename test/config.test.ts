import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, checkText } from "../src/check.js";
import { ConfigError, emptyConfig, parseConfig } from "../src/config/config.js";
import { loadRules } from "../src/rules/registry.js";

const rules = await loadRules();

const PRIVILEGED = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: kube-system}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers:
        - name: agent
          image: example/agent:1.0
          securityContext: {privileged: true}
`;

const ids = (r: { findings: Array<{ ruleId: string }> }, id: string) => r.findings.filter((f) => f.ruleId === id);

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "dslint-config-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("configuration", () => {
  it("changes severities and turns rules off; later overrides win", async () => {
    const dir = project({
      ".dslint.yaml": `rules:\n  privileged-container: warning\noverrides:\n  - files: ["cni/**"]\n    rules: {privileged-container: off}\n  - files: ["cni/strict/**"]\n    rules: {privileged-container: [error, {}]}\n`,
      "apps/a.yaml": PRIVILEGED,
      "cni/b.yaml": PRIVILEGED,
      "cni/strict/c.yaml": PRIVILEGED,
    });
    const r = await check(["."], { cwd: dir });
    expect(ids(r, "privileged-container").map((f) => [f.file, f.severity])).toEqual([
      ["apps/a.yaml", "warning"],
      ["cni/strict/c.yaml", "error"],
    ]);
  });

  it("is found by walking up from the working directory, and --config overrides it", async () => {
    const dir = project({ ".dslint.yaml": "rules: {privileged-container: off}\n", "sub/deep/a.yaml": PRIVILEGED, "other.yaml": "rules: {privileged-container: info}\n" });
    expect(ids(await check(["a.yaml"], { cwd: join(dir, "sub", "deep") }), "privileged-container")).toEqual([]);
    const r = await check(["a.yaml"], { cwd: join(dir, "sub", "deep"), configFile: "../../other.yaml" });
    expect(ids(r, "privileged-container").map((f) => f.severity)).toEqual(["info"]);
  });

  it("ignores files by glob, relative to the configuration", async () => {
    const dir = project({ ".dslint.yaml": "ignore: [vendor/**]\n", "vendor/x.yaml": PRIVILEGED, "mine.yaml": PRIVILEGED });
    const r = await check(["."], { cwd: dir });
    expect([...new Set(r.findings.map((f) => f.file))]).toEqual(["mine.yaml"]);
  });

  it("sets the Kubernetes version (the command line wins)", async () => {
    const dir = project({ ".dslint.yaml": 'kubernetesVersion: "1.27"\n' });
    const text = PRIVILEGED.replace("      containers:", "      hostnameOverride: agent\n      containers:");
    const unknownField = (r: { findings: Array<{ ruleId: string; message: string }> }) => r.findings.some((f) => f.ruleId === "schema" && f.message.includes("hostnameOverride"));
    expect(unknownField(await checkText(text, "a.yaml", { cwd: dir }))).toBe(true);
    expect(unknownField(await checkText(text, "a.yaml", { cwd: dir, kubernetesVersion: "1.36" }))).toBe(false);
    const config = parseConfig('kubernetesVersion: "1.27"\n', "c.yaml", dir, rules);
    expect(config.kubernetesVersion).toBe("1.27");
  });

  it("rejects mistakes with their position, one line each", () => {
    const text = `rules:\n  privileged-containr: error\n  privileged-container: fatal\nignore: src\nfoo: 1\n`;
    let error: unknown;
    try {
      parseConfig(text, ".dslint.yaml", "/", rules);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message.split("\n")).toEqual([
      '.dslint.yaml:5:1: unknown setting "foo"',
      '.dslint.yaml:2:3: unknown rule "privileged-containr"; did you mean "privileged-container"?',
      '.dslint.yaml:3:25: rule "privileged-container": the setting must be off, info, warning or error, or [severity, {options}]',
      ".dslint.yaml:4:9: ignore must be a list of strings",
    ]);
  });

  it("accepts warn as a synonym of warning", () => {
    const config = parseConfig("rules: {privileged-container: warn}\n", "c.yaml", "/", rules);
    expect(config.rules["privileged-container"]).toEqual({ severity: "warning" });
    expect(emptyConfig("/").rules).toEqual({});
  });
});

describe("schemas/dslint-config.schema.json", () => {
  it("accepts and rejects what the configuration loader does", async () => {
    const { default: Ajv } = await import("ajv");
    const { readFileSync } = await import("node:fs");
    const schema = JSON.parse(readFileSync(new URL("../schemas/dslint-config.schema.json", import.meta.url), "utf8"));
    const validate = new Ajv({ strict: false }).compile(schema);
    const { parse } = await import("yaml");
    const cases: Array<[string, boolean]> = [
      ["kubernetesVersion: '1.30'\nrules: {privileged-container: off, missing-resources: [error, {requireCpuLimit: true}]}\n", true],
      ["ignore: [vendor/**]\noverrides: [{files: ['cni/**'], rules: {host-network: info}}]\npodSecurity: {level: restricted, version: latest}\nnodes: [nodes.yaml]\n", true],
      ["rules: {privileged-container: warn}\n", true],
      ["rules: {privileged-container: fatal}\n", false],
      ["foo: 1\n", false],
      ["ignore: src\n", false],
      ["overrides: [{rules: {}}]\n", false],
      ["podSecurity: {level: strict}\n", false],
    ];
    for (const [text, valid] of cases) {
      // The schema sees YAML 1.2 strings (as editors do); the loader accepts YAML 1.1's `off` too.
      expect(validate(parse(text)), text).toBe(valid);
      let loaderValid = true;
      try {
        parseConfig(text, "c.yaml", "/", rules);
      } catch {
        loaderValid = false;
      }
      expect(loaderValid, text).toBe(valid);
    }
  });
});
