/**
 * Taints and tolerations: how a toleration matches a taint
 * (k8s.io/api core/v1 toleration.go `ToleratesTaint`), how a pod's tolerations
 * are searched (component-helpers scheduling/corev1 helpers.go
 * `FindMatchingUntoleratedTaint`), and the tolerations the DaemonSet
 * controller adds to every daemon pod (pkg/controller/daemon/util
 * daemonset_util.go `AddOrUpdateDaemonPodTolerations`).
 */
import { isRecord, scalarText } from "../values.js";
/** `key=value:Effect`, or `key:Effect` without a value, as kubectl prints taints. */
export function formatTaint(taint) {
    const value = taint.value === "" ? "" : `=${taint.value}`;
    const effect = taint.effect === "" ? "" : `:${taint.effect}`;
    return `${taint.key}${value}${effect}`;
}
/** A readable one-line form such as `node-role.kubernetes.io/control-plane:NoSchedule (Exists)`. */
export function formatToleration(toleration) {
    const key = toleration.key === "" ? "*" : toleration.key;
    const value = toleration.operator === "Exists" || toleration.value === "" ? "" : `=${toleration.value}`;
    const effect = toleration.effect === "" ? "" : `:${toleration.effect}`;
    const operator = toleration.operator === "" ? "Equal" : toleration.operator;
    return `${key}${value}${effect} (${operator})`;
}
/** `Toleration.ToleratesTaint`. */
export function toleratesTaint(toleration, taint, options = {}) {
    if (toleration.effect !== "" && toleration.effect !== taint.effect)
        return false;
    if (toleration.key !== "" && toleration.key !== taint.key)
        return false;
    switch (toleration.operator) {
        case "":
        case "Equal":
            return toleration.value === taint.value;
        case "Exists":
            return true;
        case "Lt":
        case "Gt":
            return options.comparisonOperators === true && comparesNumerically(toleration.operator, toleration.value, taint.value);
        default:
            return false;
    }
}
// With the gate on both values must be canonical decimal int64s: no sign other
// than a leading "-", no leading zeros, no "-0" (toleration.go compareValues).
const CANONICAL_INT = /^(0|-?[1-9][0-9]*)$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
function canonicalInt64(text) {
    if (!CANONICAL_INT.test(text))
        return undefined;
    const value = BigInt(text);
    return value < INT64_MIN || value > INT64_MAX ? undefined : value;
}
function comparesNumerically(operator, tolerationValue, taintValue) {
    const tolerated = canonicalInt64(tolerationValue);
    const tainted = canonicalInt64(taintValue);
    if (tolerated === undefined || tainted === undefined)
        return false;
    return operator === "Lt" ? tainted < tolerated : tainted > tolerated;
}
/** `TolerationsTolerateTaint`: true when any toleration tolerates the taint. */
export function tolerationsTolerateTaint(tolerations, taint, options = {}) {
    for (const toleration of tolerations) {
        if (toleratesTaint(toleration, taint, options))
            return true;
    }
    return false;
}
/** The taints the DaemonSet controller and the TaintToleration filter look at. */
export const isNoScheduleOrNoExecute = (taint) => taint.effect === "NoSchedule" || taint.effect === "NoExecute";
export const isNoExecute = (taint) => taint.effect === "NoExecute";
/**
 * `FindMatchingUntoleratedTaint`: the first taint, in node order, that passes
 * the filter and that no toleration tolerates.
 */
export function findUntoleratedTaint(taints, tolerations, effectFilter, options = {}) {
    for (const taint of taints) {
        if (effectFilter(taint) && !tolerationsTolerateTaint(tolerations, taint, options))
            return taint;
    }
    return undefined;
}
/** Every taint, in node order, that passes the filter and that no toleration tolerates. */
export function findUntoleratedTaints(taints, tolerations, effectFilter, options = {}) {
    return taints.filter((taint) => effectFilter(taint) && !tolerationsTolerateTaint(tolerations, taint, options));
}
/** `Toleration.MatchToleration`: the merge identity is the exact (key, effect, operator, value) tuple. */
export function sameTolerationTuple(a, b) {
    return a.key === b.key && a.effect === b.effect && a.operator === b.operator && a.value === b.value;
}
/**
 * `AddOrUpdateTolerationInPodSpec` (pkg/apis/core/v1/helper): every toleration
 * with the same tuple is replaced in place by `toleration` (dropping its
 * tolerationSeconds); when none has it, it is appended.
 */
