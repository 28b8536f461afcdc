import { describe, expect, it } from "vitest";
import { nodeSelectionsIntersect, requiredNodeAffinity, type NodeSelection } from "../src/k8s/nodeaffinity.js";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { check } from "../src/check.js";
import { daemonSetYaml, onlyRule, ruleFindings } from "./helpers.js";

// Cases the rules' own examples cannot express: the Kubernetes version, and
// which stage (API validation or the rule) reports a duplicate host port.

/** A finding's string (helpers.ts ruleFindings) on `line`, from the rule itself or from API validation. */
const onLine = (line: number, stage = "") => expect.stringMatching(new RegExp(`^${stage ? `${stage}: ` : ""}${line}:\\d+ `));

describe("host-network-port-collision", () => {
  const defaulted = daemonSetYaml(`hostNetwork: true
containers:
  - {name: a, image: example/a:1, ports: [{containerPort: 9100}]}
  - {name: b, image: example/b:1, ports: [{containerPort: 9100}]}`);

  it("is left to API validation while templates still get hostPort (up to 1.27)", async () => {
    expect(await ruleFindings("host-network-port-collision", defaulted, { kubernetesVersion: "1.27" })).toEqual([onLine(15, "api-validation")]);
  });

  it("is reported by the rule from 1.28, when only the pods get hostPort", async () => {
    expect(await ruleFindings("host-network-port-collision", defaulted, { kubernetesVersion: "1.28" })).toEqual([onLine(15)]);
  });

  it("leaves explicit duplicate hostPorts of app containers to API validation", async () => {
    const explicit = daemonSetYaml(`containers:
  - {name: a, image: example/a:1, ports: [{containerPort: 8080, hostPort: 80}]}
  - {name: b, image: example/b:1, ports: [{containerPort: 8081, hostPort: 80}]}`);
    expect(await ruleFindings("host-network-port-collision", explicit)).toEqual([onLine(14, "api-validation")]);
  });

  it("treats restartPolicy: Always init containers as sidecars only from 1.29", async () => {
    const sidecar = daemonSetYaml(`hostNetwork: true
initContainers:
  - {name: proxy, image: example/proxy:1, restartPolicy: Always, ports: [{containerPort: 9100}]}
containers:
  - {name: a, image: example/a:1, ports: [{containerPort: 9100}]}`);
    expect(await ruleFindings("host-network-port-collision", sidecar, { kubernetesVersion: "1.28" })).toEqual([]);
    expect(await ruleFindings("host-network-port-collision", sidecar, { kubernetesVersion: "1.29" })).toEqual([onLine(16)]);
  });

  it("reports a port declared twice by one host-network container", async () => {
    const twice = daemonSetYaml(`hostNetwork: true
containers:
  - name: dns
    image: example/dns:1
    ports: [{name: dns, containerPort: 53, protocol: UDP}, {name: dns-again, containerPort: 53, protocol: UDP}]`);
    expect(await ruleFindings("host-network-port-collision", twice)).toEqual([onLine(16)]);
  });

  it("checks a plain init container on its own, as the API server does", async () => {
    const init = daemonSetYaml(`hostNetwork: true
initContainers:
  - {name: setup, image: example/setup:1, ports: [{containerPort: 8080}, {containerPort: 8080}]}
containers:
  - {name: a, image: example/a:1, ports: [{containerPort: 8080}]}`);
    expect(await ruleFindings("host-network-port-collision", init)).toEqual([onLine(14)]);
  });
});

describe("control-plane-toleration", () => {
  const noTolerations = `containers:
  - {name: a, image: example/a:1}`;

  it("leaves a lone master toleration to legacy-master-toleration", async () => {
    const master = daemonSetYaml(`tolerations: [{key: node-role.kubernetes.io/master, operator: Exists, effect: NoSchedule}]
${noTolerations}`);
    expect(await ruleFindings("control-plane-toleration", master)).toEqual([]);
    expect(await ruleFindings("legacy-master-toleration", master)).toEqual([onLine(12)]);
  });

  it("judges tolerations as Kubernetes does", async () => {
    for (const toleration of ["{operator: Exists}", "{key: node-role.kubernetes.io/control-plane}", "{key: node-role.kubernetes.io/control-plane, operator: Equal, value: ''}"]) {
      expect(await ruleFindings("control-plane-toleration", daemonSetYaml(`tolerations: [${toleration}]\n${noTolerations}`)), toleration).toEqual([]);
    }
    expect(await ruleFindings("control-plane-toleration", daemonSetYaml(`tolerations: [{operator: Exists, effect: PreferNoSchedule}]\n${noTolerations}`))).toEqual([onLine(12)]);
  });

  it("does not count a selection on labels every node has with its own value", async () => {
    const arch = daemonSetYaml(`nodeSelector: {kubernetes.io/arch: arm64}
${noTolerations}`);
    expect(await ruleFindings("control-plane-toleration", arch)).toEqual([onLine(11)]);
  });

  it("needs the annotation's value to be skip", async () => {
    const other = daemonSetYaml(noTolerations, { metadata: "annotations: {dslint.io/control-plane-nodes: run}" });
    expect(await ruleFindings("control-plane-toleration", other)).toEqual([onLine(12)]);
  });
});

