import type { PssCheckDefinition } from "../check.js";
import { asArray, asObject, ownerPhrase, type PodView } from "../pod.js";
import type { CheckViolation } from "../types.js";

/** check_hostPorts.go: ports[*].hostPort must be unset or 0. */
function hostPorts_1_0(pod: PodView): CheckViolation[] {
  const violations: CheckViolation[] = [];
  for (const container of pod.containers) {
    asArray(container.container.ports).forEach((entry, index) => {
      const hostPort = asObject(entry)?.hostPort;
      if (typeof hostPort !== "number" || hostPort === 0) return;
      violations.push({
        path: [...container.path, "ports", index, "hostPort"],
        message: `${ownerPhrase(container)} must not use hostPort ${hostPort}`,
        fix: "remove hostPort (or set it to 0)",
      });
    });
  }
  return violations;
}

export const hostPortsCheck: PssCheckDefinition = {
  id: "hostPorts",
  level: "baseline",
  description: "Containers must not bind host ports (ports[*].hostPort).",
  versions: [{ minVersion: 0, run: hostPorts_1_0 }],
};
