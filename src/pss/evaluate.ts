import { minorVersion, parsePolicyVersion } from "../k8s/versions.js";
import type { CheckImplementation, PssCheckDefinition } from "./check.js";
import { podView } from "./pod.js";
import { CHECK_DEFINITIONS } from "./registry.js";
import type { PssCheckId, PssFailure, PssPolicy } from "./types.js";

interface ActiveCheck {
  definition: PssCheckDefinition;
  implementation: CheckImplementation;
}

/**
 * The minor version a policy evaluates at on a cluster of `kubernetesVersion`
 * (the newest known when absent). A cluster's Pod Security admission has the
 * checks of its own release only: `latest`, an unreadable version and newer
 * versions evaluate as the cluster's (registry.go `EvaluatePod` caps them at
 * the newest version its checks have).
 */
export function policyVersionOf(version: string, kubernetesVersion?: string): number {
  const cluster = minorVersion(kubernetesVersion);
  const parsed = parsePolicyVersion(version);
  return parsed === undefined || parsed === "latest" ? cluster : Math.min(parsed, cluster);
}

/** The implementation with the highest minimum version not above `version`, if any (`registry.go`). */
function implementationAt(definition: PssCheckDefinition, version: number): CheckImplementation | undefined {
  return definition.versions.filter((candidate) => candidate.minVersion <= version).at(-1);
}

/**
 * The checks a policy runs: baseline checks, plus restricted checks at the
 * restricted level, minus the baseline checks that an active restricted
 * implementation overrides.
 */
function activeChecks(policy: PssPolicy, kubernetesVersion: string | undefined): ActiveCheck[] {
  if (policy.level !== "baseline" && policy.level !== "restricted") return [];
  const version = policyVersionOf(policy.version, kubernetesVersion);
  const active: ActiveCheck[] = [];
  for (const definition of CHECK_DEFINITIONS) {
    if (definition.level === "restricted" && policy.level !== "restricted") continue;
    const implementation = implementationAt(definition, version);
    if (implementation) active.push({ definition, implementation });
  }
  const overridden = new Set<PssCheckId>(active.flatMap((check) => check.implementation.overrides ?? []));
  return active.filter((check) => !overridden.has(check.definition.id));
}

/**
 * Evaluates a pod (or pod template) against a Pod Security Standards level and
 * version, as `k8s.io/pod-security-admission/policy` does. Returns one failure
 * per offending field; an empty list means the pod is allowed. Input of the
 * wrong shape never throws: wrongly typed fields count as unset. An unknown
 * level runs no checks; an unparsable version evaluates as `latest`, which is
 * the version of the cluster (`kubernetesVersion`, the newest known when absent).
 */
export function evaluatePodSecurity(pod: { metadata?: unknown; spec: unknown }, policy: PssPolicy, kubernetesVersion?: string): PssFailure[] {
  const view = podView(pod);
  return activeChecks(policy, kubernetesVersion).flatMap(({ definition, implementation }) =>
    implementation.run(view).map((violation) => ({
      check: definition.id,
      level: definition.level,
      ...violation,
    })),
  );
}
