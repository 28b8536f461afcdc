const HOST_NAMESPACE_FIELDS = ["hostNetwork", "hostPID", "hostIPC"];
/** check_hostNamespaces.go: hostNetwork, hostPID and hostIPC must be false or unset. */
function hostNamespaces_1_0(pod) {
    return HOST_NAMESPACE_FIELDS.filter((field) => pod.spec[field] === true).map((field) => ({
        path: ["spec", field],
        message: `pod must not set ${field}=true`,
        fix: `remove ${field} or set it to false`,
    }));
}
export const hostNamespacesCheck = {
    id: "hostNamespaces",
    level: "baseline",
    description: "The pod must not share the host's network, PID or IPC namespace.",
    versions: [{ minVersion: 0, run: hostNamespaces_1_0 }],
};
