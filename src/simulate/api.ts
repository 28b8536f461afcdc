import { checkOptions, checkPaths, describeValue, PARSE_FIRST } from "../api-arguments.js";
import { unmatchedPathsError } from "../load/files.js";
import { UsageError } from "../options.js";
import { formatPath } from "../path.js";
import { isRecord } from "../values.js";
import { diffSimulations } from "./diff.js";
import type { DiffReport } from "./format-table.js";
import {
  isInventoryNode,
  isInventoryPod,
  isListDocument,
  nodesFromObjects,
  podsFromObjects,
  type InventoryNode,
  type InventoryPod,
  type InventoryProblem,
  type NodeInventory,
  type PodInventory,
} from "./inventory.js";
import { formatInventoryError, inventorySource, loadDaemonSets, loadNodes, loadPods, type InventoryError, type LoadedManifests, type ManifestDaemonSet } from "./load.js";
import { simulateOnInventory } from "./simulate.js";
import type { DaemonSetSimulation } from "./types.js";

/** Nodes or pods as `simulate` takes them. */
export type InventoryInput<Normalised> = readonly unknown[] | Normalised | Readonly<Record<string, unknown>>;

export interface SimulationOptions {
  /**
   * Pods already bound to the nodes, taken like `nodes`: parsed Pod objects,
   * `List`/`PodList` objects, or what `podsFromObjects` returned.
   */
  pods?: InventoryInput<PodInventory>;
}

/**
 * The programmatic simulation: a parsed DaemonSet and the nodes, as parsed
 * Node objects (`kubectl get nodes -o json` items), whole `List`/`NodeList`
 * objects (alone or in the array), or what `nodesFromObjects` returned; and
 * optionally the pods already bound to them. Returns the per-node placement
 * with reasons, exactly as `dslint simulate --format json` prints it per
 * DaemonSet. Objects that are not usable Nodes are left out (see
 * `nodesFromObjects` for why); when none is usable, or an argument is not
 * what it should be, it throws a TypeError that says so.
 */
export function simulate(daemonSet: unknown, nodes: InventoryInput<NodeInventory>, options: SimulationOptions = {}): DaemonSetSimulation {
  checkDaemonSet(daemonSet);
  checkOptions("simulate", options, ["pods"]);
  const inventory = normalised(nodes, NODES);
  const pods = options.pods === undefined ? undefined : normalised(options.pods, PODS);
  return simulateOnInventory(daemonSet, inventory, pods ? { pods } : {});
}

function checkDaemonSet(value: unknown): void {
  // A manifest saved without kind is still accepted when it has a spec, as the simulate command does.
  if (isRecord(value) && (value.kind === "DaemonSet" || (value.kind === undefined && isRecord(value.spec)))) return;
  const hint = isListDocument(value) ? "; simulate its DaemonSet items one at a time" : "";
  throw new TypeError(`simulate: daemonSet must be a parsed DaemonSet object; got ${describeValue(value, PARSE_FIRST)}${hint}`);
}

interface Kind<T> {
  /** How the argument is named in messages. */
  argument: string;
  kind: "Node" | "Pod";
  /** The property of the normaliser's result that holds the items. */
  key: "nodes" | "pods";
  normaliser: string;
  isNormalised: (value: unknown) => value is T;
  normalise: (objects: readonly unknown[]) => { items: readonly T[]; problems: readonly InventoryProblem[] };
}

const NODES: Kind<InventoryNode> = {
  argument: "nodes",
  kind: "Node",
  key: "nodes",
  normaliser: "nodesFromObjects",
  isNormalised: isInventoryNode,
  normalise: (objects) => {
    const { nodes, problems } = nodesFromObjects(objects);
    return { items: nodes, problems };
  },
};

const PODS: Kind<InventoryPod> = {
  argument: "options.pods",
  kind: "Pod",
  key: "pods",
  normaliser: "podsFromObjects",
  isNormalised: isInventoryPod,
  normalise: (objects) => {
    const { pods, problems } = podsFromObjects(objects);
    return { items: pods, problems };
  },
};

/** The normalised nodes or pods from any of the accepted inputs. */
function normalised<T>(input: unknown, k: Kind<T>): readonly T[] {
  const wanted = `an array of parsed ${k.kind} objects, a ${k.kind}List, or what ${k.normaliser}() returned`;
  // What the normaliser returned: its items, already normalised.
  if (isRecord(input) && Array.isArray(input[k.key]) && Array.isArray(input.problems)) {
    const items = input[k.key] as unknown[];
    if (items.every(k.isNormalised)) return items;
    throw new TypeError(`simulate: ${k.argument} must be ${wanted}; got an object with ${k.key} and problems whose ${k.key} are not from ${k.normaliser}()`);
  }
  let objects: readonly unknown[];
  if (Array.isArray(input)) objects = input;
  else if (isRecord(input) && (input.kind === k.kind || isListDocument(input))) objects = [input];
  else throw new TypeError(`simulate: ${k.argument} must be ${wanted}; got ${describeValue(input, PARSE_FIRST)}`);
  const already = objects.filter(k.isNormalised).length;
  if (already > 0 && already === objects.length) return objects as readonly T[];
  if (already > 0) throw new TypeError(`simulate: ${k.argument} mixes items of ${k.normaliser}() with ${k.kind} objects; pass one or the other`);
  const { items, problems } = k.normalise(objects);
  // Some unusable objects among usable ones are left out, as documented; none usable at all is a mistake.
  if (items.length === 0 && problems.length > 0) {
    const first = problems[0]!;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
    throw new TypeError(
      `simulate: no usable ${k.kind} in ${k.argument} (${k.argument}${formatPath([first.index, ...first.path])}: ${first.message}${more}); ${k.normaliser}(${k.argument}).problems lists every problem`,
    );
  }
  return items;
}