describe("missing-os-selector", () => {
  it("accepts the deprecated beta OS label", async () => {
    const beta = daemonSetYaml(`nodeSelector: {beta.kubernetes.io/os: linux}
containers:
  - {name: a, image: example/a:1}`);
    expect(await ruleFindings("missing-os-selector", beta)).toEqual([]);
  });
});

describe("nodeSelectionsIntersect: whether two DaemonSets can share a node", () => {
  const selection = (podSpec: Record<string, unknown>): NodeSelection => {
    const s: NodeSelection = { affinity: requiredNodeAffinity(podSpec) };
    if (typeof podSpec.nodeName === "string") s.nodeName = podSpec.nodeName;
    return s;
  };
  const term = (...matchExpressions: Array<Record<string, unknown>>) => ({
    affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions }] } } },
  });
  const expr = (key: string, operator: string, values?: string[]) => (values ? { key, operator, values } : { key, operator });

  it.each([
    ["both unrestricted", {}, {}, true],
    ["one nodeSelector", { nodeSelector: { "kubernetes.io/os": "linux" } }, {}, true],
    ["two architectures by nodeSelector", { nodeSelector: { "kubernetes.io/arch": "amd64" } }, { nodeSelector: { "kubernetes.io/arch": "arm64" } }, false],
    ["a nodeSelector against In of other values", { nodeSelector: { "kubernetes.io/arch": "amd64" } }, term(expr("kubernetes.io/arch", "In", ["arm64", "s390x"])), false],
    ["a nodeSelector within In", { nodeSelector: { "kubernetes.io/arch": "amd64" } }, term(expr("kubernetes.io/arch", "In", ["arm64", "amd64"])), true],
    ["NotIn the only value", { nodeSelector: { gpu: "true" } }, term(expr("gpu", "NotIn", ["true"])), false],
    ["Exists against DoesNotExist", term(expr("node-role.kubernetes.io/control-plane", "Exists")), term(expr("node-role.kubernetes.io/control-plane", "DoesNotExist")), false],
    ["NotIn against DoesNotExist", term(expr("zone", "NotIn", ["a"])), term(expr("zone", "DoesNotExist")), true],
    ["Gt 5 against Lt 3", term(expr("cores", "Gt", ["5"])), term(expr("cores", "Lt", ["3"])), false],
    ["Gt 5 against Lt 7 (6 fits)", term(expr("cores", "Gt", ["5"])), term(expr("cores", "Lt", ["7"])), true],
    ["Gt 5 against Lt 7 and NotIn 6", term(expr("cores", "Gt", ["5"]), expr("cores", "NotIn", ["6"])), term(expr("cores", "Lt", ["7"])), false],
    ["two templates pinned to different nodes", { nodeName: "n1" }, { nodeName: "n2" }, false],
    ["a pinned node against matchFields for it", { nodeName: "n1" }, { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: "metadata.name", operator: "In", values: ["n1"] }] }] } } } }, true],
    ["an affinity with no matchable term", { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [] } } } }, {}, false],
    [
      "terms ORed: one of them fits",
      { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [expr("a", "In", ["x"])] }, { matchExpressions: [expr("b", "Exists")] }] } } } },
      { nodeSelector: { a: "y" } },
      true,
    ],
  ])("%s", (_name, a, b, expected) => {
    expect(nodeSelectionsIntersect(selection(a), selection(b))).toBe(expected);
    expect(nodeSelectionsIntersect(selection(b), selection(a))).toBe(expected);
  });
});

