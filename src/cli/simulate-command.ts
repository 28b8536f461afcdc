import { MAX_FILE_BYTES } from "../load/files.js";
import { resolveKubernetesVersion, UsageError } from "../options.js";
import { shouldColor } from "../report/index.js";
import { colors, type StyleName } from "../report/ansi.js";
import { loadSimulationInputs, simulateChange, type SimulateChangeOptions } from "../simulate/api.js";
import { changeByPoolJsonChunks, diffJsonChunks, placementByPoolJsonChunks, simulationJsonChunks } from "../simulate/format-json.js";
import { changeHtmlChunks, placementHtmlChunks } from "../simulate/format-html.js";
import { changeMarkdownChunks, placementMarkdownChunks } from "../simulate/format-markdown.js";
import { poolDiffTableChunks, poolTableChunks, type ChangeByPool, type PlacementByPool } from "../simulate/format-pools.js";
import { diffTableChunks, simulationTableChunks, type DiffReport, type Paint, type SimulationReport, type TableRole } from "../simulate/format-table.js";
import type { InventoryNode } from "../simulate/inventory.js";
import { MAX_STDIN_INVENTORY_BYTES, type ManifestDaemonSet } from "../simulate/load.js";
import { daemonSetByPool, daemonSetChangeByPool, inventoryPools, PoolsOfNodes, type DaemonSetByPool } from "../simulate/pools.js";
import { simulatePlacements, type PlacementColumns } from "../simulate/simulate.js";
import type { Placement } from "../simulate/types.js";
import { parseCommandArgs, renderOptionsHelp, requireFiles, type OptionSpec } from "./args.js";
import type { Io } from "./main.js";
import { writeReportTo } from "./output-files.js";
import { clearingProgress, progressLine, type Progress } from "./progress.js";

/** Above this many nodes, the table is grouped by node pool unless --by-node asks for every node. */
export const POOL_VIEW_NODES = 50;

const OPTIONS = {
  nodes: { type: "string", multiple: true, short: "n", value: "PATH", help: "node inventory: kubectl get nodes -o yaml|json, a NodeList or Node documents; a file, folder or quoted glob (repeatable; - for stdin)" },
  pods: { type: "string", multiple: true, value: "PATH", help: "pods already on the nodes, with PodDisruptionBudgets and PriorityClasses (kubectl get pods,pdb,priorityclasses -A -o json): resources, host ports, preemption (repeatable)" },
  "kubernetes-version": { type: "string", value: "1.NN", help: "the version whose API validation decides which DaemonSets are rejected (default: the newest)" },
  format: { type: "string", short: "f", value: "NAME", help: "table (default), json, markdown (grouped by node pool, for a pull request or job summary) or html (a page of DaemonSets by node pool)" },
  only: { type: "string", value: "PLACEMENT", help: "show only runs, pending, excluded or rejected nodes (in the node table)" },
  "by-node": { type: "boolean", help: `the table node by node, also for inventories over ${POOL_VIEW_NODES} nodes` },
  wide: { type: "boolean", help: "the same as --by-node" },
  "by-pool": { type: "boolean", help: `the table grouped by node pool, also for inventories of ${POOL_VIEW_NODES} nodes or fewer; with --format json, the JSON grouped so` },
  "group-by": { type: "string", value: "LABEL", help: "group nodes into pools by this label instead of the node group, pool, role or instance-type labels" },
  before: { type: "string", multiple: true, value: "PATH", help: "the previous version of the manifests: print what the change does" },
  "nodes-after": { type: "string", multiple: true, value: "PATH", help: "a changed inventory (files, folders, quoted globs): print what the change of nodes does" },
  "stdin-filename": { type: "string", value: "NAME", help: "file name for a manifest read from stdin (-)" },
  "no-error-on-unmatched-pattern": { type: "boolean", help: "no error for a manifest path or glob that matches no file, or for empty stdin" },
  "no-color": { type: "boolean", help: "no colours in the output" },
  color: { type: "boolean", help: "colours even when the output is not a terminal" },
  help: { type: "boolean", short: "h", help: "show this help" },
} satisfies Record<string, OptionSpec>;

const HELP = `Usage: dslint simulate [options] --nodes PATH [paths...]

Shows where each DaemonSet in the manifests runs, as the API server, the
DaemonSet controller and the scheduler would decide: runs (by preempting
lower-priority pods, when --pods shows them), pending (the pod is created but
a scheduler filter blocks it), excluded, or rejected (the API server refuses
the DaemonSet), and why. Node by node on inventories of up to ${POOL_VIEW_NODES} nodes;
on larger ones, every DaemonSet on one line, then one line per DaemonSet and
node pool with the reasons counted. Quote a glob given to an option
(--nodes 'nodes/*.yaml'): the shell would pass its other files as manifest
paths.

Options:
${renderOptionsHelp(OPTIONS)}

Exit codes: 0 done, 1 a DaemonSet runs on no node or an input had problems,
2 usage error: among them a manifest path or glob that matches no file, empty
stdin (unless --no-error-on-unmatched-pattern), a --nodes, --nodes-after or
--pods path that gives no file or one that cannot be read, and an inventory
without a usable node.
`;

