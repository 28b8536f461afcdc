import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusDir } from "./data.js";
import { daemonSet } from "./helpers.js";
import { parseAllDocuments } from "yaml";
import { explainRequiredNodeAffinity, nodeView, requiredNodeAffinity, requiredNodeAffinityMatches } from "../src/k8s/nodeaffinity.js";
import { formatResourceAmount, hostPortsConflict, podHostPorts, podRequests } from "../src/k8s/podresources.js";
import {
  addOrUpdateDaemonPodTolerations,
  daemonPodTolerations,
  findUntoleratedTaint,
  isNoScheduleOrNoExecute,
  toleratesTaint,
  tolerationsTolerateTaint,
  type Toleration,
} from "../src/k8s/tolerations.js";
import {
  diffSimulations,
  formatDiffTable,
  formatSimulationJson,
  formatSimulationTable,
  nodesFromJson,
  nodesFromObjects,
  podsFromJson,
  podsFromObjects,
  readJsonSelectively,
  simulate,
  type DaemonSetSimulation,
  type PlacementReason,
} from "../src/simulate/index.js";
import { simulateOnInventory } from "../src/simulate/simulate.js";
import { generateInventory } from "../scripts/generate-inventory.js";

type Obj = Record<string, unknown>;

function node(name: string, options: { labels?: Obj; taints?: unknown[]; allocatable?: Obj; unschedulable?: boolean } = {}): Obj {
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: { name, labels: { "kubernetes.io/os": "linux", ...options.labels } },
    spec: { ...(options.taints ? { taints: options.taints } : {}), ...(options.unschedulable ? { unschedulable: true } : {}) },
    status: { allocatable: options.allocatable ?? { cpu: "4", memory: "16Gi", pods: "110" } },
  };
}

function pod(name: string, nodeName: string, spec: Obj = {}, metadata: Obj = {}, phase = "Running"): Obj {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: "default", ...metadata },
    spec: { nodeName, containers: [{ name: "c", image: "x" }], ...spec },
    status: { phase },
  };
}

function requests(cpu: string, memory: string): Obj {
  return { resources: { requests: { cpu, memory } } };
}

function run(ds: Obj, nodes: Obj[], pods: Obj[] = []): DaemonSetSimulation {
  return simulate(ds, nodesFromObjects(nodes).nodes, { pods: podsFromObjects(pods).pods });
}

function placementOf(simulation: DaemonSetSimulation, nodeName: string) {
  const found = simulation.nodes.find((n) => n.node === nodeName);
  if (!found) throw new Error(`no node ${nodeName}`);
  return found;
}

function reason<C extends PlacementReason["code"]>(reasons: readonly PlacementReason[], code: C): Extract<PlacementReason, { code: C }> {
  const found = reasons.find((r) => r.code === code);
  if (!found) throw new Error(`no ${code} in ${JSON.stringify(reasons)}`);
  return found as Extract<PlacementReason, { code: C }>;
}

describe("placement and reasons", () => {
  const controlPlane = node("cp-1", {
    labels: { "node-role.kubernetes.io/control-plane": "" },
    taints: [{ key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }],
  });

  it("names the untolerated control-plane taint and keeps a running pod", () => {
    const result = placementOf(run(daemonSet(), [controlPlane]), "cp-1");
    expect(result).toMatchObject({ placement: "excluded", shouldRun: false, shouldContinueRunning: true });
    const taint = reason(result.reasons, "TaintNotTolerated");
    expect(taint.message).toBe("node-role.kubernetes.io/control-plane:NoSchedule is not tolerated");
    expect(taint.taint).toEqual({ key: "node-role.kubernetes.io/control-plane", value: "", effect: "NoSchedule" });
  });

  it("runs on the control plane with the toleration", () => {
    const ds = daemonSet({ tolerations: [{ key: "node-role.kubernetes.io/control-plane", operator: "Exists", effect: "NoSchedule" }] });
    expect(placementOf(run(ds, [controlPlane]), "cp-1")).toMatchObject({ placement: "runs", reasons: [] });
  });

  it("evicts on an untolerated NoExecute taint", () => {
    const result = placementOf(run(daemonSet(), [node("n1", { taints: [{ key: "maintenance", value: "now", effect: "NoExecute" }] })]), "n1");
    expect(result).toMatchObject({ placement: "excluded", shouldContinueRunning: false });
    expect(reason(result.reasons, "TaintNotTolerated").message).toBe("maintenance=now:NoExecute is not tolerated");
  });

  it("never excludes for PreferNoSchedule, cordoning or preferred affinity", () => {
    const ds = daemonSet({
      affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 1, preference: { matchExpressions: [{ key: "x", operator: "In", values: ["y"] }] } }] } },
    });
    const nodes = [
      node("soft", { taints: [{ key: "spot", value: "true", effect: "PreferNoSchedule" }] }),
      node("cordoned", { unschedulable: true, taints: [{ key: "node.kubernetes.io/unschedulable", effect: "NoSchedule" }] }),
    ];
    expect(run(ds, nodes).nodes.map((n) => n.placement)).toEqual(["runs", "runs"]);
  });

  it("reports the nodeSelector entry and the node's actual value", () => {
    const result = placementOf(run(daemonSet({ nodeSelector: { "kubernetes.io/os": "windows", pool: "gpu" } }), [node("n1")]), "n1");
    expect(result).toMatchObject({ placement: "excluded", shouldContinueRunning: false });
    const mismatches = result.reasons.filter((r) => r.code === "NodeSelectorMismatch");
    expect(mismatches).toEqual([
      expect.objectContaining({ key: "kubernetes.io/os", expected: "windows", actual: "linux" }),
      expect.objectContaining({ key: "pool", expected: "gpu", actual: null }),
    ]);
    expect(mismatches[0]!.message).toBe("nodeSelector kubernetes.io/os=windows does not match: node has kubernetes.io/os=linux");
  });

  it("reports which affinity term and requirement fail, with the actual label", () => {
    const ds = daemonSet({
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [
              { matchExpressions: [{ key: "node.kubernetes.io/instance-type", operator: "In", values: ["p4d.24xlarge"] }] },
              { matchExpressions: [{ key: "cores", operator: "Gt", values: ["64"] }] },
            ],
          },
        },
      },
    });
    const result = placementOf(run(ds, [node("n1", { labels: { "node.kubernetes.io/instance-type": "m6i.xlarge", cores: "4" } })]), "n1");
    const affinity = reason(result.reasons, "NodeAffinityMismatch");
    expect(affinity.terms).toEqual([
      { termIndex: 0, failed: [expect.objectContaining({ field: "matchExpressions", index: 0, actual: "m6i.xlarge" })] },
      { termIndex: 1, failed: [expect.objectContaining({ requirement: { key: "cores", operator: "Gt", values: ["64"] }, actual: "4" })] },
    ]);
    expect(affinity.message).toBe(
      "required node affinity matches no term: term 0 needs node.kubernetes.io/instance-type In [p4d.24xlarge] (node has node.kubernetes.io/instance-type=m6i.xlarge); term 1 needs cores Gt 64 (node has cores=4)",
    );
  });

  it("reports the template nodeName alone", () => {
    const result = placementOf(run(daemonSet({ nodeName: "n2", nodeSelector: { pool: "x" } }), [node("n1")]), "n1");
    expect(result.reasons).toEqual([{ code: "NodeNameMismatch", message: 'the template\'s spec.nodeName is "n2"', nodeName: "n2" }]);
  });

  it("lists every failing controller predicate while keeping the controller's booleans", () => {
    const tainted = node("n1", { labels: { pool: "b" }, taints: [{ key: "dedicated", value: "x", effect: "NoSchedule" }] });
    const result = placementOf(run(daemonSet({ nodeSelector: { pool: "a" } }), [tainted]), "n1");
    expect(result.shouldContinueRunning).toBe(false);
    expect(result.reasons.map((r) => r.code)).toEqual(["NodeSelectorMismatch", "TaintNotTolerated"]);
  });

  it("explains nodes that differ in what the affinity reads differently, and shares the rest", () => {
    const ds = daemonSet({ nodeSelector: { zone: "a" } });
    const simulation = run(ds, [node("b1", { labels: { zone: "b" } }), node("c1", { labels: { zone: "c" } }), node("b2", { labels: { zone: "b" } })]);
    const [b1, c1, b2] = simulation.nodes;
    expect(reason(b1!.reasons, "NodeSelectorMismatch").actual).toBe("b");
    expect(reason(c1!.reasons, "NodeSelectorMismatch").actual).toBe("c");
    expect(b2!.reasons).toBe(b1!.reasons);
    const tainted = run(ds, [node("t1", { labels: { zone: "b" }, taints: [{ key: "x", effect: "NoExecute" }] }), node("t2", { labels: { zone: "b" } })]);
    expect(tainted.nodes.map((n) => n.reasons.map((r) => r.code))).toEqual([["NodeSelectorMismatch", "TaintNotTolerated"], ["NodeSelectorMismatch"]]);
  });

  it("gives the unparsable term's error (lazy parse errors)", () => {
    const ds = daemonSet({
      affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: "a", operator: "Equals", values: ["1"] }] }] } } },
    });
    // The API server rejects such a DaemonSet; the controller's predicate, run on the object anyway, says why it matches nothing.
    const nodes = nodesFromObjects([node("n1", { labels: { a: "1" } })]).nodes;
    expect(simulate(ds, nodes).nodes[0]).toMatchObject({ placement: "rejected", reasons: [{ code: "Rejected" }] });
    const affinity = reason(simulateOnInventory(ds, nodes, { rejection: null }).nodes[0]!.reasons, "NodeAffinityMismatch");
    expect(affinity.terms[0]!.parseErrors![0]).toContain('Unsupported value: "Equals"');
  });
});