describe("overlapping-host-ports", () => {
  const exporter = (name: string, podSpec: string) => daemonSetYaml(`${podSpec}\ncontainers: [{name: e, image: example/e:1, ports: [{containerPort: 9100, hostPort: 9100}]}]`, { name });

  it("leaves alone two copies of one DaemonSet, and lists several others", async () => {
    const manifest = [exporter("a", "hostNetwork: false"), exporter("a", "hostNetwork: false"), exporter("b", "hostNetwork: false"), exporter("c", "hostNetwork: false")].join("---\n");
    const found = await ruleFindings("overlapping-host-ports", manifest);
    expect(found).toHaveLength(3);
    expect(found[0]).toBe(
      '13:90 host port 9100/TCP is also taken by 2 other DaemonSets whose pods can run on the same nodes: "kube-system/b" (in this file), "kube-system/c" (in this file); the scheduler puts only one of them on each such node (NodePorts), and the others\' pods stay Pending there',
    );
  });

  it("compares within each file only when acrossFiles is off", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { check } = await import("../src/check.js");
    const { onlyRule } = await import("./helpers.js");
    const dir = mkdtempSync(join(tmpdir(), "dslint-ports-"));
    writeFileSync(join(dir, "a.yaml"), exporter("a", "hostNetwork: false"));
    writeFileSync(join(dir, "b.yaml"), exporter("b", "hostNetwork: false"));
    const run = async (acrossFiles: boolean) =>
      (await check(["a.yaml", "b.yaml"], { cwd: dir, config: await onlyRule("overlapping-host-ports", { severity: "warning", options: { acrossFiles } }, dir) })).findings.map((f) => `${f.file}: ${f.message}`);
    expect(await run(true)).toEqual([
      expect.stringMatching(/^a\.yaml: host port 9100\/TCP is also taken by DaemonSet "kube-system\/b" \(in b\.yaml\)/),
      expect.stringMatching(/^b\.yaml: host port 9100\/TCP is also taken by DaemonSet "kube-system\/a" \(in a\.yaml\)/),
    ]);
    expect(await run(false)).toEqual([]);
  });

  it("reads a sidecar's host port, and a hostNetwork containerPort", async () => {
    const sidecar = daemonSetYaml("initContainers: [{name: s, image: example/s:1, restartPolicy: Always, ports: [{containerPort: 80, hostPort: 9100}]}]\ncontainers: [{name: c, image: example/c:1}]", { name: "s" });
    const hostNetwork = daemonSetYaml("hostNetwork: true\ncontainers: [{name: c, image: example/c:1, ports: [{containerPort: 9100}]}]", { name: "h" });
    expect(await ruleFindings("overlapping-host-ports", `${sidecar}---\n${hostNetwork}`)).toHaveLength(2);
  });
});

describe("rollout-max-unavailable with a --nodes inventory", () => {
  const nodes = (count: number) =>
    JSON.stringify({ kind: "NodeList", items: Array.from({ length: count }, (_, i) => ({ kind: "Node", metadata: { name: `n${i}`, labels: { "kubernetes.io/os": "linux" } }, status: { allocatable: { cpu: "4", memory: "8Gi", pods: "110" } } })) });
  const agent = (strategy = "") => daemonSetYaml(`${strategy}containers: [{name: agent, image: example/agent:1.0}]`);
  async function waves(count: number, manifest: string, options?: Record<string, unknown>) {
    const dir = mkdtempSync(join(tmpdir(), "dslint-waves-"));
    writeFileSync(join(dir, "nodes.json"), nodes(count));
    writeFileSync(join(dir, "ds.yaml"), manifest);
    const config = await onlyRule("rollout-max-unavailable", options ? { severity: "info", options } : { severity: "info" }, dir);
    const { findings } = await check(["ds.yaml"], { cwd: dir, config, nodes: ["nodes.json"] });
    return findings.filter((f) => f.ruleId === "rollout-max-unavailable").map((f) => `${f.line}:${f.column} ${f.path} ${f.message}`);
  }

  it("counts the waves over the nodes where the DaemonSet runs, from largeCluster on", async () => {
    expect(await waves(60, agent())).toEqual([expect.stringMatching(/^\d+:\d+ spec\.updateStrategy maxUnavailable 1 \(the default\) updates one node at a time: on the 60 nodes of the inventory where it runs, a rollout takes 60 waves/)]);
    expect(await waves(49, agent())).toEqual([]);
    expect(await waves(60, agent(), { largeCluster: 100 })).toEqual([]);
  });

  it("reports at maxUnavailable as written, and not for a percentage that scales", async () => {
    const manifest = (value: string) => daemonSetYaml(`containers: [{name: agent, image: example/agent:1.0}]`).replace("  template:", `  updateStrategy:\n    rollingUpdate: {maxUnavailable: ${value}}\n  template:`);
    expect(await waves(60, manifest("1"))).toEqual([expect.stringMatching(/ spec\.updateStrategy\.rollingUpdate\.maxUnavailable maxUnavailable 1 updates one node at a time: on the 60 nodes/)]);
    expect(await waves(60, manifest("10%"))).toEqual([]);
  });

  it("leaves the count to the rule when its nodes option gives it", async () => {
    expect(await waves(60, agent(), { nodes: 500 })).toEqual([expect.stringMatching(/on 500 nodes a rollout takes 500 waves/)]);
  });
});
