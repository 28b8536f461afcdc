import kleur from "kleur";
import { MAX_FILE_BYTES } from "../load/files.js";
import { resolveKubernetesVersion, UsageError } from "../options.js";
import { shouldColor } from "../report/index.js";
import { kleurFor } from "../report/stylish.js";
import { loadSimulationInputs, simulateChange, type SimulateChangeOptions } from "../simulate/api.js";
import { diffJsonChunks, simulationJsonChunks } from "../simulate/format-json.js";
import { diffTableChunks, simulationTableChunks, type Paint, type SimulationReport, type TableRole } from "../simulate/format-table.js";
import { MAX_STDIN_INVENTORY_BYTES, type ManifestDaemonSet } from "../simulate/load.js";
import { simulatePlacements, type PlacementColumns } from "../simulate/simulate.js";
import type { Placement } from "../simulate/types.js";
import { parseCommandArgs, renderOptionsHelp, requireFiles, type OptionSpec } from "./args.js";
import type { Io } from "./main.js";
import { writeReportTo } from "./output-files.js";

const OPTIONS = {
  nodes: { type: "string", multiple: true, short: "n", value: "PATH", help: "node inventory: kubectl get nodes -o yaml|json, a NodeList or Node documents; a file, folder or quoted glob (repeatable; - for stdin)" },
  pods: { type: "string", multiple: true, value: "PATH", help: "pods already on the nodes, with PodDisruptionBudgets and PriorityClasses (kubectl get pods,pdb,priorityclasses -A -o json): resources, host ports, preemption (repeatable)" },
  "kubernetes-version": { type: "string", value: "1.NN", help: "the version whose API validation decides which DaemonSets are rejected (default: the newest)" },
  format: { type: "string", short: "f", value: "NAME", help: "table (default) or json" },
  only: { type: "string", value: "PLACEMENT", help: "show only runs, pending, excluded or rejected nodes" },
  before: { type: "string", multiple: true, value: "PATH", help: "the previous version of the manifests: print what the change does, node by node" },
  "nodes-after": { type: "string", multiple: true, value: "PATH", help: "a changed inventory (files, folders, quoted globs): print what the change of nodes does" },
  "stdin-filename": { type: "string", value: "NAME", help: "file name for a manifest read from stdin (-)" },
  "no-error-on-unmatched-pattern": { type: "boolean", help: "no error for a manifest path or glob that matches no file, or for empty stdin" },
  "no-color": { type: "boolean", help: "no colours in the output" },
  color: { type: "boolean", help: "colours even when the output is not a terminal" },
  help: { type: "boolean", short: "h", help: "show this help" },
} satisfies Record<string, OptionSpec>;

const HELP = `Usage: dslint simulate [options] --nodes PATH [paths...]

Shows where each DaemonSet in the manifests runs, node by node, as the API
server, the DaemonSet controller and the scheduler would decide: runs (by
preempting lower-priority pods, when --pods shows them), pending (the pod is
created but a scheduler filter blocks it), excluded, or rejected (the API
server refuses the DaemonSet), and why. Quote a glob given to an option
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

export async function runSimulate(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS);
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const format = values.format ?? "table";
  if (format !== "table" && format !== "json") throw new UsageError(`unknown format "${format}" for simulate; use table or json`);
  const only = values.only as Placement | undefined;
  if (only !== undefined && !PLACEMENTS.includes(only)) throw new UsageError(`--only takes runs, pending, excluded or rejected, got "${only}"`);
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
  const color = values["no-color"] ? false : values.color ? true : shouldColor(io.stdout, io.env);
  const paint = painter(color);

  if (values.before || afterFiles.length > 0) {
    const change = simulateChange(paths, { ...inputs, before: values.before, nodesAfter: values["nodes-after"] });
    await writeReportTo(io.stdout, format === "json" ? diffJsonChunks(change.diffs) : diffTableChunks(change.diffs, { paint }));
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
  // Each DaemonSet is simulated when its block is written and let go after, so memory does not grow with their number.
  const reports = (function* (): Generator<SimulationReport> {
    for (const ds of daemonSets) yield { file: ds.file, simulation: place(ds) };
  })();
  await writeReportTo(io.stdout, format === "json" ? simulationJsonChunks(reports, { only }) : simulationTableChunks(reports, { only, paint }));
  // A reader that stopped early leaves DaemonSets unwritten; the exit code still counts them.
  for (const ds of daemonSets.slice(simulated)) {
    if (nowhere) break;
    place(ds);
  }
  return errors.length > 0 || nowhere ? 1 : 0;
}

function painter(color: boolean): Paint {
  const k: typeof kleur = kleurFor(color);
  const styles: Record<TableRole, (text: string) => string> = {
    title: (t) => k.bold(t),
    header: (t) => k.dim(t),
    runs: (t) => k.green(t),
    pending: (t) => k.yellow(t),
    excluded: (t) => k.red(t),
    warning: (t) => k.yellow(t),
    muted: (t) => k.dim(t),
  };
  return (role, text) => (color ? styles[role](text) : text);
}
