/**
 * Placement simulation benchmark. Each case generates an inventory in memory,
 * serialises it to JSON, and times from the JSON bytes to the last result:
 * reading the inventory (`nodesFromJson`, or `JSON.parse` + `nodesFromObjects`
 * for comparison) and simulating every DaemonSet. Every measurement runs in a
 * fresh process, cold, as a CLI run is.
 *
 *   node dist/scripts/bench-simulate.js
 *
 * Targets: 5,000 nodes × 20 DaemonSets under 1 s, 65,000 nodes × 1 under 2 s.
 *
 * `benchSimulateCli` measures the command line instead: `dslint simulate` on
 * 100 DaemonSets and 65,000 nodes, the whole table and the whole JSON written
 * to files; its time and peak RSS, or how it crashed.
 */
import { spawnSync } from "node:child_process";
import { statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { stringify } from "yaml";
import { nodesFromJson, nodesFromObjects, simulate } from "../src/simulate/index.js";
import { failure, measure } from "./bench-measure.js";
import { generateInventory } from "./generate-inventory.js";

export interface BenchSimulateCase {
  name: string;
  nodes: number;
  daemonSets: number;
  targetMs: number;
}

export interface BenchSimulateResult extends BenchSimulateCase {
  reader: InventoryReader;
  inventoryBytes: number;
  /** JSON to normalised nodes. */
  inventoryMs: number;
  simulateMs: number;
  totalMs: number;
  /** Live heap after the run, with the inventory and every result still alive (the JSON bytes are outside the heap). */
  heapUsedMB: number;
  nodesRead: number;
  /** Sum over the DaemonSets of the nodes that want a pod. */
  desired: number;
  withinTarget: boolean;
}

export const DEFAULT_CASES: readonly BenchSimulateCase[] = [
  { name: "5,000 nodes × 20 DaemonSets", nodes: 5_000, daemonSets: 20, targetMs: 1_000 },
  { name: "65,000 nodes × 1 DaemonSet", nodes: 65_000, daemonSets: 1, targetMs: 2_000 },
];

type PodSpec = Record<string, unknown>;

function daemonSet(name: string, podSpec: PodSpec, updateStrategy?: Record<string, unknown>): Record<string, unknown> {
  const labels = { "app.kubernetes.io/name": name };
  return {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: { name, namespace: "kube-system" },
    spec: {
      selector: { matchLabels: labels },
      ...(updateStrategy ? { updateStrategy } : {}),
      template: { metadata: { labels }, spec: { containers: [{ name, image: `example.com/${name}:1.0` }], ...podSpec } },
    },
  };
}

function requests(cpu: string, memory: string, extra: Record<string, string> = {}): PodSpec {
  return { resources: { requests: { cpu, memory, ...extra }, limits: { memory, ...extra } } };
}

const LINUX = { nodeSelector: { "kubernetes.io/os": "linux" } };
const EVERYWHERE = { tolerations: [{ operator: "Exists" }] };
const CONTROL_PLANE = { tolerations: [{ key: "node-role.kubernetes.io/control-plane", operator: "Exists", effect: "NoSchedule" }] };

/** Twenty node agents of the kinds clusters run, exercising every predicate. */
export function benchDaemonSets(count: number): Record<string, unknown>[] {
  const withContainer = (name: string, container: PodSpec, rest: PodSpec = {}, strategy?: Record<string, unknown>) =>
    daemonSet(name, { ...rest, containers: [{ name, image: `example.com/${name}:1.0`, ...container }] }, strategy);
  const all = [
    withContainer("kube-proxy", requests("100m", "64Mi"), { ...LINUX, ...EVERYWHERE, hostNetwork: true, priorityClassName: "system-node-critical" }),
    withContainer("node-exporter", { ...requests("100m", "180Mi"), ports: [{ containerPort: 9100, name: "metrics" }] }, { ...LINUX, ...EVERYWHERE, hostNetwork: true }),
    withContainer("fluent-bit", requests("100m", "128Mi"), { ...LINUX, ...CONTROL_PLANE }),
    withContainer("aws-node", requests("25m", "64Mi"), {
      ...EVERYWHERE,
      hostNetwork: true,
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [
              {
                matchExpressions: [
                  { key: "kubernetes.io/os", operator: "In", values: ["linux"] },
                  { key: "kubernetes.io/arch", operator: "In", values: ["amd64", "arm64"] },
                  { key: "eks.amazonaws.com/compute-type", operator: "NotIn", values: ["fargate"] },
                ],
              },
            ],
          },
        },
      },
    }),
    withContainer("nvidia-device-plugin", requests("50m", "64Mi"), {
      nodeSelector: { "nvidia.com/gpu.present": "true" },
      tolerations: [{ key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" }],
    }),
    withContainer("dcgm-exporter", requests("100m", "256Mi", { "nvidia.com/gpu": "1" }), {
      nodeSelector: { "nvidia.com/gpu.present": "true" },
      tolerations: [{ key: "nvidia.com/gpu", operator: "Exists" }],
    }),
    withContainer("windows-exporter", { ...requests("100m", "100Mi"), ports: [{ containerPort: 9182, hostPort: 9182 }] }, {
      nodeSelector: { "kubernetes.io/os": "windows" },
      tolerations: [{ key: "os", operator: "Equal", value: "windows", effect: "NoSchedule" }],
    }),
    withContainer("ebs-csi-node", requests("10m", "40Mi"), { ...LINUX, ...EVERYWHERE }),
    withContainer("datadog-agent", { ...requests("200m", "256Mi"), ports: [{ containerPort: 8125, hostPort: 8125, protocol: "UDP" }] }, { ...LINUX, ...CONTROL_PLANE }),
    withContainer("falco", requests("100m", "512Mi"), {
      ...CONTROL_PLANE,
      affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: "kubernetes.io/arch", operator: "In", values: ["amd64"] }] }] } } },
    }),
    withContainer("calico-node", requests("250m", "256Mi"), { ...LINUX, ...EVERYWHERE, hostNetwork: true }, { type: "RollingUpdate", rollingUpdate: { maxUnavailable: "10%" } }),
    withContainer("spot-termination-handler", requests("50m", "64Mi"), { nodeSelector: { "node.kubernetes.io/capacity-type": "spot" } }),
    withContainer("zone-a-cache", requests("500m", "2Gi"), {
      affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: "topology.kubernetes.io/zone", operator: "In", values: ["eu-west-1a"] }] }] } } },
    }),
    withContainer("memory-pool-agent", requests("1", "8Gi"), { nodeSelector: { "node-pool": "memory" } }),
    withContainer("node-problem-detector", requests("20m", "20Mi"), { ...LINUX, tolerations: [{ operator: "Exists", effect: "NoExecute" }, { operator: "Exists", effect: "NoSchedule" }] }),
    withContainer("otel-collector", { ...requests("200m", "400Mi"), ports: [{ containerPort: 4317, hostPort: 4317 }] }, LINUX, { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: "25%" } }),
    withContainer("cilium-agent", requests("100m", "10Mi"), { ...EVERYWHERE, hostNetwork: true }, { type: "OnDelete" }),
    daemonSet("sidecar-agent", {
      ...LINUX,
      initContainers: [
        { name: "setup", image: "example.com/setup:1.0", ...requests("2", "1Gi") },
        { name: "proxy", image: "example.com/proxy:1.0", restartPolicy: "Always", ...requests("100m", "64Mi") },
      ],
      containers: [{ name: "agent", image: "example.com/agent:1.0", ...requests("200m", "128Mi") }],
    }),
    withContainer("big-node-agent", requests("4", "16Gi"), { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: "nvidia.com/gpu.count", operator: "Gt", values: ["4"] }] }] } } }, tolerations: [{ operator: "Exists" }] }),
    withContainer("pinned-debug", requests("10m", "10Mi"), { nodeName: "ip-10-0-0-7.eu-west-1.compute.internal" }),
  ];
  return Array.from({ length: count }, (_, i) => all[i % all.length]!);
}

