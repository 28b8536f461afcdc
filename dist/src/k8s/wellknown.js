export const OS_LABEL = "kubernetes.io/os";
/** Deprecated, but the kubelet still writes it next to `kubernetes.io/os`. */
export const BETA_OS_LABEL = "beta.kubernetes.io/os";
/** The labels that name a node's operating system; the kubelet sets both. */
export const OS_LABEL_KEYS = new Set([OS_LABEL, BETA_OS_LABEL]);
export function isOsLabel(key) {
    return OS_LABEL_KEYS.has(key);
}
/**
 * Labels every node has, with a value that differs from node to node and
 * cluster to cluster (architecture, name, topology, instance type): a
 * requirement on them alone cannot tell one kind of node from another.
 */
export const PER_NODE_LABEL_KEYS = new Set([
    "kubernetes.io/arch",
    "beta.kubernetes.io/arch",
    "kubernetes.io/hostname",
    "topology.kubernetes.io/zone",
    "topology.kubernetes.io/region",
    "failure-domain.beta.kubernetes.io/zone",
    "failure-domain.beta.kubernetes.io/region",
    "node.kubernetes.io/instance-type",
    "beta.kubernetes.io/instance-type",
]);
export function isPerNodeLabel(key) {
    return PER_NODE_LABEL_KEYS.has(key);
}
/** kubeadm's role label and taint key for control-plane nodes (since 1.24; the only one since 1.25). */
export const CONTROL_PLANE_ROLE = "node-role.kubernetes.io/control-plane";
/** The role label and taint key kubeadm used before 1.25. */
export const MASTER_ROLE = "node-role.kubernetes.io/master";
/** The role labels that mark a control-plane node, current and legacy. */
export const CONTROL_PLANE_ROLE_KEYS = new Set([CONTROL_PLANE_ROLE, MASTER_ROLE]);
export function isControlPlaneRoleLabel(key) {
    return CONTROL_PLANE_ROLE_KEYS.has(key);
}
/** The taint kubeadm puts on control-plane nodes (`markcontrolplane`). */
export const CONTROL_PLANE_TAINT = { key: CONTROL_PLANE_ROLE, value: "", effect: "NoSchedule" };
/** The control-plane taint of kubeadm before 1.25, still used by some distributions. */
export const MASTER_TAINT = { key: MASTER_ROLE, value: "", effect: "NoSchedule" };
/** The OS labels the kubelet gives a node of that operating system. */
export function osNodeLabels(os) {
    return { [OS_LABEL]: os, [BETA_OS_LABEL]: os };
}
/** What every Linux node carries, workers included. */
export const LINUX_NODE_LABELS = osNodeLabels("linux");
/** What every Windows node carries. */
export const WINDOWS_NODE_LABELS = osNodeLabels("windows");
/**
 * What every kubeadm control-plane node carries (kubeadm `markcontrolplane`:
 * the role label and the load-balancer exclusion label). Control planes are
 * Linux: Windows nodes can only be workers
 * (kubernetes.io/docs/concepts/windows/intro/), so no Windows node carries a
 * control-plane role label.
 */
export const CONTROL_PLANE_NODE_LABELS = {
    [CONTROL_PLANE_ROLE]: "",
    "node.kubernetes.io/exclude-from-external-load-balancers": "",
    ...LINUX_NODE_LABELS,
};
export const ARCH_LABEL = "kubernetes.io/arch";
export const BETA_ARCH_LABEL = "beta.kubernetes.io/arch";
/**
 * The node labels the API server calls deprecated, with its words
 * (pkg/api/node/util.go `deprecatedNodeLabels`): it warns on a pod template
 * that selects on one (pkg/api/pod/warnings.go).
 */
const DEPRECATED_NODE_LABELS = {
    [BETA_ARCH_LABEL]: 'deprecated since v1.14; use "kubernetes.io/arch" instead',
    [BETA_OS_LABEL]: 'deprecated since v1.14; use "kubernetes.io/os" instead',
    "failure-domain.beta.kubernetes.io/region": 'deprecated since v1.17; use "topology.kubernetes.io/region" instead',
    "failure-domain.beta.kubernetes.io/zone": 'deprecated since v1.17; use "topology.kubernetes.io/zone" instead',
    "beta.kubernetes.io/instance-type": 'deprecated since v1.17; use "node.kubernetes.io/instance-type" instead',
    "app.kubernetes.io/created-by": "deprecated since v1.9",
    "scheduler.alpha.kubernetes.io/preferAvoidPods": "deprecated since v1.22; use Taints and Tolerations instead",
    [MASTER_ROLE]: 'use "node-role.kubernetes.io/control-plane" instead',
};
/** The API server's deprecation message for a node label (`GetNodeLabelDeprecatedMessage`), or undefined when it is not deprecated. */
export function nodeLabelDeprecation(key) {
    return Object.prototype.hasOwnProperty.call(DEPRECATED_NODE_LABELS, key) ? DEPRECATED_NODE_LABELS[key] : undefined;
}
export const OBSOLETE_NODE_LABELS = [
    {
        key: MASTER_ROLE,
        replacement: CONTROL_PLANE_ROLE,
        replacementValue: "",
        stillSet: false,
        history: "kubeadm has not put it on control-plane nodes since 1.24",
    },
    {
        key: "kubernetes.io/role",
        value: "master",
        replacement: CONTROL_PLANE_ROLE,
        replacementValue: "",
        stillSet: false,
        history: "only old kops set it (kubelets may not set kubernetes.io/ labels of their own since 1.16, pkg/kubelet/apis/well_known_labels.go)",
    },
    {
        key: "kubeadm.alpha.kubernetes.io/role",
        value: "master",
        replacement: CONTROL_PLANE_ROLE,
        replacementValue: "",
        stillSet: false,
        history: "kubeadm replaced it with node-role.kubernetes.io/master in 1.6",
    },
    {
        key: BETA_OS_LABEL,
        replacement: OS_LABEL,
        stillSet: true,
        history: "it has been deprecated since 1.14 and the API server warns on it (pkg/api/pod/warnings.go)",
    },
    {
        key: BETA_ARCH_LABEL,
        replacement: ARCH_LABEL,
        stillSet: true,
        history: "it has been deprecated since 1.14 and the API server warns on it (pkg/api/pod/warnings.go)",
    },
];
/** The obsolete label a requirement on `key` (with these candidate values, or any value when undefined) depends on. */
export function obsoleteNodeLabel(key, values) {
    return OBSOLETE_NODE_LABELS.find((label) => label.key === key && (label.value === undefined || (values !== undefined && values.length > 0 && values.every((v) => v === label.value))));
}
