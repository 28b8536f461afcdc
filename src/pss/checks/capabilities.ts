import type { PssCheckDefinition } from "../check.js";
import { asArray, deepestExisting, ownerPhrase, quote, valueAt, type ContainerView, type PodView } from "../pod.js";
import type { CheckViolation } from "../types.js";

/** The container runtime's default capability set (check_capabilities_baseline.go). */
export const BASELINE_ALLOWED_CAPABILITIES: ReadonlySet<string> = new Set([
  "AUDIT_WRITE",
  "CHOWN",
  "DAC_OVERRIDE",
  "FOWNER",
  "FSETID",
  "KILL",
  "MKNOD",
  "NET_BIND_SERVICE",
  "SETFCAP",
  "SETGID",
  "SETPCAP",
  "SETUID",
  "SYS_CHROOT",
]);

function addedCapabilities(container: ContainerView): { capability: string; index: number }[] {
  return asArray(valueAt(container.securityContext, "capabilities", "add")).flatMap((capability, index) =>
    typeof capability === "string" ? [{ capability, index }] : [],
  );
}

function forbiddenAdds(pod: PodView, allowed: (capability: string) => boolean, fix: string): CheckViolation[] {
  return pod.containers.flatMap((container) =>
    addedCapabilities(container)
      .filter(({ capability }) => !allowed(capability))
      .map(({ capability, index }) => ({
        path: [...container.path, "securityContext", "capabilities", "add", index],
        message: `${ownerPhrase(container)} must not include ${quote(capability)} in securityContext.capabilities.add`,
        fix,
      })),
  );
}

/** check_capabilities_baseline.go: capabilities.add may only hold the default set. */
function capabilitiesBaseline_1_0(pod: PodView): CheckViolation[] {
  return forbiddenAdds(
    pod,
    (capability) => BASELINE_ALLOWED_CAPABILITIES.has(capability),
    "add only capabilities from the runtime's default set",
  );
}

function dropsAll(container: ContainerView): boolean {
  return asArray(valueAt(container.securityContext, "capabilities", "drop")).includes("ALL");
}

/** check_capabilities_restricted.go: drop must include ALL; add may only hold NET_BIND_SERVICE. */
function capabilitiesRestricted_1_22(pod: PodView): CheckViolation[] {
  const missingDropAll: CheckViolation[] = pod.containers
    .filter((container) => !dropsAll(container))
    .map((container) => ({
      path: deepestExisting(container.path, container.container, ["securityContext", "capabilities", "drop"]),
      message: `${ownerPhrase(container)} must set securityContext.capabilities.drop=["ALL"]`,
      fix: 'add "ALL" to securityContext.capabilities.drop',
    }));
  const addedForbidden = forbiddenAdds(
    pod,
    (capability) => capability === "NET_BIND_SERVICE",
    'add no capability other than "NET_BIND_SERVICE"',
  );
  return [...missingDropAll, ...addedForbidden];
}

/** Windows pods cannot set capabilities at all, so they are exempt from 1.25. */
function capabilitiesRestricted_1_25(pod: PodView): CheckViolation[] {
  return pod.isWindows ? [] : capabilitiesRestricted_1_22(pod);
}

export const capabilitiesBaselineCheck: PssCheckDefinition = {
  id: "capabilities_baseline",
  level: "baseline",
  description: "Containers may add only capabilities from the runtime's default set.",
  versions: [{ minVersion: 0, run: capabilitiesBaseline_1_0 }],
};

export const capabilitiesRestrictedCheck: PssCheckDefinition = {
  id: "capabilities_restricted",
  level: "restricted",
  description: 'Containers must drop "ALL" capabilities and may add only NET_BIND_SERVICE.',
  versions: [
    { minVersion: 22, run: capabilitiesRestricted_1_22, overrides: ["capabilities_baseline"] },
    { minVersion: 25, run: capabilitiesRestricted_1_25, overrides: ["capabilities_baseline"] },
  ],
};