describe("pending: scheduler filters with pods on the node", () => {
  const small = node("small", { allocatable: { cpu: "2", memory: "4Gi", pods: "3" } });

  it("is pending when requests exceed what other pods leave free", () => {
    const pods = [pod("db", "small", { containers: [{ name: "db", image: "x", ...requests("1500m", "1Gi") }] })];
    const result = placementOf(run(daemonSet({ containers: [{ name: "a", image: "x", ...requests("600m", "100Mi") }] }), [small], pods), "small");
    expect(result).toMatchObject({ placement: "pending", shouldRun: true, shouldContinueRunning: true });
    const cpu = reason(result.reasons, "InsufficientResource");
    expect(cpu).toMatchObject({ resource: "cpu", requested: 600, free: 500, allocatable: 2000, used: 1500 });
    expect(cpu.message).toBe("Insufficient cpu: requests 600m, 500m free (2 allocatable, 1500m requested by other pods)");
  });

  it("defaults the daemon pod's requests from its limits, as pod creation does", () => {
    const ds = daemonSet({ containers: [{ name: "a", image: "x", resources: { limits: { memory: "8Gi" } } }] });
    const result = placementOf(run(ds, [small]), "small");
    expect(reason(result.reasons, "InsufficientResource")).toMatchObject({ resource: "memory", requested: 8 * 2 ** 30, free: 4 * 2 ** 30 });
  });

  it("counts a missing extended resource as zero", () => {
    const ds = daemonSet({ containers: [{ name: "a", image: "x", resources: { limits: { "nvidia.com/gpu": "1" } } }] });
    expect(reason(placementOf(run(ds, [small]), "small").reasons, "InsufficientResource")).toMatchObject({ resource: "nvidia.com/gpu", free: 0 });
  });

  it("is pending on a host port taken by another pod, including hostNetwork container ports", () => {
    const pods = [pod("exporter", "small", { hostNetwork: true, containers: [{ name: "e", image: "x", ports: [{ containerPort: 9100 }] }] })];
    const result = placementOf(run(daemonSet({ containers: [{ name: "a", image: "x", ports: [{ containerPort: 8080, hostPort: 9100 }] }] }), [small], pods), "small");
    const conflict = reason(result.reasons, "HostPortConflict");
    expect(conflict).toMatchObject({ usedBy: { namespace: "default", name: "exporter" }, hostPort: { port: 9100, protocol: "TCP", hostIP: "0.0.0.0" } });
    expect(conflict.message).toBe("host port 9100/TCP is in use by pod default/exporter");
  });

  it("does not conflict across protocols or distinct host IPs", () => {
    const pods = [pod("dns", "small", { containers: [{ name: "d", image: "x", ports: [{ containerPort: 53, hostPort: 53, protocol: "UDP", hostIP: "10.0.0.1" }] }] })];
    const tcp = daemonSet({ containers: [{ name: "a", image: "x", ports: [{ containerPort: 53, hostPort: 53 }] }] });
    const otherIp = daemonSet({ containers: [{ name: "a", image: "x", ports: [{ containerPort: 53, hostPort: 53, protocol: "UDP", hostIP: "10.0.0.2" }] }] });
    const anyIp = daemonSet({ containers: [{ name: "a", image: "x", ports: [{ containerPort: 53, hostPort: 53, protocol: "UDP" }] }] });
    expect(placementOf(run(tcp, [small], pods), "small").placement).toBe("runs");
    expect(placementOf(run(otherIp, [small], pods), "small").placement).toBe("runs");
    expect(placementOf(run(anyIp, [small], pods), "small").placement).toBe("pending");
  });

  it("is pending when the node is at its pod count; terminal and unbound pods do not count", () => {
    const pods = [
      pod("a", "small"),
      pod("b", "small"),
      pod("c", "small"),
      pod("done", "small", {}, {}, "Succeeded"),
      pod("failed", "small", {}, {}, "Failed"),
      { ...pod("unbound", ""), spec: { containers: [] } },
    ];
    const result = placementOf(run(daemonSet(), [small], pods), "small");
    expect(result.reasons).toEqual([expect.objectContaining({ code: "TooManyPods", pods: 3, allocatable: 3 }), expect.objectContaining({ code: "PreemptionNotHelpful", cause: "NoLowerPriorityPods" })]);
    expect(placementOf(run(daemonSet(), [small], pods.slice(1)), "small").placement).toBe("runs");
  });

  it("ignores the DaemonSet's own running pods, which the new pod replaces", () => {
    const owner = { ownerReferences: [{ apiVersion: "apps/v1", kind: "DaemonSet", name: "agent", controller: true, uid: "u" }] };
    const ports = { containers: [{ name: "a", image: "x", ports: [{ containerPort: 9100, hostPort: 9100 }], ...requests("1500m", "1Gi") }] };
    const own = pod("agent-xyz", "small", ports, { namespace: "kube-system", ...owner });
    const ds = daemonSet(ports);
    expect(placementOf(run(ds, [small], [own]), "small").placement).toBe("runs");
    const stranger = pod("agent-xyz", "small", ports, { namespace: "other", ...owner });
    expect(placementOf(run(ds, [small], [stranger]), "small").reasons.map((r) => r.code)).toEqual(["HostPortConflict", "InsufficientResource", "PreemptionNotHelpful"]);
    // A pod of OpenKruise's DaemonSet of the same name is another controller's: it stays.
    const kruise = { ownerReferences: [{ ...owner.ownerReferences[0], apiVersion: "apps.kruise.io/v1alpha1" }] };
    const other = pod("agent-xyz", "small", ports, { namespace: "kube-system", ...kruise });
    expect(placementOf(run(ds, [small], [other]), "small").reasons.map((r) => r.code)).toEqual(["HostPortConflict", "InsufficientResource", "PreemptionNotHelpful"]);
  });

  it("skips the resource checks for a node that reports no allocatable or capacity", () => {
    const bare = { kind: "Node", metadata: { name: "bare" } };
    expect(placementOf(run(daemonSet({ containers: [{ name: "a", image: "x", ...requests("64", "1Ti") }] }), [bare]), "bare").placement).toBe("runs");
  });
});

