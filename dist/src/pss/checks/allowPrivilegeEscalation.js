import { deepestExisting, ownerPhrase } from "../pod.js";
/** check_allowPrivilegeEscalation.go: every container must set allowPrivilegeEscalation=false explicitly. */
function allowPrivilegeEscalation_1_8(pod) {
    return pod.containers
        .filter((container) => container.securityContext?.allowPrivilegeEscalation !== false)
        .map((container) => ({
        path: deepestExisting(container.path, container.container, ["securityContext", "allowPrivilegeEscalation"]),
        message: `${ownerPhrase(container)} must set securityContext.allowPrivilegeEscalation=false`,
        fix: "set securityContext.allowPrivilegeEscalation: false",
    }));
}
/** Windows pods are exempt from 1.25. */
function allowPrivilegeEscalation_1_25(pod) {
    return pod.isWindows ? [] : allowPrivilegeEscalation_1_8(pod);
}
export const allowPrivilegeEscalationCheck = {
    id: "allowPrivilegeEscalation",
    level: "restricted",
    description: "Containers must set securityContext.allowPrivilegeEscalation to false.",
    versions: [
        { minVersion: 8, run: allowPrivilegeEscalation_1_8 },
        { minVersion: 25, run: allowPrivilegeEscalation_1_25 },
    ],
};
