/**
 * Where a DaemonSet runs, node by node: nowhere when the API server rejects
 * it (src/validate); else the controller's decision (eligibility.ts), then
 * for nodes that get a pod the scheduler filters that can leave it Pending
 * (scheduling.ts) and the preemption that can still make room
 * (preemption.ts), and the rollout plan over the nodes that want a pod
 * (rollout.ts).
 */
import { daemonPodOf } from "./daemonpod.js";
import { eligibilityFor } from "./eligibility.js";
import { preemptionFor } from "./preemption.js";
import { rolloutPlan } from "./rollout.js";
import { podsByNode, schedulerFiltersFor } from "./scheduling.js";
import { resolvePriority } from "../k8s/priority.js";
import { firstApiError } from "../validate/index.js";
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
const PLACEMENTS = ["runs", "pending", "excluded", "rejected"];
const REJECTED = 3;
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
    const shouldRun = placement === "runs" || placement === "pending";
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
/** The rejection the caller gave, or the API validation's. */
function rejectionOf(daemonSet, options) {
    if (options.rejection !== undefined)
        return options.rejection ?? undefined;
    const error = firstApiError(daemonSet, { kubernetesVersion: options.kubernetesVersion });
    return error && { field: error.field, message: error.message, errors: error.errors };
}
/** The one reason of every node of a rejected DaemonSet. */
function rejectedReason(rejection) {
    const at = rejection.line !== undefined ? ` (line ${rejection.line})` : "";
    const more = rejection.errors > 1 ? ` (and ${rejection.errors - 1} more error${rejection.errors === 2 ? "" : "s"})` : "";
    return { code: "Rejected", ...rejection, message: `the API server rejects the DaemonSet: ${rejection.field}: ${rejection.message}${at}${more}` };
}
/** `simulate`, with the placements kept as columns. */
export function simulatePlacements(daemonSet, nodes, options = {}) {
    const pod = daemonPodOf(daemonSet);
    const pods = podsByNodeOnce(options.pods);
    const classes = options.priorityClasses ?? [];
    const priority = resolvePriority(pod.priorityClassName, classes);
    const codes = new Uint8Array(nodes.length);
    const reasons = new Array(nodes.length);
    const rejection = rejectionOf(daemonSet, options);
    let runs = 0;
    let pending = 0;
    let excludedKeepingPod = 0;
    let preempting = 0;
    let preemptedPods = 0;
    if (rejection) {
        codes.fill(REJECTED);
        reasons.fill(Object.freeze([rejectedReason(rejection)]));
    }
    else {
        const eligibilityOf = eligibilityFor(pod);
        const filtersOf = schedulerFiltersFor(pod);
        const preempt = preemptionFor(pod, { priority, budgets: options.disruptionBudgets ?? [], classes });
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
            const usage = pods?.get(node.name);
            const blocked = filtersOf(node, usage);
            if (blocked.length === 0) {
                codes[i] = keeps;
                reasons[i] = eligibility.reasons;
                runs++;
                continue;
            }
            const after = preempt(node, usage, blocked);
            reasons[i] = after.reasons;
            if (after.runs) {
                codes[i] = keeps;
                runs++;
                preempting++;
                for (const reason of after.reasons)
                    if (reason.code === "Preempts")
                        preemptedPods += reason.victims.length;
            }
            else {
                codes[i] = 1 + keeps;
                pending++;
            }
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
            excluded: rejection ? 0 : nodes.length - desired,
            excludedKeepingPod,
            rejected: rejection ? nodes.length : 0,
            preempting,
            preemptedPods,
            priority,
            rollout: rolloutPlan(pod, desired),
        },
    };
    if (pod.namespace !== undefined)
        columns.namespace = pod.namespace;
    if (rejection)
        columns.rejected = rejection;
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
    if (columns.rejected !== undefined)
        simulation.rejected = columns.rejected;
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
