import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  check,
  checkText,
  diffSimulations,
  FORMAT_NAMES,
  getFormatter,
  nodesFromObjects,
  podsFromObjects,
  simulate,
  simulateChange,
  UsageError,
  type DaemonSetSimulation,
  type DiffReport,
} from "../src/index.js";

const DAEMONSET = {
  apiVersion: "apps/v1",
  kind: "DaemonSet",
  metadata: { name: "agent", namespace: "kube-system" },
  spec: {
    selector: { matchLabels: { app: "agent" } },
    template: {
      metadata: { labels: { app: "agent" } },
      spec: { containers: [{ name: "agent", image: "example/agent:1.0", ports: [{ containerPort: 9100, hostPort: 9100 }] }] },
    },
  },
};

const node = (name: string, extra: Record<string, unknown> = {}) => ({ apiVersion: "v1", kind: "Node", metadata: { name }, ...extra });
const NODES = [node("a"), node("b", { spec: { taints: [{ key: "gpu", value: "true", effect: "NoSchedule" }] } })];
const PORT_TAKEN = { apiVersion: "v1", kind: "Pod", metadata: { name: "web", namespace: "default" }, spec: { nodeName: "a", containers: [{ name: "web", image: "nginx", ports: [{ containerPort: 80, hostPort: 9100 }] }] } };

const placements = (s: DaemonSetSimulation) => s.nodes.map((n) => [n.node, n.placement]);

describe("simulate() takes the inventory in every shape the API hands out", () => {
  const expected = simulate(DAEMONSET, NODES);

  it("places the nodes of an array of Node objects", () => {
    expect(placements(expected)).toEqual([
      ["a", "runs"],
      ["b", "excluded"],
    ]);
  });

  it("takes what nodesFromObjects returned, or its nodes", () => {
    const inventory = nodesFromObjects(NODES);
    expect(simulate(DAEMONSET, inventory)).toEqual(expected);
    expect(simulate(DAEMONSET, inventory.nodes)).toEqual(expected);
    expect(simulate(DAEMONSET, inventory.nodes.filter((n) => n.name === "a")).summary.nodes).toBe(1);
  });

  it("takes a NodeList, alone or in the array, and a single Node", () => {
    const list = { apiVersion: "v1", kind: "NodeList", items: NODES };
    expect(simulate(DAEMONSET, list)).toEqual(expected);
    expect(simulate(DAEMONSET, [list])).toEqual(expected);
    expect(simulate(DAEMONSET, node("a")).summary.nodes).toBe(1);
  });

  it("takes pods as objects, a PodList, or what podsFromObjects returned", () => {
    const withPods = [
      simulate(DAEMONSET, NODES, { pods: [PORT_TAKEN] }),
      simulate(DAEMONSET, NODES, { pods: { kind: "PodList", items: [PORT_TAKEN] } }),
      simulate(DAEMONSET, NODES, { pods: podsFromObjects([PORT_TAKEN]) }),
      simulate(DAEMONSET, nodesFromObjects(NODES), { pods: podsFromObjects([PORT_TAKEN]).pods }),
    ];
    for (const s of withPods) expect(placements(s)).toEqual([["a", "pending"], ["b", "excluded"]]);
  });

  it("leaves out unusable objects among usable nodes, as documented", () => {
    expect(simulate(DAEMONSET, [...NODES, { kind: "Node", metadata: {} }]).summary.nodes).toBe(2);
    expect(simulate(DAEMONSET, []).summary.nodes).toBe(0);
  });
});

