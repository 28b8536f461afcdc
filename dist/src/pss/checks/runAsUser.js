import { ownerPhrase, valueAt } from "../pod.js";
function rootUserViolation(owner, securityContextPath, securityContext) {
    if (valueAt(securityContext, "runAsUser") !== 0)
        return [];
    return [
        {
            path: [...securityContextPath, "runAsUser"],
            message: `${owner} must not set runAsUser=0`,
            fix: "run as a non-zero user ID",
        },
    ];
}
/** check_runAsUser.go: runAsUser must not be 0 on the pod or any container; unset is fine. */
function runAsUser_1_23(pod) {
    return [
        ...rootUserViolation("pod", ["spec", "securityContext"], pod.podSecurityContext),
        ...pod.containers.flatMap((container) => rootUserViolation(ownerPhrase(container), [...container.path, "securityContext"], container.securityContext)),
    ];
}
/** From 1.35 pods in a user namespace (hostUsers: false) are exempt (KEP-127). */
function runAsUser_1_35(pod) {
    return pod.inUserNamespace ? [] : runAsUser_1_23(pod);
}
export const runAsUserCheck = {
    id: "runAsUser",
    level: "restricted",
    description: "The pod and containers must not set runAsUser to 0 (root).",
    versions: [
        { minVersion: 23, run: runAsUser_1_23 },
        { minVersion: 35, run: runAsUser_1_35 },
    ],
};
