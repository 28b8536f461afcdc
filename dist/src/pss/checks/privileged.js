import { ownerPhrase } from "../pod.js";
/** check_privileged.go: securityContext.privileged must be false or unset. */
function privileged_1_0(pod) {
    return pod.containers
        .filter((c) => c.securityContext?.privileged === true)
        .map((c) => ({
        path: [...c.path, "securityContext", "privileged"],
        message: `${ownerPhrase(c)} must not set securityContext.privileged=true`,
        fix: "remove securityContext.privileged or set it to false",
    }));
}
export const privilegedCheck = {
    id: "privileged",
    level: "baseline",
    description: "Containers must not run privileged (securityContext.privileged).",
    versions: [{ minVersion: 0, run: privileged_1_0 }],
};
