import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../src/check.js";
import { SourceFinder } from "../src/load/sources.js";
import { loadDaemonSets } from "../src/simulate/load.js";

// Helm charts and kustomizations: their templates and patches are not
// manifests until rendered (src/load/sources.ts).

const root = resolve(import.meta.dirname, "..");
const GOOD = readFileSync(join(root, "examples", "manifests", "node-exporter.yaml"), "utf8");

const TEMPLATE = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: {{ include "agent.fullname" . }}
  labels:
    {{- include "agent.labels" . | nindent 4 }}
spec:
  template:
    spec:
      containers:
        - name: agent
          image: {{ .Values.image }}
`;

const PATCH = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-exporter
spec:
  template:
    spec:
      containers:
        - name: node-exporter
          image: example/node-exporter:2
`;

/** A repository with a chart (and a subchart), a kustomize base and overlay, and plain manifests. */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), "dslint-sources-"));
  const files: Record<string, string> = {
    "charts/agent/Chart.yaml": "apiVersion: v2\nname: agent\nversion: 0.1.0\n",
    "charts/agent/values.yaml": "image: example/agent:1.0\n",
    "charts/agent/values-prod.yaml": "image: [\n",
    "charts/agent/templates/daemonset.yaml": TEMPLATE,
    "charts/agent/templates/nested/configmap.yaml": "{{- if .Values.config }}\nkind: ConfigMap\n{{- end }}\n",
    "charts/agent/charts/sub/Chart.yaml": "apiVersion: v2\nname: sub\nversion: 0.1.0\n",
    "charts/agent/charts/sub/templates/ds.yaml": TEMPLATE,
    // Plain manifests Helm installs as they are: linted.
    "charts/agent/crds/settings.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: s}\ndata:\n  a: 1\n  a: 2\n",
    "base/kustomization.yaml": "resources:\n- node-exporter.yaml\n",
    "base/node-exporter.yaml": GOOD,
    "overlays/prod/kustomization.yaml": [
      "apiVersion: kustomize.config.k8s.io/v1beta1",
      "kind: Kustomization",
      "resources: [../../base]",
      "patches:",
      "- path: patches/image.yaml",
      "patchesStrategicMerge:",
      "- strategic.yaml",
      "- |-",
      "  apiVersion: v1",
      "  kind: ConfigMap",
      "patchesJson6902:",
      "- path: json.yaml",
      "  target: {kind: DaemonSet, name: node-exporter}",
      "",
    ].join("\n"),
    "overlays/prod/patches/image.yaml": PATCH,
    "overlays/prod/strategic.yaml": PATCH,
    "overlays/prod/json.yaml": "- op: replace\n  path: /spec\n  value: {a: 1\n",
    "overlays/staging/Kustomization": "resources: [../../base]\n",
    "plain/daemonset.yaml": GOOD,
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("SourceFinder", () => {
  it("tells chart files, kustomizations and their patches from manifests", () => {
    const dir = repository();
    const finder = new SourceFinder();
    const of = (name: string) => {
      const found = finder.sourceOf(join(dir, name));
      return found && { kind: found.source.kind, at: found.source.file.slice(dir.length + 1), checkSyntax: found.checkSyntax };
    };
    expect(of("charts/agent/Chart.yaml")).toEqual({ kind: "helm-chart", at: "charts/agent/Chart.yaml", checkSyntax: true });
    expect(of("charts/agent/values-prod.yaml")).toEqual({ kind: "helm-chart", at: "charts/agent/Chart.yaml", checkSyntax: true });
    expect(of("charts/agent/templates/nested/configmap.yaml")).toEqual({ kind: "helm-chart", at: "charts/agent/Chart.yaml", checkSyntax: false });
    // A subchart is rendered with its parent.
    expect(of("charts/agent/charts/sub/templates/ds.yaml")).toEqual({ kind: "helm-chart", at: "charts/agent/Chart.yaml", checkSyntax: false });
    expect(of("charts/agent/crds/settings.yaml")).toBeUndefined();
    expect(of("overlays/prod/kustomization.yaml")).toEqual({ kind: "kustomization", at: "overlays/prod/kustomization.yaml", checkSyntax: true });
    expect(of("overlays/staging/Kustomization")).toEqual({ kind: "kustomization", at: "overlays/staging/Kustomization", checkSyntax: true });
    for (const patch of ["overlays/prod/patches/image.yaml", "overlays/prod/strategic.yaml", "overlays/prod/json.yaml"]) {
      expect(of(patch), patch).toEqual({ kind: "kustomization", at: "overlays/prod/kustomization.yaml", checkSyntax: true });
    }
    // What a kustomization lists as resources is an ordinary manifest.
    expect(of("base/node-exporter.yaml")).toBeUndefined();
    expect(of("plain/daemonset.yaml")).toBeUndefined();
  });
});

describe("dslint check on charts and kustomizations", () => {
  it("gives each chart and kustomization one info finding with the command that checks what it renders", async () => {
    const dir = repository();
    const result = await check(["."], { cwd: dir });
    const summary = result.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}${f.fix ? ` (${f.fix})` : ""}`);
    expect(summary).toEqual([
      "base/kustomization.yaml:1:1 info kustomization (check what it builds: kubectl kustomize base | dslint check -)",
      "charts/agent/Chart.yaml:1:1 info helm-chart (check what it renders: helm template charts/agent | dslint check -)",
      "charts/agent/crds/settings.yaml:6:3 error duplicate-key (remove one of the two entries or merge them)",
      "charts/agent/values-prod.yaml:2:1 error yaml-syntax",
      "overlays/prod/json.yaml:4:1 error yaml-syntax",
      "overlays/prod/kustomization.yaml:1:1 info kustomization (check what it builds: kubectl kustomize overlays/prod | dslint check -)",
      "overlays/staging/Kustomization:1:1 info kustomization (check what it builds: kubectl kustomize overlays/staging | dslint check -)",
    ]);
    expect(result.findings.find((f) => f.ruleId === "helm-chart")?.message).toMatch(/^Helm chart: its templates are manifests only once rendered/);
    // The resources are linted (node-exporter is clean), templates and patches are not.
    expect(result.summary).toMatchObject({ files: 16, daemonSets: 2, skipped: 1, errors: 3, infos: 4 });
  });

  it("recognises a template given alone, as pre-commit passes it, by its chart's Chart.yaml", async () => {
    const dir = repository();
    const result = await check(["charts/agent/charts/sub/templates/ds.yaml", "overlays/prod/patches/image.yaml"], { cwd: join(dir) });
    expect(result.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      "charts/agent/Chart.yaml:1:1 helm-chart",
      "overlays/prod/kustomization.yaml:1:1 kustomization",
    ]);
    // From inside the chart, the command names the chart's folder.
    const inside = await check(["templates/daemonset.yaml"], { cwd: join(dir, "charts", "agent") });
    expect(inside.findings).toMatchObject([{ ruleId: "helm-chart", file: "Chart.yaml", fix: "check what it renders: helm template . | dslint check -" }]);
  });

  it("checks stdin as what was rendered, whatever its name", async () => {
    const dir = repository();
    const result = await check(["-"], { cwd: dir, stdin: { text: TEMPLATE.replace(/\{\{[^}]*\}\}/g, "agent"), filename: "charts/agent/templates/daemonset.yaml" } });
    expect(result.findings.some((f) => f.ruleId === "helm-chart")).toBe(false);
    expect(result.summary.daemonSets).toBe(1);
    expect(result.findings.some((f) => f.ruleId === "selector-mismatch")).toBe(true);
  });

  it("reads a {{ }} file outside any chart as the YAML it is not yet, and says why it fails", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dslint-sources-"));
    writeFileSync(join(dir, "templated.yaml"), TEMPLATE);
    const result = await check(["templated.yaml"], { cwd: dir });
    expect(result.findings.length).toBeGreaterThan(0);
    for (const f of result.findings) {
      expect(f).toMatchObject({ ruleId: "yaml-syntax", fix: expect.stringMatching(/^the document holds \{\{ \}\} template actions, which are not YAML/) });
    }
    expect(result.findings[0]).toMatchObject({ line: 6, column: 7 });
  });
});

describe("dslint simulate on charts and kustomizations", () => {
  it("leaves their files out with one note each, and simulates the manifests", () => {
    const dir = repository();
    const loaded = loadDaemonSets(["."], { cwd: dir });
    expect(loaded.daemonSets.map((d) => d.file)).toEqual(["base/node-exporter.yaml", "plain/daemonset.yaml"]);
    expect(loaded.notes).toHaveLength(4);
    expect(loaded.notes[1]).toBe(
      "charts/agent/Chart.yaml: Helm chart: its templates are manifests only once rendered, so they are not simulated as they are; simulate what it renders: helm template charts/agent | dslint simulate - --nodes FILE",
    );
  });
});
