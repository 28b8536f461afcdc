/**
 * Custom rules as a user meets them: `customRules` in `.dslint.yaml`, its
 * mistakes at their lines and columns, findings at exact positions in every
 * stage that treats rules alike (severities, overrides, suppressions,
 * reports, worker threads), the step budget, the compiled-rule cache, and
 * `dslint rules --test`. The language itself: custom-language.test.ts.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { check, checkText } from "../src/check.js";
import { ConfigError, parseConfig, type DslintConfig } from "../src/config/config.js";
import { compiledCustomRules } from "../src/config/run.js";
import { positionIn } from "../src/rules/custom/compile.js";
import { loadRules } from "../src/rules/registry.js";
import { repoRoot } from "./data.js";
import { runDslint } from "./dslint-process.js";
import { daemonSetYaml } from "./helpers.js";

const rules = await loadRules();
const cacheDir = mkdtempSync(join(tmpdir(), "dslint-custom-cache-"));
process.env.DSLINT_CACHE_DIR = cacheDir;

/** A configuration with these lines under `customRules:`. */
function config(customRules: string, rest = ""): DslintConfig {
  return parseConfig(`customRules:\n${customRules}${rest}`, ".dslint.yaml", "/", rules);
}

/** The lines of the ConfigError that reading (and compiling, for `version`) the configuration throws. */
function configErrors(text: string, version = "1.36"): string[] {
  try {
    compiledCustomRules(parseConfig(text, ".dslint.yaml", "/", rules), version);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message.split("\n");
  }
  return [];
}

const RUN_AS_USER = `  - id: acme/run-as-user
    description: Containers run as a user id of 1000 or more
    forEach: container
    assert: container.securityContext?.runAsUser >= 1000
    message: '\${container.name} runs as \${container.securityContext?.runAsUser}'
`;

async function findingsOf(manifest: string, cfg: DslintConfig, ruleId = "acme/run-as-user") {
  const result = await checkText(manifest, "ds.yaml", { config: cfg });
  return result.findings.filter((f) => f.ruleId === ruleId).map((f) => ({ line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, severity: f.severity, message: f.message, path: f.path }));
}

describe("customRules in .dslint.yaml", () => {
  it("reads a rule, with warning as the default severity", () => {
    const c = config(RUN_AS_USER);
    expect(c.customRules).toHaveLength(1);
    expect(c.customRules![0]).toMatchObject({ id: "acme/run-as-user", severity: "warning", forEach: "container", assert: { text: "container.securityContext?.runAsUser >= 1000" } });
    expect(c.customRules![0]!.place).toEqual({ file: ".dslint.yaml", range: { line: 2, column: 9, endLine: 2, endColumn: 25 } });
  });

  it("reports each mistake in a rule's shape at its line and column", () => {
    const errors = configErrors(`customRules:
  - id: Acme_Rule
    description: x
    assert: "true"
    message: m
  - id: host-network
    description: x
    assert: "true"
    message: m
  - id: acme/a
    descripton: x
    assert: "true"
    message: m
    forEach: containers
  - id: acme/b
    description: x
    assert: true
    message: m
    severity: fatal
  - id: acme/c
    description: x
    assert: "true"
    message: m
  - id: acme/c
    description: z
    assert: "true"
    message: m
  - just text
rules:
  acme/c: off
  acme/nope: error
`);
    expect(errors).toEqual([
      '.dslint.yaml:2:9: custom rule id "Acme_Rule" must be kebab-case, at most 63 characters, with one optional prefix: "acme/registry"',
      '.dslint.yaml:6:9: custom rule id "host-network" is taken by the built-in rule "host-network"; give it a prefix, such as "acme/host-network"',
      '.dslint.yaml:11:5: unknown setting "descripton" in a custom rule; did you mean "description"?',
      ".dslint.yaml:10:5: a custom rule needs description",
      '.dslint.yaml:14:14: forEach must be container, volume, hostPath, volumeMount, port, env or toleration; did you mean "container"?',
      ".dslint.yaml:19:15: severity must be off, info, warning or error",
      ".dslint.yaml:17:13: assert must be a TypeScript expression, as a string; YAML reads this unquoted value as a boolean: quote it",
      '.dslint.yaml:24:9: custom rule "acme/c" is defined twice (also customRules[4]); rename one',
      ".dslint.yaml:28:5: a custom rule must be a mapping with id, description, assert and message",
      '.dslint.yaml:31:3: unknown rule "acme/nope"',
    ]);
  });

  it("lets rules and overrides set a custom rule's severity", async () => {
    const manifest = daemonSetYaml();
    expect((await findingsOf(manifest, config(RUN_AS_USER))).map((f) => f.severity)).toEqual(["warning"]);
    expect((await findingsOf(manifest, config(RUN_AS_USER, "rules: {acme/run-as-user: error}\n"))).map((f) => f.severity)).toEqual(["error"]);
    expect(await findingsOf(manifest, config(RUN_AS_USER, "rules: {acme/run-as-user: off}\n"))).toEqual([]);
    expect(await findingsOf(manifest, config(RUN_AS_USER, "overrides: [{files: ['ds.yaml'], rules: {acme/run-as-user: off}}]\n"))).toEqual([]);
  });
});

