import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, checkText } from "../src/check.js";
import type { RuleSetting } from "../src/config/config.js";
import { daemonSetYaml, ONE_CONTAINER, onlyRule } from "./helpers.js";

// What the rules' own examples cannot show: several files in one run, and
// the configured severity of a finding another stage produces.

async function checkFiles(files: Record<string, string>, id: string, setting: RuleSetting) {
  const dir = mkdtempSync(join(tmpdir(), "dslint-ops-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const result = await check(Object.keys(files), { cwd: dir, config: await onlyRule(id, setting, dir) });
  return result.findings.filter((f) => f.ruleId === id);
}

describe("overlapping-selectors across files", () => {
  const setting: RuleSetting = { severity: "warning" };

  it("reports DaemonSets of one namespace in different files, naming the other file", async () => {
    const found = await checkFiles({ "a.yaml": daemonSetYaml(undefined, { name: "agent-linux", labels: "app: agent" }), "b.yaml": daemonSetYaml(undefined, { name: "agent-windows", labels: "app: agent" }) }, "overlapping-selectors", setting);
    expect(found.map((f) => [f.file, f.line, f.column])).toEqual([
      ["a.yaml", 7, 3],
      ["b.yaml", 7, 3],
    ]);
    expect(found[0]!.message).toContain('DaemonSet "kube-system/agent-windows" (in b.yaml)');
  });

  it("compares within each file only when acrossFiles is off", async () => {
    const found = await checkFiles(
      { "a.yaml": daemonSetYaml(undefined, { name: "agent-linux", labels: "app: agent" }), "b.yaml": daemonSetYaml(undefined, { name: "agent-windows", labels: "app: agent" }) },
      "overlapping-selectors",
      { severity: "warning", options: { acrossFiles: false } },
    );
    expect(found).toEqual([]);
  });

  it("never compares DaemonSets without a namespace across files, nor one object written twice", async () => {
    const found = await checkFiles(
      {
        "a.yaml": daemonSetYaml(undefined, { namespace: null }),
        "b.yaml": daemonSetYaml(undefined, { name: "other-agent", namespace: null, labels: "app: agent" }),
        "c.yaml": daemonSetYaml(undefined, { name: "fluentd", namespace: "logging" }),
        "d.yaml": daemonSetYaml(undefined, { name: "fluentd", namespace: "logging" }),
      },
      "overlapping-selectors",
      setting,
    );
    expect(found).toEqual([]);
  });
});

describe("unknown-priority-class across files", () => {
  const withClass = (name: string) => daemonSetYaml(`priorityClassName: ${name}\n${ONE_CONTAINER}`);
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
    expect(found.map((f) => [f.file, f.line, f.column])).toEqual([["agent.yaml", 12, 26]]);
    expect(found[0]!.message).toContain('did you mean "node-agents"?');
  });
});

describe("selector-mismatch, reported by API validation", () => {
  const mismatch = daemonSetYaml().replace("      labels: {app: agent}", "      labels: {app: agent-v2}");

  it("takes the configured severity", async () => {
    const result = await checkText(mismatch, "ds.yaml", { config: await onlyRule("selector-mismatch", { severity: "warning" }) });
    expect(result.findings.filter((f) => f.ruleId === "selector-mismatch").map((f) => f.severity)).toEqual(["warning"]);
  });

  it("is dropped when the rule is off", async () => {
    const result = await checkText(mismatch, "ds.yaml", { config: await onlyRule("selector-mismatch", { severity: "off" }) });
    expect(result.findings.filter((f) => f.ruleId === "selector-mismatch")).toEqual([]);
  });
});

describe("surge-with-host-port", () => {
  const withStrategy = (strategy: string) =>
    daemonSetYaml("hostNetwork: true\ncontainers: [{name: agent, image: example/agent:1.0, ports: [{containerPort: 9100}]}]", { name: "node-exporter", namespace: "monitoring" }).replace(
      "spec:\n  selector",
      `spec:\n  updateStrategy: ${strategy}\n  selector`,
    );

  it.each([
    ["a zero percent surge", '{type: RollingUpdate, rollingUpdate: {maxSurge: "0%", maxUnavailable: 1}}'],
    ["an OnDelete strategy with a leftover maxSurge", "{type: OnDelete, rollingUpdate: {maxSurge: 1, maxUnavailable: 0}}"],
  ])("does not report %s", async (_name, strategy) => {
    const result = await checkText(withStrategy(strategy), "ds.yaml", { config: await onlyRule("surge-with-host-port", { severity: "error" }) });
    expect(result.findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});
