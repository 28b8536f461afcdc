/**
 * What differs between the Kubernetes releases dslint models (1.27–1.36):
 * feature gates whose default changed, and therefore which rule the API
 * server applies to a new DaemonSet.
 */
import { kubernetesMinorVersion } from "../k8s/defaults.js";

export interface ApiServerProfile {
  minor: number;
  /**
   * `RelaxedEnvironmentVariableValidation` (on by default from 1.32): env var
   * names and envFrom prefixes may be any printable ASCII except `=`.
   */
  relaxedEnvVarNames: boolean;
  /**
   * `SidecarContainers` (on by default from 1.29). Before, an init
   * container's `restartPolicy` is dropped on create
   * (`dropDisabledPodFields`), so it stays a plain init container.
   */
  sidecarContainers: boolean;
  /**
   * Required node-affinity values must be label values (`ValidateNodeSelectorRequirement`
   * with `AllowInvalidLabelValueInRequiredNodeAffinity=false`, kubernetes#128212).
   */
  nodeAffinityValuesAreLabelValues: boolean;
  /** `PodLifecycleSleepAction` (on by default from 1.30); before, `sleep` handlers are dropped. */
  sleepAction: boolean;
  /** `PodLifecycleSleepActionAllowZero` (on by default from 1.33): `sleep.seconds: 0` is allowed. */
  sleepActionAllowsZero: boolean;
  /** `UserNamespacesSupport` (on by default from 1.33); before, `hostUsers` is dropped. */
  userNamespaces: boolean;
}

export function apiServerProfile(kubernetesVersion?: string): ApiServerProfile {
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
