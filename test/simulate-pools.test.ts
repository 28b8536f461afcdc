/**
 * Placement by node pool: which pool a node is in, the counts and grouped
 * reasons per DaemonSet and pool (checked against the node-by-node
 * simulation), the grouped table and Markdown, and the command line's choice
 * between the node table and the grouped one.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./data.js";
import { runDslint } from "./dslint-process.js";
import { daemonSet } from "./helpers.js";
import { generateInventory } from "../scripts/generate-inventory.js";
import { clearingProgress, progressLine } from "../src/cli/progress.js";
import { nodePoolOf, nodeRoles, ROLES_LABEL } from "../src/k8s/node-pools.js";
import { changeMarkdownChunks, markdownText, placementMarkdownChunks } from "../src/simulate/format-markdown.js";
import { poolReasonsText, poolTableChunks, type PlacementByPool } from "../src/simulate/format-pools.js";
import { nodesFromObjects, type InventoryNode } from "../src/simulate/inventory.js";
import { daemonSetByPool, daemonSetChangeByPool, inventoryPools, NO_POOL, PoolsOfNodes, type InventoryPools } from "../src/simulate/pools.js";
import { reasonGroupOf } from "../src/simulate/reason-groups.js";
import { simulateOnInventory, simulatePlacements } from "../src/simulate/simulate.js";
import { diffSimulations } from "../src/simulate/diff.js";
import { joinChunks } from "../src/chunks.js";
import { rolloutLines, rolloutSummary } from "../src/simulate/format-table.js";
import { rolloutPlan } from "../src/simulate/rollout.js";
import { daemonPodOf } from "../src/simulate/daemonpod.js";
import { NODE_SAMPLE } from "../src/simulate/reason-groups.js";
import { preemptionCluster } from "./pool-fixtures.js";

const labels = (record: Record<string, string>) => new Map(Object.entries(record));
const nodesFile = "examples/cluster-nodes.yaml";
const exampleNodes = nodesFromObjects([parse(readFileSync(join(repoRoot, nodesFile), "utf8"))]).nodes;
const exampleDaemonSet = (file: string): unknown =>
  parseAllDocuments(readFileSync(join(repoRoot, file), "utf8"))
    .map((d) => d.toJS())
    .find((o: { kind?: string }) => o?.kind === "DaemonSet");
const eksNodes = nodesFromObjects([generateInventory({ nodes: 5000, seed: 3, provider: "eks" })]).nodes;

const LINUX_AGENT = daemonSet({ nodeSelector: { "kubernetes.io/os": "linux" }, containers: [{ name: "a", image: "x", resources: { requests: { cpu: "6", memory: "40Gi" } } }] }, { name: "linux-big" });
const GPU_AGENT = daemonSet(
  { nodeSelector: { "nvidia.com/gpu.present": "true" }, tolerations: [{ key: "nvidia.com/gpu", operator: "Exists" }], containers: [{ name: "a", image: "x" }] },
  { name: "gpu-agent" },
);

describe("the pool of a node", () => {
  it("comes from the node group and pool labels of managed clusters, in their order", () => {
    expect(nodePoolOf(labels({ "eks.amazonaws.com/nodegroup": "gpu", "alpha.eksctl.io/nodegroup-name": "gpu-ng", "node.kubernetes.io/instance-type": "p4d" }))).toEqual({
      label: "eks.amazonaws.com/nodegroup",
      name: "gpu",
    });
    expect(nodePoolOf(labels({ "alpha.eksctl.io/nodegroup-name": "ng-1" }))).toEqual({ label: "alpha.eksctl.io/nodegroup-name", name: "ng-1" });
    expect(nodePoolOf(labels({ "cloud.google.com/gke-nodepool": "default-pool", "node-role.kubernetes.io/worker": "" }))).toEqual({ label: "cloud.google.com/gke-nodepool", name: "default-pool" });
    expect(nodePoolOf(labels({ "kubernetes.azure.com/agentpool": "sys", agentpool: "sys" }))).toEqual({ label: "kubernetes.azure.com/agentpool", name: "sys" });
    expect(nodePoolOf(labels({ agentpool: "old" }))).toEqual({ label: "agentpool", name: "old" });
    expect(nodePoolOf(labels({ "karpenter.sh/nodepool": "default" }))).toEqual({ label: "karpenter.sh/nodepool", name: "default" });
    expect(nodePoolOf(labels({ "karpenter.sh/provisioner-name": "default" }))).toEqual({ label: "karpenter.sh/provisioner-name", name: "default" });
  });

  it("falls back to the roles kubectl shows, then the instance type", () => {
    // OpenShift control-plane nodes carry both role labels; kubectl sorts and joins them.
    const openshift = labels({ "node-role.kubernetes.io/master": "", "node-role.kubernetes.io/control-plane": "", "node.kubernetes.io/instance-type": "m5.xlarge" });
    expect(nodeRoles(openshift)).toEqual(["control-plane", "master"]);
    expect(nodePoolOf(openshift)).toEqual({ label: ROLES_LABEL, name: "control-plane,master" });
    expect(nodePoolOf(labels({ "kubernetes.io/role": "node" }))).toEqual({ label: ROLES_LABEL, name: "node" });
    // A bare prefix names no role.
    expect(nodePoolOf(labels({ "node-role.kubernetes.io/": "", "beta.kubernetes.io/instance-type": "m4.large" }))).toEqual({ label: "beta.kubernetes.io/instance-type", name: "m4.large" });
    expect(nodePoolOf(labels({ "kubernetes.io/os": "linux", "eks.amazonaws.com/nodegroup": "" }))).toBeUndefined();
  });

  it("sorts an inventory into pools once: roles on the example cluster, or one label with --group-by", () => {
    const byRole = inventoryPools(exampleNodes);
    expect(byRole.pools.map((p) => [p.name, p.nodes])).toEqual([["control-plane", 3], ["edge", 1], ["worker", 8]]);
    expect(byRole.labels).toEqual([ROLES_LABEL]);
    expect([...byRole.poolOf].map((p) => byRole.pools[p]!.name)).toEqual(exampleNodes.map((n) => (n.name.startsWith("cp-") ? "control-plane" : n.name.startsWith("edge") ? "edge" : "worker")));

    const byProduct = inventoryPools(exampleNodes, { groupBy: "nvidia.com/gpu.product" });
    expect(byProduct.pools.map((p) => [p.name, p.nodes])).toEqual([["NVIDIA-A100-SXM4-80GB", 2], [NO_POOL, 10]]);
    expect(byProduct.unpooled).toBe(10);
  });

  it("tells apart pools of different labels with the same name", () => {
    const nodes = nodesFromObjects([
      { kind: "Node", metadata: { name: "a", labels: { "eks.amazonaws.com/nodegroup": "worker" } } },
      { kind: "Node", metadata: { name: "b", labels: { "node-role.kubernetes.io/worker": "" } } },
      { kind: "Node", metadata: { name: "c", labels: {} } },
    ]).nodes;
    expect(inventoryPools(nodes).pools.map((p) => p.name)).toEqual(["eks.amazonaws.com/nodegroup=worker", "node-role.kubernetes.io/*=worker", NO_POOL]);
  });
});

/** The counts per pool worked out again from the node-by-node simulation. */
function countsFromNodes(ds: unknown, nodes: readonly InventoryNode[], pools: InventoryPools) {
  const simulation = simulateOnInventory(ds, nodes);
  const counts = new Map<string, { nodes: number; runs: number; pending: number; excluded: number; excludedKeepingPod: number }>();
  simulation.nodes.forEach((n, i) => {
    const pool = pools.pools[pools.poolOf[i]!]!.name;
    const c = counts.get(pool) ?? { nodes: 0, runs: 0, pending: 0, excluded: 0, excludedKeepingPod: 0 };
    c.nodes++;
    c[n.placement]++;
    if (n.placement === "excluded" && n.shouldContinueRunning) c.excludedKeepingPod++;
    counts.set(pool, c);
  });
  return counts;
}

