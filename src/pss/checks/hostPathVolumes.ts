import type { PssCheckDefinition } from "../check.js";
import { asObject, quote, type PodView } from "../pod.js";
import type { CheckViolation } from "../types.js";

/** check_hostPathVolumes.go: no volume may use hostPath. */
function hostPathVolumes_1_0(pod: PodView): CheckViolation[] {
  const violations: CheckViolation[] = [];
  for (const { volume, path, name } of pod.volumes) {
    if (!asObject(volume.hostPath)) continue;
    violations.push({
      path: [...path, "hostPath"],
      message: `volume ${quote(name)} must not use hostPath`,
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
