import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { corpusDaemonSets, corpusNodes, repoRoot } from "./data.js";
import { daemonSet } from "./helpers.js";
import { generateInventory } from "../scripts/generate-inventory.js";
import { BATCH_CHARS, joinChunks } from "../src/chunks.js";
import { diffJson, diffJsonChunks, formatDiffJson, formatSimulationJson, simulationJson, simulationJsonChunks } from "../src/simulate/format-json.js";
import {
  diffTableChunks,
  formatDiffTable,
  formatSimulationTable,
  rolloutLines,
  simulationTableChunks,
  type DiffReport,
  type Paint,
  type SimulationReport,
} from "../src/simulate/format-table.js";
import { diffSimulations, nodesFromObjects, podsFromObjects, simulate, type Placement } from "../src/simulate/index.js";
import { simulateOnInventory, simulatePlacements } from "../src/simulate/simulate.js";
import { printable, tidyMessage } from "../src/text.js";

type Obj = Record<string, unknown>;

const load = (file: string): unknown[] => parseAllDocuments(readFileSync(file, "utf8")).map((doc) => doc.toJS());
const isDaemonSet = (o: unknown): boolean => (o as Obj | null)?.kind === "DaemonSet";

/** Agents that run, stay pending (requests, host ports) and are excluded (selector, taints) across a generated fleet. */
const AGENTS = [
  daemonSet({ tolerations: [{ operator: "Exists" }], containers: [{ name: "a", image: "x", resources: { requests: { cpu: "10m" } } }] }, { name: "everywhere" }),
  daemonSet({ nodeSelector: { "kubernetes.io/os": "linux" }, containers: [{ name: "a", image: "x", resources: { requests: { cpu: "6", memory: "40Gi" } } }] }, { name: "linux-big" }),
  daemonSet(
    {
      nodeSelector: { "nvidia.com/gpu.present": "true" },
      tolerations: [{ key: "nvidia.com/gpu", operator: "Exists" }],
      containers: [{ name: "a", image: "x", ports: [{ containerPort: 9400, hostPort: 9400 }], resources: { requests: { "nvidia.com/gpu": "1" }, limits: { "nvidia.com/gpu": "1" } } }],
    },
    { name: "gpu" },
  ),
];

/** The table as it was written before it came in pieces: every row held, columns padded to the widest cell. */
function referenceTable(reports: readonly SimulationReport[], only?: Placement, paint: Paint = (_r, t) => t): string {
  const blocks = reports.map(({ file, simulation }) => {
    const shown = simulation.nodes.filter((n) => only === undefined || n.placement === only);
    const name = simulation.namespace === undefined ? simulation.name : `${simulation.namespace}/${simulation.name}`;
    const lines = [paint("title", printable(`DaemonSet ${name} (${file})`))];
    const s = simulation.summary;
    if (simulation.rejected) {
      const { field, message, line, column, errors } = simulation.rejected;
      const more = errors > 1 ? `; and ${errors - 1} more error${errors === 2 ? "" : "s"}` : "";
      lines.push(paint("excluded", `REJECTED  ${tidyMessage(`the API server rejects the DaemonSet: ${field}: ${message}${line === undefined ? "" : ` (line ${line}, column ${column})`}${more}`)}`));
      lines.push("", `DESIRED  0: no node gets a pod; ${s.nodes} node${s.nodes === 1 ? "" : "s"}`);
      return lines.join("\n");
    }
    if (shown.length === 0) lines.push(paint("muted", only === undefined ? "(no nodes)" : `(no ${only} nodes)`));
    else {
      const rows = shown.map((n) => {
        const reason = tidyMessage(n.reasons.map((r) => r.message).join("; "));
        return [printable(n.node), n.placement, n.placement === "excluded" && n.shouldContinueRunning ? `${reason} (a running pod is kept)` : reason];
      });
      const header = ["NODE", "PLACEMENT", "REASON"];
      const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c]!.length)));
      const line = (cells: string[], style: (c: number, text: string) => string) =>
        cells.map((cell, c) => style(c, c === 2 ? cell : cell.padEnd(widths[c]!))).join("  ").trimEnd();
      lines.push(line(header, (_c, text) => paint("header", text)));
      rows.forEach((row, r) => lines.push(line(row, (c, text) => (c === 1 ? paint(shown[r]!.placement as "runs" | "pending" | "excluded", text) : text))));
    }
    const kept = s.excludedKeepingPod > 0 ? ` (${s.excludedKeepingPod} would keep a running pod)` : "";
    const preempting = s.preempting > 0 ? `, ${s.preempting} of them by preempting ${s.preemptedPods} pod${s.preemptedPods === 1 ? "" : "s"}` : "";
    lines.push("", `DESIRED  ${s.desired} (runs ${s.runs}${preempting}, pending ${s.pending}); excluded ${s.excluded}${kept}; ${s.nodes} node${s.nodes === 1 ? "" : "s"}`);
    lines.push(...rolloutLines(s.rollout, paint));
    return lines.join("\n");
  });
  return blocks.length === 0 ? "" : `${blocks.join("\n\n")}\n`;
}

