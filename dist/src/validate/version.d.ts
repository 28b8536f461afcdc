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
export declare function apiServerProfile(kubernetesVersion?: string): ApiServerProfile;
