import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, checkText } from "../src/check.js";
import type { RuleSetting } from "../src/config/config.js";
import { onlyRule } from "./only-rule.js";

// What the rules' own examples cannot show: several files in one run, and
// the configured severity of a finding another stage produces.

function daemonSet(name: string, namespace: string | undefined, labels: string, extra = ""): string {
  return `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: ${name}${namespace ? `, namespace: ${namespace}` : ""}}
spec:
  selector: {matchLabels: {${labels}}}
  template:
    metadata: {labels: {${labels}}}
    spec:${extra}
      containers:
        - name: agent
          image: example/agent:1.0
`;
}

async function checkFiles(files: Record<string, string>, id: string, setting: RuleSetting) {
  const dir = mkdtempSync(join(tmpdir(), "dslint-ops-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const result = await check(Object.keys(files), { cwd: dir, config: onlyRule(id, setting, dir) });
  return result.findings.filter((f) => f.ruleId === id);
}

describe("overlapping-selectors across files", () => {
  const setting: RuleSetting = { severity: "warning" };

  it("reports DaemonSets of one namespace in different files, naming the other file", async () => {
    const found = await checkFiles({ "a.yaml": daemonSet("agent-linux", "kube-system", "app: agent"), "b.yaml": daemonSet("agent-windows", "kube-system", "app: agent") }, "overlapping-selectors", setting);
    expect(found.map((f) => [f.file, f.line, f.column])).toEqual([
      ["a.yaml", 5, 3],
      ["b.yaml", 5, 3],
    ]);
    expect(found[0]!.message).toContain('DaemonSet "kube-system/agent-windows" (in b.yaml)');
  });

  it("compares within each file only when acrossFiles is off", async () => {
    const found = await checkFiles(
      { "a.yaml": daemonSet("agent-linux", "kube-system", "app: agent"), "b.yaml": daemonSet("agent-windows", "kube-system", "app: agent") },
      "overlapping-selectors",
      { severity: "warning", options: { acrossFiles: false } },
    );
    expect(found).toEqual([]);
  });

  it("never compares DaemonSets without a namespace across files, nor one object written twice", async () => {
    const found = await checkFiles(
      {
        "a.yaml": daemonSet("agent", undefined, "app: agent"),
        "b.yaml": daemonSet("other-agent", undefined, "app: agent"),
        "c.yaml": daemonSet("fluentd", "logging", "app: fluentd"),
        "d.yaml": daemonSet("fluentd", "logging", "app: fluentd"),
      },
      "overlapping-selectors",
      setting,
    );
    expect(found).toEqual([]);
  });
});

describe("unknown-priority-class across files", () => {
  const withClass = (name: string) => daemonSet("agent", "kube-system", "app: agent", `\n      priorityClassName: ${name}`);
  const priorityClass = `apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: node-agents}
value: 1000000
`;

  it("sees a PriorityClass defined in another file", async () => {
    const found = await checkFiles({ "classes.yaml": priorityClass, "agent.yaml": withClass("node-agents") }, "unknown-priority-class", {
      severity: "warning",
      options: { requireDefinedInInput: true },
    });
    expect(found).toEqual([]);
  });

  it("suggests a class defined in another file for a near miss", async () => {
    const found = await checkFiles({ "classes.yaml": priorityClass, "agent.yaml": withClass("node-agent") }, "unknown-priority-class", { severity: "warning" });
    expect(found.map((f) => [f.file, f.line, f.column])).toEqual([["agent.yaml", 9, 26]]);
    expect(found[0]!.message).toContain('did you mean "node-agents"?');
  });
});

describe("selector-mismatch, reported by API validation", () => {
  const mismatch = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: kube-system}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent-v2}}
    spec:
      containers:
        - name: agent
          image: example/agent:1.0
`;

  it("takes the configured severity", async () => {
    const result = await checkText(mismatch, "ds.yaml", { config: onlyRule("selector-mismatch", { severity: "warning" }) });
    expect(result.findings.filter((f) => f.ruleId === "selector-mismatch").map((f) => f.severity)).toEqual(["warning"]);
  });

  it("is dropped when the rule is off", async () => {
    const result = await checkText(mismatch, "ds.yaml", { config: onlyRule("selector-mismatch", { severity: "off" }) });
    expect(result.findings.filter((f) => f.ruleId === "selector-mismatch")).toEqual([]);
  });
});

describe("surge-with-host-port", () => {
  const withStrategy = (strategy: string) =>
    daemonSet("node-exporter", "monitoring", "app: node-exporter", "\n      hostNetwork: true")
      .replace("spec:\n  selector", `spec:\n  updateStrategy: ${strategy}\n  selector`)
      .replace("image: example/agent:1.0", "image: example/agent:1.0\n          ports: [{containerPort: 9100}]");

  it.each([
    ["a zero percent surge", '{type: RollingUpdate, rollingUpdate: {maxSurge: "0%", maxUnavailable: 1}}'],
    ["an OnDelete strategy with a leftover maxSurge", "{type: OnDelete, rollingUpdate: {maxSurge: 1, maxUnavailable: 0}}"],
  ])("does not report %s", async (_name, strategy) => {
    const result = await checkText(withStrategy(strategy), "ds.yaml", { config: onlyRule("surge-with-host-port", { severity: "error" }) });
    expect(result.findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});
