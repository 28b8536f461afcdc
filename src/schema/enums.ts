/**
 * Closed sets of string values that the published OpenAPI specs leave out
 * (they type these fields as plain strings). The values are the constants of
 * k8s.io/api/core/v1 `types.go` (apps/v1 for the update strategy) that
 * pkg/apis/core/validation accepts.
 *
 * An enum here must never reject a value the API server accepts, so:
 * - the empty string is always allowed: for most of these fields it means
 *   "unset" and is defaulted (pkg/apis/core/v1/defaults.go); where the API
 *   server rejects it, API validation says so, not the schema;
 * - fields whose accepted set depends on feature gates or the runtime
 *   (resize resource names, stop signals, restart rule actions) are left out.
 */
import { hasChange, type Change } from "../k8s/versions.js";

export interface EnumRule {
  values: readonly string[];
  /** The change from which the values apply; earlier rules cover older versions. */
  since?: Change;
}

const PULL_POLICY = ["Always", "IfNotPresent", "Never"];
const TERMINATION_MESSAGE_POLICY = ["File", "FallbackToLogsOnError"];
const PREEMPTION_POLICY = ["PreemptLowerPriority", "Never"];
const TAINT_EFFECT = ["NoSchedule", "PreferNoSchedule", "NoExecute"];
const PROFILE_TYPE = ["RuntimeDefault", "Unconfined", "Localhost"];
const CONTAINER_RESTART_POLICY = ["Always"];

/** Keyed by `<definition>.<property>`; for a list field the values apply to its items. */
export const ENUMS: Readonly<Record<string, readonly EnumRule[]>> = {
  "io.k8s.api.apps.v1.DaemonSetUpdateStrategy.type": [{ values: ["RollingUpdate", "OnDelete"] }],

  "io.k8s.api.core.v1.PodSpec.restartPolicy": [{ values: ["Always", "OnFailure", "Never"] }],
  "io.k8s.api.core.v1.PodSpec.dnsPolicy": [{ values: ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"] }],
  "io.k8s.api.core.v1.PodSpec.preemptionPolicy": [{ values: PREEMPTION_POLICY }],
  "io.k8s.api.scheduling.v1.PriorityClass.preemptionPolicy": [{ values: PREEMPTION_POLICY }],
  "io.k8s.api.core.v1.PodOS.name": [{ values: ["linux", "windows"] }],

  // Only "Always" (sidecar init containers) until container restart rules
  // let regular containers override the pod's policy.
  "io.k8s.api.core.v1.Container.restartPolicy": [
    { values: CONTAINER_RESTART_POLICY },
    { values: ["Always", "OnFailure", "Never"], since: "containerRestartRules" },
  ],
  "io.k8s.api.core.v1.Container.imagePullPolicy": [{ values: PULL_POLICY }],
  "io.k8s.api.core.v1.EphemeralContainer.imagePullPolicy": [{ values: PULL_POLICY }],
  "io.k8s.api.core.v1.ImageVolumeSource.pullPolicy": [{ values: PULL_POLICY }],
  "io.k8s.api.core.v1.Container.terminationMessagePolicy": [{ values: TERMINATION_MESSAGE_POLICY }],
  "io.k8s.api.core.v1.EphemeralContainer.terminationMessagePolicy": [{ values: TERMINATION_MESSAGE_POLICY }],
  "io.k8s.api.core.v1.ContainerPort.protocol": [{ values: ["TCP", "UDP", "SCTP"] }],
  "io.k8s.api.core.v1.HTTPGetAction.scheme": [{ values: ["HTTP", "HTTPS"] }],
  "io.k8s.api.core.v1.ContainerResizePolicy.restartPolicy": [{ values: ["NotRequired", "RestartContainer"] }],

  "io.k8s.api.core.v1.Toleration.operator": [
    { values: ["Exists", "Equal"] },
    // TaintTolerationComparisonOperators (alpha) adds numeric comparisons.
    { values: ["Exists", "Equal", "Lt", "Gt"], since: "tolerationComparisonOperators" },
  ],
  "io.k8s.api.core.v1.Toleration.effect": [{ values: TAINT_EFFECT }],
  "io.k8s.api.core.v1.Taint.effect": [{ values: TAINT_EFFECT }],
  "io.k8s.api.core.v1.NodeSelectorRequirement.operator": [
    { values: ["In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"] },
  ],
  "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement.operator": [
    { values: ["In", "NotIn", "Exists", "DoesNotExist"] },
  ],
  "io.k8s.api.core.v1.TopologySpreadConstraint.whenUnsatisfiable": [{ values: ["DoNotSchedule", "ScheduleAnyway"] }],
  "io.k8s.api.core.v1.TopologySpreadConstraint.nodeAffinityPolicy": [{ values: ["Honor", "Ignore"] }],
  "io.k8s.api.core.v1.TopologySpreadConstraint.nodeTaintsPolicy": [{ values: ["Honor", "Ignore"] }],

  "io.k8s.api.core.v1.PodSecurityContext.fsGroupChangePolicy": [{ values: ["OnRootMismatch", "Always"] }],
  "io.k8s.api.core.v1.PodSecurityContext.supplementalGroupsPolicy": [{ values: ["Merge", "Strict"] }],
  "io.k8s.api.core.v1.PodSecurityContext.seLinuxChangePolicy": [{ values: ["MountOption", "Recursive"] }],
  "io.k8s.api.core.v1.SeccompProfile.type": [{ values: PROFILE_TYPE }],
  "io.k8s.api.core.v1.AppArmorProfile.type": [{ values: PROFILE_TYPE }],

  "io.k8s.api.core.v1.HostPathVolumeSource.type": [
    { values: ["DirectoryOrCreate", "Directory", "FileOrCreate", "File", "Socket", "CharDevice", "BlockDevice"] },
  ],
  "io.k8s.api.core.v1.VolumeMount.mountPropagation": [{ values: ["None", "HostToContainer", "Bidirectional"] }],
  "io.k8s.api.core.v1.VolumeMount.recursiveReadOnly": [{ values: ["Disabled", "IfPossible", "Enabled"] }],
  "io.k8s.api.core.v1.PersistentVolumeClaimSpec.volumeMode": [{ values: ["Filesystem", "Block"] }],
  "io.k8s.api.core.v1.PersistentVolumeClaimSpec.accessModes": [
    { values: ["ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"] },
  ],
};

/** The values allowed for a field in a version (without the always-allowed ""), or undefined when the field is open. */
export function enumValues(field: string, version: string): readonly string[] | undefined {
  const rules = ENUMS[field];
  if (!rules) return undefined;
  let chosen: EnumRule | undefined;
  for (const rule of rules) {
    if (rule.since === undefined || hasChange(version, rule.since)) chosen = rule;
  }
  return chosen?.values;
}