describe("simulateChange() reads files as dslint simulate --before and --nodes-after do", () => {
  // Node b without its gpu taint, and a Node without a name.
  const NODES_AFTER = JSON.stringify({ kind: "NodeList", items: [node("a"), node("b"), { kind: "Node", metadata: {} }] });
  /** A folder with the DaemonSet before and after it tolerates the gpu taint, a second one the change removes, a chart and inventories. */
  const cwd = (() => {
    const dir = mkdtempSync(join(tmpdir(), "dslint-api-change-"));
    const spec = DAEMONSET.spec.template.spec;
    const tolerating = { ...DAEMONSET, spec: { ...DAEMONSET.spec, template: { ...DAEMONSET.spec.template, spec: { ...spec, tolerations: [{ key: "gpu", operator: "Exists" }] } } } };
    const removed = { ...DAEMONSET, metadata: { name: "removed", namespace: "kube-system" } };
    mkdirSync(join(dir, "old"));
    mkdirSync(join(dir, "chart", "templates"), { recursive: true });
    writeFileSync(join(dir, "old", "agent.json"), JSON.stringify(DAEMONSET));
    writeFileSync(join(dir, "old", "removed.json"), JSON.stringify(removed));
    writeFileSync(join(dir, "agent.json"), JSON.stringify(tolerating));
    writeFileSync(join(dir, "chart", "Chart.yaml"), "apiVersion: v2\nname: agent\nversion: 0.1.0\n");
    writeFileSync(join(dir, "chart", "templates", "ds.yaml"), "kind: DaemonSet\nmetadata:\n  name: {{ .Release.Name }}\n");
    writeFileSync(join(dir, "nodes.json"), JSON.stringify({ kind: "NodeList", items: NODES }));
    writeFileSync(join(dir, "nodes-after.json"), NODES_AFTER);
    return dir;
  })();
  const changes = (diffs: Iterable<DiffReport>) => [...diffs].map((d) => [d.file, d.diff.name, d.diff.changes.map((c) => `${c.node} ${c.change}`)]);

  it("diffs the manifests against their previous version, the removed DaemonSets last", () => {
    const messages: string[] = [];
    const change = simulateChange(["agent.json", "chart"], { cwd, before: ["old"], nodes: ["nodes.json"], onMessage: (line) => messages.push(line) });
    const expected = [
      ["agent.json", "agent", ["b gains"]],
      ["old/removed.json", "removed", ["a loses"]],
    ];
    expect(changes(change.diffs)).toEqual(expected);
    // Simulated again on each iteration.
    expect(changes(change.diffs)).toEqual(expected);
    expect(change.errors).toEqual([]);
    expect(messages).toEqual([expect.stringMatching(/^chart\/Chart\.yaml: Helm chart: .* helm template chart \| dslint simulate - --nodes FILE$/)]);
  });

  it("diffs the manifests on a changed inventory, its problems in errors and onMessage", () => {
    const messages: string[] = [];
    const change = simulateChange(["old"], { cwd, nodes: ["nodes.json"], nodesAfter: ["nodes-after.json"], onMessage: (line) => messages.push(line) });
    expect(changes(change.diffs)).toEqual([
      ["old/agent.json", "agent", ["b gains"]],
      ["old/removed.json", "removed", ["b gains"]],
    ]);
    // At the nameless Node's metadata, worded from the List item.
    const column = NODES_AFTER.lastIndexOf('"metadata"') + 1;
    const error = { file: "nodes-after.json", line: 1, column, message: "metadata.name: Node has no metadata.name; skipped" };
    expect(change.errors).toEqual([error]);
    expect(messages).toEqual([`nodes-after.json:1:${column}: ${error.message}`]);
  });

  it("throws a UsageError for paths that match nothing, unless told otherwise, and for no inventory", () => {
    expect(() => simulateChange(["missing.json"], { cwd, before: ["gone"], nodes: ["nodes.json"] })).toThrow(new UsageError('"missing.json" does not exist\n--before: "gone" does not exist'));
    expect(changes(simulateChange(["missing.json"], { cwd, before: ["old"], nodes: ["nodes.json"], errorOnUnmatchedPattern: false }).diffs)).toEqual([
      ["old/agent.json", "agent", ["a loses"]],
      ["old/removed.json", "removed", ["a loses"]],
    ]);
    expect(() => simulateChange(["agent.json"], { cwd, before: ["old"] })).toThrow(UsageError);
  });

  it("rejects a call that names no change, or two", () => {
    const want = new TypeError("simulateChange: options must give before (the previous manifests) or nodesAfter (the changed inventory), one of them");
    expect(() => simulateChange(["agent.json"], { nodes: ["nodes.json"] })).toThrow(want);
    expect(() => simulateChange(["agent.json"], undefined as never)).toThrow(want);
    expect(() => simulateChange(["agent.json"], { before: ["old"], nodesAfter: ["nodes.json"] })).toThrow(want);
    expect(() => simulateChange("agent.json" as never, { before: ["old"] })).toThrow(/^simulateChange: paths must be an array/);
    expect(() => simulateChange(["agent.json"], { before: ["old"], node: ["nodes.json"] } as never)).toThrow(/^simulateChange: unknown option "node"/);
  });
});

