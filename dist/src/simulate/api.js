import { checkOptions, checkPaths, describeValue, PARSE_FIRST } from "../api-arguments.js";
import { unmatchedPathsError } from "../load/files.js";
import { resolveKubernetesVersion, UsageError } from "../options.js";
import { formatPath } from "../path.js";
import { isRecord } from "../values.js";
import { diffSimulations } from "./diff.js";
import { isInventoryNode, isInventoryPod, isListDocument, nodesFromObjects, podsFromObjects, } from "./inventory.js";
import { formatInventoryError, inventorySources, loadDaemonSets, loadNodes, loadPods } from "./load.js";
import { simulateOnInventory } from "./simulate.js";
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
export function simulate(daemonSet, nodes, options = {}) {
    checkDaemonSet(daemonSet);
    checkOptions("simulate", options, ["pods", "kubernetesVersion"]);
    const inventory = normalised(nodes, NODES).items;
    const simulateOptions = { kubernetesVersion: options.kubernetesVersion === undefined ? undefined : resolveKubernetesVersion(options.kubernetesVersion) };
    if (options.pods !== undefined) {
        const { items, whole } = normalised(options.pods, PODS);
        simulateOptions.pods = items;
        simulateOptions.disruptionBudgets = whole?.disruptionBudgets ?? [];
        simulateOptions.priorityClasses = whole?.priorityClasses ?? [];
    }
    return simulateOnInventory(daemonSet, inventory, simulateOptions);
}
function checkDaemonSet(value) {
    // A manifest saved without kind is still accepted when it has a spec, as the simulate command does.
    if (isRecord(value) && (value.kind === "DaemonSet" || (value.kind === undefined && isRecord(value.spec))))
        return;
    const hint = isListDocument(value) ? "; simulate its DaemonSet items one at a time" : "";
    throw new TypeError(`simulate: daemonSet must be a parsed DaemonSet object; got ${describeValue(value, PARSE_FIRST)}${hint}`);
}
const NODES = {
    argument: "nodes",
    kind: "Node",
    key: "nodes",
    normaliser: "nodesFromObjects",
    isNormalised: isInventoryNode,
    normalise: (objects) => {
        const whole = nodesFromObjects(objects);
        return { items: whole.nodes, problems: whole.problems, whole };
    },
};
const PODS = {
    argument: "options.pods",
    kind: "Pod",
    key: "pods",
    normaliser: "podsFromObjects",
    isNormalised: isInventoryPod,
    normalise: (objects) => {
        const whole = podsFromObjects(objects);
        return { items: whole.pods, problems: whole.problems, whole };
    },
};
/** The normalised nodes or pods from any of the accepted inputs, and the normaliser's whole result when there is one. */
function normalised(input, k) {
    const wanted = `an array of parsed ${k.kind} objects, a ${k.kind}List, or what ${k.normaliser}() returned`;
    // What the normaliser returned: its items, already normalised.
    if (isRecord(input) && Array.isArray(input[k.key]) && Array.isArray(input.problems)) {
        const items = input[k.key];
        if (items.every(k.isNormalised))
            return { items, whole: input };
        throw new TypeError(`simulate: ${k.argument} must be ${wanted}; got an object with ${k.key} and problems whose ${k.key} are not from ${k.normaliser}()`);
    }
    let objects;
    if (Array.isArray(input))
        objects = input;
    else if (isRecord(input) && (input.kind === k.kind || isListDocument(input)))
        objects = [input];
    else
        throw new TypeError(`simulate: ${k.argument} must be ${wanted}; got ${describeValue(input, PARSE_FIRST)}`);
    const already = objects.filter(k.isNormalised).length;
    if (already > 0 && already === objects.length)
        return { items: objects };
    if (already > 0)
        throw new TypeError(`simulate: ${k.argument} mixes items of ${k.normaliser}() with ${k.kind} objects; pass one or the other`);
    const { items, problems, whole } = k.normalise(objects);
    // Some unusable objects among usable ones are left out, as documented; none usable at all is a mistake.
    if (items.length === 0 && problems.length > 0) {
        const first = problems[0];
        const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
        throw new TypeError(`simulate: no usable ${k.kind} in ${k.argument} (${k.argument}${formatPath([first.index, ...first.path])}: ${first.message}${more}); ${k.normaliser}(${k.argument}).problems lists every problem`);
    }
    return { items, whole };
}
// Every option, so that a misspelt one is an error rather than silently ignored.
const CHANGE_OPTIONS = {
    cwd: true,
    stdin: true,
    nodes: true,
    pods: true,
    kubernetesVersion: true,
    errorOnUnmatchedPattern: true,
    onMessage: true,
    before: true,
    nodesAfter: true,
};
/**
 * The Node objects of the manifests as an inventory; what is wrong with them
 * is said as for --nodes, and none usable is a usage error when they are the
 * only inventory.
 */
