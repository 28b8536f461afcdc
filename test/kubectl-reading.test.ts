/**
 * What kubectl reads is what dslint checks, end to end: a manifest only
 * go-yaml reads (a real CSI driver's layout) is linted in full, what kubectl
 * rejects is an error, and a null in a map of strings selects as the empty
 * string does for the API server.
 */
import { describe, expect, it } from "vitest";
import { checkText, simulate } from "../src/index.js";
import { parseManifests } from "../src/load/parse.js";

// The layout of a Manila CSI node plugin found in the wild: the quoted
// command continues at its key's column, which YAML 1.2 parsers reject.
const MANILA = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: csi-nodeplugin
spec:
  selector:
    matchLabels: {app: csi}
  template:
    metadata:
      labels: {app: csi}
    spec:
      containers:
        - name: nodeplugin
          image: registry.example.com/csi/manila:v1.2.3
          securityContext:
            privileged: true
            capabilities:
              add: ["SYS_ADMIN"]
          command: [
            "/bin/sh", "-c",
            'rm -rf /a
          /b'
            ]
`;

describe("reading as kubectl reads", () => {
  it("lints a manifest only go-yaml reads, and warns that other YAML tools reject it", async () => {
    const result = await checkText(MANILA, "manila.yaml");
    const ids = result.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`);
    expect(ids).toContain("16:25 privileged-container");
    expect(ids).toContain("22:11 yaml-portability");
    expect(result.findings.filter((f) => f.ruleId === "yaml-syntax")).toEqual([]);
    const [object] = parseManifests(MANILA, "manila.yaml").objects;
    expect((object!.value as any).spec.template.spec.containers[0].command).toEqual(["/bin/sh", "-c", "rm -rf /a /b"]);
  });

  it("reports what kubectl cannot read at its position, and checks the other documents", async () => {
    const text = `a: 1\n\t# a tab before a comment\n---\n${MANILA.replace("privileged: true", "privileged: .inf")}---\nkind: ConfigMap\napiVersion: v1\ndata: {~: x}\n`;
    const loaded = parseManifests(text, "bad.yaml");
    expect(loaded.findings.filter((f) => f.ruleId === "yaml-syntax").map((f) => [f.line, f.column, f.message])).toEqual([
      [2, 1, "YAML syntax error: found a tab character that violates indentation (while scanning a plain scalar); kubectl cannot read this document"],
      [19, 25, "kubectl cannot convert this document to JSON: json: unsupported value: +Inf (JSON has no infinity or NaN)"],
      [30, 8, "kubectl cannot convert this document to JSON: unsupported map key: a null key (~, null or nothing) has no JSON form"],
    ]);
  });

  it("stops where kubectl stops: a --- line with content after it", () => {
    const loaded = parseManifests("a: 1\n---\nb: 2\n--- {c: 3}\nd: 4\n", "sep.yaml");
    expect(loaded.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([["yaml-syntax", 4, 1]]);
    // kubectl reads no further, but every document is checked: the broken line begins the next one.
    expect(loaded.objects.map((o) => o.value)).toEqual([{ a: 1 }, { b: 2 }, { c: 3 }]);
    const marker = parseManifests("a: 1\n--- # fine\nb: 2\n--- |\n  text\n", "sep.yaml");
    expect(marker.findings.map((f) => [f.ruleId, f.line])).toEqual([["yaml-syntax", 4]]);
    expect(marker.objects.map((o) => o.value)).toEqual([{ a: 1 }, { b: 2 }, "text\n"]);
  });

  it("reads a null in a map of strings as the empty string, and places the DaemonSet as the API server would", () => {
    const [object] = parseManifests(`${MANILA.replace("      containers:", "      nodeSelector: {disk: }\n      containers:")}`, "ns.yaml").objects;
    const spec = (object!.value as any).spec.template.spec;
    expect(spec.nodeSelector).toEqual({ disk: "" });
    const node = (name: string, labels: Record<string, string>) => ({ kind: "Node", metadata: { name, labels }, status: { allocatable: { cpu: "4", memory: "8Gi", pods: "110" } } });
    const placed = simulate(object!.value, [node("labelled", { disk: "" }), node("plain", {})]);
    expect(placed.nodes.map((n) => [n.node, n.placement])).toEqual([
      ["labelled", "runs"],
      ["plain", "excluded"],
    ]);
  });

  it("drops other explicit nulls, as Go's decoding into a struct leaves the field unset", () => {
    const [object] = parseManifests("kind: DaemonSet\nmetadata: {name: x, labels: {a: ~}, namespace: ~}\nspec: ~\n", "n.yaml").objects;
    expect(object!.value).toEqual({ kind: "DaemonSet", metadata: { name: "x", labels: { a: "" } } });
  });
});
