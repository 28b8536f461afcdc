import type { PssCheckDefinition } from "../check.js";
import { asObject, describeVolume, type PodView } from "../pod.js";
import type { CheckViolation } from "../types.js";

/** check_hostPathVolumes.go: no volume may use hostPath. */
function hostPathVolumes_1_0(pod: PodView): CheckViolation[] {
  const violations: CheckViolation[] = [];
  for (const v of pod.volumes) {
    if (!asObject(v.volume.hostPath)) continue;
    violations.push({
      path: [...v.path, "hostPath"],
      message: `${describeVolume(v)} must not use hostPath`,
      fix: "replace the hostPath volume with another volume type",
    });
  }
  return violations;
}

export const hostPathVolumesCheck: PssCheckDefinition = {
  id: "hostPathVolumes",
  level: "baseline",
  description: "Volumes must not be of type hostPath.",
  versions: [{ minVersion: 0, run: hostPathVolumes_1_0 }],
};