function manifestNodes(objects, alone) {
    const inventory = nodesFromObjects(objects);
    const errors = inventory.problems.map((p) => ({ file: "the Node objects of the manifests", message: `${p.path.length ? `${formatPath(p.path)}: ` : ""}${p.message}` }));
    if (alone && inventory.nodes.length === 0)
        throw new UsageError([...errors.map(formatInventoryError), "the Node objects of the manifests hold no usable node; give --nodes FILE"].join("\n"));
    return { nodes: inventory.nodes, errors };
}
/**
 * Reads the manifests (and `before`), the nodes and the pods. The notes and
 * errors of `before` are left to the caller; the others go to `onMessage`
 * once all is read that a UsageError could stop.
 */
export function loadSimulationInputs(paths, options) {
    const cwd = options.cwd ?? process.cwd();
    const stdinText = options.stdin?.text;
    const say = options.onMessage ?? (() => { });
    const nodeFiles = options.nodes ?? [];
    const errors = [];
    const version = options.kubernetesVersion === undefined ? undefined : resolveKubernetesVersion(options.kubernetesVersion);
    const manifests = loadDaemonSets(paths, { cwd, stdin: { text: stdinText ?? "", filename: options.stdin?.filename }, kubernetesVersion: version });
    const before = options.before ? loadDaemonSets(options.before, { cwd, stdin: { text: stdinText ?? "" }, kubernetesVersion: version }) : undefined;
    if (options.errorOnUnmatchedPattern ?? true) {
        const beforeUnmatched = (before?.unmatched ?? []).map((u) => ({ ...u, message: `--before: ${u.message}` }));
        const unmatched = unmatchedPathsError([...manifests.unmatched, ...beforeUnmatched], true);
        if (unmatched)
            throw unmatched;
    }
    errors.push(...manifests.errors);
    const notes = [...manifests.notes];
    // A file of Node objects (and no DaemonSet) given as a manifest path is most often the rest of a
    // glob after --nodes that the shell expanded. With --nodes its nodes join that inventory; with
    // --nodes-after it cannot be told which inventory they belong to.
    if (manifests.nodeFiles.length > 0 && options.nodesAfter !== undefined) {
        throw new UsageError(`${manifests.nodeFiles.join(", ")}: a node inventory among the manifest paths, with --nodes-after: give the current inventory with --nodes, and quote a glob given to --nodes or --nodes-after (--nodes-after 'after/*.yaml') so the shell does not pass its files as manifest paths`);
    }
    let nodes;
    if (nodeFiles.length > 0) {
        const loaded = loadNodes(inventorySources("--nodes", nodeFiles, cwd, stdinText));
        errors.push(...loaded.errors);
        nodes = loaded.nodes;
        if (manifests.nodeFiles.length > 0) {
            const extra = manifestNodes(manifests.nodeFileObjects, false);
            const seen = new Set(nodes.map((n) => n.name));
            for (const node of extra.nodes)
                if (seen.has(node.name))
                    errors.push({ file: manifests.nodeFiles.join(", "), message: `node "${node.name}" appears twice in the inventory` });
            nodes = [...nodes, ...extra.nodes];
            errors.push(...extra.errors);
            notes.push(`${manifests.nodeFiles.join(", ")}: Node objects among the manifest paths are added to the --nodes inventory (a glob after --nodes that the shell expands passes its other files as manifest paths; quote it: --nodes 'nodes/*.yaml')`);
        }
    }
    else if (manifests.nodeObjects.length > 0) {
        const inventory = manifestNodes(manifests.nodeObjects, true);
        errors.push(...inventory.errors);
        nodes = inventory.nodes;
    }
    else {
        throw new UsageError("no node inventory: give --nodes FILE (kubectl get nodes -o yaml > nodes.yaml)");
    }
    const simulateOptions = { kubernetesVersion: version, priorityClasses: [...manifests.priorityClasses, ...(before?.priorityClasses ?? [])] };
    let pods;
    const podFiles = typeof options.pods === "string" ? [options.pods] : (options.pods ?? []);
    if (podFiles.length > 0) {
        const loaded = loadPods(inventorySources("--pods", podFiles, cwd, stdinText));
        errors.push(...loaded.errors);
        pods = loaded.pods;
        simulateOptions.pods = pods;
        simulateOptions.disruptionBudgets = loaded.disruptionBudgets;
        simulateOptions.priorityClasses = [...simulateOptions.priorityClasses, ...loaded.priorityClasses];
    }
    for (const note of notes)
        say(note);
    for (const e of errors)
        say(formatInventoryError(e));
    return { daemonSets: manifests.daemonSets, before, nodes, pods, simulateOptions, errors };
}
/**
 * What a change does, node by node, as `dslint simulate --before` and
 * `--nodes-after` print it: the manifests in `paths` against their previous
 * version (`before`), or on a changed inventory (`nodesAfter`); one of the
 * two. The inputs are read as `loadSimulationInputs` says; a mistake in how
 * it was called (paths that match nothing, an inventory that cannot be read
 * or holds no usable node) throws a UsageError.
 */
