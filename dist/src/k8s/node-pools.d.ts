/**
 * Which pool a node belongs to, from the labels clusters put on their nodes:
 * managed node groups and pools first (each node of one carries its name),
 * then the node's roles as `kubectl get nodes` shows them, then its instance
 * type. A node pool is the unit people add, taint and relabel, so it is the
 * unit placement is read in on a large inventory.
 */
import type { LabelLookup } from "./nodeaffinity.js";
/** A node's labels, with their keys: roles are read from every `node-role.kubernetes.io/*` key. */
export interface NodeLabels extends LabelLookup {
    keys(): Iterable<string>;
}
/** A label that names the pool a node was created from, and whose pools they are. */
export interface PoolLabel {
    key: string;
    what: string;
}
/**
 * The pool labels managed clusters set, most specific first. A node carries
 * at most the ones of its own provisioner (an eksctl node group also carries
 * the EKS one, with the same name).
 */
export declare const POOL_LABELS: readonly PoolLabel[];
/** Role labels (kubeadm, OpenShift): the role is the part of the key after the prefix. */
export declare const NODE_ROLE_PREFIX = "node-role.kubernetes.io/";
/** The older role label, whose value is the role; kubectl still shows it. */
export declare const LEGACY_ROLE_LABEL = "kubernetes.io/role";
/** How pools from roles are described: the label they come from is a family of keys. */
export declare const ROLES_LABEL = "node-role.kubernetes.io/*";
/** The instance type labels the cloud node controller sets (k8s.io/api core/v1 well_known_labels.go), current then beta. */
export declare const INSTANCE_TYPE_LABELS: readonly string[];
/** The pool of a node: the label it comes from (`ROLES_LABEL` for roles) and its name. */
export interface NodePoolKey {
    label: string;
    name: string;
}
/**
 * The roles `kubectl get nodes` shows in its ROLES column, sorted: the
 * suffix of every `node-role.kubernetes.io/<role>` key and the value of
 * `kubernetes.io/role` (pkg/printers/internalversion/printers.go `findNodeRoles`).
 */
export declare function nodeRoles(labels: NodeLabels): string[];
/**
 * The pool a node belongs to: its node group or pool label, else its roles
 * (joined with commas, as kubectl shows them), else its instance type;
 * undefined when it has none of them.
 */
export declare function nodePoolOf(labels: NodeLabels): NodePoolKey | undefined;
