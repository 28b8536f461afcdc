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
export const POOL_LABELS: readonly PoolLabel[] = [
  // docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html
  { key: "eks.amazonaws.com/nodegroup", what: "EKS managed node group" },
  // eksctl's own label, on self-managed node groups too
  { key: "alpha.eksctl.io/nodegroup-name", what: "eksctl node group" },
  // cloud.google.com/kubernetes-engine/docs/concepts/node-pools
  { key: "cloud.google.com/gke-nodepool", what: "GKE node pool" },
  // learn.microsoft.com/azure/aks/use-multiple-node-pools; `agentpool` is the label older AKS nodes carry
  { key: "kubernetes.azure.com/agentpool", what: "AKS agent pool" },
  { key: "agentpool", what: "AKS agent pool (legacy label)" },
  // karpenter.sh/docs/concepts/nodepools; `provisioner-name` before Karpenter v1beta1
  { key: "karpenter.sh/nodepool", what: "Karpenter NodePool" },
  { key: "karpenter.sh/provisioner-name", what: "Karpenter Provisioner (legacy)" },
];

/** Role labels (kubeadm, OpenShift): the role is the part of the key after the prefix. */
export const NODE_ROLE_PREFIX = "node-role.kubernetes.io/";
/** The older role label, whose value is the role; kubectl still shows it. */
export const LEGACY_ROLE_LABEL = "kubernetes.io/role";
/** How pools from roles are described: the label they come from is a family of keys. */
export const ROLES_LABEL = `${NODE_ROLE_PREFIX}*`;

/** The instance type labels the cloud node controller sets (k8s.io/api core/v1 well_known_labels.go), current then beta. */
export const INSTANCE_TYPE_LABELS: readonly string[] = ["node.kubernetes.io/instance-type", "beta.kubernetes.io/instance-type"];

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
export function nodeRoles(labels: NodeLabels): string[] {
  const roles = new Set<string>();
  for (const key of labels.keys()) {
    if (key.startsWith(NODE_ROLE_PREFIX)) {
      const role = key.slice(NODE_ROLE_PREFIX.length);
      if (role !== "") roles.add(role);
    } else if (key === LEGACY_ROLE_LABEL) {
      const role = labels.get(key);
      if (role) roles.add(role);
    }
  }
  return [...roles].sort();
}

/**
 * The pool a node belongs to: its node group or pool label, else its roles
 * (joined with commas, as kubectl shows them), else its instance type;
 * undefined when it has none of them.
 */
export function nodePoolOf(labels: NodeLabels): NodePoolKey | undefined {
  for (const { key } of POOL_LABELS) {
    const name = labels.get(key);
    if (name) return { label: key, name };
  }
  const roles = nodeRoles(labels);
  if (roles.length > 0) return { label: ROLES_LABEL, name: roles.join(",") };
  for (const key of INSTANCE_TYPE_LABELS) {
    const name = labels.get(key);
    if (name) return { label: key, name };
  }
  return undefined;
}
