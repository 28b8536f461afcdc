import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { unknownVersionMessage } from "../src/k8s/versions.js";
import { corpusDaemonSets } from "./data.js";
import { runDslint } from "./dslint-process.js";

const root = resolve(import.meta.dirname, "..");

const dslint = runDslint;

const GOOD = readFileSync(join(root, "examples", "manifests", "node-exporter.yaml"), "utf8");

describe("dslint check (command line)", () => {
  it("exits 0 on a good manifest and prints a summary", () => {
    const r = dslint(["check", "-", "--stdin-filename", "good.yaml"], { input: GOOD });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/(no problems|0 errors).*1 DaemonSet in 1 file/);
  });

  it("exits 1 on errors and reports file:line:column in stylish output", () => {
    const r = dslint(["check", "examples/manifests/log-shipper.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("examples/manifests/log-shipper.yaml");
    expect(r.stdout).toMatch(/13:7\s+error\s+spec\.selector does not match the template labels.*selector-mismatch/);
    expect(r.stderr).toBe("");
  });

  it("prints the documented JSON shape", () => {
    const r = dslint(["check", "--format", "json", "examples/manifests/log-shipper.yaml"]);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(["findings", "summary"]);
    const selector = out.findings.find((f: { ruleId: string }) => f.ruleId === "selector-mismatch");
    expect(selector).toMatchObject({
      severity: "error",
      file: "examples/manifests/log-shipper.yaml",
      line: 13,
      column: 7,
      endLine: 13,
      path: "spec.template.metadata.labels",
      object: { kind: "DaemonSet", namespace: "logging", name: "log-shipper" },
      apiError: { field: "spec.template.metadata.labels", type: "Invalid" },
    });
    expect(out.summary).toMatchObject({ files: 1, documents: 1, daemonSets: 1 });
  });

  it("reads stdin with a reported file name", () => {
    const r = dslint(["check", "--format", "json", "-", "--stdin-filename", "charts/agent.yaml"], { input: "kind: DaemonSet\napiVersion: apps/v1beta2\nmetadata: {name: x}\n" });
    const out = JSON.parse(r.stdout);
    expect(r.code).toBe(1);
    expect(out.findings).toMatchObject([{ ruleId: "removed-api-version", file: "charts/agent.yaml", line: 2, column: 13 }]);
  });

  it("skips a DaemonSet of another API group as a custom resource, and holds Kubernetes' own to apps/v1", () => {
    const ds = (apiVersion: string, name: string) => `apiVersion: ${apiVersion}\nkind: DaemonSet\nmetadata: {name: ${name}}\nspec: {}\n`;
    const input = [
      ds("apps.kruise.io/v1alpha1", "kruise"), // OpenKruise's Advanced DaemonSet
      ds("apps/v1beta2", "old-apps"),
      ds("extensions/v1beta1", "old-extensions"),
      ds("apps/v2", "future"),
      ds("v1", "core"),
    ].join("---\n");
    const r = dslint(["check", "--format", "json", "-", "--stdin-filename", "mixed.yaml"], { input });
    const out = JSON.parse(r.stdout);
    const byObject = (name: string) => out.findings.filter((f: { object?: { name: string } }) => f.object?.name === name).map((f: { ruleId: string; line: number; column: number }) => `${f.line}:${f.column} ${f.ruleId}`);
    expect(byObject("kruise")).toEqual([]);
    expect(byObject("old-apps")).toEqual(["6:13 removed-api-version"]);
    expect(byObject("old-extensions")).toEqual(["11:13 removed-api-version"]);
    expect(byObject("future")).toEqual(["16:13 unknown-api-version"]);
    expect(byObject("core")).toEqual(["21:13 unknown-api-version"]);
    expect(out.summary).toMatchObject({ documents: 5, objects: 5, daemonSets: 4, skipped: 1 });
  });

  it("recognises a chart's template given alone and says how to check what it renders", () => {
    const dir = mkdtempSync(join(tmpdir(), "dslint-cli-"));
    mkdirSync(join(dir, "agent", "templates"), { recursive: true });
    writeFileSync(join(dir, "agent", "Chart.yaml"), "apiVersion: v2\nname: agent\nversion: 0.1.0\n");
    writeFileSync(join(dir, "agent", "templates", "ds.yaml"), "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  labels:\n    {{- include \"labels\" . | nindent 4 }}\n");
    const r = dslint(["check", "agent/templates/ds.yaml"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^agent\/Chart\.yaml\n {2}1:1 {2}info {5}Helm chart: .* {2}helm-chart\n {7}fix: check what it renders: helm template agent \| dslint check -\n/);
    expect(r.stdout).not.toContain("yaml-syntax");
  });

  it("--quiet drops warnings, --max-warnings counts them", () => {
    const dir = mkdtempSync(join(tmpdir(), "dslint-cli-"));
    writeFileSync(join(dir, "good.yaml"), GOOD);
    expect(dslint(["check", "--quiet", "good.yaml"], { cwd: dir }).code).toBe(0);
    expect(dslint(["check", "--max-warnings", "0", "good.yaml"], { cwd: dir }).code).toBe(0);
  });

  it("keeps checking other files when one is unreadable or broken", () => {
    const dir = mkdtempSync(join(tmpdir(), "dslint-cli-"));
    writeFileSync(join(dir, "broken.yaml"), "a: [\n");
    writeFileSync(join(dir, "good.yaml"), GOOD);
    // Exists, cannot be read (a permission test would not hold for root).
    symlinkSync("loop.yaml", join(dir, "loop.yaml"));
    const r = dslint(["check", "--format", "json", "loop.yaml", "broken.yaml", "good.yaml"], { cwd: dir });
    const out = JSON.parse(r.stdout);
    expect(r.code).toBe(1);
    expect(out.findings.map((f: { file: string; ruleId: string }) => [f.file, f.ruleId])).toEqual([
      ["loop.yaml", "unreadable-path"],
      ["broken.yaml", "yaml-syntax"],
    ]);
    expect(out.summary.daemonSets).toBe(1);
  });

  it("exits 2 with one line for usage errors, never a stack trace", () => {
    for (const args of [["check", "--kubernetes-version", "1.99", "x.yaml"], ["check", "--bogus"], ["frobnicate"], ["check", "--format", "xml", "x.yaml"], ["check"], ["check", "--threads", "many", "x.yaml"]]) {
      const r = dslint(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
      expect(r.stderr).toMatch(/^dslint: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(dslint(["check", "--kubernetes-version", "1.99", "x.yaml"]).stderr).toContain(unknownVersionMessage("1.99"));
  });

  it("exits 2 on a broken configuration: one line per mistake, each with its position", () => {
    const dir = mkdtempSync(join(tmpdir(), "dslint-cli-config-"));
    writeFileSync(join(dir, ".dslint.yaml"), "kubernetesVersion: 1.3\nrules:\n  host-netwrk: off\n");
    const r = dslint(["check", "-"], { cwd: dir, input: GOOD });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toEqual([
      `dslint: .dslint.yaml:1:20: ${unknownVersionMessage("1.3")}`,
      'dslint: .dslint.yaml:3:3: unknown rule "host-netwrk"; did you mean "host-network"?',
    ]);
  });

  it("reports the same with worker threads as without, cross-document rules included", () => {
    // Real DaemonSets from public projects (attribution in test/corpus/SOURCES.md).
    const corpus = corpusDaemonSets;
    const inputs = [corpus, "examples/manifests"];
    const alone = dslint(["check", "--format", "json", "--threads", "0", ...inputs]);
    const threaded = dslint(["check", "--format", "json", "--threads", "2", ...inputs]);
    expect(alone.stderr).toBe("");
    expect(threaded.stderr).toBe("");
    expect([alone.code, threaded.code]).toEqual([1, 1]);
    const findings = JSON.parse(alone.stdout).findings as Array<{ ruleId: string }>;
    expect(findings.some((f) => f.ruleId === "overlapping-selectors")).toBe(true);
    expect(threaded.stdout).toBe(alone.stdout);
  }, 60_000);

  it("colours only when asked or on a terminal", () => {
    const plain = dslint(["check", "examples/manifests/log-shipper.yaml"]);
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    const forced = dslint(["check", "examples/manifests/log-shipper.yaml"], { env: { NO_COLOR: "", FORCE_COLOR: "1" } });
    expect(forced.stdout).toMatch(/\u001b\[/);
    const off = dslint(["check", "--no-color", "examples/manifests/log-shipper.yaml"], { env: { NO_COLOR: "", FORCE_COLOR: "1" } });
    expect(off.stdout).not.toMatch(/\u001b\[/);
  });

  it("selects the Kubernetes version", () => {
    const older = GOOD.replace("      containers:", "      hostnameOverride: x\n      containers:");
    const r36 = dslint(["check", "--format", "json", "-"], { input: older });
    const r27 = dslint(["check", "--format", "json", "--kubernetes-version", "v1.27.3", "-"], { input: older });
    const unknown = (r: { stdout: string }) => JSON.parse(r.stdout).findings.filter((f: { message: string }) => /hostnameOverride/.test(f.message));
    expect(unknown(r27)).toHaveLength(1);
    expect(unknown(r36)).toHaveLength(0);
  });
});
