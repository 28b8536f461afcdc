/**
 * What differs between the Kubernetes releases dslint models (1.27–1.36):
 * feature gates whose default changed, and therefore which rule the API
 * server applies to a new DaemonSet.
 */
import { kubernetesMinorVersion } from "../k8s/defaults.js";
export function apiServerProfile(kubernetesVersion) {
    const minor = kubernetesMinorVersion(kubernetesVersion);
    return {
        minor,
        relaxedEnvVarNames: minor >= 32,
        sidecarContainers: minor >= 29,
        nodeAffinityValuesAreLabelValues: minor >= 33,
        sleepAction: minor >= 30,
        sleepActionAllowsZero: minor >= 33,
        userNamespaces: minor >= 33,
    };
}