describe("effective requests (PodRequests)", () => {
  const c = (cpu: string, extra: Obj = {}): Obj => ({ name: "c", image: "x", resources: { requests: { cpu } }, ...extra });

  it("takes the larger of the app containers and the biggest init container", () => {
    expect(podRequests({ containers: [c("100m"), c("200m")], initContainers: [c("1"), c("250m")] }).get("cpu")).toBe(1000);
    expect(podRequests({ containers: [c("800m"), c("400m")], initContainers: [c("1")] }).get("cpu")).toBe(1200);
  });

  it("adds sidecars to the app containers and to every later init container", () => {
    const spec = {
      initContainers: [c("200m", { restartPolicy: "Always" }), c("900m"), c("300m", { restartPolicy: "Always" })],
      containers: [c("100m")],
    };
    // app: 100 + sidecars 200 + 300 = 600; init peak: 900 + 200 = 1100.
    expect(podRequests(spec).get("cpu")).toBe(1100);
    const small = { ...spec, initContainers: [c("200m", { restartPolicy: "Always" }), c("300m"), c("300m", { restartPolicy: "Always" })] };
    expect(podRequests(small).get("cpu")).toBe(600);
  });

  it("lets pod-level requests replace the aggregate and adds overhead", () => {
    const spec = { containers: [c("100m"), c("100m")], resources: { requests: { cpu: "1" } }, overhead: { cpu: "250m", memory: "120Mi" } };
    const amounts = podRequests(spec);
    expect(amounts.get("cpu")).toBe(1250);
    expect(amounts.get("memory")).toBe(120 * 2 ** 20);
  });

  it("uses limits only when asked to default requests from them", () => {
    const spec = { containers: [{ name: "c", image: "x", resources: { limits: { cpu: "1", memory: "1Gi" }, requests: { cpu: "100m" } } }] };
    expect([...podRequests(spec)]).toEqual([["cpu", 100]]);
    expect(Object.fromEntries(podRequests(spec, { defaultRequestsFromLimits: true }))).toEqual({ cpu: 100, memory: 2 ** 30 });
  });

  it("rounds cpu up to millicores", () => {
    expect(podRequests({ containers: [c("0.1")] }).get("cpu")).toBe(100);
    expect(podRequests({ containers: [c("1.0001")] }).get("cpu")).toBe(1001);
  });

  it("collects host ports from app containers and sidecars, not plain init containers", () => {
    const ports = (port: number): Obj => ({ ports: [{ containerPort: port }] });
    const spec = { hostNetwork: true, containers: [c("1", ports(80))], initContainers: [c("1", { restartPolicy: "Always", ...ports(81) }), c("1", ports(82))] };
    expect(podHostPorts(spec).map((p) => p.port)).toEqual([80, 81]);
    expect(podHostPorts({ ...spec, hostNetwork: false })).toEqual([]);
    const p = (hostIP: string, protocol = "TCP") => ({ hostIP, protocol, port: 80, container: "" });
    expect(hostPortsConflict(p("0.0.0.0"), p("10.0.0.1"))).toBe(true);
    expect(hostPortsConflict(p("10.0.0.1"), p("10.0.0.2"))).toBe(false);
    expect(hostPortsConflict(p("0.0.0.0"), p("0.0.0.0", "UDP"))).toBe(false);
  });

  it("formats amounts for people", () => {
    expect(formatResourceAmount("cpu", 1500)).toBe("1500m");
    expect(formatResourceAmount("cpu", 2000)).toBe("2");
    expect(formatResourceAmount("memory", 512 * 2 ** 20)).toBe("512Mi");
    expect(formatResourceAmount("memory", 100_000_000)).toBe("100M");
    expect(formatResourceAmount("memory", 14226852 * 1024)).toBe("13.6Gi");
  });
});

describe("rollout plan", () => {
  const workers = (count: number): Obj[] => Array.from({ length: count }, (_, i) => node(`w${i}`));
  const rolling = (rollingUpdate: Obj): Obj => ({ updateStrategy: { type: "RollingUpdate", rollingUpdate } });

  it("scales percentages up against the desired nodes", () => {
    expect(run(daemonSet({}, { spec: rolling({ maxUnavailable: "10%" }) }), workers(5)).summary.rollout).toMatchObject({ maxUnavailable: 1, maxSurge: 0, perWave: 1, waves: 5 });
    expect(run(daemonSet({}, { spec: rolling({ maxUnavailable: "10%" }) }), workers(11)).summary.rollout).toMatchObject({ maxUnavailable: 2, waves: 6 });
  });

  it("falls back to one unavailable node when both are zero", () => {
    // The API server rejects both zero on create; a stored object can still get there (the controller's fallback).
    const ds = daemonSet({}, { spec: rolling({ maxUnavailable: 0, maxSurge: "0%" }) });
    const plan = simulateOnInventory(ds, nodesFromObjects(workers(4)).nodes, { rejection: null }).summary.rollout;
    expect(plan).toMatchObject({ maxUnavailable: 1, maxSurge: 0, waves: 4 });
    expect(run(ds, workers(4)).summary).toMatchObject({ desired: 0, rejected: 4 });
  });

  it("applies the apps/v1 defaults", () => {
    expect(run(daemonSet(), workers(3)).summary.rollout).toMatchObject({ strategy: "RollingUpdate", maxUnavailableSpec: 1, maxSurgeSpec: 0, maxUnavailable: 1, waves: 3 });
  });

  it("surges in waves of maxSurge and flags host ports", () => {
    const ports = { containers: [{ name: "a", image: "x", ports: [{ containerPort: 9100, hostPort: 9100 }] }] };
    const plan = run(daemonSet(ports, { spec: rolling({ maxUnavailable: 0, maxSurge: "25%" }) }), workers(10)).summary.rollout;
    expect(plan).toMatchObject({ maxSurge: 3, maxUnavailable: 0, perWave: 3, waves: 4, hostPortSurgeDeadlock: true, hostPorts: ["9100/TCP"] });
    const hostNetwork = run(daemonSet({ hostNetwork: true, containers: [{ name: "a", image: "x", ports: [{ containerPort: 53, protocol: "UDP" }] }] }, { spec: rolling({ maxUnavailable: 0, maxSurge: 1 }) }), workers(2));
    expect(hostNetwork.summary.rollout.hostPortSurgeDeadlock).toBe(true);
    expect(run(daemonSet(ports, { spec: rolling({ maxUnavailable: 1 }) }), workers(2)).summary.rollout.hostPortSurgeDeadlock).toBe(false);
  });

  it("has no automatic waves for OnDelete and reports unscalable values", () => {
    expect(run(daemonSet({}, { spec: { updateStrategy: { type: "OnDelete" } } }), workers(3)).summary.rollout).toMatchObject({ strategy: "OnDelete", waves: null });
    expect(run(daemonSet({}, { spec: rolling({ maxUnavailable: "50" }) }), workers(3)).summary.rollout.error).toContain("is not a percentage");
  });

  it("counts only shouldRun nodes as desired", () => {
    const nodes = [...workers(3), node("cp", { taints: [{ key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }] })];
    expect(run(daemonSet({}, { spec: rolling({ maxUnavailable: "50%" }) }), nodes).summary).toMatchObject({ nodes: 4, desired: 3, excluded: 1, excludedKeepingPod: 1, rollout: { maxUnavailable: 2 } });
  });
});

