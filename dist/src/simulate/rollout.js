/**
 * How a rolling update proceeds over the desired nodes:
 * pkg/controller/daemon/util/daemonset_util.go (`SurgeCount`,
 * `UnavailableCount`, `AllowsSurge`) and update.go (`updatedDesiredNodeCounts`).
 */
import { scaleIntOrPercent } from "../k8s/intstr.js";
import { formatHostPort } from "../k8s/podresources.js";
function scaledOrZero(value, total) {
    return value === undefined || value === null ? { value: 0 } : scaleIntOrPercent(value, total);
}
function asWritten(value) {
    return typeof value === "number" || typeof value === "string" ? value : JSON.stringify(value) ?? "";
}
/** `AllowsSurge`: the surge scaled against a single node is non-zero. */
function allowsSurge(pod) {
    if (pod.updateStrategy.type !== "RollingUpdate")
        return false;
    const surge = scaledOrZero(pod.updateStrategy.maxSurge, 1);
    return "value" in surge && surge.value !== 0;
}
/**
 * The rollout over `desired` nodes. Each wave updates `perWave` nodes: the
 * larger of maxSurge (when surging) and maxUnavailable. The API forbids
 * setting both non-zero, so this is whichever one the DaemonSet uses.
 */
export function rolloutPlan(pod, desired) {
    const strategy = pod.updateStrategy.type;
    const hostPorts = pod.hostPorts.map(formatHostPort);
    const hostPortSurgeDeadlock = hostPorts.length > 0 && allowsSurge(pod);
    if (strategy !== "RollingUpdate") {
        return { strategy, maxUnavailable: null, maxSurge: null, perWave: null, waves: null, hostPorts, hostPortSurgeDeadlock };
    }
    const spec = { maxUnavailableSpec: asWritten(pod.updateStrategy.maxUnavailable), maxSurgeSpec: asWritten(pod.updateStrategy.maxSurge) };
    const unavailable = scaledOrZero(pod.updateStrategy.maxUnavailable, desired);
    const surge = scaledOrZero(pod.updateStrategy.maxSurge, desired);
    if ("error" in unavailable || "error" in surge) {
        const error = "error" in unavailable ? `maxUnavailable: ${unavailable.error}` : `maxSurge: ${surge.error}`;
        return { strategy, ...spec, maxUnavailable: null, maxSurge: null, perWave: null, waves: null, hostPorts, hostPortSurgeDeadlock, error };
    }
    let maxUnavailable = unavailable.value;
    const maxSurge = surge.value;
    // updatedDesiredNodeCounts: an impossible 0/0 configuration falls back to one unavailable node.
    if (desired > 0 && maxUnavailable === 0 && maxSurge === 0)
        maxUnavailable = 1;
    const perWave = Math.max(maxSurge > 0 ? maxSurge : 0, maxUnavailable);
    const waves = desired === 0 || perWave <= 0 ? 0 : Math.ceil(desired / perWave);
    return { strategy, ...spec, maxUnavailable, maxSurge, perWave, waves, hostPorts, hostPortSurgeDeadlock };
}