export function simulateChange(paths, options) {
    checkPaths("simulateChange", paths);
    checkOptions("simulateChange", options, Object.keys(CHANGE_OPTIONS));
    if ((options?.before === undefined) === (options?.nodesAfter === undefined)) {
        throw new TypeError("simulateChange: options must give before (the previous manifests) or nodesAfter (the changed inventory), one of them");
    }
    // Nothing to simulate is no answer, as on the command line.
    if (paths.length === 0 && (options.errorOnUnmatchedPattern ?? true))
        throw new UsageError("no paths given: name the manifest files, folders or globs to simulate");
    const cwd = options.cwd ?? process.cwd();
    const say = options.onMessage ?? (() => { });
    const { daemonSets, before, nodes, simulateOptions, errors } = loadSimulationInputs(paths, options);
    const run = (ds, onNodes) => simulateOnInventory(ds.value, onNodes, { ...simulateOptions, rejection: ds.rejection });
    if (before) {
        for (const note of before.notes)
            say(note);
        for (const e of before.errors)
            say(formatInventoryError(e));
        errors.push(...before.errors);
        const newKeys = new Set(daemonSets.map((d) => d.key));
        const count = daemonSets.length + before.daemonSets.filter((d) => !newKeys.has(d.key)).length;
        return { diffs: { [Symbol.iterator]: () => manifestChangeDiffs(before.daemonSets, daemonSets, (ds) => run(ds, nodes)) }, count, errors, nodes };
    }
    const after = loadNodes(inventorySources("--nodes-after", options.nodesAfter, cwd, options.stdin?.text));
    for (const e of after.errors)
        say(formatInventoryError(e));
    errors.push(...after.errors);
    return {
        diffs: {
            *[Symbol.iterator]() {
                for (const ds of daemonSets)
                    yield { file: ds.file, diff: diffSimulations(run(ds, nodes), run(ds, after.nodes)) };
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
function* manifestChangeDiffs(oldDaemonSets, newDaemonSets, run) {
    const oldByKey = new Map(oldDaemonSets.map((d) => [d.key, d]));
    const newKeys = new Set(newDaemonSets.map((d) => d.key));
    for (const ds of newDaemonSets) {
        const old = oldByKey.get(ds.key);
        const after = run(ds);
        yield { file: ds.file, diff: diffSimulations(old ? run(old) : absent(after), after) };
    }
    for (const old of oldDaemonSets) {
        if (newKeys.has(old.key))
            continue;
        const was = run(old);
        yield { file: old.file, diff: diffSimulations(was, absent(was)) };
    }
}
/** The same DaemonSet on no node: one side of a diff for a DaemonSet that is added or removed. */
function absent(simulation) {
    const { rejected: _, ...rest } = simulation;
    const none = { nodes: 0, desired: 0, runs: 0, pending: 0, excluded: 0, excludedKeepingPod: 0, rejected: 0, preempting: 0, preemptedPods: 0 };
    return { ...rest, nodes: [], summary: { ...simulation.summary, ...none } };
}
