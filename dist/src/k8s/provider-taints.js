/**
 * Taints that managed Kubernetes offerings put on (or document for) some of
 * their node pools, with the labels those nodes carry, so that a rule can ask
 * whether a DaemonSet could run on such a node and whether it tolerates the
 * taint there. Only taints the provider documents are listed.
 */
import { LINUX_NODE_LABELS, OS_LABEL_KEYS, isPerNodeLabel } from "./wellknown.js";
export const TAINT_PRESETS = {
    // learn.microsoft.com/azure/aks/use-system-pools: system pools run Linux only.
    "aks-system": {
        taint: { key: "CriticalAddonsOnly", value: "true", effect: "NoSchedule" },
        labels: { "kubernetes.azure.com/mode": "system", ...LINUX_NODE_LABELS },
        doc: "learn.microsoft.com/azure/aks/use-system-pools",
    },
    // learn.microsoft.com/azure/aks/spot-node-pool: AKS adds taint and label to every spot node.
    "aks-spot": {
        taint: { key: "kubernetes.azure.com/scalesetpriority", value: "spot", effect: "NoSchedule" },
        labels: { "kubernetes.azure.com/scalesetpriority": "spot" },
        doc: "learn.microsoft.com/azure/aks/spot-node-pool",
    },
    // cloud.google.com/kubernetes-engine/docs/how-to/gpus: added when the cluster also has non-GPU pools.
    "gke-gpu": {
        taint: { key: "nvidia.com/gpu", value: "present", effect: "NoSchedule" },
        labels: { ...LINUX_NODE_LABELS },
        openLabels: ["cloud.google.com/gke-accelerator"],
        doc: "cloud.google.com/kubernetes-engine/docs/how-to/gpus",
    },
    // cloud.google.com/kubernetes-engine/docs/concepts/tpus
    "gke-tpu": {
        taint: { key: "google.com/tpu", value: "present", effect: "NoSchedule" },
        labels: { ...LINUX_NODE_LABELS },
        openLabels: ["cloud.google.com/gke-tpu-accelerator"],
        doc: "cloud.google.com/kubernetes-engine/docs/concepts/tpus",
    },
    // docs.aws.amazon.com/eks/latest/userguide/set-builtin-node-pools.html: the built-in system NodePool of EKS Auto Mode.
    "eks-auto-system": {
        taint: { key: "CriticalAddonsOnly", value: "", effect: "NoSchedule" },
        labels: { "karpenter.sh/nodepool": "system", ...LINUX_NODE_LABELS },
        doc: "docs.aws.amazon.com/eks/latest/userguide/set-builtin-node-pools.html",
    },
    // docs.openshift.com/container-platform/4.16/machine_management/creating-infrastructure-machinesets.html
    "openshift-infra": {
        taint: { key: "node-role.kubernetes.io/infra", value: "reserved", effect: "NoSchedule" },
        labels: { "node-role.kubernetes.io/infra": "", ...LINUX_NODE_LABELS },
        doc: "docs.openshift.com/container-platform/4.16/machine_management/creating-infrastructure-machinesets.html",
    },
};
export const TAINT_PRESET_NAMES = Object.keys(TAINT_PRESETS);
/** The node kind of a preset, or undefined for an unknown name. */
export function presetNodeKind(name) {
    const preset = Object.hasOwn(TAINT_PRESETS, name) ? TAINT_PRESETS[name] : undefined;
    if (!preset)
        return undefined;
    return { source: name, taint: preset.taint, labels: preset.labels ?? {}, openLabels: preset.openLabels ?? [] };
}
/** A taint the user lists: nothing is known about its nodes' labels. */
export function expectedNodeKind(taint) {
    return { source: "expectedTaints", taint, labels: {}, openLabels: [] };
}
/**
 * Which label keys tell such nodes apart from the nodes a selection wants:
 * the labels the kind is known to carry, and any other label that is not
 * per-node (arch, hostname, zone) or, when the kind's OS is unknown, the OS.
 * A selection on a pool label the kind is not known to carry is taken as
 * aiming at other nodes.
 */
export function decisiveKeys(kind) {
    const knowsOs = [...OS_LABEL_KEYS].some((key) => Object.hasOwn(kind.labels, key));
    return (key) => {
        if (Object.hasOwn(kind.labels, key))
            return true;
        if (kind.openLabels.includes(key))
            return false;
        if (!knowsOs && OS_LABEL_KEYS.has(key))
            return false;
        return !isPerNodeLabel(key);
    };
}
