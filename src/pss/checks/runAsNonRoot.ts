import type { PssCheckDefinition } from "../check.js";
import { deepestExisting, ownerPhrase, type PodView } from "../pod.js";
import type { CheckViolation } from "../types.js";

const FIX = "set securityContext.runAsNonRoot: true on the pod (or on every container)";

/**
 * check_runAsNonRoot.go: no explicit runAsNonRoot=false anywhere, and either
 * the pod sets true or every container does. A container that leaves it unset
 * inherits the pod's value, so it is only reported when the pod sets none.
 */
function runAsNonRoot_1_0(pod: PodView): CheckViolation[] {
  const violations: CheckViolation[] = [];
  const podValue = pod.podSecurityContext?.runAsNonRoot;
  if (podValue === false) {
    violations.push({
      path: ["spec", "securityContext", "runAsNonRoot"],
      message: "pod must not set securityContext.runAsNonRoot=false",
      fix: FIX,
    });
  }
  for (const container of pod.containers) {
    const value = container.securityContext?.runAsNonRoot;
    if (value === false) {
      violations.push({
        path: [...container.path, "securityContext", "runAsNonRoot"],
        message: `${ownerPhrase(container)} must not set securityContext.runAsNonRoot=false`,
        fix: FIX,
      });
    } else if (value !== true && typeof podValue !== "boolean") {
      violations.push({
        path: deepestExisting(container.path, container.container, ["securityContext", "runAsNonRoot"]),
        message: `pod or ${ownerPhrase(container)} must set securityContext.runAsNonRoot=true`,
        fix: FIX,
      });
    }
  }
  return violations;
}

/** From 1.35 pods in a user namespace (hostUsers: false) are exempt (KEP-127). */
function runAsNonRoot_1_35(pod: PodView): CheckViolation[] {
  return pod.inUserNamespace ? [] : runAsNonRoot_1_0(pod);
}

export const runAsNonRootCheck: PssCheckDefinition = {
  id: "runAsNonRoot",
  level: "restricted",
  description: "Containers must run as non-root (runAsNonRoot: true on the pod or every container).",
  versions: [
    { minVersion: 0, run: runAsNonRoot_1_0 },
    { minVersion: 35, run: runAsNonRoot_1_35 },
  ],
};