describe("diffSimulations", () => {
  const nodes = [
    node("cp", { taints: [{ key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }] }),
    node("w1", { labels: { pool: "a" } }),
    node("w2", { labels: { pool: "b" }, allocatable: { cpu: "1", memory: "1Gi", pods: "10" } }),
  ];
  const inventory = nodesFromObjects(nodes).nodes;

  it("shows the nodes a manifest change adds and removes", () => {
    const before = simulate(daemonSet({ nodeSelector: { pool: "a" } }), inventory);
    const after = simulate(
      daemonSet({ tolerations: [{ key: "node-role.kubernetes.io/control-plane", operator: "Exists" }], containers: [{ name: "a", image: "x", ...requests("2", "10Mi") }] }),
      inventory,
    );
    const diff = diffSimulations(before, after);
    expect(diff.changes.map((c) => [c.node, c.change, c.before, c.after])).toEqual([
      ["cp", "gains", "excluded", "runs"],
      ["w2", "gains", "excluded", "pending"],
    ]);
    expect(diff.summary).toMatchObject({ gains: 2, loses: 0, desiredBefore: 1, desiredAfter: 3 });
    const text = formatDiffTable([{ file: "agent.yaml", diff }]);
    expect(text).toContain("DaemonSet kube-system/agent (agent.yaml)");
    expect(text).toMatch(/w2\s+excluded\s+pending\s+gains a pod \(pending\)\s+Insufficient cpu/);
    expect(text).toContain("SUMMARY  nodes gaining a pod 2, losing one 0, becoming pending 0, no longer pending 0; DESIRED 1 → 3");
  });

  it("shows evictions and kept pods when the inventory changes", () => {
    const ds = daemonSet();
    const before = simulate(ds, inventory);
    const afterNodes = nodesFromObjects([
      nodes[0]!,
      node("w1", { labels: { pool: "a" }, taints: [{ key: "maintenance", effect: "NoExecute" }] }),
      node("w2", { labels: { pool: "b" }, taints: [{ key: "dedicated", value: "db", effect: "NoSchedule" }] }),
      node("w3"),
    ]).nodes;
    const diff = diffSimulations(before, simulate(ds, afterNodes));
    expect(diff.changes.map((c) => [c.node, c.change, c.evicted])).toEqual([
      ["w1", "loses", true],
      ["w2", "loses", false],
      ["w3", "gains", undefined],
    ]);
    const removed = diffSimulations(before, simulate(ds, afterNodes.slice(0, 1)));
    expect(removed.changes.map((c) => [c.node, c.after, c.evicted])).toEqual([
      ["w1", "absent", true],
      ["w2", "absent", true],
    ]);
    expect(removed.summary).toMatchObject({ loses: 2, evicted: 2 });
  });

  it("shows runs ↔ pending moves", () => {
    const small = daemonSet({ containers: [{ name: "a", image: "x", ...requests("500m", "10Mi") }] });
    const big = daemonSet({ containers: [{ name: "a", image: "x", ...requests("1500m", "10Mi") }] });
    const diff = diffSimulations(simulate(small, inventory), simulate(big, inventory));
    expect(diff.changes.map((c) => [c.node, c.change])).toEqual([["w2", "runs-to-pending"]]);
    expect(diffSimulations(simulate(big, inventory), simulate(small, inventory)).changes[0]!.change).toBe("pending-to-runs");
    expect(formatDiffTable([{ file: "f", diff: diffSimulations(simulate(small, inventory), simulate(small, inventory)) }])).toContain("no placement changes");
  });
});

describe("inventory normalisation", () => {
  it("reports problems as data instead of throwing", () => {
    const { nodes, problems } = nodesFromObjects([
      { kind: "NodeList", items: [node("a"), { kind: "Node", metadata: {} }, "text", { kind: "Pod", metadata: { name: "p" } }] },
      node("b", { allocatable: { cpu: "2 cores", memory: "1Gi", pods: "10" }, taints: [{ key: "k", effect: "Sometimes" }, 7] }),
      node("a"),
      [node("c")],
      null,
    ]);
    expect(nodes.map((n) => n.name)).toEqual(["a", "b", "c"]);
    expect(problems).toEqual([
      { index: 0, path: ["items", 1, "metadata", "name"], message: "Node has no metadata.name; skipped" },
      { index: 0, path: ["items", 2], message: "not a Node: expected an object" },
      { index: 0, path: ["items", 3, "kind"], message: 'not a Node: kind is "Pod"' },
      { index: 1, path: ["spec", "taints", 0, "effect"], message: 'taint effect "Sometimes" is not NoSchedule, PreferNoSchedule or NoExecute' },
      { index: 1, path: ["spec", "taints", 1], message: "taint must be an object; ignored" },
      { index: 1, path: ["status", "allocatable", "cpu"], message: 'allocatable cpu "2 cores" is not a valid quantity; counted as 0' },
      { index: 2, path: ["metadata", "name"], message: 'node "a" appears more than once; the later one is skipped' },
      { index: 4, path: [], message: "not a Node: expected an object" },
    ]);
    expect(nodes[1]!.allocatable?.get("cpu")).toBeUndefined();
    expect(nodes[1]!.allocatable?.get("memory")).toBe(2 ** 30);
  });

  it("takes capacity when allocatable is missing and reads label values as text", () => {
    const { nodes } = nodesFromObjects([
      { kind: "Node", metadata: { name: "n", labels: { gpu: true, cores: 8, edge: null, constructor: "x" } }, status: { capacity: { cpu: 4, pods: 110 } } },
    ]);
    expect(nodes[0]!.labels.get("edge")).toBe("");
    expect(nodes[0]!.allocatable?.get("cpu")).toBe(4000);
    expect(nodes[0]!.labels.get("gpu")).toBe("true");
    expect(nodes[0]!.labels.get("cores")).toBe("8");
    const plain = nodesFromObjects([{ kind: "Node", metadata: { name: "m", labels: { constructor: "x" } } }]).nodes[0]!;
    expect(plain.labels.get("constructor")).toBe("x");
    expect(plain.labels.get("toString")).toBeUndefined();
  });

  it("keeps only bound, non-terminal pods", () => {
    const { pods, problems } = podsFromObjects([
      { kind: "List", items: [pod("a", "n1"), pod("b", "n1", {}, {}, "Succeeded"), pod("c", "", {}), pod("d", "n2", {}, {}, "Pending")] },
      node("not-a-pod"),
    ]);
    expect(pods.map((p) => p.name)).toEqual(["a", "d"]);
    expect(problems).toEqual([{ index: 1, path: ["kind"], message: 'not a Pod, PodDisruptionBudget or PriorityClass: kind is "Node"' }]);
  });
});

