import { affinityInputs, explainRequiredNodeAffinity, formatActual, formatNodeLabel, formatRequirement, requiredNodeAffinityMatches, } from "../k8s/nodeaffinity.js";
import { findUntoleratedTaint, findUntoleratedTaints, formatTaint, isNoExecute, isNoScheduleOrNoExecute } from "../k8s/tolerations.js";
const NO_REASONS = Object.freeze([]);
const ELIGIBLE = Object.freeze({ shouldRun: true, shouldContinueRunning: true, reasons: NO_REASONS });
function describeRequirement(mismatch) {
    return `${formatRequirement(mismatch.requirement)} (${formatActual(mismatch)})`;
}
function describeTerm(term) {
    if (term.empty)
        return `term ${term.termIndex} is empty and matches nothing`;
    if (term.parseErrors)
        return `term ${term.termIndex} is invalid and matches nothing: ${term.parseErrors.join("; ")}`;
    return `term ${term.termIndex} needs ${(term.failed ?? []).map(describeRequirement).join(" and ")}`;
}
/** Reasons for a node that fails nodeSelector or required node affinity. */
function affinityReasons(pod, node) {
    const mismatch = explainRequiredNodeAffinity(pod.affinity, node);
    if (!mismatch)
        return [];
    const reasons = mismatch.nodeSelector.map(({ key, expected, actual }) => ({
        code: "NodeSelectorMismatch",
        message: `nodeSelector ${key}=${expected === "" ? '""' : expected} does not match: ${formatNodeLabel(key, actual)}`,
        key,
        expected,
        actual,
    }));
    if (mismatch.affinity) {
        const terms = mismatch.affinity.terms;
        const message = terms.length === 0
            ? "required node affinity has no nodeSelectorTerms, so it matches no node"
            : `required node affinity matches no term: ${terms.map(describeTerm).join("; ")}`;
        reasons.push({ code: "NodeAffinityMismatch", message, terms });
    }
    return reasons;
}
function taintReason(taint) {
    return { code: "TaintNotTolerated", message: `${formatTaint(taint)} is not tolerated`, taint };
}
/**
 * `nodeShouldRunDaemonPod` for one DaemonSet over many nodes. Excluded nodes
 * that agree on everything the answer depends on (the labels the affinity
 * reads, the name when it is read, the taints) share one answer, so a large
 * inventory builds each distinct explanation once.
 */
export function eligibilityFor(pod) {
    const { labelKeys, readsName } = affinityInputs(pod.affinity);
    const cache = new Map();
    let otherNodeName;
    return (node) => {
        if (pod.nodeName !== "" && pod.nodeName !== node.name)
            return (otherNodeName ??= nodeShouldRunDaemonPod(pod, node));
        if (requiredNodeAffinityMatches(pod.affinity, node) && findUntoleratedTaint(node.taints, pod.tolerations, isNoScheduleOrNoExecute) === undefined) {
            return ELIGIBLE;
        }
        let key = readsName ? `${node.name}\u0000` : "";
        for (const labelKey of labelKeys)
            key += `${node.labels.get(labelKey) ?? "\u0001"}\u0000`;
        for (const taint of node.taints)
            key += `${taint.key}\u0002${taint.value}\u0002${taint.effect}\u0003`;
        let eligibility = cache.get(key);
        if (!eligibility) {
            eligibility = nodeShouldRunDaemonPod(pod, node);
            cache.set(key, eligibility);
        }
        return eligibility;
    };
}
/**
 * `NodeShouldRunDaemonPod` with its reasons. A template nodeName for another
 * node is the controller's early return and the only reason given; otherwise
 * every failing predicate is listed, so a user sees everything that keeps a
 * pod off the node even though the booleans follow the controller's order (a
 * selector mismatch means `(false, false)` whatever the taints).
 */
export function nodeShouldRunDaemonPod(pod, node) {
    if (pod.nodeName !== "" && pod.nodeName !== node.name) {
        return {
            shouldRun: false,
            shouldContinueRunning: false,
            reasons: [{ code: "NodeNameMismatch", message: `the template's spec.nodeName is "${pod.nodeName}"`, nodeName: pod.nodeName }],
        };
    }
    const fitsAffinity = requiredNodeAffinityMatches(pod.affinity, node);
    const untolerated = findUntoleratedTaint(node.taints, pod.tolerations, isNoScheduleOrNoExecute);
    if (fitsAffinity && untolerated === undefined)
        return ELIGIBLE;
    const reasons = fitsAffinity ? [] : affinityReasons(pod, node);
    for (const taint of findUntoleratedTaints(node.taints, pod.tolerations, isNoScheduleOrNoExecute))
        reasons.push(taintReason(taint));
    // A running pod survives untolerated NoSchedule taints but not NoExecute ones,
    // and never a selector or affinity mismatch.
    const shouldContinueRunning = fitsAffinity && findUntoleratedTaint(node.taints, pod.tolerations, isNoExecute) === undefined;
    return { shouldRun: false, shouldContinueRunning, reasons };
}