describe("placement by pool", () => {
  it("counts every node of every pool as the node-by-node simulation places it, with the reasons grouped", () => {
    const pools = inventoryPools(eksNodes);
    expect(pools.pools.map((p) => p.name)).toEqual(["arm", "compute", "general", "gpu", "memory", "spot", "windows"]);
    for (const ds of [LINUX_AGENT, GPU_AGENT]) {
      const byPool = daemonSetByPool("agents.yaml", simulatePlacements(ds, eksNodes), pools);
      const expected = countsFromNodes(ds, eksNodes, pools);
      for (const p of byPool.pools) expect(p).toMatchObject({ ...expected.get(p.pool) });
      expect(byPool.pools.reduce((sum, p) => sum + p.runs, 0)).toBe(byPool.summary.runs);
    }
    const gpu = daemonSetByPool("gpu.yaml", simulatePlacements(GPU_AGENT, eksNodes), pools);
    // Every node outside the GPU pool fails the one nodeSelector entry: one reason, whatever the node.
    const general = gpu.pools.find((p) => p.pool === "general")!;
    expect(general.excluded).toBe(general.nodes);
    expect(general.reasons[0]).toMatchObject({ code: "NodeSelectorMismatch", text: "nodeSelector nvidia.com/gpu.present=true not matched", detail: "node has no label nvidia.com/gpu.present", nodes: general.nodes });
  });

  it("keeps a detail only when every node of the group shares it", () => {
    const selectOnHost = daemonSet({ nodeSelector: { "kubernetes.io/hostname": "worker-1" }, containers: [{ name: "a", image: "x" }] });
    const pools = inventoryPools(exampleNodes);
    const worker = daemonSetByPool("ds.yaml", simulatePlacements(selectOnHost, exampleNodes), pools).pools.find((p) => p.pool === "worker")!;
    // Seven workers, each with its own hostname: one group, without a node's own value.
    expect(worker.reasons.filter((r) => r.code === "NodeSelectorMismatch")).toEqual([
      {
        key: expect.any(String),
        code: "NodeSelectorMismatch",
        placement: "excluded",
        text: "nodeSelector kubernetes.io/hostname=worker-1 not matched",
        nodes: 7,
        sampleNodes: ["worker-2", "worker-3", "worker-4", "worker-5", "gpu-1", "gpu-2", "win-1"],
      },
    ]);
  });

  it("groups reasons by their predicate and data", () => {
    const taint = (value: string) => reasonGroupOf({ code: "TaintNotTolerated", message: "", taint: { key: "dedicated", value, effect: "NoExecute" } });
    expect(taint("batch").key).toBe(taint("batch").key);
    expect(taint("batch").key).not.toBe(taint("gpu").key);
    expect(taint("batch").text).toBe("dedicated=batch:NoExecute not tolerated");
    const cpu = (free: number) =>
      reasonGroupOf({ code: "InsufficientResource", message: "", resource: "cpu", requested: 2000, free, allocatable: 4000, used: 4000 - free });
    expect(cpu(100)).toEqual({ ...cpu(300), detail: "100m free" });
    expect(cpu(100)).toMatchObject({ placement: "pending", text: "insufficient cpu for 2" });
  });

  it("writes a pool's reasons with their counts", () => {
    const reasons = [
      { ...reasonGroupOf({ code: "TaintNotTolerated", message: "", taint: { key: "dedicated", value: "batch", effect: "NoExecute" } }), nodes: 863 },
      { ...reasonGroupOf({ code: "TaintNotTolerated", message: "", taint: { key: "nvidia.com/gpu", value: "", effect: "NoSchedule" } }), nodes: 567 },
    ];
    expect(poolReasonsText({ excluded: 1430, excludedKeepingPod: 0, pending: 0, preempting: 0, preemptedPods: 0, reasons })).toBe(
      "1,430 excluded: dedicated=batch:NoExecute not tolerated (863), nvidia.com/gpu:NoSchedule not tolerated (567)",
    );
  });

  it("counts a change per pool, with the nodes it evicts", () => {
    const tolerant = daemonSet({ tolerations: [{ operator: "Exists" }], containers: [{ name: "a", image: "x" }] }, { name: "agent" });
    const notOnGpu = daemonSet({ tolerations: [{ key: "node.kubernetes.io/not-ready", operator: "Exists" }], containers: [{ name: "a", image: "x" }] }, { name: "agent" });
    const pools = inventoryPools(eksNodes);
    const diff = diffSimulations(simulateOnInventory(tolerant, eksNodes), simulateOnInventory(notOnGpu, eksNodes));
    const change = daemonSetChangeByPool("agent.yaml", diff, new PoolsOfNodes([{ nodes: eksNodes, pools }]));
    const gpu = change.pools.find((p) => p.pool === "gpu")!;
    const gpuNodes = pools.pools.find((p) => p.name === "gpu")!.nodes;
    expect(gpu).toMatchObject({ loses: gpuNodes, gains: 0 });
    // NoSchedule keeps running pods; only the NoExecute taints of unreachable nodes evict.
    expect(gpu.evicted).toBe(diff.changes.filter((c) => c.evicted && eksNodes.find((n) => n.name === c.node)!.labels.get("eks.amazonaws.com/nodegroup") === "gpu").length);
    expect(gpu.sampleNodes).toHaveLength(5);
    expect(gpu.reasons[0]).toMatchObject({ text: "nvidia.com/gpu=present:NoSchedule not tolerated", nodes: gpuNodes });
    expect(change.pools.reduce((sum, p) => sum + p.loses, 0)).toBe(diff.summary.loses);
  });
});