/** Manifest files and inventory files, as `dslint simulate` reads them. */
export interface SimulateChangeOptions {
  /** Folder that relative paths and reported file names are relative to; by default the working directory. */
  cwd?: string;
  /** Text for the path `-` (stdin), among the manifests or as an inventory, and the name to report manifests from it under. */
  stdin?: { text: string; filename?: string };
  /** Node inventory files (`kubectl get nodes -o yaml|json`); by default the Node objects among the manifests. */
  nodes?: readonly string[];
  /** The pods already on the nodes (`kubectl get pods -A -o json`), for resources and host ports. */
  pods?: string;
  /**
   * false: a manifest path or glob that matches no file, and empty stdin,
   * are left out quietly. By default (true) they throw a UsageError, one
   * line each.
   */
  errorOnUnmatchedPattern?: boolean;
  /**
   * Called with each note (a Helm chart or kustomization left out) and each
   * problem in an input that leaves the rest usable, one line each, as they
   * are met: before a UsageError that stops the simulation, too.
   */
  onMessage?: (line: string) => void;
  /** The previous version of the manifests (files, folders, globs): what the change of manifests does. */
  before?: readonly string[];
  /** A changed inventory (files): what the change of nodes does. */
  nodesAfter?: readonly string[];
}

// Every option, so that a misspelt one is an error rather than silently ignored.
const CHANGE_OPTIONS: Record<keyof SimulateChangeOptions, true> = {
  cwd: true,
  stdin: true,
  nodes: true,
  pods: true,
  errorOnUnmatchedPattern: true,
  onMessage: true,
  before: true,
  nodesAfter: true,
};

/** What a change does, DaemonSet by DaemonSet. */
export interface SimulatedChange {
  /**
   * One diff per DaemonSet, in the order of the manifests (with `before`,
   * then the DaemonSets the change removes). Each DaemonSet is simulated as
   * the iteration reaches it, and let go after: iterating again simulates
   * again.
   */
  diffs: Iterable<DiffReport>;
  /** How many diffs `diffs` gives. */
  count: number;
  /** The problems in the inputs that left the rest usable (`onMessage` had them as lines). */
  errors: InventoryError[];
  /** The nodes simulated on (before the change, with `nodesAfter`). */
  nodes: readonly InventoryNode[];
  /** With `nodesAfter`: the nodes after the change. */
  nodesAfter?: readonly InventoryNode[];
}

/** What a simulation of files reads: the DaemonSets of the manifests (and of `before`), the nodes and the pods. */
export interface SimulationInputs {
  daemonSets: ManifestDaemonSet[];
  before?: LoadedManifests;
  nodes: InventoryNode[];
  pods?: InventoryPod[];
  errors: InventoryError[];
}

/**
 * Reads the manifests (and `before`), the nodes and the pods. The notes and
 * errors of `before` are left to the caller; the others go to `onMessage`
 * once all is read that a UsageError could stop.
 */
export function loadSimulationInputs(paths: readonly string[], options: SimulateChangeOptions): SimulationInputs {
  const cwd = options.cwd ?? process.cwd();
  const stdinText = options.stdin?.text;
  const say = options.onMessage ?? (() => {});
  const nodeFiles = options.nodes ?? [];
  const errors: InventoryError[] = [];
  const manifests = loadDaemonSets(paths, { cwd, stdin: { text: stdinText ?? "", filename: options.stdin?.filename } });
  const before = options.before ? loadDaemonSets(options.before, { cwd, stdin: { text: stdinText ?? "" } }) : undefined;
  if (options.errorOnUnmatchedPattern ?? true) {
    const beforeUnmatched = (before?.unmatched ?? []).map((u) => ({ ...u, message: `--before: ${u.message}` }));
    const unmatched = unmatchedPathsError([...manifests.unmatched, ...beforeUnmatched], true);
    if (unmatched) throw unmatched;
  }
  errors.push(...manifests.errors);
  for (const note of manifests.notes) say(note);
  let nodes: InventoryNode[];
  if (nodeFiles.length > 0) {
    const loaded = loadNodes(nodeFiles.map((f) => inventorySource(f, cwd, stdinText)));
    errors.push(...loaded.errors);
    nodes = loaded.nodes;
  } else if (manifests.nodeObjects.length > 0) {
    // Node objects among the manifests serve as the inventory; what is wrong with them is said as for --nodes.
    const inventory = nodesFromObjects(manifests.nodeObjects);
    const problems = inventory.problems.map((p) => ({ file: "the Node objects of the manifests", message: `${p.path.length ? `${formatPath(p.path)}: ` : ""}${p.message}` }));
    if (inventory.nodes.length === 0) throw new UsageError([...problems.map(formatInventoryError), "the Node objects of the manifests hold no usable node; give --nodes FILE"].join("\n"));
    errors.push(...problems);
    nodes = inventory.nodes;
  } else {
    throw new UsageError("no node inventory: give --nodes FILE (kubectl get nodes -o yaml > nodes.yaml)");
  }
  let pods: InventoryPod[] | undefined;
  if (options.pods) {
    const loaded = loadPods(inventorySource(options.pods, cwd, stdinText));
    errors.push(...loaded.errors);
    pods = loaded.pods;
  }
  for (const e of errors) say(formatInventoryError(e));
  return { daemonSets: manifests.daemonSets, before, nodes, pods, errors };
}