describe("JSON inventories read from bytes", () => {
  const encode = (value: unknown, indent?: number): Uint8Array => new TextEncoder().encode(JSON.stringify(value, null, indent));

  it("gives what nodesFromObjects gives, problems included", () => {
    const list = {
      apiVersion: "v1",
      kind: "List",
      items: [
        node("a", { labels: { "weird\"key": "v\\1", é: "ü" }, taints: [{ key: "k", effect: "NoSchedule" }] }),
        { kind: "Node", metadata: { generateName: "x-" } },
        { ...node("b"), status: { images: [{ names: ["a]b}c"], sizeBytes: 1 }], allocatable: { cpu: "bad" } } },
        { kind: "Node", metadata: { name: "capacity-only" }, status: { capacity: { cpu: "2", pods: "8" } } },
        { ...node("same-bad-allocatable"), status: { allocatable: { cpu: "bad" } } },
      ],
    };
    for (const indent of [undefined, 4]) {
      const fromBytes = nodesFromJson(encode(list, indent));
      const fromObjects = nodesFromObjects([list]);
      expect(fromBytes.problems).toEqual(fromObjects.problems);
      expect(fromBytes.problems.filter((p) => p.message.startsWith("allocatable cpu"))).toHaveLength(2);
      expect(fromBytes.nodes.map((n) => [n.name, n.labels.get('weird"key'), n.labels.get("é"), n.taints, n.allocatable && [...n.allocatable]])).toEqual(
        fromObjects.nodes.map((n) => [n.name, n.labels.get('weird"key'), n.labels.get("é"), n.taints, n.allocatable && [...n.allocatable]]),
      );
    }
  });

  it("accepts a single Node, a bare array and a byte order mark", () => {
    expect(nodesFromJson(encode(node("one"))).nodes.map((n) => n.name)).toEqual(["one"]);
    const capacityOnly = { kind: "Node", metadata: { name: "cap" }, status: { capacity: { cpu: "3" } } };
    expect(nodesFromJson(encode(capacityOnly)).nodes[0]!.allocatable?.get("cpu")).toBe(3000);
    expect(nodesFromJson(encode({ kind: "List", items: { not: "a list" } })).problems).toEqual([{ index: 0, path: ["items"], message: "items must be a list" }]);
    expect(nodesFromJson(encode({ items: [node("inside")], kind: "Node", metadata: { name: "outer" } })).nodes.map((n) => n.name)).toEqual(["outer"]);
    expect(nodesFromJson(encode([node("x"), node("y")])).nodes.map((n) => n.name)).toEqual(["x", "y"]);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(node("bom"))]);
    expect(nodesFromJson(bom).nodes.map((n) => n.name)).toEqual(["bom"]);
  });

  it("reports invalid JSON as a problem", () => {
    for (const text of ['{"kind": "List", "items": [', '{"items": [1 2]}', '{"a": "unterminated', "[]]", ""]) {
      const { nodes, problems } = nodesFromJson(new TextEncoder().encode(text));
      expect(nodes).toEqual([]);
      expect(problems[0]!.message).toMatch(/^not valid JSON/);
    }
  });

  it("reads pods the same way", () => {
    const list = { kind: "List", items: [pod("a", "n1", { containers: [{ name: "c", image: "x", ...requests("1", "1Gi"), ports: [{ containerPort: 80, hostPort: 80 }] }] })] };
    expect(podsFromJson(encode(list))).toEqual(podsFromObjects([list]));
  });

  it("keeps only the shape's fields", () => {
    const doc = readJsonSelectively(encode({ a: { b: [1, { c: 2, d: 3 }], e: "x" }, f: [{ g: 1, h: 2 }] }), { a: { b: true }, f: { "[]": { h: true } } });
    expect(doc).toEqual({ a: { b: [1, { c: 2, d: 3 }] }, f: [{ h: 2 }] });
  });
});

describe("node affinity and tolerations for rules", () => {
  it("answers whether an affinity excludes control-plane nodes, for a hypothetical node", () => {
    const affinity = requiredNodeAffinity({
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [{ matchExpressions: [{ key: "node-role.kubernetes.io/control-plane", operator: "DoesNotExist" }], matchFields: [{ key: "metadata.name", operator: "In", values: ["x"] }] }],
          },
        },
      },
    });
    // A node without a name has no fields, so matchFields are skipped.
    expect(requiredNodeAffinityMatches(affinity, nodeView("", { "node-role.kubernetes.io/control-plane": "" }))).toBe(false);
    expect(requiredNodeAffinityMatches(affinity, nodeView("", {}))).toBe(true);
    expect(explainRequiredNodeAffinity(affinity, nodeView("", { "node-role.kubernetes.io/control-plane": "" }))?.affinity?.terms[0]?.failed?.[0]?.actual).toBe("");
  });

  it("merges the daemon tolerations on the exact tuple", () => {
    const user: Toleration[] = [
      { key: "node.kubernetes.io/not-ready", operator: "Exists", value: "", effect: "NoExecute", tolerationSeconds: 300 },
      { key: "node.kubernetes.io/unreachable", operator: "", value: "", effect: "NoExecute" },
    ];
    const merged = addOrUpdateDaemonPodTolerations(user, false);
    expect(merged[0]).toEqual({ key: "node.kubernetes.io/not-ready", operator: "Exists", value: "", effect: "NoExecute" });
    expect(merged[1]).toBe(user[1]);
    expect(merged.map((t) => `${t.key}:${t.effect}`)).toEqual([
      "node.kubernetes.io/not-ready:NoExecute",
      "node.kubernetes.io/unreachable:NoExecute",
      "node.kubernetes.io/unreachable:NoExecute",
      "node.kubernetes.io/disk-pressure:NoSchedule",
      "node.kubernetes.io/memory-pressure:NoSchedule",
      "node.kubernetes.io/pid-pressure:NoSchedule",
      "node.kubernetes.io/unschedulable:NoSchedule",
    ]);
    expect(addOrUpdateDaemonPodTolerations([], true).at(-1)?.key).toBe("node.kubernetes.io/network-unavailable");
    const networkUnavailable = { key: "node.kubernetes.io/network-unavailable", value: "", effect: "NoSchedule" };
    expect(tolerationsTolerateTaint(daemonPodTolerations({ hostNetwork: true }), networkUnavailable)).toBe(true);
    expect(tolerationsTolerateTaint(daemonPodTolerations({ tolerations: [{ key: "x", operator: "Exists" }] }), networkUnavailable)).toBe(false);
  });

  it("matches tolerations as ToleratesTaint does", () => {
    const taint = { key: "sla", value: "950", effect: "NoSchedule" };
    const gt: Toleration = { key: "sla", operator: "Gt", value: "900", effect: "NoSchedule" };
    expect(toleratesTaint(gt, taint)).toBe(false);
    expect(toleratesTaint(gt, taint, { comparisonOperators: true })).toBe(true);
    expect(toleratesTaint({ ...gt, value: "0900" }, taint, { comparisonOperators: true })).toBe(false);
    expect(tolerationsTolerateTaint([{ key: "", operator: "Exists", value: "", effect: "" }], taint)).toBe(true);
    const taints = [taint, { key: "b", value: "", effect: "NoExecute" }, { key: "c", value: "", effect: "PreferNoSchedule" }];
    expect(findUntoleratedTaint(taints, [{ key: "sla", operator: "Exists", value: "", effect: "" }], isNoScheduleOrNoExecute)?.key).toBe("b");
  });
});