/** The preemption cluster's DaemonSet counted per pool. */
function preemptionByPool() {
  const cluster = preemptionCluster();
  const pools = inventoryPools(cluster.nodes);
  const columns = simulatePlacements(cluster.daemonSet, cluster.nodes, {
    pods: cluster.pods.pods,
    disruptionBudgets: cluster.pods.disruptionBudgets,
    priorityClasses: cluster.pods.priorityClasses,
  });
  return { model: { nodes: cluster.nodes.length, pools, daemonSets: [daemonSetByPool("agent.yaml", columns, pools)] } satisfies PlacementByPool, cluster };
}

describe("what the pool model keeps for the views", () => {
  it("names the first nodes of each placement and reason group, at most NODE_SAMPLE of each", () => {
    const pools = inventoryPools(eksNodes);
    const byPool = daemonSetByPool("gpu.yaml", simulatePlacements(GPU_AGENT, eksNodes), pools);
    const simulation = simulateOnInventory(GPU_AGENT, eksNodes);
    for (const p of byPool.pools) {
      // The first nodes of the pool in inventory order, for each placement.
      for (const placement of ["runs", "pending", "excluded"] as const) {
        const names = simulation.nodes.filter((n, i) => n.placement === placement && pools.pools[pools.poolOf[i]!]!.name === p.pool).map((n) => n.node);
        expect(p.sampleNodes[placement]).toEqual(names.slice(0, NODE_SAMPLE));
      }
      for (const reason of p.reasons) {
        expect(reason.sampleNodes.length).toBe(Math.min(reason.nodes, NODE_SAMPLE));
        const first = simulation.nodes.find((n) => n.node === reason.sampleNodes[0])!;
        expect(first.reasons.map((r) => reasonGroupOf(r).key)).toContain(reason.key);
      }
    }
    const general = byPool.pools.find((p) => p.pool === "general")!;
    expect(general.excluded).toBeGreaterThan(NODE_SAMPLE);
    expect(general.sampleNodes.excluded).toHaveLength(NODE_SAMPLE);
  });

  it("counts the nodes that run by preempting, the pods they evict, and why preemption does not help, each under its placement", () => {
    const { model } = preemptionByPool();
    const [batch, system] = model.daemonSets[0]!.pools;
    expect(batch).toMatchObject({ pool: "batch", runs: 4, preempting: 3, preemptedPods: 3, pending: 0, excluded: 0 });
    expect(batch!.reasons).toEqual([
      expect.objectContaining({ code: "Preempts", placement: "runs", text: "preempts lower-priority pods; without them: insufficient cpu for 500m", detail: "1 pod evicted", nodes: 3, sampleNodes: ["busy-1", "busy-2", "busy-3"] }),
    ]);
    expect(batch!.sampleNodes.runs).toEqual(["busy-1", "busy-2", "busy-3", "idle-1"]);
    expect(system).toMatchObject({ pool: "system", runs: 0, pending: 1, excluded: 1, excludedKeepingPod: 1 });
    // PreemptionNotHelpful explains a pending node: counted with the scheduler's reasons, not the exclusions.
    expect(system!.reasons.map((r) => [r.placement, r.code])).toEqual([
      ["excluded", "TaintNotTolerated"],
      ["pending", "InsufficientResource"],
      ["pending", "PreemptionNotHelpful"],
    ]);
    expect(poolReasonsText(system!)).toBe(
      "1 excluded (1 keeps a running pod): nvidia.com/gpu=present:NoSchedule not tolerated (1); 1 pending: insufficient cpu for 500m [200m free] (1), preemption does not help: no lower-priority pod on the node (1)",
    );
    expect(poolReasonsText(batch!)).toBe("3 run by preempting 3 pods: preempts lower-priority pods; without them: insufficient cpu for 500m [1 pod evicted] (3)");
    const table = joinChunks(poolTableChunks(model));
    expect(table).toMatch(/^batch\s+4\s+4 \(3 preempting\)\s+0\s+0\s+3 run by preempting 3 pods: /m);
    expect(table).toContain("DESIRED  5 (runs 4, 3 of them by preempting 3 pods, pending 1); excluded 1 (1 would keep a running pod); 6 nodes\n");
  });

  it("writes rollout waves with thousands separators, like every other count", () => {
    const ds = daemonSet({ containers: [{ name: "a", image: "x" }] }, { spec: { updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1 } } } });
    const rollout = rolloutPlan(daemonPodOf(ds), 65_000);
    expect(rolloutSummary(rollout)).toBe("65,000 waves of up to 1 node");
    const surge = rolloutPlan(daemonPodOf(daemonSet({ containers: [{ name: "a", image: "x" }] }, { spec: { updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: "5%" } } } })), 65_000);
    expect(rolloutLines(surge)).toEqual(["ROLLOUT  RollingUpdate: maxUnavailable 5% → 3,250, maxSurge 0; 20 waves of up to 3,250 nodes"]);
  });
});

