import { allowPrivilegeEscalationCheck } from "./checks/allowPrivilegeEscalation.js";
import { appArmorProfileCheck } from "./checks/appArmorProfile.js";
import { capabilitiesBaselineCheck, capabilitiesRestrictedCheck } from "./checks/capabilities.js";
import { hostNamespacesCheck } from "./checks/hostNamespaces.js";
import { hostPathVolumesCheck } from "./checks/hostPathVolumes.js";
import { hostPortsCheck } from "./checks/hostPorts.js";
import { hostProbesAndHostLifecycleCheck } from "./checks/hostProbesAndHostLifecycle.js";
import { privilegedCheck } from "./checks/privileged.js";
import { procMountCheck, procMountRestrictedCheck } from "./checks/procMount.js";
import { restrictedVolumesCheck } from "./checks/restrictedVolumes.js";
import { runAsNonRootCheck } from "./checks/runAsNonRoot.js";
import { runAsUserCheck } from "./checks/runAsUser.js";
import { seccompProfileBaselineCheck, seccompProfileRestrictedCheck } from "./checks/seccompProfile.js";
import { seLinuxOptionsCheck } from "./checks/seLinuxOptions.js";
import { sysctlsCheck } from "./checks/sysctls.js";
import { windowsHostProcessCheck } from "./checks/windowsHostProcess.js";
/** Every check of `k8s.io/pod-security-admission/policy`, baseline first. */
export const CHECK_DEFINITIONS = [
    privilegedCheck,
    hostNamespacesCheck,
    hostPathVolumesCheck,
    hostPortsCheck,
    capabilitiesBaselineCheck,
    appArmorProfileCheck,
    seLinuxOptionsCheck,
    procMountCheck,
    seccompProfileBaselineCheck,
    sysctlsCheck,
    windowsHostProcessCheck,
    hostProbesAndHostLifecycleCheck,
    restrictedVolumesCheck,
    allowPrivilegeEscalationCheck,
    capabilitiesRestrictedCheck,
    runAsNonRootCheck,
    runAsUserCheck,
    seccompProfileRestrictedCheck,
    procMountRestrictedCheck,
];
/** The check IDs with their level and a one-line description, for rule documentation. */
export const PSS_CHECKS = CHECK_DEFINITIONS.map((definition) => ({
    id: definition.id,
    level: definition.level,
    description: definition.description,
    since: `v1.${definition.versions[0].minVersion}`,
    overrides: [...new Set(definition.versions.flatMap((version) => version.overrides ?? []))],
}));