const paint: Paint = (role, text) => `<${role}>${text}</${role}>`;

describe("simulation output in pieces", () => {
  const corpusInventory = nodesFromObjects(readdirSync(corpusNodes).sort().flatMap((file) => load(join(corpusNodes, file)))).nodes;
  const corpusReports: SimulationReport[] = readdirSync(corpusDaemonSets)
    .sort()
    .flatMap((file) => load(join(corpusDaemonSets, file)).filter(isDaemonSet).map((ds) => ({ file, simulation: simulate(ds, corpusInventory) })));
  const exampleNodes = nodesFromObjects(load(join(repoRoot, "examples", "cluster-nodes.yaml"))).nodes;
  const exampleReports: SimulationReport[] = readdirSync(join(repoRoot, "examples", "manifests"))
    .sort()
    .flatMap((file) => load(join(repoRoot, "examples", "manifests", file)).filter(isDaemonSet).map((ds) => ({ file, simulation: simulate(ds, exampleNodes) })));
  // A fleet with pods on it: pending nodes with their own reasons, and more than 256 nodes per DaemonSet.
  const fleet = nodesFromObjects([generateInventory({ nodes: 600, seed: 3 })]).nodes;
  const pods = podsFromObjects(
    fleet.slice(0, 40).map((n, i) => ({
      kind: "Pod",
      metadata: { name: `p${i}`, namespace: "default" },
      spec: { nodeName: n.name, containers: [{ name: "c", image: "x", ports: [{ containerPort: 9400, hostPort: 9400 }], resources: { requests: { cpu: `${i * 100}m` } } }] },
    })),
  ).pods;
  const fleetReports: SimulationReport[] = AGENTS.map((ds) => ({ file: "agents.yaml", simulation: simulate(ds, fleet, { pods }) }));
  const cases = { corpus: corpusReports, examples: exampleReports, fleet: fleetReports, none: [] };

  it("covers runs, pending, excluded and rejected nodes", () => {
    const placements = new Set([...corpusReports, ...fleetReports].flatMap((r) => r.simulation.nodes.map((n) => n.placement)));
    expect([...placements].sort()).toEqual(["excluded", "pending", "rejected", "runs"]);
    expect(corpusReports.length).toBeGreaterThan(50);
  });

  it("joins the table's pieces into the table, as it was written whole", () => {
    for (const [name, reports] of Object.entries(cases)) {
      for (const only of [undefined, "runs", "pending", "excluded", "rejected"] as const) {
        const expected = referenceTable(reports, only);
        expect(joinChunks(simulationTableChunks(reports, { only })), `${name} ${only}`).toBe(expected);
        expect(formatSimulationTable(reports, { only })).toBe(expected);
      }
      expect(joinChunks(simulationTableChunks(reports, { paint })), name).toBe(referenceTable(reports, undefined, paint));
    }
  });

  it("joins the JSON's pieces into JSON.stringify of the document", () => {
    for (const [name, reports] of Object.entries(cases)) {
      for (const only of [undefined, "runs", "pending", "excluded", "rejected"] as const) {
        const expected = `${JSON.stringify(simulationJson(reports, { only }), null, 2)}\n`;
        expect(joinChunks(simulationJsonChunks(reports, { only })), `${name} ${only}`).toBe(expected);
        expect(formatSimulationJson(reports, { only })).toBe(expected);
      }
    }
  });

  it("writes placements kept as columns as it writes those of simulate", () => {
    const cases: [unknown[], ReturnType<typeof nodesFromObjects>["nodes"], Parameters<typeof simulatePlacements>[2]][] = [
      [readdirSync(corpusDaemonSets).sort().flatMap((file) => load(join(corpusDaemonSets, file)).filter(isDaemonSet)), corpusInventory, {}],
      [AGENTS, fleet, { pods }],
    ];
    for (const [daemonSets, nodes, options] of cases) {
      const objects = daemonSets.map((ds) => ({ file: "f", simulation: simulateOnInventory(ds, nodes, options) }));
      const columns = daemonSets.map((ds) => ({ file: "f", simulation: simulatePlacements(ds, nodes, options) }));
      for (const only of [undefined, "runs", "pending", "excluded", "rejected"] as const) {
        expect(joinChunks(simulationTableChunks(columns, { only, paint }))).toBe(joinChunks(simulationTableChunks(objects, { only, paint })));
        expect(joinChunks(simulationJsonChunks(columns, { only }))).toBe(joinChunks(simulationJsonChunks(objects, { only })));
        expect(simulationJson(columns, { only })).toEqual(simulationJson(objects, { only }));
      }
    }
  });

  it("writes placements of another shape as JSON.stringify does", () => {
    const simulation = fleetReports[0]!.simulation;
    const odd = [{ reasons: [], node: "n1", placement: "runs", shouldRun: true, shouldContinueRunning: true }, { ...simulation.nodes[0]!, extra: 1 }, undefined];
    const reports = [{ file: "f", simulation: { ...simulation, nodes: [...odd, ...simulation.nodes] } }] as SimulationReport[];
    expect(joinChunks(simulationJsonChunks(reports))).toBe(`${JSON.stringify(simulationJson(reports), null, 2)}\n`);
  });

  it("joins the diff's pieces into the diff table and JSON", () => {
    const smaller = fleet.filter((_n, i) => i % 3 !== 0);
    const diffs: DiffReport[] = AGENTS.flatMap((ds, i) => [
      { file: "agents.yaml", diff: diffSimulations(simulate(ds, fleet), simulate(ds, smaller, { pods })) },
      { file: "agents.yaml", diff: diffSimulations(simulate(ds, fleet), simulate(AGENTS[(i + 1) % AGENTS.length]!, fleet)) },
      { file: "agents.yaml", diff: diffSimulations(simulate(ds, fleet), simulate(ds, fleet)) },
    ]);
    expect(diffs.some((d) => d.diff.changes.length > 256)).toBe(true);
    for (const reports of [diffs, []]) {
      const json = `${JSON.stringify(diffJson(reports), null, 2)}\n`;
      expect(joinChunks(diffJsonChunks(reports))).toBe(json);
      expect(formatDiffJson(reports)).toBe(json);
      expect(joinChunks(diffTableChunks(reports, { paint }))).toBe(formatDiffTable(reports, { paint }));
    }
    const table = formatDiffTable(diffs);
    expect(table).toMatch(/^NODE +BEFORE +AFTER +CHANGE +REASON$/m);
    expect(table).toMatch(/ excluded +runs +gains a pod$/m);
    expect(table.endsWith("\n") && !table.endsWith("\n\n")).toBe(true);
  });

  it("writes 3 DaemonSets on 65,000 nodes in bounded pieces, simulating each only when its block is written", () => {
    // 5,000 generated nodes, thirteen times under other names: the fleet's mix without generating 65,000.
    const base = nodesFromObjects([generateInventory({ nodes: 5_000, seed: 42 })]).nodes;
    const nodes = Array.from({ length: 13 }, (_, copy) => base.map((n) => ({ ...n, name: `${n.name}-${copy}` }))).flat();
    expect(nodes).toHaveLength(65_000);
    let simulated = 0;
    const reports = function* (): Generator<SimulationReport> {
      for (const ds of AGENTS) {
        simulated++;
        yield { file: "agents.yaml", simulation: simulatePlacements(ds, nodes) };
      }
    };
    for (const chunks of [simulationTableChunks(reports()), simulationJsonChunks(reports())]) {
      simulated = 0;
      const first = chunks.next();
      expect(first.done).toBe(false);
      expect(simulated).toBe(1);
      let count = 1;
      let longest = first.value.length;
      let total = first.value.length;
      let nodeLines = 0;
      for (const chunk of chunks) {
        count++;
        longest = Math.max(longest, chunk.length);
        total += chunk.length;
        nodeLines += chunk.split('"node": ').length - 1 + chunk.split("\nip-").length - 1;
      }
      expect(simulated).toBe(3);
      expect(longest).toBeLessThan(4 * BATCH_CHARS);
      expect(count).toBeGreaterThan(total / (4 * BATCH_CHARS));
      expect(total).toBeGreaterThan(3 * 65_000 * 20);
      expect(nodeLines).toBeGreaterThan(3 * 60_000);
    }
  });
});