describe("the API rejects a wrong argument with a TypeError that says what it wants", () => {
  const rejects = (f: () => unknown, message: string) => expect(f).toThrow(new TypeError(message));
  const wantNodes = "simulate: nodes must be an array of parsed Node objects, a NodeList, or what nodesFromObjects() returned; got ";
  const wantDaemonSet = "simulate: daemonSet must be a parsed DaemonSet object; got ";

  it("simulate: the DaemonSet", () => {
    rejects(() => simulate("kind: DaemonSet\n", NODES), `${wantDaemonSet}a string (parse YAML or JSON text into objects first)`);
    rejects(() => simulate(undefined, NODES), `${wantDaemonSet}undefined`);
    rejects(() => simulate({ findings: [], summary: {} }, NODES), `${wantDaemonSet}a check() result`);
    rejects(() => simulate(Promise.resolve(DAEMONSET), NODES), `${wantDaemonSet}a Promise (missing await?)`);
    rejects(() => simulate({ ...DAEMONSET, kind: "Deployment" }, NODES), `${wantDaemonSet}a Deployment object`);
    rejects(() => simulate({ kind: "List", items: [DAEMONSET] }, NODES), `${wantDaemonSet}a List object; simulate its DaemonSet items one at a time`);
    // Saved without kind, a manifest with a spec is still a DaemonSet, as for the simulate command.
    const { kind: _kind, ...kindless } = DAEMONSET;
    expect(simulate(kindless, NODES)).toEqual(simulate(DAEMONSET, NODES));
  });

  it("simulate: the nodes", () => {
    rejects(() => simulate(DAEMONSET, undefined as never), `${wantNodes}undefined`);
    rejects(() => simulate(DAEMONSET, "kind: Node\n" as never), `${wantNodes}a string (parse YAML or JSON text into objects first)`);
    rejects(() => simulate(DAEMONSET, { findings: [], summary: {} }), `${wantNodes}a check() result`);
    rejects(() => simulate(DAEMONSET, podsFromObjects([PORT_TAKEN])), `${wantNodes}a podsFromObjects() result`);
    rejects(
      () => simulate(DAEMONSET, [DAEMONSET, DAEMONSET]),
      'simulate: no usable Node in nodes (nodes[0].kind: not a Node: kind is "DaemonSet" (and 1 more)); nodesFromObjects(nodes).problems lists every problem',
    );
    rejects(() => simulate(DAEMONSET, [...nodesFromObjects(NODES).nodes, node("c")]), "simulate: nodes mixes items of nodesFromObjects() with Node objects; pass one or the other");
  });

  it("simulate: the options", () => {
    rejects(() => simulate(DAEMONSET, NODES, [PORT_TAKEN] as never), "simulate: options must be an object with pods, kubernetesVersion; got an array");
    rejects(() => simulate(DAEMONSET, NODES, { pod: [PORT_TAKEN] } as never), 'simulate: unknown option "pod" (options: pods, kubernetesVersion)');
    rejects(
      () => simulate(DAEMONSET, NODES, { pods: nodesFromObjects(NODES) }),
      "simulate: options.pods must be an array of parsed Pod objects, a PodList, or what podsFromObjects() returned; got a nodesFromObjects() result",
    );
    rejects(
      () => simulate(DAEMONSET, NODES, { pods: NODES }),
      'simulate: no usable Pod in options.pods (options.pods[0].kind: not a Pod, PodDisruptionBudget or PriorityClass: kind is "Node" (and 1 more)); podsFromObjects(options.pods).problems lists every problem',
    );
  });

  it("diffSimulations", () => {
    const s = simulate(DAEMONSET, NODES);
    expect(diffSimulations(s, s).changes).toEqual([]);
    rejects(() => diffSimulations(s, undefined as never), "diffSimulations: after must be what simulate() returned; got undefined");
    rejects(() => diffSimulations(DAEMONSET as never, s), "diffSimulations: before must be what simulate() returned; got a DaemonSet object");
  });

  it("check and checkText, which reject (they return a Promise)", async () => {
    // A string would be taken apart character by character, and "/" is the whole disk.
    await expect(check("deploy/" as never)).rejects.toThrow(new TypeError('check: paths must be an array of file, folder or glob paths, such as ["deploy/"]; got a string; put it in an array'));
    await expect(check(undefined as never)).rejects.toThrow(TypeError);
    await expect(check(["x.yaml"], { kubernetes_version: "1.30" } as never)).rejects.toThrow(/^check: unknown option "kubernetes_version" \(options: kubernetesVersion, cwd, /);
    await expect(checkText(DAEMONSET as never, "a.yaml")).rejects.toThrow(new TypeError("checkText: text must be a string; got a DaemonSet object"));
    await expect(checkText("kind: DaemonSet\n", undefined as never)).rejects.toThrow(new TypeError("checkText: filename must be a string; got undefined"));
  });
});

describe("getFormatter", () => {
  it("returns the named format, or undefined for a name not in FORMAT_NAMES", () => {
    expect(FORMAT_NAMES).toEqual(["stylish", "json", "sarif", "junit", "github"]);
    for (const name of FORMAT_NAMES) expect(getFormatter(name)?.name).toBe(name);
    expect(getFormatter("xml")).toBeUndefined();
  });

  it("formats a check result without options, in every format", async () => {
    const result = await checkText("kind: DaemonSet\n", "a.yaml", { config: { dir: "/", rules: {}, ignore: [], overrides: [], nodes: [] } });
    for (const name of FORMAT_NAMES) expect(getFormatter(name)!.format(result)).toContain(name === "sarif" || name === "junit" ? "a.yaml" : "missing-api-version");
    expect(JSON.parse(getFormatter("json")!.format(result))).toEqual({ findings: result.findings, summary: result.summary });
    // No colour unless asked for.
    expect(getFormatter("stylish")!.format(result)).not.toMatch(/\u001b\[/);
    expect(getFormatter("stylish")!.format(result, { color: true })).toMatch(/\u001b\[/);
  });

  it("rejects what is not a check result, such as a check() not awaited", () => {
    const pending = checkText("kind: DaemonSet\n", "a.yaml");
    expect(() => getFormatter("json")!.format(pending as never)).toThrow(new TypeError("format: result must be what check() resolves to ({findings, summary, files}); got a Promise (missing await?)"));
    return pending;
  });
});
