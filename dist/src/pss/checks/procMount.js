import { ownerPhrase, quote } from "../pod.js";
/** check_procMount_restricted.go: procMount must be unset or "Default". */
function unmaskedProcMounts(pod) {
    return pod.containers.flatMap((container) => {
        const procMount = container.securityContext?.procMount;
        if (typeof procMount !== "string" || procMount === "Default")
            return [];
        return [
            {
                path: [...container.path, "securityContext", "procMount"],
                message: `${ownerPhrase(container)} must not set securityContext.procMount to ${quote(procMount)}`,
                fix: 'remove securityContext.procMount or set it to "Default"',
            },
        ];
    });
}
/** check_procMount_baseline.go: from 1.35, any procMount is allowed in a user namespace (hostUsers: false). */
function procMount_1_35(pod) {
    return pod.inUserNamespace ? [] : unmaskedProcMounts(pod);
}
export const procMountCheck = {
    id: "procMount",
    level: "baseline",
    description: 'The /proc mount must be "Default" (any value allowed with hostUsers: false from 1.35).',
    versions: [
        { minVersion: 0, run: unmaskedProcMounts },
        { minVersion: 35, run: procMount_1_35 },
    ],
};
export const procMountRestrictedCheck = {
    id: "procMount_restricted",
    level: "restricted",
    description: 'The /proc mount must be "Default", even in a user namespace.',
    versions: [{ minVersion: 35, run: unmaskedProcMounts, overrides: ["procMount"] }],
};