let collectGarbage: (() => void) | undefined;

/** Live heap: a full collection first, so garbage from parsing is not counted. */
function heapUsedMB(): number {
  if (!collectGarbage) {
    v8.setFlagsFromString("--expose-gc");
    collectGarbage = runInNewContext("gc") as () => void;
  }
  collectGarbage();
  return process.memoryUsage().heapUsed / (1024 * 1024);
}

/**
 * How the JSON text becomes nodes: `bytes` is `nodesFromJson` on the file's
 * bytes (the path for JSON inventories); `JSON.parse` parses the whole text
 * and then calls `nodesFromObjects` (what any already-parsed input costs).
 */
export type InventoryReader = "bytes" | "JSON.parse";

/**
 * The inventory as JSON bytes, generated in a worker thread and transferred
 * back, so the generator's garbage stays out of the measured heap: the
 * measurement starts where a CLI starts, with a file's bytes.
 */
function inventoryBytes(nodes: number): Promise<Uint8Array> {
  return new Promise((resolvePromise, reject) => {
    let bytes: Uint8Array | undefined;
    const worker = new Worker(new URL(import.meta.url), { workerData: { nodes } });
    worker.once("message", (message: Uint8Array) => (bytes = message));
    worker.once("error", reject);
    // Measure only once the worker and its heap are gone.
    worker.once("exit", () => (bytes ? resolvePromise(bytes) : reject(new Error("the inventory worker sent nothing"))));
  });
}

