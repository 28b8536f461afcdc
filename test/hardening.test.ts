import { describe, expect, it } from "vitest";
import { checkText } from "../src/check.js";
import { DEFAULT_VERSION } from "../src/k8s/versions.js";
import { parseManifests } from "../src/load/parse.js";
import { DaemonSetView } from "../src/rules/view.js";
import { boundedEditDistance } from "../src/schema/suggest.js";
import type { Finding } from "../src/finding.js";
import { rangeProblem } from "./fuzz/invariants.js";
import { daemonSetYaml, ONE_CONTAINER } from "./helpers.js";

// Inputs the fuzz harness (test/fuzz/) found a defect with, minimised.

/** The whole table of edits (insert, delete, substitute, swap two neighbours) turning `a` into `b`: what the bounded distance must agree with. */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

function outside(findings: readonly Finding[], text: string): string[] {
  return findings.flatMap((f) => rangeProblem(f, text) ?? []);
}

describe("positions inside the file", () => {
  it("a syntax error at the end of a CRLF file stays on its last line", async () => {
    const text = "  y:\r\n  m";
    const { findings } = await checkText(text, "x.yaml");
    expect(findings.map((f) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn])).toEqual([["yaml-syntax", 2, 4, 2, 4]]);
    expect(outside(findings, text)).toEqual([]);
  });

  it("an empty block scalar on a last line without a line break: findings end on that line, whichever reader reads it", async () => {
    for (const text of ["apiVersion: >", "apiVersion: |", "kind: DaemonSet\napiVersion: >-", '{"apiVersion": 1}']) {
      const { findings } = await checkText(text, "x.yaml");
      expect(findings.length, text).toBeGreaterThan(0);
      expect(outside(findings, text), text).toEqual([]);
    }
    const { findings } = await checkText("apiVersion: >", "x.yaml");
    expect(findings.map((f) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn])).toEqual([
      ["missing-kind", 1, 1, 1, 14],
      ["missing-api-version", 1, 13, 1, 14],
    ]);
  });
});

describe("one clear finding", () => {
  it("a NUL byte in a comment: one yaml-syntax finding at the byte, in go-yaml's words", async () => {
    const text = `${daemonSetYaml()}# note \u0000 here\n`;
    const { findings } = await checkText(text, "x.yaml");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: "yaml-syntax", line: 13, column: 8, endLine: 13, endColumn: 9 });
    expect(findings[0]!.message).toContain("control characters are not allowed");
  });
});

describe("keys named like Object.prototype members", () => {
  it("a template label or annotation named __proto__ is an entry of the rules' label maps", () => {
    const text = daemonSetYaml(undefined, { labels: 'app: x, "__proto__": v', templateMetadata: 'annotations: {"__proto__": z, constructor: w}' });
    const [object] = parseManifests(text, "x.yaml").objects;
    const view = new DaemonSetView(object!, DEFAULT_VERSION);
    expect(Object.entries(view.templateLabels)).toEqual([["app", "x"], ["__proto__", "v"]]);
    expect(Object.getPrototypeOf(view.templateLabels)).toBe(Object.prototype);
    expect(Object.entries(view.templateAnnotations)).toEqual([["__proto__", "z"], ["constructor", "w"]]);
  });
});

describe("anchors and aliases", () => {
  it("a null under an anchor shared by labels-like and other fields: each occurrence decoded on its own, by both readers", () => {
    const text = `apiVersion: v1
kind: DaemonSet
metadata:
  annotations: &l
    b:
  name: x
spec:
  template:
    spec:
      nodeSelector: *l
  other: *l
`;
    const expected = { apiVersion: "v1", kind: "DaemonSet", metadata: { annotations: { b: "" }, name: "x" }, spec: { template: { spec: { nodeSelector: { b: "" } } }, other: {} } };
    expect(parseManifests(text, "x.yaml").objects[0]!.value).toEqual(expected);
    expect(parseManifests(text, "x.yaml", { fastReader: false }).objects[0]!.value).toEqual(expected);
  });
});