export function addOrUpdateToleration(tolerations, toleration) {
    let updated = false;
    const merged = tolerations.map((existing) => {
        if (!sameTolerationTuple(existing, toleration))
            return existing;
        updated = true;
        return toleration;
    });
    if (!updated)
        merged.push(toleration);
    return merged;
}
function exists(key, effect) {
    return Object.freeze({ key, operator: "Exists", value: "", effect });
}
const ALWAYS_TOLERATED = Object.freeze([
    exists("node.kubernetes.io/not-ready", "NoExecute"),
    exists("node.kubernetes.io/unreachable", "NoExecute"),
    exists("node.kubernetes.io/disk-pressure", "NoSchedule"),
    exists("node.kubernetes.io/memory-pressure", "NoSchedule"),
    exists("node.kubernetes.io/pid-pressure", "NoSchedule"),
    exists("node.kubernetes.io/unschedulable", "NoSchedule"),
]);
const NETWORK_UNAVAILABLE = exists("node.kubernetes.io/network-unavailable", "NoSchedule");
/**
 * The tolerations every daemon pod gets, in the controller's order. Only the
 * NoExecute form of not-ready and unreachable is tolerated, so the NoSchedule
 * taints the node lifecycle controller also adds still keep new pods off
 * NotReady nodes; network-unavailable only for hostNetwork pods.
 */
export function defaultDaemonPodTolerations(hostNetwork) {
    return hostNetwork ? [...ALWAYS_TOLERATED, NETWORK_UNAVAILABLE] : ALWAYS_TOLERATED;
}
/** `AddOrUpdateDaemonPodTolerations`: the pod's tolerations merged with the daemon defaults. */
export function addOrUpdateDaemonPodTolerations(tolerations, hostNetwork) {
    let merged = [...tolerations];
    for (const toleration of defaultDaemonPodTolerations(hostNetwork))
        merged = addOrUpdateToleration(merged, toleration);
    return merged;
}
/** One taint from a parsed `node.spec.taints[i]`, or undefined when it is not an object. */
export function taintFromObject(value) {
    if (!isRecord(value))
        return undefined;
    return { key: scalarText(value.key) ?? "", value: scalarText(value.value) ?? "", effect: scalarText(value.effect) ?? "" };
}
/** One toleration from a parsed `tolerations[i]`, or undefined when it is not an object. */
export function tolerationFromObject(value) {
    if (!isRecord(value))
        return undefined;
    const toleration = {
        key: scalarText(value.key) ?? "",
        operator: scalarText(value.operator) ?? "",
        value: scalarText(value.value) ?? "",
        effect: scalarText(value.effect) ?? "",
    };
    if (typeof value.tolerationSeconds === "number")
        toleration.tolerationSeconds = value.tolerationSeconds;
    return toleration;
}
/** The tolerations of a parsed pod spec as written (entries that are not objects are skipped). */
export function podSpecTolerations(podSpec) {
    const list = isRecord(podSpec) ? podSpec.tolerations : undefined;
    if (!Array.isArray(list))
        return [];
    const out = [];
    for (const entry of list) {
        const toleration = tolerationFromObject(entry);
        if (toleration)
            out.push(toleration);
    }
    return out;
}
/**
 * The tolerations the pods of a DaemonSet template really carry: the
 * template's own merged with the daemon defaults. Rules asking "does this
 * DaemonSet run on nodes with taint X?" should test against these.
 */
export function daemonPodTolerations(podSpec) {
    const hostNetwork = isRecord(podSpec) && podSpec.hostNetwork === true;
    return addOrUpdateDaemonPodTolerations(podSpecTolerations(podSpec), hostNetwork);
}