const PLACEMENTS: readonly Placement[] = ["runs", "pending", "excluded", "rejected"];
const FORMATS = ["table", "json", "markdown", "html"] as const;
type SimulateFormat = (typeof FORMATS)[number];

/** How the placement is shown: node by node, or grouped by node pool. */
type View = "nodes" | "pools" | "by-size";

function viewOf(format: SimulateFormat, values: { "by-node"?: boolean; wide?: boolean; "by-pool"?: boolean; "group-by"?: string; only?: string }): View {
  const byNode = values["by-node"] === true || values.wide === true;
  const byPool = values["by-pool"] === true || values["group-by"] !== undefined;
  if (byNode && byPool) throw new UsageError("--by-node shows every node and --by-pool or --group-by groups them: give one of them");
  if (format === "json") {
    // Node by node unless grouping is asked for: the JSON is read by programs, which should not get another shape as an inventory grows.
    if (byPool && values.only !== undefined) throw new UsageError("--only filters the nodes; it cannot be used with --by-pool or --group-by");
    return byPool ? "pools" : "nodes";
  }
  if (format === "markdown" || format === "html") {
    if (byNode) throw new UsageError(`--format ${format} is grouped by node pool; --by-node applies to the table and json formats`);
    if (values.only !== undefined) throw new UsageError(`--only filters the node table; --format ${format} is grouped by node pool`);
    return "pools";
  }
  if (values.only !== undefined) {
    if (byPool) throw new UsageError("--only filters the node table; it cannot be used with --by-pool or --group-by");
    return "nodes";
  }
  return byNode ? "nodes" : byPool ? "pools" : "by-size";
}

export async function runSimulate(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS);
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const format = (values.format ?? "table") as SimulateFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}" for simulate; use table, json, markdown or html`);
  const only = values.only as Placement | undefined;
  if (only !== undefined && !PLACEMENTS.includes(only)) throw new UsageError(`--only takes runs, pending, excluded or rejected, got "${only}"`);
  const groupBy = values["group-by"];
  if (groupBy !== undefined && groupBy.trim() === "") throw new UsageError("--group-by needs a label key, such as node.kubernetes.io/instance-type");
  const requestedView = viewOf(format, values);
  const nodeFiles = values.nodes ?? [];
  const afterFiles = values["nodes-after"] ?? [];
  if (values.before && afterFiles.length > 0) throw new UsageError("--before and --nodes-after compare one change at a time: give one of them");
  const paths = positionals.length > 0 ? positionals : [];
  if (paths.length === 0) throw new UsageError('no manifest paths given; run "dslint simulate --help"');
  const podFiles = values.pods ?? [];
  const stdinUsers = [...paths, ...nodeFiles, ...afterFiles, ...(values.before ?? []), ...podFiles].filter((p) => p === "-").length;
  if (stdinUsers > 1) throw new UsageError("only one input can be read from stdin (-)");
  requireFiles("nodes", nodeFiles, io.cwd, { stdin: true, paths: true });
  requireFiles("nodes-after", afterFiles, io.cwd, { stdin: true, paths: true });
  requireFiles("pods", podFiles, io.cwd, { stdin: true, paths: true });
  // A manifest from stdin is read as a file is, up to the same limit; an inventory (JSON) up to a JavaScript string's.
  const stdinLimit = paths.includes("-") || values.before?.includes("-") ? MAX_FILE_BYTES : MAX_STDIN_INVENTORY_BYTES;
  const stdinText = stdinUsers === 1 ? await io.readStdin(stdinLimit) : undefined;

  const inputs: SimulateChangeOptions = {
    cwd: io.cwd,
    stdin: { text: stdinText ?? "", filename: values["stdin-filename"] },
    nodes: nodeFiles,
    pods: podFiles,
    kubernetesVersion: resolveKubernetesVersion(values["kubernetes-version"]),
    errorOnUnmatchedPattern: !values["no-error-on-unmatched-pattern"],
    onMessage: (line) => io.stderr.write(`dslint: ${line}\n`),
  };
  const color = format === "table" && (values["no-color"] ? false : values.color ? true : shouldColor(io.stdout, io.env));
  const paint = painter(color);
  const grouped = (nodes: number): boolean => requestedView === "pools" || (requestedView === "by-size" && nodes > POOL_VIEW_NODES);
  // A progress line on a terminal, unless the output itself goes to the screen as it is made.
  const progressOf = (total: number, showsWhileWriting: boolean): Progress =>
    progressLine(io.stderr, showsWhileWriting && io.stdout.isTTY === true ? 0 : total, (done, all) => `dslint: simulated ${done} of ${all} DaemonSets`);

  if (values.before || afterFiles.length > 0) {
    const change = simulateChange(paths, { ...inputs, before: values.before, nodesAfter: values["nodes-after"] });
    const nodesAfter = change.nodesAfter ?? change.nodes;
    if (grouped(nodesAfter.length)) {
      const model = changeByPool(change.diffs, change.nodes, change.nodesAfter, groupBy, progressOf(change.count, false));
      await writeReportTo(io.stdout, groupedChangeChunks(format, model, paint));
    } else {
      const progress = progressOf(change.count, true);
      const diffs = ticking(change.diffs, progress);
      await writeReportTo(io.stdout, clearingProgress(format === "json" ? diffJsonChunks(diffs) : diffTableChunks(diffs, { paint }), progress));
    }
    return change.errors.length > 0 ? 1 : 0;
  }

  const { daemonSets, nodes, simulateOptions, errors } = loadSimulationInputs(paths, inputs);
  if (daemonSets.length === 0) io.stderr.write("dslint: no apps/v1 DaemonSet in the given paths\n");
  let nowhere = false;
  let simulated = 0;
  const place = (ds: ManifestDaemonSet): PlacementColumns => {
    const simulation = simulatePlacements(ds.value, nodes, { ...simulateOptions, rejection: ds.rejection });
    simulated++;
    if (simulation.summary.desired === 0) nowhere = true;
    return simulation;
  };
  if (grouped(nodes.length)) {
    const pools = inventoryPools(nodes, { groupBy });
    const progress = progressOf(daemonSets.length, false);
    // Only the counts per pool are kept of each DaemonSet: its placement columns are let go before the next.
    const byPool: DaemonSetByPool[] = daemonSets.map((ds) => {
      const placed = daemonSetByPool(ds.file, place(ds), pools);
      progress.tick();
      return placed;
    });
    progress.clear();
    const model: PlacementByPool = { nodes: nodes.length, pools, daemonSets: byPool };
    await writeReportTo(io.stdout, groupedPlacementChunks(format, model, paint));
    return errors.length > 0 || nowhere ? 1 : 0;
  }
  const progress = progressOf(daemonSets.length, true);
  // Each DaemonSet is simulated when its block is written and let go after, so memory does not grow with their number.
  const reports = (function* (): Generator<SimulationReport> {
    for (const ds of daemonSets) {
      const simulation = place(ds);
      progress.tick();
      yield { file: ds.file, simulation };
    }
  })();
  const chunks = format === "json" ? simulationJsonChunks(reports, { only }) : simulationTableChunks(reports, { only, paint });
  await writeReportTo(io.stdout, clearingProgress(chunks, progress));
  // A reader that stopped early leaves DaemonSets unwritten; the exit code still counts them.
  for (const ds of daemonSets.slice(simulated)) {
    if (nowhere) break;
    place(ds);
  }
  return errors.length > 0 || nowhere ? 1 : 0;
}