describe("scale", () => {
  it("8,000 DaemonSets sharing a selector in one file: a few seconds, one overlapping-selectors finding each", { timeout: 60_000 }, async () => {
    const text = Array.from({ length: 8000 }, (_, i) => daemonSetYaml(undefined, { name: `a${i}`, labels: "app: x" })).join("---\n");
    const { findings } = await checkText(text, "x.yaml");
    const overlaps = findings.filter((f) => f.ruleId === "overlapping-selectors");
    expect(overlaps).toHaveLength(8000);
    expect(overlaps[0]!.message).toMatch(/^7999 other DaemonSets in this namespace share pods with this one .*: "a1" \(in this file\), "a2" \(in this file\), "a3" \(in this file\), "a4" \(in this file\), "a5" \(in this file\) and 7994 more;/);
    expect(overlaps[7999]!.message).toContain('"a0" (in this file), "a1" (in this file)');
  });

  it("8,000 DaemonSets on one host port: seconds, one overlapping-host-ports finding each; pinned to their own nodes, none", { timeout: 60_000 }, async () => {
    const one = (i: number, podSpec: string) => daemonSetYaml(`${podSpec}\ncontainers: [{name: e, image: example/e:1, ports: [{containerPort: 9100, hostPort: 9100}]}]`, { name: `a${i}` });
    const shared = await checkText(Array.from({ length: 8000 }, (_, i) => one(i, "hostNetwork: false")).join("---\n"), "x.yaml");
    const conflicts = shared.findings.filter((f) => f.ruleId === "overlapping-host-ports");
    expect(conflicts).toHaveLength(8000);
    expect(conflicts[0]!.message).toMatch(/^host port 9100\/TCP is also taken by 7999 other DaemonSets .*"kube-system\/a1" \(in this file\).* and 7994 more;/);
    const pinned = await checkText(Array.from({ length: 2000 }, (_, i) => one(i, `nodeSelector: {kubernetes.io/hostname: node-${i}}`)).join("---\n"), "x.yaml");
    expect(pinned.findings.filter((f) => f.ruleId === "overlapping-host-ports")).toEqual([]);
  });

  it("8,000 DaemonSets naming ConfigMaps and ServiceAccounts among 8,000 defined: seconds, without suggestions among so many", { timeout: 60_000 }, async () => {
    const parts: string[] = [];
    for (let i = 0; i < 8000; i++) {
      parts.push(`apiVersion: v1\nkind: ConfigMap\nmetadata: {name: config-${i}, namespace: kube-system}\ndata: {a: b}\n`);
      parts.push(`apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: account-${i}, namespace: kube-system}\n`);
      parts.push(daemonSetYaml(`serviceAccountName: account-${i}x\n${ONE_CONTAINER}\nvolumes: [{name: c, configMap: {name: config-${i}x}}]`, { name: `a${i}` }));
    }
    const { findings } = await checkText(parts.join("---\n"), "x.yaml");
    expect(findings.filter((f) => f.ruleId === "unknown-service-account")).toHaveLength(8000);
    const configs = findings.filter((f) => f.ruleId === "unknown-configmap-or-secret");
    expect(configs).toHaveLength(8000);
    expect(configs[0]!.message).toContain('"config-0", "config-1", "config-10", "config-100", "config-1000" and 7995 more: the kubelet');
  });

  it("a value of 300,000 characters where an enumeration is expected: no did-you-mean over every character", async () => {
    const text = daemonSetYaml(`containers: [{name: c, image: "nginx:1.27", imagePullPolicy: ${"é".repeat(300_000)}}]`);
    const { findings } = await checkText(text, "x.yaml");
    expect(findings.some((f) => f.path === "spec.template.spec.containers[0].imagePullPolicy")).toBe(true);
  });

  it("1,000 DaemonSets with mistyped priority classes among 1,000 defined: a suggestion each, in seconds", { timeout: 60_000 }, async () => {
    const parts: string[] = [];
    for (let i = 0; i < 1000; i++) {
      parts.push(`apiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata: {name: cls-${i}}\nvalue: 1000\n`);
      parts.push(daemonSetYaml(`priorityClassName: cls-${i}x\n${ONE_CONTAINER}`, { name: `a${i}` }));
    }
    const { findings } = await checkText(parts.join("---\n"), "x.yaml");
    const unknown = findings.filter((f) => f.ruleId === "unknown-priority-class");
    expect(unknown[0]!.message).toContain('did you mean "cls-0"?');
  });

  it("the bounded edit distance is the edit distance wherever it is within the bound", () => {
    const words = ["", "a", "ab", "ba", "abc", "acb", "kitten", "sitting", "flaw", "lawn", "OnFailure", "onfailur", "system-node-critical", "sytem-node-critcal"];
    for (const a of words) for (const b of words) for (const bound of [0, 1, 2, 3, 4]) {
      const exact = editDistance(a, b);
      const bounded = boundedEditDistance(a, b, bound);
      if (exact <= bound) expect(bounded).toBe(exact);
      else expect(bounded).toBeGreaterThan(bound);
    }
  });

  it("8,000 DaemonSets each with a suppression comment and annotation: seconds, and each suppression applies to its own", { timeout: 60_000 }, async () => {
    const one = (i: number) =>
      daemonSetYaml(`# dslint-disable-next-line host-network -- node agent\nhostNetwork: true\n${ONE_CONTAINER}`, {
        name: `a${i}`,
        metadata: 'annotations: {ignore-check.dslint.io/run-as-root: "agent"}',
      });
    const { findings } = await checkText(Array.from({ length: 8000 }, (_, i) => one(i)).join("---\n"), "x.yaml");
    expect(findings.filter((f) => ["run-as-root", "host-network", "unused-suppression", "invalid-suppression"].includes(f.ruleId))).toEqual([]);
    expect(findings.filter((f) => f.ruleId === "missing-seccomp-profile")).toHaveLength(8000);
  });

  it("130,000 findings in one object are reported, not a stack overflow", { timeout: 60_000 }, async () => {
    const volumes = Array.from({ length: 130_000 }, () => `{name: v, hostPath: {path: rel}}`).join(", ");
    const { findings } = await checkText(daemonSetYaml(`${ONE_CONTAINER}\nvolumes: [${volumes}]`), "x.yaml");
    expect(findings.filter((f) => f.ruleId === "api-validation").length).toBeGreaterThan(120_000);
  });
});

