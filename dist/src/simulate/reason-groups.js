/**
 * Placement reasons grouped across nodes: nodes kept off for the same
 * predicate with the same data (the same taint, the same nodeSelector entry,
 * the same request) count as one reason, whatever differs from node to node
 * (the label value a node has, what is left free on it, which pod holds a
 * port). That part is kept apart as the group's detail.
 */
import { formatNodeLabel, formatActual, formatRequirement } from "../k8s/nodeaffinity.js";
import { formatHostPort, formatResourceAmount } from "../k8s/podresources.js";
import { formatTaint } from "../k8s/tolerations.js";
/** The placement each reason code explains (types.ts); the controller's predicates are the rest. */
const PLACEMENT_OF_CODE = {
    InsufficientResource: "pending",
    HostPortConflict: "pending",
    TooManyPods: "pending",
    PreemptionNotHelpful: "pending",
    Preempts: "runs",
    Rejected: "rejected",
};
const PREEMPTION_CAUSES = {
    PreemptionPolicyNever: "preemptionPolicy is Never",
    NoLowerPriorityPods: "no lower-priority pod on the node",
    StillBlocked: "still blocked with every lower-priority pod gone",
    UnknownPriorityClass: "the priority class is not defined",
};
function termText(term) {
    if (term.empty)
        return `term ${term.termIndex} is empty`;
    if (term.parseErrors)
        return `term ${term.termIndex} is invalid`;
    return `term ${term.termIndex} needs ${(term.failed ?? []).map((m) => formatRequirement(m.requirement)).join(" and ")}`;
}
function groupParts(reason) {
    switch (reason.code) {
        case "NodeNameMismatch":
            return { text: `the template's spec.nodeName is "${reason.nodeName}"` };
        case "NodeSelectorMismatch":
            return {
                text: `nodeSelector ${reason.key}=${reason.expected === "" ? '""' : reason.expected} not matched`,
                detail: formatNodeLabel(reason.key, reason.actual),
            };
        case "NodeAffinityMismatch": {
            if (reason.terms.length === 0)
                return { text: "required node affinity has no nodeSelectorTerms" };
            const actual = reason.terms.flatMap((t) => (t.failed ?? []).map(formatActual));
            const parts = { text: `required node affinity not matched: ${reason.terms.map(termText).join("; ")}` };
            if (actual.length > 0)
                parts.detail = [...new Set(actual)].join(", ");
            return parts;
        }
        case "TaintNotTolerated":
            return { text: `${formatTaint(reason.taint)} not tolerated` };
        case "InsufficientResource": {
            const amount = (value) => formatResourceAmount(reason.resource, value);
            return { text: `insufficient ${reason.resource} for ${amount(reason.requested)}`, detail: `${amount(Math.max(reason.free, 0))} free` };
        }
        case "HostPortConflict":
            return { text: `host port ${formatHostPort(reason.hostPort)} in use`, detail: `by pod ${reason.usedBy.namespace}/${reason.usedBy.name}` };
        case "TooManyPods":
            return { text: "too many pods", detail: `${reason.pods} of ${reason.allocatable} allocatable` };
        case "Preempts": {
            // Grouped by what the eviction makes room for; the pods evicted are the node's own.
            const made = reason.resolves.map((r) => groupParts(r).text).join(", ");
            return { text: `preempts lower-priority pods; without them: ${made}`, detail: `${reason.victims.length} pod${reason.victims.length === 1 ? "" : "s"} evicted` };
        }
        case "PreemptionNotHelpful":
            return { text: `preemption does not help: ${PREEMPTION_CAUSES[reason.cause]}` };
        case "Rejected":
            // The message already names the field and the API server (simulate.ts).
            return { text: reason.message };
    }
}
/** The group a reason belongs to. */
export function reasonGroupOf(reason) {
    const { text, detail } = groupParts(reason);
    const group = {
        // The text is made of the predicate's data alone, so with the code it is the key.
        key: `${reason.code}\u0000${text}`,
        code: reason.code,
        placement: PLACEMENT_OF_CODE[reason.code] ?? "excluded",
        text,
    };
    if (detail !== undefined)
        group.detail = detail;
    return group;
}
/**
 * How many node names are kept, as examples, for a reason group, a pool's
 * placement or a change: enough to find the nodes, and bounded, so that the
 * views of 65,000 nodes stay small.
 */
export const NODE_SAMPLE = 20;
/** Adds a name to a sample until it holds NODE_SAMPLE. */
export function sampleNode(sample, node) {
    if (sample.length < NODE_SAMPLE)
        sample.push(node);
}
/**
 * Counts reasons over many nodes. Nodes that fail for the same reasons share
 * one reasons array (simulate.ts), so each array is grouped once. The detail
 * of a group is kept only while every node counted has the same one.
 */
export class ReasonCounter {
    groupsOf = new Map();
    /** The groups of one node's reasons, made once per reasons array. */
    groups(reasons) {
        let groups = this.groupsOf.get(reasons);
        if (!groups) {
            groups = reasons.map(reasonGroupOf);
            this.groupsOf.set(reasons, groups);
        }
        return groups;
    }
}
const PLACEMENT_ORDER = { excluded: 0, pending: 1, runs: 2, rejected: 3 };
/** Counts of reason groups for one set of nodes (a pool, or the nodes a change touches there). */
export class ReasonTally {
    counts = new Map();
    mixed = new Set();
    /** Counts one node, named `node`, in each of its groups. */
    add(groups, node) {
        for (const group of groups) {
            const count = this.counts.get(group.key);
            if (!count) {
                this.counts.set(group.key, { ...group, nodes: 1, sampleNodes: [node] });
                continue;
            }
            count.nodes++;
            sampleNode(count.sampleNodes, node);
            if (count.detail !== group.detail && !this.mixed.has(group.key)) {
                this.mixed.add(group.key);
                delete count.detail;
            }
        }
    }
    /** Excluded, pending, runs (preempting), rejected; then the most nodes first, then by text. */
    counted() {
        const order = (c) => PLACEMENT_ORDER[c.placement];
        return [...this.counts.values()].sort((a, b) => order(a) - order(b) || b.nodes - a.nodes || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    }
}
