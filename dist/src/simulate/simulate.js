/**
 * Where a DaemonSet runs, node by node: the controller's decision
 * (eligibility.ts), then for nodes that get a pod the scheduler filters that
 * can leave it Pending (scheduling.ts), and the rollout plan over the nodes
 * that want a pod (rollout.ts).
 */
import { daemonPodOf } from "./daemonpod.js";
import { eligibilityFor } from "./eligibility.js";
import { rolloutPlan } from "./rollout.js";
import { podsByNode, schedulerFiltersFor } from "./scheduling.js";
// Simulating many DaemonSets against one pod list groups it by node once.
const groupedPods = new WeakMap();
function podsByNodeOnce(pods) {
    if (!pods || pods.length === 0)
        return undefined;
    let grouped = groupedPods.get(pods);
    if (!grouped) {
        grouped = podsByNode(pods);
        groupedPods.set(pods, grouped);
    }
    return grouped;
}
const PLACEMENTS = ["runs", "pending", "excluded"];
/** Added to a node's placement code when a running daemon pod is kept there (shouldContinueRunning). */
const KEEPS_POD = 4;
/**
 * The placement of node `i` as `simulate` gives it. `into`, when given, is
 * filled and returned instead of a new object: for callers that read each
 * placement once and let it go.
 */
export function placementAt(columns, i, into) {
    const code = columns.codes[i];
    const placement = PLACEMENTS[code & 3];
    const shouldRun = placement !== "excluded";
    const shouldContinueRunning = (code & KEEPS_POD) !== 0;
    const node = columns.nodes[i].name;
    const reasons = columns.reasons[i];
    if (!into)
        return { node, placement, shouldRun, shouldContinueRunning, reasons };
    into.node = node;
    into.placement = placement;
    into.shouldRun = shouldRun;
    into.shouldContinueRunning = shouldContinueRunning;
    into.reasons = reasons;
    return into;
}
/** `simulate`, with the placements kept as columns. */
export function simulatePlacements(daemonSet, nodes, options = {}) {
    const pod = daemonPodOf(daemonSet);
    const pods = podsByNodeOnce(options.pods);
    const eligibilityOf = eligibilityFor(pod);
    const filtersOf = schedulerFiltersFor(pod);
    const codes = new Uint8Array(nodes.length);
    const reasons = new Array(nodes.length);
    let runs = 0;
    let pending = 0;
    let excludedKeepingPod = 0;
    for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i];
        const eligibility = eligibilityOf(node);
        const keeps = eligibility.shouldContinueRunning ? KEEPS_POD : 0;
        if (!eligibility.shouldRun) {
            codes[i] = 2 + keeps;
            reasons[i] = eligibility.reasons;
            if (keeps)
                excludedKeepingPod++;
            continue;
        }
        const blocked = filtersOf(node, pods?.get(node.name));
        if (blocked.length > 0) {
            codes[i] = 1 + keeps;
            reasons[i] = blocked;
            pending++;
        }
        else {
            codes[i] = keeps;
            reasons[i] = eligibility.reasons;
            runs++;
        }
    }
    const desired = runs + pending;
    const columns = {
        name: pod.name,
        nodes,
        codes,
        reasons,
        summary: {
            nodes: nodes.length,
            desired,
            runs,
            pending,
            excluded: nodes.length - desired,
            excludedKeepingPod,
            rollout: rolloutPlan(pod, desired),
        },
    };
    if (pod.namespace !== undefined)
        columns.namespace = pod.namespace;
    return columns;
}
/**
 * Simulates a parsed DaemonSet manifest against normalised nodes
 * (`nodesFromObjects`). Pure: the inputs are not modified. The API's
 * `simulate` (api.ts) checks and normalises its arguments, then calls this.
 */
export function simulateOnInventory(daemonSet, nodes, options = {}) {
    const columns = simulatePlacements(daemonSet, nodes, options);
    const placements = new Array(nodes.length);
    for (let i = 0; i < nodes.length; i++)
        placements[i] = placementAt(columns, i);
    const simulation = { name: columns.name, nodes: placements, summary: columns.summary };
    if (columns.namespace !== undefined)
        simulation.namespace = columns.namespace;
    return simulation;
}
/**
 * The placements with placement `only` (every one when undefined), in node
 * order. From columns, one object is filled for each node in turn: read it
 * before taking the next.
 */
export function* placementsOf(simulation, only) {
    if (!("codes" in simulation)) {
        for (const n of simulation.nodes)
            if (only === undefined || n.placement === only)
                yield n;
        return;
    }
    const wanted = only === undefined ? -1 : PLACEMENTS.indexOf(only);
    let row;
    for (let i = 0; i < simulation.codes.length; i++) {
        if (wanted < 0 || (simulation.codes[i] & 3) === wanted)
            yield (row = placementAt(simulation, i, row));
    }
}