/**
 * What a change does, node by node, as `dslint simulate --before` and
 * `--nodes-after` print it: the manifests in `paths` against their previous
 * version (`before`), or on a changed inventory (`nodesAfter`); one of the
 * two. The inputs are read as `loadSimulationInputs` says; a mistake in how
 * it was called (paths that match nothing, an inventory that cannot be read
 * or holds no usable node) throws a UsageError.
 */
export function simulateChange(paths: readonly string[], options: SimulateChangeOptions): SimulatedChange {
  checkPaths("simulateChange", paths);
  checkOptions("simulateChange", options, Object.keys(CHANGE_OPTIONS));
  if ((options?.before === undefined) === (options?.nodesAfter === undefined)) {
    throw new TypeError("simulateChange: options must give before (the previous manifests) or nodesAfter (the changed inventory), one of them");
  }
  // Nothing to simulate is no answer, as on the command line.
  if (paths.length === 0 && (options.errorOnUnmatchedPattern ?? true)) throw new UsageError("no paths given: name the manifest files, folders or globs to simulate");
  const cwd = options.cwd ?? process.cwd();
  const say = options.onMessage ?? (() => {});
  const { daemonSets, before, nodes, pods, errors } = loadSimulationInputs(paths, options);
  const run = (ds: ManifestDaemonSet, onNodes: readonly InventoryNode[]): DaemonSetSimulation => simulateOnInventory(ds.value, onNodes, { pods });
  if (before) {
    for (const note of before.notes) say(note);
    for (const e of before.errors) say(formatInventoryError(e));
    errors.push(...before.errors);
    const newKeys = new Set(daemonSets.map((d) => d.key));
    const count = daemonSets.length + before.daemonSets.filter((d) => !newKeys.has(d.key)).length;
    return { diffs: { [Symbol.iterator]: () => manifestChangeDiffs(before.daemonSets, daemonSets, (ds) => run(ds, nodes)) }, count, errors, nodes };
  }
  const after = loadNodes(options.nodesAfter!.map((f) => inventorySource(f, cwd, options.stdin?.text)));
  for (const e of after.errors) say(formatInventoryError(e));
  errors.push(...after.errors);
  return {
    diffs: {
      *[Symbol.iterator]() {
        for (const ds of daemonSets) yield { file: ds.file, diff: diffSimulations(run(ds, nodes), run(ds, after.nodes)) };
      },
    },
    count: daemonSets.length,
    errors,
    nodes,
    nodesAfter: after.nodes,
  };
}

/**
 * The diffs of a manifest change, one DaemonSet at a time: each DaemonSet of
 * the new manifests against its old version (or none), then the DaemonSets
 * the change removes, which lose every pod.
 */
function* manifestChangeDiffs(
  oldDaemonSets: readonly ManifestDaemonSet[],
  newDaemonSets: readonly ManifestDaemonSet[],
  run: (ds: ManifestDaemonSet) => DaemonSetSimulation,
): Generator<DiffReport> {
  const oldByKey = new Map(oldDaemonSets.map((d) => [d.key, d]));
  const newKeys = new Set(newDaemonSets.map((d) => d.key));
  for (const ds of newDaemonSets) {
    const old = oldByKey.get(ds.key);
    const after = run(ds);
    yield { file: ds.file, diff: diffSimulations(old ? run(old) : absent(after), after) };
  }
  for (const old of oldDaemonSets) {
    if (newKeys.has(old.key)) continue;
    const was = run(old);
    yield { file: old.file, diff: diffSimulations(was, absent(was)) };
  }
}

/** The same DaemonSet on no node: one side of a diff for a DaemonSet that is added or removed. */
function absent(simulation: DaemonSetSimulation): DaemonSetSimulation {
  return { ...simulation, nodes: [], summary: { ...simulation.summary, nodes: 0, desired: 0, runs: 0, pending: 0, excluded: 0, excludedKeepingPod: 0 } };
}
