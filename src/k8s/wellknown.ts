/**
 * Well-known node labels and taints (k8s.io/api core/v1 well_known_labels.go
 * and well_known_taints.go, kubeadm's constants), and the label sets of the
 * kinds of node rules reason about when they ask whether a DaemonSet can ever
 * run on a control-plane node, a Linux worker or a Windows node.
 */
import type { Taint } from "./tolerations.js";

export const OS_LABEL = "kubernetes.io/os";
/** Deprecated, but the kubelet still writes it next to `kubernetes.io/os`. */
export const BETA_OS_LABEL = "beta.kubernetes.io/os";

/** The labels that name a node's operating system; the kubelet sets both. */
export const OS_LABEL_KEYS: ReadonlySet<string> = new Set([OS_LABEL, BETA_OS_LABEL]);

export function isOsLabel(key: string): boolean {
  return OS_LABEL_KEYS.has(key);
}

/**
 * Labels every node has, with a value that differs from node to node and
 * cluster to cluster (architecture, name, topology, instance type): a
 * requirement on them alone cannot tell one kind of node from another.
 */
export const PER_NODE_LABEL_KEYS: ReadonlySet<string> = new Set([
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

export function isPerNodeLabel(key: string): boolean {
  return PER_NODE_LABEL_KEYS.has(key);
}

/** kubeadm's role label and taint key for control-plane nodes (since 1.24; the only one since 1.25). */
export const CONTROL_PLANE_ROLE = "node-role.kubernetes.io/control-plane";
/** The role label and taint key kubeadm used before 1.25. */
export const MASTER_ROLE = "node-role.kubernetes.io/master";

/** The role labels that mark a control-plane node, current and legacy. */
export const CONTROL_PLANE_ROLE_KEYS: ReadonlySet<string> = new Set([CONTROL_PLANE_ROLE, MASTER_ROLE]);

export function isControlPlaneRoleLabel(key: string): boolean {
  return CONTROL_PLANE_ROLE_KEYS.has(key);
}

/** The taint kubeadm puts on control-plane nodes (`markcontrolplane`). */
export const CONTROL_PLANE_TAINT: Readonly<Taint> = { key: CONTROL_PLANE_ROLE, value: "", effect: "NoSchedule" };
/** The control-plane taint of kubeadm before 1.25, still used by some distributions. */
export const MASTER_TAINT: Readonly<Taint> = { key: MASTER_ROLE, value: "", effect: "NoSchedule" };

/** The OS labels the kubelet gives a node of that operating system. */
export function osNodeLabels(os: string): Readonly<Record<string, string>> {
  return { [OS_LABEL]: os, [BETA_OS_LABEL]: os };
}

/** What every Linux node carries, workers included. */
export const LINUX_NODE_LABELS: Readonly<Record<string, string>> = osNodeLabels("linux");

/** What every Windows node carries. */
export const WINDOWS_NODE_LABELS: Readonly<Record<string, string>> = osNodeLabels("windows");

/**
 * What every kubeadm control-plane node carries (kubeadm `markcontrolplane`:
 * the role label and the load-balancer exclusion label). Control planes are
 * Linux: Windows nodes can only be workers
 * (kubernetes.io/docs/concepts/windows/intro/), so no Windows node carries a
 * control-plane role label.
 */
export const CONTROL_PLANE_NODE_LABELS: Readonly<Record<string, string>> = {
  [CONTROL_PLANE_ROLE]: "",
  "node.kubernetes.io/exclude-from-external-load-balancers": "",
  ...LINUX_NODE_LABELS,
};

/**
 * A node label that manifests still select on although current clusters no
 * longer set it (or set it only for compatibility), and the label to use.
 */
export interface ObsoleteNodeLabel {
  key: string;
  /** Only this value is obsolete (`kubernetes.io/role: master`); any value when absent. */
  value?: string;
  /** The label current nodes carry instead. */
  replacement: string;
  /** The value the replacement has on the nodes meant (kubeadm's role labels are ""); the same value when absent. */
  replacementValue?: string;
  /**
   * Whether nodes still carry it in every known version. The kubelet writes
   * the beta OS/arch labels next to the GA ones (pkg/kubelet/kubelet_node_status.go
   * `initialNode`); a release that stops doing so belongs in versions.ts CHANGES.
   */
  stillSet: boolean;
  /** Who stopped setting it, for messages. */
  history: string;
}

export const ARCH_LABEL = "kubernetes.io/arch";
export const BETA_ARCH_LABEL = "beta.kubernetes.io/arch";

/**
 * The node labels the API server calls deprecated, with its words
 * (pkg/api/node/util.go `deprecatedNodeLabels`): it warns on a pod template
 * that selects on one (pkg/api/pod/warnings.go).
 */
const DEPRECATED_NODE_LABELS: Readonly<Record<string, string>> = {
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
export function nodeLabelDeprecation(key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(DEPRECATED_NODE_LABELS, key) ? DEPRECATED_NODE_LABELS[key] : undefined;
}

export const OBSOLETE_NODE_LABELS: readonly ObsoleteNodeLabel[] = [
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
export function obsoleteNodeLabel(key: string, values?: readonly string[]): ObsoleteNodeLabel | undefined {
  return OBSOLETE_NODE_LABELS.find(
    (label) => label.key === key && (label.value === undefined || (values !== undefined && values.length > 0 && values.every((v) => v === label.value))),
  );
}
