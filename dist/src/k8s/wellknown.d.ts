/**
 * Well-known node labels and taints (k8s.io/api core/v1 well_known_labels.go
 * and well_known_taints.go, kubeadm's constants), and the label sets of the
 * kinds of node rules reason about when they ask whether a DaemonSet can ever
 * run on a control-plane node, a Linux worker or a Windows node.
 */
import type { Taint } from "./tolerations.js";
export declare const OS_LABEL = "kubernetes.io/os";
/** Deprecated, but the kubelet still writes it next to `kubernetes.io/os`. */
export declare const BETA_OS_LABEL = "beta.kubernetes.io/os";
/** The labels that name a node's operating system; the kubelet sets both. */
export declare const OS_LABEL_KEYS: ReadonlySet<string>;
export declare function isOsLabel(key: string): boolean;
/**
 * Labels every node has, with a value that differs from node to node and
 * cluster to cluster (architecture, name, topology, instance type): a
 * requirement on them alone cannot tell one kind of node from another.
 */
export declare const PER_NODE_LABEL_KEYS: ReadonlySet<string>;
export declare function isPerNodeLabel(key: string): boolean;
/** kubeadm's role label and taint key for control-plane nodes (since 1.24; the only one since 1.25). */
export declare const CONTROL_PLANE_ROLE = "node-role.kubernetes.io/control-plane";
/** The role label and taint key kubeadm used before 1.25. */
export declare const MASTER_ROLE = "node-role.kubernetes.io/master";
/** The role labels that mark a control-plane node, current and legacy. */
export declare const CONTROL_PLANE_ROLE_KEYS: ReadonlySet<string>;
export declare function isControlPlaneRoleLabel(key: string): boolean;
/** The taint kubeadm puts on control-plane nodes (`markcontrolplane`). */
export declare const CONTROL_PLANE_TAINT: Readonly<Taint>;
/** The control-plane taint of kubeadm before 1.25, still used by some distributions. */
export declare const MASTER_TAINT: Readonly<Taint>;
/** The OS labels the kubelet gives a node of that operating system. */
export declare function osNodeLabels(os: string): Readonly<Record<string, string>>;
/** What every Linux node carries, workers included. */
export declare const LINUX_NODE_LABELS: Readonly<Record<string, string>>;
/** What every Windows node carries. */
export declare const WINDOWS_NODE_LABELS: Readonly<Record<string, string>>;
/**
 * What every kubeadm control-plane node carries (kubeadm `markcontrolplane`:
 * the role label and the load-balancer exclusion label). Control planes are
 * Linux: Windows nodes can only be workers
 * (kubernetes.io/docs/concepts/windows/intro/), so no Windows node carries a
 * control-plane role label.
 */
export declare const CONTROL_PLANE_NODE_LABELS: Readonly<Record<string, string>>;
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
export declare const ARCH_LABEL = "kubernetes.io/arch";
export declare const BETA_ARCH_LABEL = "beta.kubernetes.io/arch";
/** The API server's deprecation message for a node label (`GetNodeLabelDeprecatedMessage`), or undefined when it is not deprecated. */
export declare function nodeLabelDeprecation(key: string): string | undefined;
export declare const OBSOLETE_NODE_LABELS: readonly ObsoleteNodeLabel[];
/** The obsolete label a requirement on `key` (with these candidate values, or any value when undefined) depends on. */
export declare function obsoleteNodeLabel(key: string, values?: readonly string[]): ObsoleteNodeLabel | undefined;