describe("maps of many keys", () => {
  it("a ConfigMap of 300,000 keys is checked for duplicate keys in linear time, by both readers", { timeout: 30_000 }, () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n${Array.from({ length: 300_000 }, (_, i) => `  key${i}: "v"`).join("\n")}\n  key7: "again"\n`;
    for (const fastReader of [true, false]) {
      const loaded = parseManifests(text, "big.yaml", { fastReader });
      expect(loaded.findings.map((f) => [f.ruleId, f.line])).toEqual([["duplicate-key", 300_005]]);
    }
  });
});

describe("hostile YAML from the field", () => {
  it("a %TAG directive before ---: kubectl cuts the file there and cannot read the directive alone; the finding says so and the document after it is checked", async () => {
    const text = "%TAG !e! tag:example.com,2000:\n---\n" + daemonSetYaml();
    const { findings } = await checkText(text, "tag.yaml");
    const syntax = findings.filter((f) => f.ruleId === "yaml-syntax");
    expect(syntax).toEqual([expect.objectContaining({ line: 2, column: 1, fix: expect.stringMatching(/^remove the %YAML or %TAG directive/) })]);
    expect(findings.some((f) => f.ruleId !== "yaml-syntax" && f.line > 2)).toBe(true);
  });

  it("20,000 aliases in one flow sequence are read at once, as in block style", { timeout: 20_000 }, () => {
    const text = `a: &a x\nb: [${Array(20_000).fill("*a").join(", ")}]\n`;
    for (const fastReader of [true, false]) {
      const [object] = parseManifests(text, "aliases.yaml", { fastReader }).objects;
      expect((object!.value as { b: string[] }).b).toHaveLength(20_000);
    }
  });

  it("10,000 unclosed [ are one syntax error at the end of the text, inside it", () => {
    const loaded = parseManifests("[".repeat(10_000), "brackets.yaml");
    expect(loaded.findings.map((f) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn])).toEqual([["yaml-syntax", 1, 10_001, 1, 10_001]]);
  });
});
