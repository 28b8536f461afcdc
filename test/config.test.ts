import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, checkText } from "../src/check.js";
import { ConfigError, emptyConfig, loadConfigFile, parseConfig } from "../src/config/config.js";
import { unknownVersionMessage } from "../src/k8s/versions.js";
import { loadRules } from "../src/rules/registry.js";
import { daemonSetYaml } from "./helpers.js";

const rules = await loadRules();

const PRIVILEGED = daemonSetYaml(`containers:
  - name: agent
    image: example/agent:1.0
    securityContext: {privileged: true}`);

/** The lines of the ConfigError that parsing `text` throws. */
function configErrors(text: string, dir = "/"): string[] {
  try {
    parseConfig(text, "c.yaml", dir, rules);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message.split("\n");
  }
  return [];
}

const ids = <F extends { ruleId: string }>(r: { findings: F[] }, id: string) => r.findings.filter((f) => f.ruleId === id);

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

  it("matches ignore and override globs alike, as .gitignore does", async () => {
    const files = ["a.gen.yaml", "deploy/b.gen.yaml", "deploy/c.yaml", "deploy/cni/d.yaml", "cni/e.yaml", "deploy/sub/f.yaml"];
    const settings = "ignore: ['*.gen.yaml', deploy/sub]\noverrides:\n  - files: [cni, 'deploy/*.yaml']\n    rules: {privileged-container: info}\n";
    const dir = project({ ".dslint.yaml": settings, ...Object.fromEntries(files.map((f) => [f, PRIVILEGED])) });
    const r = await check(["."], { cwd: dir });
    // Without a slash, at any depth; with one, from the configuration's folder; a matched folder, with all in it.
    expect(ids(r, "privileged-container").map((f) => `${f.file} ${f.severity}`)).toEqual(["cni/e.yaml info", "deploy/c.yaml info", "deploy/cni/d.yaml info"]);
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

  it("reads an unquoted version as written: 1.30, not the number 1.3", () => {
    expect(parseConfig("kubernetesVersion: 1.30\n", "c.yaml", "/", rules).kubernetesVersion).toBe("1.30");
    expect(parseConfig('{"kubernetesVersion": 1.30}', "c.json", "/", rules).kubernetesVersion).toBe("1.30");
    expect(parseConfig("kubernetesVersion: v1.30.2\n", "c.yaml", "/", rules).kubernetesVersion).toBe("v1.30.2");
    expect(parseConfig("podSecurity: {level: baseline, version: 1.30}\n", "c.yaml", "/", rules).settings?.podSecurity).toEqual({ level: "baseline", version: "1.30" });
    const options = parseConfig("rules:\n  pod-security: [warning, {version: 1.30}]\n", "c.yaml", "/", rules).rules["pod-security"]?.options;
    expect(options).toEqual({ version: "1.30" });
    // Written as 1.3, it is the version 1.3, which does not exist.
    expect(configErrors("kubernetesVersion: 1.3\n")).toEqual([`c.yaml:1:20: ${unknownVersionMessage("1.3")}`]);
  });

  it("applies an unquoted kubernetesVersion: 1.30 as 1.30", async () => {
    const dir = project({ ".dslint.yaml": "kubernetesVersion: 1.30\n" });
    // hostnameOverride arrived in 1.35: unknown to the 1.30 schema.
    const text = PRIVILEGED.replace("      containers:", "      hostnameOverride: agent\n      containers:");
    const r = await checkText(text, "a.yaml", { cwd: dir });
    expect(r.findings.some((f) => f.ruleId === "schema" && f.message.includes("hostnameOverride"))).toBe(true);
  });

  it("places every kind of mistake at its line and column", () => {
    const cases: Array<[string, string[]]> = [
      ['kubernetesVersion: "1.99"\n', [`c.yaml:1:20: ${unknownVersionMessage("1.99")}`]],
      ["kubernetesVersion: true\n", ['c.yaml:1:20: kubernetesVersion must be a version such as "1.30"']],
      ["kubernetesVersion: [1]\n", ['c.yaml:1:1: kubernetesVersion must be a version such as "1.30"']],
      ["rules:\n  host-network: [error, {x: 1}]\n", ['c.yaml:2:26: rule "host-network" has no option "x" (it takes no options)']],
      ["rules:\n  host-network: [error, on]\n", ['c.yaml:2:25: rule "host-network": options must be a mapping']],
      ["rules:\n  missing-resources: [error, {requireCpuLimit: maybe}]\n", ['c.yaml:2:48: rule "missing-resources": option "requireCpuLimit" must be a boolean']],
      ["rules: [host-network]\n", ["c.yaml:1:1: rules must map rule ids to a severity or [severity, options]"]],
      ["overrides: {files: [a]}\n", ["c.yaml:1:1: overrides must be a list of {files, rules}"]],
      ["overrides:\n  - cni/**\n", ["c.yaml:2:5: an override must be a mapping with files and rules"]],
      ["overrides:\n  - files: [cni/**]\n    rule: {}\n", ['c.yaml:3:5: unknown setting "rule" in an override (files, rules)']],
      ["overrides:\n  - rules: {host-network: off}\n", ["c.yaml:2:5: an override needs files: a list of globs"]],
      ["overrides:\n  - files: [cni/**]\n    rules: {host-netwrk: off}\n", ['c.yaml:3:13: unknown rule "host-netwrk"; did you mean "host-network"?']],
      ["podSecurity: restricted\n", ["c.yaml:1:14: podSecurity must be a mapping with level and version"]],
      ["podSecurity:\n  level: strict\n", ["c.yaml:2:10: podSecurity.level must be privileged, baseline or restricted"]],
      ["podSecurity:\n  version: v2.1\n", ['c.yaml:2:12: podSecurity.version must be "latest" or a version such as "v1.30"']],
      ["rules:\n  pod-security: [warning, {version: v2.1}]\n", ['c.yaml:2:37: rule "pod-security": option "version" must be "latest" or a version such as "v1.30"']],
      ["podSecurity:\n  levle: baseline\n", ['c.yaml:2:3: unknown setting "levle" in podSecurity (level, version)']],
      ["nodes: [1]\n", ["c.yaml:1:1: nodes must be a list of strings"]],
      ["rules:\n  untolerated-expected-taint: [warning, {presets: [gke]}]\n", ['c.yaml:2:42: rule "untolerated-expected-taint": option "presets" must be a list of aks-system, aks-spot, gke-gpu, gke-tpu, eks-auto-system or openshift-infra']],
      ["rules:\n  untolerated-expected-taint: [warning, {expectedTaints: [{key: gpu, effect: NoSchedul}]}]\n", ['c.yaml:2:42: rule "untolerated-expected-taint": option "expectedTaints" must be a list of taints {key, value (a string, optional), effect: NoSchedule, PreferNoSchedule or NoExecute}']],
      ["rules:\n  rollout-max-unavailable: [info, {max: ten}]\n", ['c.yaml:2:41: rule "rollout-max-unavailable": option "max" must be a count such as 1 or a percentage such as "10%"']],
      ["- rules\n", ["c.yaml:1:1: the configuration must be a mapping"]],
      ["rules: {}\n---\nrules: {}\n", ["c.yaml:3:1: the configuration must be a single YAML document"]],
      ["rules:\n  host-network: off\nrules: {}\n", ['c.yaml:3:1: duplicate key "rules": only the last one would count; keep one']],
      ["rules: {host-network: off\n", ["c.yaml:2:1: YAML syntax error: did not find expected ',' or '}' (while parsing a flow mapping); kubectl cannot read this document"]],
      // A Kubernetes object given as the configuration is not skipped as a manifest would be.
      ["apiVersion: v1\nkind: ConfigMap\n", ['c.yaml:1:1: unknown setting "apiVersion"', 'c.yaml:2:1: unknown setting "kind"']],
      ["kind: List\nitems: []\n", ['c.yaml:1:1: unknown setting "kind"', 'c.yaml:2:1: unknown setting "items"']],
      ['{"rules": {"host-netwrk": "error"}}', ['c.yaml:1:12: unknown rule "host-netwrk"; did you mean "host-network"?']],
      ['{"rules": {"host-network": }', ["c.yaml:1:29: YAML syntax error: did not find expected ',' or '}' (while parsing a flow mapping); kubectl cannot read this document"]],
    ];
    for (const [text, expected] of cases) expect(configErrors(text), text).toEqual(expected);
  });

  it("refuses to turn off or down what would hide that something was not checked, saying why", () => {
    expect(configErrors("rules: {yaml-syntax: error, unreadable-path: error, invalid-suppression: info}\n")).toEqual([]);
    expect(configErrors("rules:\n  yaml-syntax: off\n  inventory: [warning]\n  invalid-suppression: off\n")).toEqual([
      'c.yaml:2:16: rule "yaml-syntax" can only be error: kubectl refuses the whole file, and nothing in the document could be checked',
      'c.yaml:3:3: rule "inventory" can only be error: it is the input of the placement simulation, whose findings cannot be trusted while it is broken',
      'c.yaml:4:24: rule "invalid-suppression" can only be info, warning or error: off would let a suppression without a reason, or one naming no rule, pass unseen',
    ]);
    expect(configErrors("rules:\n  pending-pods: [off, {nodes: 2}]\n")).toEqual(['c.yaml:2:24: rule "pending-pods" has no option "nodes" (it takes no options)']);
  });

  it("rejects globs that can never match, saying what to write", () => {
    expect(configErrors("ignore: [/vendor/**, ./x/**, /project/y/**]\noverrides:\n  - files: [cni/./a]\n    rules: {}\n", "/project")).toEqual([
      'c.yaml:1:10: ignore[0] "/vendor/**" is absolute; globs here are relative to the configuration file\'s folder, so it never matches',
      'c.yaml:1:22: ignore[1] "./x/**" has a "." folder, which paths never have, so it never matches; write "x/**"',
      'c.yaml:1:30: ignore[2] "/project/y/**" is absolute; globs here are relative to the configuration file\'s folder, so it never matches; write "y/**"',
      'c.yaml:3:13: overrides[0].files[0] "cni/./a" has a "." folder, which paths never have, so it never matches; write "cni/a"',
    ]);
    expect(parseConfig("ignore: [../vendor/**, .github/**, 'C*']\n", "c.yaml", "/", rules).ignore).toEqual(["../vendor/**", ".github/**", "C*"]);
  });

  it("says why a configuration file cannot be read, and that is the only line", () => {
    expect(() => loadConfigFile(join(tmpdir(), "no-such-dslint-config.yaml"), rules, "missing.yaml")).toThrow(/^missing\.yaml: cannot read the configuration: no such file or folder$/);
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
      // Unquoted versions: YAML 1.2 reads numbers, the loader reads them as written.
      ["kubernetesVersion: 1.30\npodSecurity: {version: 1.30}\n", true],
      ["kubernetesVersion: v1.30.2\n", true],
      ["kubernetesVersion: 1\n", false],
      ["kubernetesVersion: true\n", false],
      ["podSecurity: {version: v2.1}\n", false],
      ["podSecurity: {version: 2.1}\n", false],
      ["ignore: [/vendor/**]\n", false],
      ["ignore: [./vendor/**]\n", false],
      ["overrides: [{files: [cni/./a], rules: {}}]\n", false],
      ["ignore: [../vendor/**, .github/**]\n", true],
      // Generated from the registry: every kind's id, the settings it may have, its options.
      ["rules: {pending-pods: off, selector-mismatch: warn, yaml-syntax: error}\n", true],
      ["rules: {yaml-syntax: off}\n", false],
      ["rules: {invalid-suppression: off}\n", false],
      ["rules: {no-such-rule: off}\n", false],
      ["rules: {pod-security: [warning, {level: privileged, version: 1.30}]}\n", true],
      ["rules: {pod-security: [warning, {version: v2.1}]}\n", false],
      ["rules: {host-network: [warning, {x: 1}]}\n", false],
      ["rules: {image-tag: [warning, {mutableTags: [main]}]}\n", true],
      ["rules: {missing-resources: [error, {requireCpuLimit: maybe}]}\n", false],
      // Custom rules: their shape; `rules` knows them by their prefix.
      ["customRules: [{id: acme/x, description: d, assert: 'true', message: m, forEach: container, severity: error}]\nrules: {acme/x: info}\n", true],
      ["customRules: [{id: acme/x, description: d, assert: 'true', message: m, examples: {valid: ['kind: DaemonSet'], invalid: [{manifest: 'kind: DaemonSet', findings: [{line: 1}]}]}}]\n", true],
      ["customRules: [{id: host-network, description: d, assert: 'true', message: m}]\n", false],
      ["customRules: [{id: acme/x, description: d, assert: 'true'}]\n", false],
      ["customRules: [{id: acme/x, description: d, assert: 'true', message: m, forEach: containers}]\n", false],
      ["customRules: [{id: Acme/X, description: d, assert: 'true', message: m}]\n", false],
      ["customRules: [{id: acme/x, description: d, assert: 'true', message: m, exmples: {}}]\n", false],
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