function groupedPlacementChunks(format: SimulateFormat, model: PlacementByPool, paint: Paint): Iterable<string> {
  switch (format) {
    case "markdown":
      return placementMarkdownChunks(model);
    case "html":
      return placementHtmlChunks(model);
    case "json":
      return placementByPoolJsonChunks(model);
    case "table":
      return poolTableChunks(model, { paint });
  }
}

function groupedChangeChunks(format: SimulateFormat, model: ChangeByPool, paint: Paint): Iterable<string> {
  switch (format) {
    case "markdown":
      return changeMarkdownChunks(model);
    case "html":
      return changeHtmlChunks(model);
    case "json":
      return changeByPoolJsonChunks(model);
    case "table":
      return poolDiffTableChunks(model, { paint });
  }
}

function* ticking<T>(items: Iterable<T>, progress: Progress): Generator<T> {
  for (const item of items) {
    progress.tick();
    yield item;
  }
}

/** The diffs counted per pool of the inventory after the change, one DaemonSet at a time. */
function changeByPool(
  diffs: Iterable<DiffReport>,
  nodes: readonly InventoryNode[],
  nodesAfter: readonly InventoryNode[] | undefined,
  groupBy: string | undefined,
  progress: Progress,
): ChangeByPool {
  const before = { nodes, pools: inventoryPools(nodes, { groupBy }) };
  const after = nodesAfter ? { nodes: nodesAfter, pools: inventoryPools(nodesAfter, { groupBy }) } : before;
  const where = new PoolsOfNodes(after === before ? [after] : [after, before]);
  const daemonSets = [];
  for (const report of diffs) {
    daemonSets.push(daemonSetChangeByPool(report.file, report.diff, where));
    progress.tick();
  }
  progress.clear();
  return { nodes: after.nodes.length, pools: after.pools, daemonSets };
}

/** The style of each part of a simulation table, in colour. */
const TABLE_STYLES: Record<TableRole, StyleName> = { title: "bold", header: "dim", runs: "green", pending: "yellow", excluded: "red", warning: "yellow", muted: "dim" };

function painter(color: boolean): Paint {
  const paint = colors(color);
  return (role, text) => paint(text, TABLE_STYLES[role]);
}
