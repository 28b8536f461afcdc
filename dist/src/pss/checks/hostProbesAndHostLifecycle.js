import { asString, ownerPhrase, quote, valueAt } from "../pod.js";
/** The handlers whose `host` is checked, as keys below the container. */
const HANDLERS = [
    ["livenessProbe", "httpGet"],
    ["livenessProbe", "tcpSocket"],
    ["readinessProbe", "httpGet"],
    ["readinessProbe", "tcpSocket"],
    ["startupProbe", "httpGet"],
    ["startupProbe", "tcpSocket"],
    ["lifecycle", "postStart", "httpGet"],
    ["lifecycle", "postStart", "tcpSocket"],
    ["lifecycle", "preStop", "httpGet"],
    ["lifecycle", "preStop", "tcpSocket"],
];
function hostViolations(container) {
    return HANDLERS.flatMap((keys) => {
        const host = asString(valueAt(container.container, ...keys, "host"));
        if (!host)
            return [];
        return [
            {
                path: [...container.path, ...keys, "host"],
                message: `${ownerPhrase(container)} must not set ${keys.join(".")}.host (uses host ${quote(host)})`,
                fix: "remove host so the kubelet targets the pod's own IP",
            },
        ];
    });
}
/** check_hostProbesAndHostLifecycle.go: probe and lifecycle handler hosts must be empty (1.34+). */
function hostProbesAndHostLifecycle_1_34(pod) {
    return pod.containers.flatMap(hostViolations);
}
export const hostProbesAndHostLifecycleCheck = {
    id: "hostProbesAndHostLifecycle",
    level: "baseline",
    description: "Probe and lifecycle handlers must not set a host (httpGet.host, tcpSocket.host).",
    versions: [{ minVersion: 34, run: hostProbesAndHostLifecycle_1_34 }],
};
