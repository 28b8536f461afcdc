import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { corpusNodes } from "./data.js";
import { runDslint } from "./dslint-process.js";
import { checkText } from "../src/check.js";
import { simulate } from "../src/index.js";

const root = resolve(import.meta.dirname, "..");
const nodesFile = "examples/cluster-nodes.yaml";

const dslint = (args: string[], input = "") => runDslint(args, { input });

const GPU_AGENT = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: gpu-agent, namespace: kube-system}
spec:
  selector: {matchLabels: {app: gpu-agent}}
  template:
    metadata: {labels: {app: gpu-agent}}
    spec:
      nodeSelector: {nvidia.com/gpu.present: "true"}
      tolerations: [{key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}]
      containers:
        - name: agent
          image: example/gpu-agent:1.0
          resources: {requests: {cpu: "2", memory: 1Gi}}
`;

describe("dslint simulate", () => {
  it("prints a kubectl-style table with the reason for every excluded node", () => {
    const r = dslint(["simulate", "examples/manifests/node-exporter.yaml", "--nodes", nodesFile]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("DaemonSet monitoring/node-exporter (examples/manifests/node-exporter.yaml)");
    expect(r.stdout).toMatch(/^cp-1\s+runs\s*$/m);
    expect(r.stdout).toMatch(/^worker-4\s+runs\s*$/m); // cordoned: daemon pods tolerate unschedulable
    expect(r.stdout).toMatch(/^worker-5\s+excluded\s+node\.kubernetes\.io\/not-ready:NoSchedule is not tolerated \(a running pod is kept\)$/m);
    expect(r.stdout).toMatch(/^gpu-1\s+excluded\s+nvidia\.com\/gpu=present:NoSchedule is not tolerated/m);
    expect(r.stdout).toMatch(/^win-1\s+excluded\s+nodeSelector kubernetes\.io\/os=linux does not match: node has kubernetes\.io\/os=windows/m);
    expect(r.stdout).toMatch(/DESIRED\s+7 \(runs 7, pending 0\)/);
    expect(r.stdout).toMatch(/ROLLOUT\s+RollingUpdate: maxUnavailable 10% → 1, maxSurge 0; 7 waves/);
  });

  it("shows pending pods when resources do not fit, and filters rows with --only", () => {
    const r = dslint(["simulate", "-", "--nodes", nodesFile, "--only", "runs", "--format", "json"], GPU_AGENT.replace('cpu: "2"', 'cpu: "100"'));
    const out = JSON.parse(r.stdout);
    expect(out.daemonsets[0]).toMatchObject({ name: "gpu-agent", namespace: "kube-system", file: "<stdin>", nodes: [] });
    expect(out.daemonsets[0].summary).toMatchObject({ desired: 2, runs: 0, pending: 2, excluded: 10 });
    const all = JSON.parse(dslint(["simulate", "-", "--nodes", nodesFile, "--format", "json"], GPU_AGENT.replace('cpu: "2"', 'cpu: "100"')).stdout);
    const gpu1 = all.daemonsets[0].nodes.find((n: { node: string }) => n.node === "gpu-1");
    expect(gpu1).toMatchObject({ placement: "pending", shouldRun: true, shouldContinueRunning: true });
    expect(gpu1.reasons[0]).toMatchObject({ code: "InsufficientResource" });
  });

  it("--before prints the nodes a manifest change gains and loses", () => {
    const dir = mkdtempSync(join(tmpdir(), "dslint-sim-"));
    writeFileSync(join(dir, "old.yaml"), GPU_AGENT.replace('      nodeSelector: {nvidia.com/gpu.present: "true"}\n', ""));
    writeFileSync(join(dir, "new.yaml"), GPU_AGENT);
    const r = dslint(["simulate", join(dir, "new.yaml"), "--before", join(dir, "old.yaml"), "--nodes", nodesFile, "--format", "json"]);
    const diff = JSON.parse(r.stdout).daemonsets[0];
    expect(diff.summary).toMatchObject({ gains: 0, desiredBefore: 6, desiredAfter: 2 });
    expect(diff.changes.map((c: { node: string; change: string; evicted?: boolean }) => [c.node, c.change, c.evicted])).toEqual([
      ["worker-1", "loses", true],
      ["worker-2", "loses", true],
      ["worker-3", "loses", true],
      ["worker-4", "loses", true],
    ]);
  });

  it("--nodes-after prints what a change of the inventory does", () => {
    const inventory = parse(readFileSync(join(root, nodesFile), "utf8"));
    const edge = inventory.items.find((n: { metadata: { name: string } }) => n.metadata.name === "edge-1");
    edge.spec.taints = [];
    const dir = mkdtempSync(join(tmpdir(), "dslint-sim-"));
    writeFileSync(join(dir, "after.json"), JSON.stringify(inventory));
    const r = dslint(["simulate", "examples/manifests/node-exporter.yaml", "--nodes", nodesFile, "--nodes-after", join(dir, "after.json")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^edge-1\s+excluded\s+runs\s+gains a pod/m);
    expect(r.stdout).toMatch(/DESIRED 7 → 8/);
  });

  it("reports inventory problems with file:line and keeps going", () => {
    const dir = mkdtempSync(join(tmpdir(), "dslint-sim-"));
    writeFileSync(join(dir, "nodes.yaml"), "kind: NodeList\napiVersion: v1\nitems:\n  - kind: Node\n    apiVersion: v1\n    metadata: {name: ok}\n  - kind: Node\n    apiVersion: v1\n    metadata: {}\n  - kind: Pod\n    apiVersion: v1\n    metadata: {name: p}\n");
    const r = dslint(["simulate", "examples/manifests/node-exporter.yaml", "--nodes", join(dir, "nodes.yaml")]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/nodes\.yaml:9:5: metadata\.name: Node has no metadata\.name; skipped$/);
    expect(lines[1]).toMatch(/nodes\.yaml:10:11: kind: not a Node: kind is "Pod"$/);
    expect(r.stdout).toMatch(/^ok\s+excluded\s+nodeSelector kubernetes.io\/os=linux does not match/m);
  });

  it("loads the real inventories of the corpus as they are", () => {
    for (const f of ["kwok__virtual-gpu-node-dgxa100.yaml", "insights-operator__ocp47-gcp-master-0.json", "popeye__lint-testdata-nodelist.yaml", "troubleshoot__analyze-nodes-microk8s.json"]) {
      const r = dslint(["simulate", "examples/manifests/node-exporter.yaml", "--nodes", join(corpusNodes, f), "--format", "json"]);
      expect(r.stderr, f).toBe("");
      expect(JSON.parse(r.stdout).daemonsets[0].nodes.length, f).toBeGreaterThan(0);
    }
  });

  it("leaves out a DaemonSet of another API group (OpenKruise's), as check does", () => {
    const kruise = GPU_AGENT.replace("apps/v1", "apps.kruise.io/v1alpha1").replace("name: gpu-agent,", "name: kruise-agent,");
    const r = dslint(["simulate", "-", "--nodes", nodesFile, "--format", "json"], `${kruise}---\n${GPU_AGENT}`);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).daemonsets.map((d: { name: string }) => d.name)).toEqual(["gpu-agent"]);
  });

  it("exits 2 for usage errors", () => {
    expect(dslint(["simulate", "examples/manifests"]).code).toBe(2);
    expect(dslint(["simulate", "examples/manifests", "--nodes", nodesFile, "--only", "maybe"]).code).toBe(2);
  });
});

describe("check --nodes", () => {
  it("reports a DaemonSet that runs nowhere as an error and pending pods as a warning", async () => {
    const nowhere = await checkText(GPU_AGENT.replace("tolerations: [{key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}]", "tolerations: []"), "gpu.yaml", { cwd: root, nodes: [nodesFile] });
    expect(nowhere.findings.filter((f) => f.ruleId === "runs-nowhere").map((f) => [f.severity, f.line])).toEqual([["error", 2]]);
    const pending = await checkText(GPU_AGENT.replace('cpu: "2"', 'cpu: "100"'), "gpu.yaml", { cwd: root, nodes: [nodesFile] });
    const finding = pending.findings.find((f) => f.ruleId === "pending-pods");
    expect(finding?.severity).toBe("warning");
    expect(finding?.message).toMatch(/Pending on 2 nodes: gpu-1, gpu-2: /);
  });
});

describe("simulate() API", () => {
  it("takes plain parsed objects and returns the per-node structure", () => {
    const inventory = parse(readFileSync(join(root, nodesFile), "utf8"));
    const result = simulate(parse(GPU_AGENT), [inventory]);
    expect(result.summary).toMatchObject({ nodes: 12, desired: 2, runs: 2 });
    expect(result.nodes.find((n) => n.node === "worker-1")).toMatchObject({ placement: "excluded", shouldRun: false, shouldContinueRunning: false });
  });
});
