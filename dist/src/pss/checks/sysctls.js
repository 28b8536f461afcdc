import { asArray, asObject, asString, deepestExisting, quote } from "../pod.js";
const SAFE_SYSCTLS_1_0 = [
    "kernel.shm_rmid_forced",
    "net.ipv4.ip_local_port_range",
    "net.ipv4.tcp_syncookies",
    "net.ipv4.ping_group_range",
    "net.ipv4.ip_unprivileged_port_start",
];
const SAFE_SYSCTLS_1_27 = [...SAFE_SYSCTLS_1_0, "net.ipv4.ip_local_reserved_ports"];
const SAFE_SYSCTLS_1_29 = [
    ...SAFE_SYSCTLS_1_27,
    "net.ipv4.tcp_keepalive_time",
    "net.ipv4.tcp_fin_timeout",
    "net.ipv4.tcp_keepalive_intvl",
    "net.ipv4.tcp_keepalive_probes",
];
const SAFE_SYSCTLS_1_32 = [...SAFE_SYSCTLS_1_29, "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem"];
const SAFE_SYSCTLS_1_37 = [...SAFE_SYSCTLS_1_32, "net.ipv4.tcp_slow_start_after_idle", "net.ipv4.tcp_notsent_lowat"];
/** check_sysctls.go: spec.securityContext.sysctls[*].name must be in the safe set of the policy version. */
function sysctlsAllowing(safe) {
    const allowed = new Set(safe);
    return (pod) => asArray(pod.podSecurityContext?.sysctls).flatMap((entry, index) => {
        const sysctl = asObject(entry);
        if (!sysctl)
            return [];
        const name = asString(sysctl.name) ?? "";
        if (allowed.has(name))
            return [];
        return [
            {
                path: deepestExisting(["spec", "securityContext", "sysctls", index], sysctl, ["name"]),
                message: `pod must not set sysctl ${quote(name)}`,
                fix: "remove the sysctl; only namespaced, isolated sysctls are allowed",
            },
        ];
    });
}
export const sysctlsCheck = {
    id: "sysctls",
    level: "baseline",
    description: "Only the safe, namespaced sysctls may be set.",
    versions: [
        { minVersion: 0, run: sysctlsAllowing(SAFE_SYSCTLS_1_0) },
        { minVersion: 27, run: sysctlsAllowing(SAFE_SYSCTLS_1_27) },
        { minVersion: 29, run: sysctlsAllowing(SAFE_SYSCTLS_1_29) },
        { minVersion: 32, run: sysctlsAllowing(SAFE_SYSCTLS_1_32) },
        { minVersion: 37, run: sysctlsAllowing(SAFE_SYSCTLS_1_37) },
    ],
};