function generateInWorker(): void {
  const { nodes } = workerData as { nodes: number };
  const bytes = Buffer.from(JSON.stringify(generateInventory({ nodes, seed: 42 })));
  const copy = new Uint8Array(bytes);
  parentPort!.postMessage(copy, [copy.buffer]);
}

/** One measured run: inventory from JSON, then every DaemonSet simulated. */
export async function runCase(benchCase: BenchSimulateCase, reader: InventoryReader = "bytes"): Promise<BenchSimulateResult> {
  const bytes = await inventoryBytes(benchCase.nodes);
  const daemonSets = benchDaemonSets(benchCase.daemonSets);
  heapUsedMB();
  const start = performance.now();
  const inventory =
    reader === "bytes" ? nodesFromJson(bytes) : nodesFromObjects([JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"))]);
  const loadedAt = performance.now();
  const results = daemonSets.map((ds) => simulate(ds, inventory.nodes));
  const end = performance.now();
  const totalMs = end - start;
  const heap = heapUsedMB();
  return {
    ...benchCase,
    reader,
    inventoryBytes: bytes.length,
    inventoryMs: loadedAt - start,
    simulateMs: end - loadedAt,
    totalMs,
    // Read while the inventory and every result are still in use below.
    heapUsedMB: heap,
    nodesRead: inventory.nodes.length,
    desired: results.reduce((sum, r) => sum + r.summary.desired, 0),
    withinTarget: totalMs <= benchCase.targetMs,
  };
}

function formatResult(r: BenchSimulateResult): string {
  const ms = (value: number): string => `${value.toFixed(0)} ms`;
  const verdict = r.reader === "bytes" ? `target ${ms(r.targetMs)}${r.withinTarget ? "" : ", MISSED"}` : "for comparison";
  return (
    `simulate ${r.name} [${r.reader}]: ${ms(r.totalMs)} (${verdict}) — ` +
    `inventory ${ms(r.inventoryMs)}, simulate ${ms(r.simulateMs)}; ` +
    `JSON ${(r.inventoryBytes / (1024 * 1024)).toFixed(1)} MB, heap used ${r.heapUsedMB.toFixed(0)} MB`
  );
}

const thisFile = fileURLToPath(import.meta.url);

/** Runs one measurement in a child process, so it starts cold and with an empty heap. */
function runCaseInChild(benchCase: BenchSimulateCase, reader: InventoryReader): BenchSimulateResult {
  const child = spawnSync(process.execPath, [thisFile, "--case", JSON.stringify({ benchCase, reader })], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`bench case ${benchCase.name} failed: ${child.stderr.trim()}`);
  return JSON.parse(child.stdout.trim().split("\n").at(-1)!) as BenchSimulateResult;
}

/** Runs every case with each reader, reports each through `log`, and returns the measurements. */
export function benchSimulate(
  options: { cases?: readonly BenchSimulateCase[]; readers?: readonly InventoryReader[]; log?: (line: string) => void } = {},
): BenchSimulateResult[] {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const results: BenchSimulateResult[] = [];
  for (const benchCase of options.cases ?? DEFAULT_CASES) {
    for (const reader of options.readers ?? (["bytes", "JSON.parse"] as const)) {
      const result = runCaseInChild(benchCase, reader);
      results.push(result);
      log(formatResult(result));
    }
  }
  return results;
}

export interface SimulateCliResult {
  name: string;
  format: "table" | "table --by-node" | "json";
  nodes: number;
  daemonSets: number;
  ms: number;
  maxRssBytes?: number;
  /** Bytes written to the output file. */
  outputBytes: number;
  /** "ok", or how the run crashed ("crashed: RangeError: ..."). */
  outcome: string;
}

/**
 * `dslint simulate` as a user runs it, once per output format, in a fresh
 * process: the inventory (written by generate-inventory, compact JSON) and the
 * manifests are files in `scratch`, the table or JSON goes to a file. A crash
 * is a result, not an error.
 */
export function benchSimulateCli(options: { scratch: string; bin: string; nodes?: number; daemonSets?: number }): SimulateCliResult[] {
  const nodes = options.nodes ?? 65_000;
  const count = options.daemonSets ?? 100;
  const nodesFile = join(options.scratch, `nodes-${nodes}.json`);
  const generator = spawnSync(process.execPath, [join(scriptsDir(), "generate-inventory.js"), "--nodes", String(nodes), "--seed", "42", "--compact", "--output", nodesFile], {
    encoding: "utf8",
  });
  if (generator.status !== 0) throw new Error(`generate-inventory failed: ${generator.stderr.trim()}`);
  // Unique names, as a real set of manifests has; the 20 kinds of agent repeat.
  const manifests = benchDaemonSets(count).map((ds, i) => {
    const copy = structuredClone(ds) as { metadata: { name: string } };
    copy.metadata.name = `${copy.metadata.name}-${Math.floor(i / 20)}`;
    return stringify(copy);
  });
  const manifestFile = join(options.scratch, `daemonsets-${count}.yaml`);
  writeFileSync(manifestFile, manifests.join("---\n"));
  const results: SimulateCliResult[] = [];
  // The grouped table (the default over 50 nodes), the table of every node, and the JSON of every node.
  const views = { table: [], "table --by-node": ["--by-node"], json: ["--format", "json"] } as const;
  for (const [format, flags] of Object.entries(views) as [keyof typeof views, readonly string[]][]) {
    const outputFile = join(options.scratch, `simulate.${format === "json" ? "json" : "txt"}`);
    const args = [options.bin, "simulate", "--nodes", nodesFile, manifestFile, "--no-color", ...flags];
    const m = measure(process.execPath, args, { scratch: options.scratch, stdoutFile: outputFile });
    results.push({
      name: `${count} DaemonSets × ${nodes.toLocaleString("en-US")} nodes`,
      format,
      nodes,
      daemonSets: count,
      ms: m.ms,
      maxRssBytes: m.maxRssBytes,
      outputBytes: statSync(outputFile).size,
      outcome: failure(m) ?? "ok",
    });
  }
  return results;
}

function scriptsDir(): string {
  return resolve(thisFile, "..");
}

if (!isMainThread && (workerData as { nodes?: number } | undefined)?.nodes !== undefined) {
  generateInWorker();
} else if (process.argv[1] !== undefined && resolve(process.argv[1]) === thisFile) {
  const caseAt = process.argv.indexOf("--case");
  if (caseAt >= 0) {
    const { benchCase, reader } = JSON.parse(process.argv[caseAt + 1]!) as { benchCase: BenchSimulateCase; reader: InventoryReader };
    process.stdout.write(`${JSON.stringify(await runCase(benchCase, reader))}\n`);
  } else {
    const results = benchSimulate();
    if (results.some((r) => r.reader === "bytes" && !r.withinTarget)) process.exitCode = 1;
  }
}
