/**
 * Pod priority: the PriorityClasses Kubernetes defines itself.
 */
/**
 * The classes the API server creates on start-up (pkg/apis/scheduling
 * `SystemPriorityClasses`): system-node-critical for what a node cannot work
 * without, system-cluster-critical for what the cluster cannot. No other
 * class may have a name that starts with `system-` (ValidatePriorityClass).
 */
export const SYSTEM_PRIORITY_CLASSES = ["system-node-critical", "system-cluster-critical"];
export function isSystemPriorityClass(name) {
    return SYSTEM_PRIORITY_CLASSES.includes(name);
}