describe("Markdown", () => {
  it("escapes names and values so that they stay text", () => {
    expect(markdownText("a|b *c* _d_ `e` [f](g) <img src=x onerror=alert(1)> @team #12 ~~s~~ \\ &amp;")).toBe(
      "a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) &lt;img src=x onerror=alert(1)&gt; \\@team \\#12 \\~\\~s\\~\\~ \\\\ &amp;amp;",
    );
    expect(markdownText("line\nbreak\u001b[31m")).toBe("line\\\\nbreak\\\\e\\[31m");
  });

  it("summarises every DaemonSet in a table and puts the pools in a collapsed section", () => {
    const pools = inventoryPools(exampleNodes);
    const hostile = daemonSet({ containers: [{ name: "a", image: "x" }] }, { metadata: { name: "<b>|x", namespace: "team" } });
    const model: PlacementByPool = {
      nodes: exampleNodes.length,
      pools,
      daemonSets: [daemonSetByPool("examples/manifests/node-exporter.yaml", simulatePlacements(exampleDaemonSet("examples/manifests/node-exporter.yaml"), exampleNodes), pools), daemonSetByPool("x.yaml", simulatePlacements(hostile, exampleNodes), pools)],
    };
    const text = joinChunks(placementMarkdownChunks(model));
    expect(text).toContain("| monitoring | node-exporter | 7 | 7 | 0 | 5 | 7 waves of up to 1 node |\n");
    expect(text).toContain("| team | &lt;b&gt;\\|x | ");
    expect(text).not.toContain("<b>");
    expect(text).toMatch(/<details>\n<summary>Placement by node pool<\/summary>\n\n#### monitoring\/node-exporter\n/);
    expect(text).toContain("| edge | 1 | 0 | 0 | 1 | 1 excluded (1 keeps a running pod): edge=true:NoSchedule not tolerated (1) |\n");
    // Every table row has as many cells as its header.
    for (const table of text.split(/\n\n/).filter((block) => block.startsWith("| "))) {
      const rows = table.trim().split("\n").map((row) => row.replace(/\\\|/g, "").split("|").length);
      expect(new Set(rows).size).toBe(1);
    }
  });

  it("shows a rejected DaemonSet as rejected, with the first error, and the runs that preempt with the pods they evict", () => {
    const pools = inventoryPools(exampleNodes);
    const rejected = daemonSetByPool("bad.yaml", simulatePlacements(daemonSet({ containers: [{ name: "a" }] }, { name: "bad" }), exampleNodes), pools);
    const text = joinChunks(placementMarkdownChunks({ nodes: exampleNodes.length, pools, daemonSets: [rejected] }));
    expect(text).toContain("| kube-system | bad | 0 | 0 | 0 | 0 | rejected by the API server |\n");
    expect(text).toContain("#### kube-system/bad\n\nFile: bad.yaml\n\n**Rejected**: the API server rejects the DaemonSet: spec.template.spec.containers\\[0\\].image: container &quot;a&quot; has no image. No node gets a pod.\n");
    expect(text).not.toContain("| control-plane |");

    const preempting = joinChunks(placementMarkdownChunks(preemptionByPool().model));
    expect(preempting).toContain("| kube-system | critical-agent | 5 | 4 (3 run by preempting 3 pods) | 1 | 1 | 5 waves of up to 1 node |\n");
    expect(preempting).toContain(
      "| batch | 4 | 4 (3 run by preempting 3 pods) | 0 | 0 | 3 run by preempting 3 pods: preempts lower-priority pods; without them: insufficient cpu for 500m \\[1 pod evicted\\] (3) |\n",
    );
  });

  it("says when the new version of a DaemonSet is rejected: it loses every node, and no pod is evicted", () => {
    const pools = inventoryPools(exampleNodes);
    const good = daemonSet({ tolerations: [{ operator: "Exists" }], containers: [{ name: "a", image: "x" }] });
    const bad = daemonSet({ tolerations: [{ operator: "Exists" }], containers: [{ name: "a" }] });
    const diff = diffSimulations(simulateOnInventory(good, exampleNodes), simulateOnInventory(bad, exampleNodes));
    const change = daemonSetChangeByPool("agent.yaml", diff, new PoolsOfNodes([{ nodes: exampleNodes, pools }]));
    expect(change.rejected?.after).toMatchObject({ field: "spec.template.spec.containers[0].image" });
    const text = joinChunks(changeMarkdownChunks({ nodes: exampleNodes.length, pools, daemonSets: [change] }));
    expect(text).toContain("| kube-system | agent | 12 → 0 | 0 | 12 | 0 | rejected by the API server: control-plane -3 (running pods kept), edge -1 (running pods kept), worker -8 (running pods kept) |\n");
    expect(text).toContain("| worker | 0 | 8 | 0 | 0 | 0 | the API server rejects the DaemonSet: spec.template.spec.containers\\[0\\].image: container &quot;a&quot; has no image (8) | worker-1, ");
    expect(text).toContain("**Rejected after the change**: the API server rejects the DaemonSet: spec.template.spec.containers\\[0\\].image: container &quot;a&quot; has no image. The running pods stay: the API server refuses the change.\n");
  });

  it("says what a change does per pool, short, with the detail collapsed", () => {
    const pools = inventoryPools(eksNodes);
    const before = daemonSet({ tolerations: [{ operator: "Exists" }], containers: [{ name: "a", image: "x" }] }, { metadata: { namespace: "ops" } });
    const after = daemonSet({ containers: [{ name: "a", image: "x" }] }, { metadata: { namespace: "ops" } });
    const diff = diffSimulations(simulateOnInventory(before, eksNodes), simulateOnInventory(after, eksNodes));
    const change = daemonSetChangeByPool("agent.yaml", diff, new PoolsOfNodes([{ nodes: eksNodes, pools }]));
    const text = joinChunks(changeMarkdownChunks({ nodes: eksNodes.length, pools, daemonSets: [change] }));
    const gpu = pools.pools.find((p) => p.name === "gpu")!.nodes;
    const [head, details] = text.split("<details>");
    expect(head).toMatch(new RegExp(`\\| ops \\| agent \\| 5,000 → [0-9,]+ \\| 0 \\| [0-9,]+ \\| [0-9,]+ \\| .*gpu -${gpu} \\(running pods kept\\)`));
    expect(head!.length).toBeLessThan(2000);
    expect(details).toMatch(new RegExp(`\\| gpu \\| 0 \\| ${gpu} \\| .*nvidia\\.com/gpu=present:NoSchedule not tolerated \\(${gpu}\\).* \\| ip-[^|]+, and ${gpu - 5} more \\|`));
  });
});

describe("progress", () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, stream: { isTTY, write: (text: string) => written.push(text) } as unknown as NodeJS.WritableStream & { isTTY?: boolean } };
  };

  it("is written to a terminal only, rewritten in place and cleared", async () => {
    const tty = stream(true);
    const progress = progressLine(tty.stream, 3, (done, total) => `${done}/${total}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
    progress.tick();
    expect(tty.written).toEqual(["\r\u001b[K1/3"]);
    expect([...clearingProgress(["out"], progress)]).toEqual(["out"]);
    expect(tty.written).toEqual(["\r\u001b[K1/3", "\r\u001b[K"]);

    const pipe = stream(false);
    const quiet = progressLine(pipe.stream, 3, (done, total) => `${done}/${total}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
    quiet.tick();
    quiet.clear();
    expect(pipe.written).toEqual([]);
  });
});