describe("formatting", () => {
  const nodes = [
    node("cp-1", { taints: [{ key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }] }),
    node("worker-1"),
    node("tiny", { allocatable: { cpu: "100m", memory: "1Gi", pods: "10" } }),
  ];
  const simulation = run(daemonSet({ containers: [{ name: "a", image: "x", ...requests("250m", "64Mi") }] }), nodes);

  it("prints a kubectl-style table with a summary", () => {
    expect(formatSimulationTable([{ file: "ds.yaml", simulation }])).toBe(
      [
        "DaemonSet kube-system/agent (ds.yaml)",
        "NODE      PLACEMENT  REASON",
        "cp-1      excluded   node-role.kubernetes.io/control-plane:NoSchedule is not tolerated (a running pod is kept)",
        "worker-1  runs",
        "tiny      pending    Insufficient cpu: requests 250m, 100m free (100m allocatable)",
        "",
        "DESIRED  2 (runs 1, pending 1); excluded 1 (1 would keep a running pod); 3 nodes",
        "ROLLOUT  RollingUpdate: maxUnavailable 1, maxSurge 0; 2 waves of up to 1 node",
        "",
      ].join("\n"),
    );
  });

  it("filters rows, paints cells and warns about surge deadlocks", () => {
    const paint = (role: string, text: string): string => `<${role}>${text}</${role}>`;
    const text = formatSimulationTable([{ file: "ds.yaml", simulation }], { only: "pending", paint });
    expect(text).toContain("<pending>pending  </pending>");
    expect(text).not.toContain("worker-1");
    expect(formatSimulationTable([{ file: "ds.yaml", simulation }], { only: "runs" })).not.toContain("cp-1");
    const surge = run(
      daemonSet({ hostNetwork: true, containers: [{ name: "a", image: "x", ports: [{ containerPort: 9100 }] }] }, { spec: { updateStrategy: { rollingUpdate: { maxUnavailable: 0, maxSurge: "10%" } } } }),
      nodes,
    );
    expect(formatSimulationTable([{ file: "ds.yaml", simulation: surge }])).toContain("WARNING  maxSurge with host ports 9100/TCP");
  });

  it("prints JSON with the documented envelope", () => {
    const json = JSON.parse(formatSimulationJson([{ file: "ds.yaml", simulation }], { only: "excluded" }));
    expect(json.daemonsets).toHaveLength(1);
    expect(json.daemonsets[0]).toMatchObject({ name: "agent", namespace: "kube-system", file: "ds.yaml", summary: { desired: 2, excluded: 1 } });
    expect(json.daemonsets[0].nodes).toEqual([
      {
        node: "cp-1",
        placement: "excluded",
        shouldRun: false,
        shouldContinueRunning: true,
        reasons: [
          {
            code: "TaintNotTolerated",
            message: "node-role.kubernetes.io/control-plane:NoSchedule is not tolerated",
            taint: { key: "node-role.kubernetes.io/control-plane", value: "", effect: "NoSchedule" },
          },
        ],
      },
    ]);
  });
});

describe("real inventories from the corpus", () => {
  const corpus = corpusDir;
  const load = (file: string): unknown[] => parseAllDocuments(readFileSync(file, "utf8")).map((doc) => doc.toJS());
  const objects = readdirSync(join(corpus, "nodes"))
    .sort()
    .flatMap((file) => load(join(corpus, "nodes", file)));
  const inventory = nodesFromObjects(objects);
  const daemonSetFrom = (file: string): unknown => load(join(corpus, "daemonsets", file)).find((o) => (o as Obj | null)?.kind === "DaemonSet");

  it("normalises every named node and reports the generateName-only ones", () => {
    expect(inventory.nodes).toHaveLength(17);
    expect(inventory.problems.map((p) => p.message)).toEqual([
      'Node has no metadata.name (generateName "scheduler-perf-" is only resolved by the API server); skipped',
      'Node has no metadata.name (generateName "taint-node-" is only resolved by the API server); skipped',
    ]);
    expect(inventory.nodes.find((n) => n.name === "repldev-marc")?.allocatable?.get("memory")).toBe(30770604 * 1024);
  });

  it("places fluentd (control-plane and master tolerations) on OpenShift masters but not on tainted kwok nodes", () => {
    const simulation = simulate(daemonSetFrom("fluentd-kubernetes-daemonset__elasticsearch.yaml"), inventory.nodes);
    const placementByNode = Object.fromEntries(simulation.nodes.map((n) => [n.node, n.placement]));
    expect(placementByNode["ci-ln-ywdpkbt-f76d1-vw6lz-master-0"]).toBe("runs");
    expect(placementByNode["fake-node"]).toBe("excluded");
    expect(placementByNode.n2).toBe("excluded");
    expect(reason(placementOf(simulation, "virtual-gpu-node").reasons, "TaintNotTolerated").message).toBe("kwok.x-k8s.io/node=fake:NoSchedule is not tolerated");
    // popeye's n5 reports 10Mi of allocatable memory; fluentd requests 200Mi.
    expect(placementOf(simulation, "n5").placement).toBe("pending");
    expect(simulation.summary).toMatchObject({ nodes: 17, desired: 14, runs: 13, pending: 1, excluded: 3 });
  });

  it("keeps node-exporter (tolerates everything) off nodes without the linux label", () => {
    const simulation = simulate(daemonSetFrom("kube-prometheus__node-exporter.yaml"), inventory.nodes);
    expect(simulation.nodes.filter((n) => n.placement === "excluded").map((n) => [n.node, n.reasons[0]?.code])).toEqual([["n1", "NodeSelectorMismatch"]]);
    expect(simulation.summary.rollout).toMatchObject({ maxUnavailableSpec: "10%", maxUnavailable: 2, hostPorts: ["9100/TCP"], hostPortSurgeDeadlock: false });
  });
});

