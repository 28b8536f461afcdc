import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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

describe("dslint simulate: inventories from folders and globs, preemption, rejected DaemonSets", () => {
  const nodeDoc = (name: string, cpu = "1"): string =>
    `apiVersion: v1\nkind: Node\nmetadata: {name: ${name}, labels: {kubernetes.io/os: linux}}\nstatus: {allocatable: {cpu: "${cpu}", memory: 4Gi, pods: "110"}}\n`;
  const AGENT = GPU_AGENT.replace('      nodeSelector: {nvidia.com/gpu.present: "true"}\n', "").replace('cpu: "2", memory: 1Gi', "cpu: 500m, memory: 100Mi");
  const project = (): string => {
    const dir = mkdtempSync(join(tmpdir(), "dslint-sim-fidelity-"));
    mkdirSync(join(dir, "nodes", "pool"), { recursive: true });
    writeFileSync(join(dir, "agent.yaml"), AGENT);
    writeFileSync(join(dir, "nodes", "a.yaml"), nodeDoc("node-a"));
    writeFileSync(join(dir, "nodes", "b.yaml"), nodeDoc("node-b"));
    writeFileSync(join(dir, "nodes", "pool", "c.json"), JSON.stringify({ apiVersion: "v1", kind: "NodeList", items: [parse(nodeDoc("node-c"))] }));
    return dir;
  };
  const nodesOf = (stdout: string): string[] => JSON.parse(stdout).daemonsets[0].nodes.map((n: { node: string }) => n.node);

  it("--nodes takes a folder (searched recursively) and a quoted glob, as check's paths", () => {
    const dir = project();
    const folder = runDslint(["simulate", "agent.yaml", "--nodes", "nodes", "--format", "json"], { cwd: dir });
    expect(folder.code).toBe(0);
    expect(nodesOf(folder.stdout)).toEqual(["node-a", "node-b", "node-c"]);
    const glob = runDslint(["simulate", "agent.yaml", "--nodes", "nodes/*.yaml", "--format", "json"], { cwd: dir });
    expect(nodesOf(glob.stdout)).toEqual(["node-a", "node-b"]);
    const none = runDslint(["simulate", "agent.yaml", "--nodes", "nodes/*.yml"], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('dslint: --nodes: no YAML or JSON files match "nodes/*.yml"\n');
    // check reads --nodes the same way.
    const check = runDslint(["check", "agent.yaml", "--nodes", "nodes/*.yaml", "--format", "json"], { cwd: dir });
    expect(JSON.parse(check.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === "runs-nowhere" || f.ruleId === "inventory")).toEqual([]);
    const checkFolder = runDslint(["check", "agent.yaml", "--nodes", "nodes/pool"], { cwd: dir });
    expect(checkFolder.stderr).toBe("");
  });

  it("a glob after --nodes that the shell expanded: the inventory files among the manifest paths join it, with a note", () => {
    const dir = project();
    const r = runDslint(["simulate", "agent.yaml", "--nodes", "nodes/a.yaml", "nodes/b.yaml", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(nodesOf(r.stdout)).toEqual(["node-a", "node-b"]);
    expect(r.stderr).toBe(
      "dslint: nodes/b.yaml: Node objects among the manifest paths are added to the --nodes inventory (a glob after --nodes that the shell expands passes its other files as manifest paths; quote it: --nodes 'nodes/*.yaml')\n",
    );
    // With --nodes-after it cannot be told which inventory they are: a usage error that says what to do.
    const after = runDslint(["simulate", "agent.yaml", "--nodes", "nodes/a.yaml", "--nodes-after", "nodes/a.yaml", "nodes/b.yaml"], { cwd: dir });
    expect(after.code).toBe(2);
    expect(after.stderr).toMatch(/^dslint: nodes\/b\.yaml: a node inventory among the manifest paths, with --nodes-after: give the current inventory with --nodes, and quote a glob/);
  });

  it("--pods with PodDisruptionBudgets and PriorityClasses: the daemon pod preempts, and the table and JSON name the victims", () => {
    const dir = project();
    const pod = (name: string, priority: number, labels: Record<string, string> = {}) => ({
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name, namespace: "batch", labels },
      spec: { nodeName: "node-a", priority, containers: [{ name: "c", image: "x", resources: { requests: { cpu: "400m" } } }] },
      status: { phase: "Running", conditions: [{ type: "Ready", status: "True" }] },
    });
    const cluster = {
      apiVersion: "v1",
      kind: "List",
      items: [
        pod("job-1", 0, { app: "job" }),
        pod("job-2", 0, { app: "job" }),
        { apiVersion: "policy/v1", kind: "PodDisruptionBudget", metadata: { name: "job", namespace: "batch" }, spec: { selector: { matchLabels: { app: "job" } }, maxUnavailable: 1 } },
        { apiVersion: "scheduling.k8s.io/v1", kind: "PriorityClass", metadata: { name: "agents" }, value: 1000000 },
      ],
    };
    writeFileSync(join(dir, "cluster.json"), JSON.stringify(cluster));
    writeFileSync(join(dir, "agent.yaml"), AGENT.replace("      containers:", "      priorityClassName: agents\n      containers:"));
    const table = runDslint(["simulate", "agent.yaml", "--nodes", "nodes", "--pods", "cluster.json"], { cwd: dir });
    expect(table.code).toBe(0);
    // The budget allows one eviction: the second job pod would exceed it, so it is reprieved first and the first one goes.
    expect(table.stdout).toMatch(/^node-a +runs +preempts 1 lower-priority pod \(the pod has priority 1000000\): batch\/job-1 \(priority 0\); without them: Insufficient cpu/m);
    expect(table.stdout).toMatch(/DESIRED +3 \(runs 3, 1 of them by preempting 1 pod, pending 0\)/);
    const json = JSON.parse(runDslint(["simulate", "agent.yaml", "--nodes", "nodes", "--pods", "cluster.json", "--format", "json"], { cwd: dir }).stdout);
    const nodeA = json.daemonsets[0].nodes.find((n: { node: string }) => n.node === "node-a");
    expect(nodeA.reasons[0]).toMatchObject({ code: "Preempts", victims: [{ namespace: "batch", name: "job-1", priority: 0, violatesBudget: false }], pdbViolations: 0 });
    expect(json.daemonsets[0].summary).toMatchObject({ preempting: 1, preemptedPods: 1, priority: { value: 1000000, className: "agents" } });
  });

  it("shows a DaemonSet the API server rejects, in the table, the JSON and a --before diff", () => {
    const dir = project();
    writeFileSync(join(dir, "broken.yaml"), AGENT.replace("          image: example/gpu-agent:1.0\n", ""));
    const table = runDslint(["simulate", "broken.yaml", "--nodes", "nodes"], { cwd: dir });
    expect(table.code).toBe(1);
    expect(table.stdout).toBe(
      "DaemonSet kube-system/gpu-agent (broken.yaml)\nREJECTED  the API server rejects the DaemonSet: spec.template.spec.containers[0].image: container \"agent\" has no image (line 11, column 11)\n\nDESIRED  0: no node gets a pod; 3 nodes\n",
    );
    const json = JSON.parse(runDslint(["simulate", "broken.yaml", "--nodes", "nodes", "--format", "json"], { cwd: dir }).stdout);
    expect(json.daemonsets[0].rejected).toEqual({ field: "spec.template.spec.containers[0].image", message: expect.any(String), line: 11, column: 11, errors: 1 });
    expect(json.daemonsets[0].nodes.map((n: { placement: string }) => n.placement)).toEqual(["rejected", "rejected", "rejected"]);
    const diff = runDslint(["simulate", "broken.yaml", "--nodes", "nodes", "--before", "agent.yaml"], { cwd: dir });
    expect(diff.stdout).toContain("REJECTED after the change: the API server rejects the DaemonSet: spec.template.spec.containers[0].image");
    expect(diff.stdout).toMatch(/^node-a +runs +rejected +loses its pod: the DaemonSet is rejected/m);
    expect(diff.stdout).toMatch(/SUMMARY .*losing one 3 \(0 evicted\)/);
    // check reports the mistake (the schema stage has it first), and no placement finding on top of it.
    const check = JSON.parse(runDslint(["check", "broken.yaml", "--nodes", "nodes", "--format", "json"], { cwd: dir }).stdout);
    expect(check.findings).toContainEqual(expect.objectContaining({ ruleId: "schema", path: "spec.template.spec.containers[0]" }));
    expect(check.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain("runs-nowhere");
  });
});