describe("dslint simulate views", () => {
  const dir = mkdtempSync(join(tmpdir(), "dslint-pools-"));
  const eksFile = join(dir, "eks-5000.json");
  writeFileSync(eksFile, JSON.stringify(generateInventory({ nodes: 5000, seed: 3, provider: "eks" })));

  it("keeps the node table on a small inventory, and --by-pool groups it", () => {
    const args = ["simulate", "examples/manifests", "--nodes", nodesFile];
    const table = runDslint(args);
    expect(table.stdout).toBe(runDslint([...args, "--by-node"]).stdout);
    expect(table.stdout).toMatch(/^NODE\s+PLACEMENT\s+REASON$/m);
    const pools = runDslint([...args, "--by-pool"]);
    expect(pools.code).toBe(table.code);
    expect(pools.stderr).toBe(table.stderr);
    expect(pools.stdout.split("\n").slice(0, 4)).toEqual([
      "NAMESPACE   NAME           DESIRED  RUNS  PENDING  EXCLUDED  ROLLOUT",
      "logging     log-shipper    0        0     0        0         rejected by the API server",
      "monitoring  node-exporter  7        7     0        5         7 waves of up to 1 node",
      "POOLS  3 pools of 12 nodes by node-role.kubernetes.io/* (node roles)",
    ]);
    expect(pools.stdout).toMatch(/^worker\s+8\s+4\s+0\s+4\s+4 excluded \(3 keep a running pod\): nvidia\.com\/gpu=present:NoSchedule not tolerated \(2\), /m);
  });

  it("groups a large inventory by node pool by default, and --wide lists every node", () => {
    const grouped = runDslint(["simulate", "examples/manifests/node-exporter.yaml", "--nodes", eksFile]);
    expect(grouped.code, grouped.stderr).toBe(0);
    expect(grouped.stderr).toBe("");
    const lines = grouped.stdout.trimEnd().split("\n");
    expect(lines.length).toBeLessThan(20);
    expect(lines[2]).toBe("POOLS  7 pools of 5,000 nodes by eks.amazonaws.com/nodegroup");
    expect(grouped.stdout).toMatch(/^gpu\s+\d+\s+0\s+0\s+\d+\s+\d+ excluded \(\d+ keep a running pod\): nvidia\.com\/gpu=present:NoSchedule not tolerated \(\d+\)/m);
    expect(grouped.stdout).toMatch(/^windows\s+\d+\s+0\s+0\s+\d+\s+\d+ excluded: nodeSelector kubernetes\.io\/os=linux not matched \[node has kubernetes\.io\/os=windows\]/m);
    const wide = runDslint(["simulate", "examples/manifests/node-exporter.yaml", "--nodes", eksFile, "--wide"]);
    expect(wide.stdout.split("\n").length).toBeGreaterThan(5000);
    expect(wide.stdout).toMatch(/^NODE\s+PLACEMENT\s+REASON$/m);
  });

  it("--group-by groups by any label and says which nodes lack it", () => {
    const r = runDslint(["simulate", "examples/manifests/node-exporter.yaml", "--nodes", nodesFile, "--group-by", "nvidia.com/gpu.product"]);
    expect(r.stdout).toContain("POOLS  2 pools of 12 nodes by label nvidia.com/gpu.product; 10 nodes without it in (none)\n");
    expect(r.stdout).toMatch(/^NVIDIA-A100-SXM4-80GB\s+2\s+0\s+0\s+2\s+/m);
    expect(r.stdout).toMatch(/^\(none\)\s+10\s+7\s+0\s+3\s+/m);
  });

  it("writes the change of a pull request as Markdown", () => {
    const r = runDslint(["simulate", "examples/change", "--before", "examples/manifests/node-exporter.yaml", "--nodes", nodesFile, "--format", "markdown"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("| monitoring | node-exporter | 7 | 3 | 3 | 0 | control-plane -3 (running pods kept), edge +1, worker +2 |\n");
    expect(r.stdout).toContain("| control-plane | 0 | 3 | 0 | 0 | 0 | node-role.kubernetes.io/control-plane:NoSchedule not tolerated (3) | cp-1, cp-2, cp-3 |\n");
  });

  it("groups --nodes-after changes by the pools after the change", () => {
    const inventory = generateInventory({ nodes: 5000, seed: 3, provider: "eks" });
    for (const item of inventory.items as { metadata: { labels: Record<string, string> }; spec: { taints?: unknown[] } }[]) {
      if (item.metadata.labels["eks.amazonaws.com/nodegroup"] === "memory") item.spec.taints = [...(item.spec.taints ?? []), { key: "dedicated", value: "batch", effect: "NoExecute" }];
    }
    const afterFile = join(dir, "after.json");
    writeFileSync(afterFile, JSON.stringify(inventory));
    // The memory nodes with a pod before: NotReady and unreachable ones already had none.
    const before = simulateOnInventory(exampleDaemonSet("examples/manifests/node-exporter.yaml"), eksNodes);
    const memory = before.nodes.filter((n, i) => n.placement !== "excluded" && eksNodes[i]!.labels.get("eks.amazonaws.com/nodegroup") === "memory").length;
    expect(memory).toBeGreaterThan(300);
    const r = runDslint(["simulate", "examples/manifests/node-exporter.yaml", "--nodes", eksFile, "--nodes-after", afterFile]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^monitoring\\s+node-exporter\\s+[0-9,]+ → [0-9,]+\\s+0\\s+${memory}\\s+${memory}\\s+memory -${memory} \\(${memory} evicted\\)$`, "m"));
    expect(r.stdout).toMatch(new RegExp(`^memory\\s+0\\s+${memory}\\s+${memory}\\s+0\\s+0\\s+dedicated=batch:NoExecute not tolerated \\(${memory}\\)`, "m"));
  });

  it("refuses options that contradict each other", () => {
    const base = ["simulate", "examples/manifests", "--nodes", nodesFile];
    for (const extra of [["--by-node", "--by-pool"], ["--wide", "--group-by", "x"], ["--format", "json", "--by-pool", "--only", "runs"], ["--format", "markdown", "--only", "runs"], ["--format", "markdown", "--by-node"], ["--format", "html", "--by-node"], ["--format", "html", "--only", "excluded"], ["--group-by", " "], ["--format", "xml"]]) {
      const r = runDslint([...base, ...extra]);
      expect(r.code, extra.join(" ")).toBe(2);
      expect(r.stderr.split("\n").filter(Boolean), extra.join(" ")).toHaveLength(1);
    }
  });

  it("writes no progress line when stderr is not a terminal", () => {
    const r = runDslint(["simulate", "examples/manifests/node-exporter.yaml", "--nodes", eksFile, "--format", "markdown"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).not.toContain("\r");
  });
});

describe("--format json grouped by node pool", () => {
  it("gives the pool model: the pools, then each DaemonSet's counts, reasons and first nodes per pool", () => {
    const r = runDslint(["simulate", "examples/manifests", "--nodes", nodesFile, "--by-pool", "--format", "json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(["nodes", "poolLabels", "pools", "daemonsets"]);
    expect(json.nodes).toBe(12);
    expect(json.poolLabels).toEqual([ROLES_LABEL]);
    expect(json.pools).toEqual([
      { name: "control-plane", label: ROLES_LABEL, value: "control-plane", nodes: 3 },
      { name: "edge", label: ROLES_LABEL, value: "edge", nodes: 1 },
      { name: "worker", label: ROLES_LABEL, value: "worker", nodes: 8 },
    ]);
    const [shipper, exporter] = json.daemonsets;
    expect(shipper).toMatchObject({ name: "log-shipper", namespace: "logging", rejected: { field: "spec.template.spec.containers[0].resources.requests[memory]", line: 34, column: 23 } });
    expect(shipper.pools.map((p: { rejected: number; nodes: number }) => p.rejected === p.nodes)).toEqual([true, true, true]);
    expect(exporter.summary).toMatchObject({ desired: 7, runs: 7, excluded: 5 });
    const worker = exporter.pools.find((p: { pool: string }) => p.pool === "worker");
    expect(worker).toMatchObject({ nodes: 8, runs: 4, excluded: 4, excludedKeepingPod: 3, preempting: 0, preemptedPods: 0, sampleNodes: { runs: ["worker-1", "worker-2", "worker-3", "worker-4"], pending: [], excluded: ["worker-5", "gpu-1", "gpu-2", "win-1"] } });
    expect(worker.reasons[0]).toEqual({ code: "TaintNotTolerated", placement: "excluded", text: "nvidia.com/gpu=present:NoSchedule not tolerated", nodes: 2, sampleNodes: ["gpu-1", "gpu-2"] });
  });

  it("gives a change per pool, with --group-by's label", () => {
    const r = runDslint(["simulate", "examples/change", "--before", "examples/manifests/node-exporter.yaml", "--nodes", nodesFile, "--group-by", "node-role.kubernetes.io/control-plane", "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.groupBy).toBe("node-role.kubernetes.io/control-plane");
    expect(json.pools.map((p: { name: string; nodes: number }) => [p.name, p.nodes])).toEqual([['""', 3], [NO_POOL, 9]]);
    expect(json.daemonsets[0].pools).toEqual([
      expect.objectContaining({ pool: '""', gains: 0, loses: 3, evicted: 0, nodesByChange: { gains: [], loses: ["cp-1", "cp-2", "cp-3"], "runs-to-pending": [], "pending-to-runs": [] } }),
      expect.objectContaining({ pool: NO_POOL, gains: 3, loses: 0, nodesByChange: { gains: ["gpu-1", "gpu-2", "edge-1"], loses: [], "runs-to-pending": [], "pending-to-runs": [] } }),
    ]);
    // The node-by-node JSON stays what it was without grouping.
    expect(JSON.parse(runDslint(["simulate", "examples/change", "--before", "examples/manifests/node-exporter.yaml", "--nodes", nodesFile, "--format", "json"]).stdout).daemonsets[0].changes).toHaveLength(6);
  });
});

describe("the grouped table in pieces", () => {
  it("holds a line per pool however many nodes there are", () => {
    const nodes = nodesFromObjects([generateInventory({ nodes: 20_000, seed: 9, provider: "eks" })]).nodes;
    const pools = inventoryPools(nodes);
    const daemonSets = [LINUX_AGENT, GPU_AGENT].map((ds) => daemonSetByPool("agents.yaml", simulatePlacements(ds, nodes), pools));
    const text = joinChunks(poolTableChunks({ nodes: nodes.length, pools, daemonSets }));
    expect(text.length).toBeLessThan(10_000);
    expect(text).toContain("POOLS  7 pools of 20,000 nodes by eks.amazonaws.com/nodegroup\n");
  });
});