describe("configuration-time checks, at their positions in .dslint.yaml", () => {
  it("places a field that does not exist in a plain, a quoted and a block scalar", () => {
    const errors = configErrors(`customRules:
  - id: acme/a
    description: x
    forEach: container
    assert: container.imagee === "x"
    message: m
  - id: acme/b
    description: x
    assert: 'pod.tolerations[0].efect === "NoSchedule"'
    message: m
  - id: acme/c
    description: x
    assert: |
      pod.containers.every(c =>
        c.securityContext?.runAsNonRot === true)
    message: m
`);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^\.dslint\.yaml:5:23: custom rule "acme\/a": assert: "imagee" is not a field of Container.*did you mean "image"\?$/);
    expect(errors[1]).toMatch(/^\.dslint\.yaml:9:33: custom rule "acme\/b": assert: "efect" is not a field of Toleration.*did you mean "effect"\?$/);
    expect(errors[2]).toMatch(/^\.dslint\.yaml:15:28: custom rule "acme\/c": assert: "runAsNonRot" is not a field of SecurityContext.*did you mean "runAsNonRoot"\?$/);
  });

  it("checks fields against the target Kubernetes version", () => {
    const text = `customRules:
  - id: acme/sidecar
    description: x
    forEach: container
    assert: container.restartPolicy !== "Always"
    message: m
`;
    expect(configErrors(text, "1.36")).toEqual([]);
    expect(configErrors(text, "1.27")).toEqual([expect.stringMatching(/^\.dslint\.yaml:5:23: custom rule "acme\/sidecar": assert: "restartPolicy" is not a field of Container in Kubernetes 1\.27/)]);
  });

  it("reports a name out of scope, a call outside the allowed set, a syntax error and a dangerous regular expression", () => {
    const errors = configErrors(`customRules:
  - id: acme/a
    description: x
    assert: volume.name === "x"
    message: m
  - id: acme/b
    description: x
    assert: metadata.name.constructor("x")
    message: m
  - id: acme/c
    description: x
    assert: metadata.name ===
    message: m
  - id: acme/d
    description: x
    assert: '/^(a+)+$/.test(metadata.name)'
    message: m
`);
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/^\.dslint\.yaml:4:13: custom rule "acme\/a": assert: .*volume/);
    expect(errors[1]).toMatch(/^\.dslint\.yaml:8:27: custom rule "acme\/b": assert: "constructor" cannot be called: calls are limited to /);
    expect(errors[2]).toMatch(/^\.dslint\.yaml:12:30: custom rule "acme\/c": assert: Expression expected\.$/);
    expect(errors[3]).toMatch(/^\.dslint\.yaml:16:16: custom rule "acme\/d": assert: nested quantifiers: .*catastrophic backtracking/);
  });

  it("finds a value's characters in its source: quotes, escapes and a block scalar's indentation", () => {
    expect(positionIn({ line: 3, column: 13, raw: "a.b === 1" }, "a.b === 1", 2)).toEqual({ line: 3, column: 15 });
    expect(positionIn({ line: 3, column: 13, raw: `"a \\"b\\" c"` }, 'a "b" c', 6)).toEqual({ line: 3, column: 22 });
    expect(positionIn({ line: 3, column: 13, raw: "|\n      one\n      two.x\n" }, "one\ntwo.x\n", 8)).toEqual({ line: 5, column: 11 });
    expect(positionIn({ line: 3, column: 13, raw: "'it''s'" }, "it's", 3)).toEqual({ line: 3, column: 18 });
  });
});