describe("generated inventories", () => {
  it("is deterministic and covers the fleet's kinds of node", () => {
    const list = generateInventory({ nodes: 400, seed: 7 });
    expect(JSON.stringify(generateInventory({ nodes: 400, seed: 7 }))).toBe(JSON.stringify(list));
    expect(JSON.stringify(generateInventory({ nodes: 400, seed: 8 }))).not.toBe(JSON.stringify(list));
    const { nodes, problems } = nodesFromObjects([list]);
    expect(problems).toEqual([]);
    expect(nodes).toHaveLength(400);
    const taintKeys = new Set(nodes.flatMap((n) => n.taints.map((t) => `${t.key}:${t.effect}`)));
    for (const expected of [
      "node-role.kubernetes.io/control-plane:NoSchedule",
      "nvidia.com/gpu:NoSchedule",
      "os:NoSchedule",
      "node.kubernetes.io/unschedulable:NoSchedule",
    ]) {
      expect(taintKeys).toContain(expected);
    }
    expect(nodes.some((n) => n.labels.get("kubernetes.io/os") === "windows")).toBe(true);
    expect(nodes.some((n) => (n.allocatable?.get("nvidia.com/gpu") ?? 0) > 0)).toBe(true);
    expect(nodes.some((n) => n.unschedulable)).toBe(true);
    const notReady = generateInventory({ nodes: 3000, seed: 1 });
    const all = nodesFromObjects([notReady]).nodes;
    expect(all.some((n) => n.taints.some((t) => t.key === "node.kubernetes.io/not-ready" && t.effect === "NoExecute"))).toBe(true);
    expect(all.some((n) => n.taints.some((t) => t.key === "node.kubernetes.io/unreachable" && t.effect === "NoSchedule"))).toBe(true);
  });

  it("gives a NotReady node no new daemon pod but keeps the running one", () => {
    const list = generateInventory({ nodes: 3000, seed: 1 });
    const nodes = nodesFromObjects([list]).nodes;
    const simulation = simulate(daemonSet({ tolerations: [{ operator: "Exists", effect: "NoSchedule", key: "os" }] }), nodes);
    const notReady = simulation.nodes.find((p) => nodes.find((n) => n.name === p.node)!.taints.some((t) => t.key === "node.kubernetes.io/not-ready"))!;
    expect(notReady).toMatchObject({ placement: "excluded", shouldContinueRunning: true });
    expect(notReady.reasons.map((r) => r.message)).toContain("node.kubernetes.io/not-ready:NoSchedule is not tolerated");
  });
});

