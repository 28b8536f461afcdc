import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { checkText } from "../src/check.js";
import { runExplain, runRules } from "../src/cli/rules-command.js";
import type { Io } from "../src/cli/main.js";
import { parseConfig } from "../src/config/config.js";
import type { Finding } from "../src/finding.js";
import { parsePolicyVersion } from "../src/k8s/versions.js";
import { findingKinds, loadRules } from "../src/rules/registry.js";

// The registry of finding kinds: every kind reported is registered, and what
// the configuration may do with the other stages' kinds.
const rules = await loadRules();
const kinds = findingKinds(rules);
const root = new URL("..", import.meta.url).pathname;

const AGENT = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: kube-system}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: other}}
    spec:
      priorityClassName: system-node-critical
      tolerations: [{operator: Exists}]
      containers:
        - name: agent
          image: example/agent:1.0
          imagePullPolicy: Sometimes
          resources: {requests: {cpu: 100m, memory: 64Mi}, limits: {memory: 64Mi}}
`;

async function findings(text: string, configText: string, name = "a.yaml", nodes?: string[]): Promise<string[]> {
  const config = parseConfig(configText, ".dslint.yaml", root, rules);
  const result = await checkText(text, name, { config, cwd: root, ...(nodes ? { nodes } : {}) });
  return result.findings.filter((f) => !kinds.get(f.ruleId)?.rule).map((f) => `${f.line} ${f.ruleId} ${f.severity}`);
}

describe("the registry of finding kinds", () => {
  it("holds every kind the corpus reports, each at its default severity", () => {
    const report = JSON.parse(gunzipSync(readFileSync(join(root, "test", "golden", "corpus.json.gz"))).toString("utf8")) as { findings: Finding[] };
    const reported = new Map(report.findings.map((f) => [f.ruleId, f.severity]));
    expect(reported.size).toBeGreaterThan(20);
    for (const [id, severity] of reported) expect(kinds.get(id)?.severity, id).toBe(severity);
  });

  it("gives selector-mismatch to the API-validation stage that reports it, with its examples", () => {
    const kind = kinds.get("selector-mismatch")!;
    expect(kind).toMatchObject({ stage: "validate", severity: "error", suppressible: true });
    expect(kind.rule).toBeUndefined();
    expect(kind.examples?.invalid.length).toBeGreaterThan(0);
  });

  it("refuses two kinds of one id", () => {
    const twin = { ...rules[0]!, meta: { ...rules[0]!.meta, id: "schema" } };
    expect(() => findingKinds([...rules, twin])).toThrow('two finding kinds have the id "schema"');
  });

  it("takes the pod-security version pattern from what the policy reads", () => {
    const pattern = new RegExp(kinds.get("pod-security")!.options.version!.pattern!);
    for (const v of ["latest", "v1.30", "1.30", "v1.0", "v1.99", "v1.030", "v2.1", "1.3.0", "Latest", ""]) expect(pattern.test(v), v).toBe(parsePolicyVersion(v) !== undefined);
  });
});

describe("configuring the other stages' findings", () => {
  it("changes their severity and turns them off, by file", async () => {
    expect(await findings(AGENT, "rules: {}\n")).toEqual(["7 selector-mismatch error", "14 schema error"]);
    expect(await findings(AGENT, "rules: {selector-mismatch: warn, schema: info}\n")).toEqual(["7 selector-mismatch warning", "14 schema info"]);
    const config = "rules: {selector-mismatch: off}\noverrides:\n  - files: ['legacy/**']\n    rules: {schema: off}\n";
    expect(await findings(AGENT, config)).toEqual(["14 schema error"]);
    expect(await findings(AGENT, config, "legacy/a.yaml")).toEqual(["14 api-validation error"]);
  });

  it("configures what the loader, the suppressions and the simulation report", async () => {
    const valid = AGENT.replace("{app: other}", "{app: agent}").replace("Sometimes", "Always");
    const text = `# dslint-disable-next-line host-pid -- not here\n${valid.replace("metadata: {name: agent,", "metadata: {name: agent, name: agent,")}`;
    expect(await findings(text, "rules: {}\n")).toEqual(["1 unused-suppression warning", "4 duplicate-key error"]);
    expect(await findings(text, "rules: {unused-suppression: error, duplicate-key: off}\n")).toEqual(["1 unused-suppression error"]);
    const nodes = join(mkdtempSync(join(tmpdir(), "dslint-kinds-")), "nodes.yaml");
    writeFileSync(nodes, "apiVersion: v1\nkind: Node\nmetadata: {name: n1, labels: {kubernetes.io/os: linux}}\nstatus: {allocatable: {cpu: 10m, memory: 1Gi, pods: 110}}\n");
    const fits = valid;
    expect(await findings(fits, "rules: {}\n", "a.yaml", [nodes])).toEqual(["2 pending-pods warning"]);
    expect(await findings(fits, "rules: {pending-pods: error}\n", "a.yaml", [nodes])).toEqual(["2 pending-pods error"]);
    expect(await findings(fits, "rules: {pending-pods: off}\n", "a.yaml", [nodes])).toEqual([]);
  });
});

function captureIo(): { io: Io; out: () => string } {
  const stdout = new PassThrough();
  let text = "";
  stdout.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
  const io: Io = { stdout, stderr: new PassThrough(), readStdin: async () => "", env: {}, cwd: root };
  return { io, out: () => text };
}

describe("dslint rules and explain", () => {
  it("list every kind, whatever stage reports it", async () => {
    const text = captureIo();
    expect(await runRules([], text.io)).toBe(0);
    const lines = text.out().trimEnd().split("\n");
    expect(lines[0]).toMatch(/^RULE +DEFAULT +STAGE +CATEGORY +DESCRIPTION$/);
    expect(lines.slice(1).map((l) => l.split(/ +/)[0])).toEqual(kinds.all.map((k) => k.id));
    expect(lines.find((l) => l.startsWith("pending-pods "))).toMatch(/^pending-pods +warning +simulate +placement +Pods of the DaemonSet/);
    const json = captureIo();
    await runRules(["--format", "json"], json.io);
    const listed = JSON.parse(json.out()) as Array<{ id: string; stage: string; severities: string[]; suppressible: boolean; setting?: string }>;
    expect(listed.find((k) => k.id === "yaml-syntax")).toMatchObject({ stage: "load", severities: ["error"], suppressible: false });
    expect(listed.find((k) => k.id === "pod-security")).toMatchObject({ stage: "rules", severities: ["off", "info", "warning", "error"], setting: "podSecurity" });
  });

  it("explain a stage's finding: what it is, who reports it, what the configuration may do", async () => {
    const fixed = captureIo();
    await runExplain(["yaml-syntax"], fixed.io);
    expect(fixed.out()).toContain("Reported by reading the input.");
    expect(fixed.out()).toContain("It cannot be configured (only error): kubectl refuses the whole file");
    expect(fixed.out()).toContain("No suppression can hide it.");
    const selector = captureIo();
    await runExplain(["selector-mismatch"], selector.io);
    expect(selector.out()).toContain("Reported by the API server's validation.");
    expect(selector.out()).toContain("Bad — matchLabels with a value the template does not carry:");
    expect(selector.out()).toContain("rules:\n      selector-mismatch: off\n");
    expect(selector.out()).toContain("# dslint-disable-next-line selector-mismatch -- <why it does not apply>");
    const rule = captureIo();
    await runExplain(["pod-security"], rule.io);
    expect(rule.out().replace(/\s+/g, " ")).toContain("The top-level setting podSecurity gives its options (level, version), and naming level there turns it on");
  });
});
