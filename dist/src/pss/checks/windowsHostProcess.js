import { ownerPhrase, valueAt } from "../pod.js";
function hostProcessViolation(owner, securityContextPath, securityContext) {
    if (valueAt(securityContext, "windowsOptions", "hostProcess") !== true)
        return [];
    return [
        {
            path: [...securityContextPath, "windowsOptions", "hostProcess"],
            message: `${owner} must not set securityContext.windowsOptions.hostProcess=true`,
            fix: "remove windowsOptions.hostProcess or set it to false",
        },
    ];
}
/** check_windowsHostProcess.go: pod and container windowsOptions.hostProcess must be false or unset. */
function windowsHostProcess_1_0(pod) {
    return [
        ...hostProcessViolation("pod", ["spec", "securityContext"], pod.podSecurityContext),
        ...pod.containers.flatMap((container) => hostProcessViolation(ownerPhrase(container), [...container.path, "securityContext"], container.securityContext)),
    ];
}
export const windowsHostProcessCheck = {
    id: "windowsHostProcess",
    level: "baseline",
    description: "Windows pods and containers must not run as HostProcess.",
    versions: [{ minVersion: 0, run: windowsHostProcess_1_0 }],
};