describe("preemption (DefaultPreemption on the daemon pod's node)", () => {
  const full = node("full", { allocatable: { cpu: "1", memory: "1Gi", pods: "110" } });
  const critical = (spec: Obj = {}) => daemonSet({ priorityClassName: "system-node-critical", containers: [{ name: "a", image: "x", ...requests("500m", "100Mi") }], ...spec });
  const worker = (name: string, cpu: string, extra: { priority?: number; labels?: Obj; start?: string; spec?: Obj } = {}): Obj => ({
    ...pod(name, "full", { containers: [{ name: "c", image: "x", ...requests(cpu, "10Mi") }], ...(extra.priority === undefined ? {} : { priority: extra.priority }), ...extra.spec }, extra.labels ? { labels: extra.labels } : {}),
    status: { phase: "Running", ...(extra.start ? { startTime: extra.start } : {}) },
  });
  const budget = (name: string, spec: Obj, status?: Obj): Obj => ({ apiVersion: "policy/v1", kind: "PodDisruptionBudget", metadata: { name, namespace: "default" }, spec, ...(status ? { status } : {}) });
  const place = (ds: Obj, objects: Obj[]) => {
    const cluster = podsFromObjects(objects);
    expect(cluster.problems).toEqual([]);
    return simulate(ds, nodesFromObjects([full]).nodes, { pods: cluster });
  };

  it("evicts the fewest lower-priority pods, least important first, and names them", () => {
    const pods = [worker("batch-old", "300m", { priority: 0, start: "2025-01-01T00:00:00Z" }), worker("batch-new", "300m", { priority: 0, start: "2025-01-02T00:00:00Z" }), worker("web", "300m", { priority: 100 })];
    const small = critical({ containers: [{ name: "a", image: "x", ...requests("200m", "10Mi") }] });
    const simulation = place(small, pods);
    const [n] = simulation.nodes;
    expect(n).toMatchObject({ placement: "runs", shouldRun: true });
    const preempts = reason(n!.reasons, "Preempts");
    // 900m used of 1: one pod must go; the priority-0 pod started last is the one not reprieved.
    expect(preempts.victims).toEqual([{ namespace: "default", name: "batch-new", priority: 0, violatesBudget: false }]);
    expect(preempts.resolves.map((r) => r.code)).toEqual(["InsufficientResource"]);
    expect(preempts.message).toBe("preempts 1 lower-priority pod (the pod has priority 2000001000): default/batch-new (priority 0); without them: Insufficient cpu: requests 200m, 100m free (1 allocatable, 900m requested by other pods)");
    expect(simulation.summary).toMatchObject({ runs: 1, pending: 0, preempting: 1, preemptedPods: 1, priority: { value: 2000001000, source: "class", className: "system-node-critical" } });
  });

  it("reprieves a pod a PodDisruptionBudget protects before the others, and counts violations", () => {
    const app = { app: "db" };
    const pods = [worker("db-0", "300m", { priority: 0, labels: app }), worker("db-1", "300m", { priority: 0, labels: app }), worker("cache", "300m", { priority: 0 })];
    // minAvailable 2 of 2 ready pods: no disruption allowed, worked out from the pods.
    const small = critical({ containers: [{ name: "a", image: "x", ...requests("200m", "10Mi") }] });
    const simulation = place(small, [...pods, budget("db", { minAvailable: 2, selector: { matchLabels: app } })]);
    const preempts = reason(simulation.nodes[0]!.reasons, "Preempts");
    expect(preempts.victims.map((v) => v.name)).toEqual(["cache"]);
    expect(preempts.pdbViolations).toBe(0);
    // When only the protected pods can make room, they are evicted anyway, and it says so.
    const tight = place(critical({ containers: [{ name: "a", image: "x", ...requests("700m", "10Mi") }] }), [...pods, budget("db", { maxUnavailable: 0, selector: { matchLabels: app } })]);
    const forced = reason(tight.nodes[0]!.reasons, "Preempts");
    expect(forced.victims.map((v) => [v.name, v.violatesBudget])).toEqual([["db-1", true], ["cache", false]]);
    expect(forced.pdbViolations).toBe(1);
    expect(forced.message).toContain("1 eviction exceeds a PodDisruptionBudget");
  });

  it("takes a budget's status when it has one, and lets disruptedPods through", () => {
    const app = { app: "db" };
    const pods = [worker("db-0", "600m", { priority: 0, labels: app })];
    const withStatus = (status: Obj) => reason(place(critical(), [...pods, budget("db", { minAvailable: 0, selector: { matchLabels: app } }, status)]).nodes[0]!.reasons, "Preempts").pdbViolations;
    expect(withStatus({ disruptionsAllowed: 0 })).toBe(1);
    expect(withStatus({ disruptionsAllowed: 1 })).toBe(0);
    expect(withStatus({ disruptionsAllowed: 0, disruptedPods: { "db-0": "2025-01-01T00:00:00Z" } })).toBe(0);
  });

  it("stays pending and says why when preemption cannot help", () => {
    const equal = place(daemonSet({ containers: [{ name: "a", image: "x", ...requests("500m", "10Mi") }] }), [worker("web", "900m")]);
    expect(equal.nodes[0]).toMatchObject({ placement: "pending" });
    expect(reason(equal.nodes[0]!.reasons, "PreemptionNotHelpful")).toMatchObject({ cause: "NoLowerPriorityPods", priority: 0 });
    const higher = place(critical(), [worker("etcd", "900m", { priority: 2000001000 })]);
    expect(reason(higher.nodes[0]!.reasons, "PreemptionNotHelpful").cause).toBe("NoLowerPriorityPods");
    const tooBig = place(critical({ containers: [{ name: "a", image: "x", ...requests("2", "10Mi") }] }), [worker("web", "900m", { priority: 0 })]);
    const still = reason(tooBig.nodes[0]!.reasons, "PreemptionNotHelpful");
    expect(still).toMatchObject({ cause: "StillBlocked", remaining: [expect.objectContaining({ code: "InsufficientResource", used: 0 })] });
    expect(still.message).toBe("preemption does not help: even without the 1 lower-priority pod, Insufficient cpu: requests 2, 1 free (1 allocatable)");
  });

  it("resolves the daemon pod's class as admission does: PriorityClasses given, globalDefault, Never, unknown", () => {
    const pods = [worker("web", "900m", { priority: 0 })];
    const cls = (name: string, value: number, extra: Obj = {}): Obj => ({ apiVersion: "scheduling.k8s.io/v1", kind: "PriorityClass", metadata: { name }, value, ...extra });
    const agent = (className?: string) => daemonSet({ ...(className ? { priorityClassName: className } : {}), containers: [{ name: "a", image: "x", ...requests("500m", "10Mi") }] });
    expect(place(agent("agents"), [...pods, cls("agents", 1000)]).nodes[0]!.placement).toBe("runs");
    const byDefault = place(agent(), [...pods, cls("default-high", 500, { globalDefault: true }), cls("default-higher", 900, { globalDefault: true })]);
    expect(byDefault.summary.priority).toEqual({ value: 500, preemptionPolicy: "PreemptLowerPriority", source: "globalDefault", className: "default-high" });
    expect(byDefault.nodes[0]!.placement).toBe("runs");
    const never = place(agent("polite"), [...pods, cls("polite", 1000, { preemptionPolicy: "Never" })]);
    expect(reason(never.nodes[0]!.reasons, "PreemptionNotHelpful")).toMatchObject({ cause: "PreemptionPolicyNever", priority: 1000 });
    const unknown = place(agent("elsewhere"), pods);
    expect(unknown.summary.priority).toEqual({ unknownClass: "elsewhere" });
    expect(reason(unknown.nodes[0]!.reasons, "PreemptionNotHelpful").cause).toBe("UnknownPriorityClass");
  });

  it("reads a victim's priority from spec.priority, else from its class, and never preempts the DaemonSet's own pods", () => {
    const classed = worker("batch", "900m", { spec: { priorityClassName: "system-cluster-critical" } });
    expect(reason(place(critical(), [classed]).nodes[0]!.reasons, "Preempts").victims).toEqual([expect.objectContaining({ name: "batch", priority: 2000000000 })]);
    const owner = { ownerReferences: [{ apiVersion: "apps/v1", kind: "DaemonSet", name: "agent", controller: true, uid: "u" }] };
    const own = { ...worker("agent-old", "900m", { priority: 0 }), metadata: { name: "agent-old", namespace: "kube-system", ...owner } };
    expect(place(critical(), [own, worker("web", "500m", { priority: 0 })]).nodes[0]).toMatchObject({ placement: "runs", reasons: [] });
  });

  it("preempts for a host port held by a lower-priority pod", () => {
    const port = { ports: [{ containerPort: 9100, hostPort: 9100 }] };
    const holder = pod("old-exporter", "full", { priority: 0, containers: [{ name: "e", image: "x", ...port }] });
    const simulation = place(critical({ containers: [{ name: "a", image: "x", ...port }] }), [holder]);
    const preempts = reason(simulation.nodes[0]!.reasons, "Preempts");
    expect(preempts.victims.map((v) => v.name)).toEqual(["old-exporter"]);
    expect(preempts.resolves.map((r) => r.code)).toEqual(["HostPortConflict"]);
  });
});

describe("a DaemonSet the API server rejects", () => {
  const nodes = nodesFromObjects([node("n1"), node("n2")]).nodes;
  const invalid = daemonSet({ containers: [{ name: "a" }] });

  it("runs nowhere: every node is rejected with the first error", () => {
    const simulation = simulate(invalid, nodes);
    expect(simulation.rejected).toMatchObject({ field: "spec.template.spec.containers[0].image", errors: 1 });
    expect(simulation.nodes.map((n) => [n.placement, n.shouldRun, n.shouldContinueRunning])).toEqual([
      ["rejected", false, false],
      ["rejected", false, false],
    ]);
    expect(simulation.nodes[0]!.reasons[0]).toMatchObject({ code: "Rejected", field: "spec.template.spec.containers[0].image" });
    expect(simulation.summary).toMatchObject({ nodes: 2, desired: 0, runs: 0, pending: 0, excluded: 0, rejected: 2 });
    const table = formatSimulationTable([{ file: "ds.yaml", simulation }]);
    expect(table).toContain("REJECTED  the API server rejects the DaemonSet: spec.template.spec.containers[0].image: ");
    expect(table).toContain("DESIRED  0: no node gets a pod; 2 nodes");
    expect(JSON.parse(formatSimulationJson([{ file: "ds.yaml", simulation }])).daemonsets[0].rejected).toMatchObject({ field: "spec.template.spec.containers[0].image" });
  });

  it("loses every node in a diff, without evicting the running pods", () => {
    const diff = diffSimulations(simulate(daemonSet(), nodes), simulate(invalid, nodes));
    expect(diff.changes.map((c) => [c.node, c.change, c.before, c.after, c.evicted])).toEqual([
      ["n1", "loses", "runs", "rejected", false],
      ["n2", "loses", "runs", "rejected", false],
    ]);
    expect(diff.rejected?.after).toMatchObject({ field: "spec.template.spec.containers[0].image" });
    expect(diff.summary).toMatchObject({ loses: 2, evicted: 0, desiredBefore: 2, desiredAfter: 0 });
    const table = formatDiffTable([{ file: "ds.yaml", diff }]);
    expect(table).toMatch(/^n1 +runs +rejected +loses its pod: the DaemonSet is rejected/m);
    expect(table).toContain("REJECTED after the change: the API server rejects the DaemonSet");
    // Fixed again: it gains them back.
    expect(diffSimulations(simulate(invalid, nodes), simulate(daemonSet(), nodes)).changes.map((c) => c.change)).toEqual(["gains", "gains"]);
  });
});