describe("findings of custom rules", () => {
  it("sit at the deepest field the failing assert read, or at the nearest field that exists", async () => {
    const manifest = daemonSetYaml(`containers:
  - name: a
    image: example/a:1
    securityContext: {runAsUser: 10}
  - name: b
    image: example/b:1
  - name: c
    image: example/c:1
    securityContext: {runAsUser: 1000}`);
    expect(await findingsOf(manifest, config(RUN_AS_USER))).toEqual([
      { line: 15, column: 40, endLine: 15, endColumn: 42, severity: "warning", message: "a runs as 10", path: "spec.template.spec.containers[0].securityContext.runAsUser" },
      { line: 16, column: 11, endLine: 16, endColumn: 18, severity: "warning", message: "b runs as undefined", path: "spec.template.spec.containers[1].securityContext.runAsUser" },
    ]);
  });

  it("sit at `at` when the rule names a field", async () => {
    const cfg = config(`  - id: acme/team
    description: x
    assert: metadata.labels?.team !== undefined
    message: no team
    at: metadata.name
`);
    expect(await findingsOf(daemonSetYaml(), cfg, "acme/team")).toEqual([{ line: 4, column: 9, endLine: 4, endColumn: 14, severity: "warning", message: "no team", path: "metadata.name" }]);
  });

  it("run only where `when` holds", async () => {
    const cfg = config(`  - id: acme/grace
    description: x
    when: metadata.labels?.component === "log-shipper"
    assert: (pod.terminationGracePeriodSeconds ?? 30) >= 30
    message: too short
`);
    const short = (labels: string) => daemonSetYaml("terminationGracePeriodSeconds: 5\n" + "containers: [{name: a, image: example/a:1}]", { metadata: `labels: {${labels}}` });
    expect(await findingsOf(short("component: log-shipper"), cfg, "acme/grace")).toHaveLength(1);
    expect(await findingsOf(short("component: metrics"), cfg, "acme/grace")).toEqual([]);
  });

  it("can be suppressed by comment and by annotation, and a suppression of an unknown custom rule is reported", async () => {
    const cfg = config(RUN_AS_USER);
    const byComment = daemonSetYaml(`containers:
  # dslint-disable-next-line acme/run-as-user -- runs as root to load a kernel module
  - name: a
    image: example/a:1`);
    const result = await checkText(byComment, "ds.yaml", { config: cfg });
    expect(result.findings.filter((f) => f.ruleId === "acme/run-as-user" || f.ruleId.endsWith("-suppression"))).toEqual([]);
    const byAnnotation = daemonSetYaml(undefined, { metadata: 'annotations: {ignore-check.dslint.io/acme.run-as-user: "legacy agent, tracked in OPS-12"}' });
    const annotated = await checkText(byAnnotation, "ds.yaml", { config: cfg });
    expect(annotated.findings.filter((f) => f.ruleId === "acme/run-as-user" || f.ruleId.endsWith("-suppression"))).toEqual([]);
    const unknown = daemonSetYaml(undefined, { metadata: 'annotations: {ignore-check.dslint.io/acme.no-such-rule: "why"}' });
    const reported = await checkText(unknown, "ds.yaml", { config: cfg });
    expect(reported.findings.filter((f) => f.ruleId === "invalid-suppression").map((f) => f.message)).toEqual([expect.stringContaining('"acme/no-such-rule"')]);
  });

  it("are the same from worker threads as from the main thread", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dslint-custom-threads-"));
    try {
      writeFileSync(join(dir, ".dslint.yaml"), `customRules:\n${RUN_AS_USER}`);
      for (let i = 0; i < 4; i++) writeFileSync(join(dir, `ds${i}.yaml`), daemonSetYaml(undefined, { name: `agent-${i}` }));
      const main = await check(["."], { cwd: dir, threads: 0 });
      const workers = await check(["."], { cwd: dir, threads: 1 });
      expect(main.findings.filter((f) => f.ruleId === "acme/run-as-user")).toHaveLength(4);
      expect(workers.findings).toEqual(main.findings);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("report a rule over its step budget once, as an error at the rule in the configuration, and go on", async () => {
    const cfg = config(`  - id: acme/slow
    description: x
    assert: pod.containers.every(a => pod.containers.every(b => pod.containers.every(c => pod.containers.every(d => a.name !== "zz"))))
    message: never
${RUN_AS_USER}`);
    const containers = Array.from({ length: 30 }, (_, i) => `  - {name: c${i}, image: example/a:1}`).join("\n");
    const text = [daemonSetYaml(`containers:\n${containers}`, { name: "a" }), daemonSetYaml(`containers:\n${containers}`, { name: "b" })].join("---\n");
    const result = await checkText(text, "ds.yaml", { config: cfg });
    const slow = result.findings.filter((f) => f.ruleId === "acme/slow");
    expect(slow).toEqual([
      expect.objectContaining({
        file: ".dslint.yaml",
        line: 2,
        column: 9,
        endLine: 2,
        endColumn: 18,
        severity: "error",
        message: 'custom rule "acme/slow" took more than 100,000 steps on the DaemonSet at ds.yaml:2:1 (a) and 1 other DaemonSet, and was not checked there',
      }),
    ]);
    expect(result.findings.filter((f) => f.ruleId === "acme/run-as-user")).toHaveLength(60);
  });
});

describe("the command line", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "dslint-custom-cli-"));
    writeFileSync(
      join(dir, ".dslint.yaml"),
      `customRules:
  - id: acme/registry
    severity: error
    description: Images come from our registry
    forEach: container
    assert: image(container.image).registry === "registry.acme.io"
    message: '\${container.image} is not from registry.acme.io'
    examples:
      valid:
        - ${JSON.stringify(daemonSetYaml("containers: [{name: a, image: registry.acme.io/a:1}]"))}
      invalid:
        - manifest: ${JSON.stringify(daemonSetYaml())}
          findings: [{line: 12, message: "example/agent:1.0 is not from registry.acme.io"}]
`,
    );
    writeFileSync(join(dir, "ds.yaml"), daemonSetYaml());
  });

  it("lists, explains and reports a custom rule in every format", () => {
    const list = runDslint(["rules"], { cwd: dir });
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^acme\/registry\s+error\s+rules\s+custom\s+Images come from our registry$/m);
    const explain = runDslint(["explain", "acme/registry"], { cwd: dir });
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain("assert: image(container.image).registry === \"registry.acme.io\"");
    expect(explain.stdout).toContain("ignore-check.dslint.io/acme.registry:");
    const sarif = runDslint(["check", "ds.yaml", "--format", "sarif"], { cwd: dir });
    expect(sarif.code).toBe(1);
    const run = JSON.parse(sarif.stdout).runs[0];
    const descriptor = run.tool.driver.rules.find((r: { id: string }) => r.id === "acme/registry");
    expect(descriptor).toMatchObject({ id: "acme/registry", shortDescription: { text: "Images come from our registry" } });
    expect(descriptor.helpUri).toBeUndefined();
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === "acme/registry").locations[0].physicalLocation.region).toMatchObject({ startLine: 12, startColumn: 41 });
  });

  it("runs the examples with rules --test", () => {
    const passed = runDslint(["rules", "--test"], { cwd: dir });
    expect(passed.stderr).toBe("");
    expect(passed.code).toBe(0);
    expect(passed.stdout).toContain("1 custom rule, 2 examples: 2 passed, 0 failed");
    const broken = readFileSync(join(dir, ".dslint.yaml"), "utf8").replace("line: 12", "line: 13");
    writeFileSync(join(dir, "broken.yaml"), broken);
    const failed = runDslint(["rules", "--test", "--config", "broken.yaml"], { cwd: dir });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain("finding 1: expected line 13, got 12");
  });

  it("reports a broken expression as a configuration error, exit 2", () => {
    writeFileSync(join(dir, "typo.yaml"), readFileSync(join(dir, ".dslint.yaml"), "utf8").replace("image(container.image)", "image(container.imagee)"));
    const r = runDslint(["check", "ds.yaml", "--config", "typo.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^dslint: typo\.yaml:6:29: custom rule "acme\/registry": assert: "imagee" is not a field of Container/);
  });

  it("compiles once: a second run reads the cache and does not load the parser", () => {
    const cache = mkdtempSync(join(tmpdir(), "dslint-custom-cache-cli-"));
    const copy = mkdtempSync(join(tmpdir(), "dslint-custom-copy-"));
    try {
      const first = runDslint(["check", "ds.yaml"], { cwd: dir, env: { DSLINT_CACHE_DIR: cache } });
      expect(first.code).toBe(1);
      expect(readdirSync(join(cache, "custom-rules"))).toHaveLength(1);
      // The package as cloned, without node_modules: the parser cannot be loaded, the cache is all there is.
      for (const part of ["bin", "dist", "schemas", "package.json"]) cpSync(join(repoRoot, part), join(copy, part), { recursive: true });
      const node = (args: string[], env: Record<string, string>) => {
        return spawnSync(process.execPath, [join(copy, "bin", "dslint.js"), ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, ...env, NO_COLOR: "1" } });
      };
      const cached = node(["check", "ds.yaml", "--format", "json"], { DSLINT_CACHE_DIR: cache });
      expect(cached.stderr).toBe("");
      expect(JSON.parse(cached.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === "acme/registry")).toHaveLength(1);
      const cold = node(["check", "ds.yaml"], { DSLINT_CACHE_DIR: join(cache, "empty") });
      expect(cold.status).toBe(2);
      expect(cold.stderr).toContain("@typescript-eslint/typescript-estree");
    } finally {
      rmSync(cache, { recursive: true, force: true });
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe("the language server", () => {
  it("publishes custom rules' findings, and lints without broken custom rules, saying so once", async () => {
    const { TextDocument } = await import("vscode-languageserver-textdocument");
    const { ConfigResolver } = await import("../src/lsp/configs.js");
    const { DocumentLinter } = await import("../src/lsp/linter.js");
    const dir = mkdtempSync(join(tmpdir(), "dslint-custom-lsp-"));
    try {
      writeFileSync(join(dir, ".dslint.yaml"), `customRules:\n${RUN_AS_USER}`);
      const reports: string[] = [];
      const linter = new DocumentLinter(new ConfigResolver(rules, (m) => reports.push(m)));
      const doc = TextDocument.create(pathToFileURL(join(dir, "ds.yaml")).href, "yaml", 1, daemonSetYaml());
      const ok = await linter.lint(doc);
      expect(ok!.diagnostics.filter((d) => d.code === "acme/run-as-user").map((d) => [d.range.start.line, d.message])).toEqual([[11, "agent runs as undefined"]]);
      expect(reports).toEqual([]);
      writeFileSync(join(dir, ".dslint.yaml"), `customRules:\n${RUN_AS_USER.replace("runAsUser >=", "runAsUsr >=")}`);
      linter.configs.invalidate();
      for (let i = 0; i < 2; i++) {
        const broken = await linter.lint(doc);
        expect(broken!.diagnostics.filter((d) => d.code === "acme/run-as-user")).toEqual([]);
        expect(broken!.diagnostics.length).toBeGreaterThan(0);
      }
      expect(reports).toEqual([expect.stringMatching(/custom rules are broken for Kubernetes 1\.36[^]*"runAsUsr" is not a field of SecurityContext/)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the examples in examples/custom-rules", () => {
  const root = join(repoRoot, "examples", "custom-rules");
  const folders = readdirSync(root).sort();

  it("are the five the README shows", () => {
    expect(folders).toEqual(["gpu-node-selector", "host-path-allow-list", "log-shipper-grace-period", "registry-allow-list", "team-label"]);
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
    for (const folder of folders) {
      const assert = /^    assert: (.*)$/m.exec(readFileSync(join(root, folder, ".dslint.yaml"), "utf8"))![1]!;
      expect(readme, folder).toContain(`    assert: ${assert}`);
    }
  });

  const expected: Record<string, string[]> = {
    "gpu-node-selector": ["daemonsets.yaml:12:5 acme/gpu-node-selector DaemonSet gpu-burn-in requests GPUs but does not select nodes labelled nvidia.com/gpu.present=true: its pods would stay pending on every node without a GPU"],
    "host-path-allow-list": ['daemonsets.yaml:24:28 acme/host-path-allow-list volume "runtime" mounts /run/containerd/containerd.sock from the host, which is not on the allow-list (/var/log, /var/lib/docker/containers, /run/acme)'],
    "log-shipper-grace-period": ["daemonsets.yaml:18:38 acme/log-shipper-grace-period log shipper fluentd gets 10 s to shut down: give it at least 30 s to flush its buffers"],
    "registry-allow-list": ['daemonsets.yaml:17:18 acme/registry container container "kube-rbac-proxy" uses quay.io/brancz/kube-rbac-proxy:v0.18.1, from quay.io: images must come from registry.acme.io or mirror.acme.io'],
    "team-label": [
      "daemonsets.yaml:8:11 acme/team-label DaemonSet fluent-bit has the team label Observability, which is not a team name: metadata.labels.team must name the owning team",
      "daemonsets.yaml:22:1 acme/team-label DaemonSet node-problem-detector has no team label: metadata.labels.team must name the owning team",
    ],
  };

  for (const folder of Object.keys(expected)) {
    it(`${folder}: dslint check flags its manifest, and rules --test passes`, () => {
      const cwd = join(root, folder);
      const r = runDslint(["check", ".", "--format", "json"], { cwd });
      expect(r.stderr).toBe("");
      const findings = (JSON.parse(r.stdout).findings as Array<{ file: string; line: number; column: number; ruleId: string; message: string }>).filter((f) => f.ruleId.startsWith("acme/"));
      expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`)).toEqual(expected[folder]);
      const t = runDslint(["rules", "--test"], { cwd });
      expect(t.stdout).toMatch(/: \d+ passed, 0 failed/);
      expect(t.code).toBe(0);
    });
  }

  it("each configuration is valid against schemas/dslint-config.schema.json", async () => {
    const { default: Ajv } = await import("ajv");
    const { parse } = await import("yaml");
    const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(join(repoRoot, "schemas", "dslint-config.schema.json"), "utf8")));
    for (const folder of folders) {
      const text = readFileSync(join(root, folder, ".dslint.yaml"), "utf8");
      expect(validate(parse(text)), `${folder}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

});
