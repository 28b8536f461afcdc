import { parsePolicyVersion } from "../k8s/versions.js";
import type { CheckImplementation, PssCheckDefinition } from "./check.js";
import { podView } from "./pod.js";
import { CHECK_DEFINITIONS } from "./registry.js";
import type { PssCheckId, PssFailure, PssPolicy } from "./types.js";

interface ActiveCheck {
  definition: PssCheckDefinition;
  implementation: CheckImplementation;
}

/** The newest policy version any check has an implementation for (`maxVersion` in registry.go `populate`). */
const NEWEST_POLICY_VERSION = Math.max(...CHECK_DEFINITIONS.map((definition) => definition.versions.at(-1)!.minVersion));

/**
 * The minor version a policy evaluates at: `latest`, an unreadable version
 * and versions newer than the newest any check knows evaluate as that one
 * (registry.go `EvaluatePod` caps them).
 */
export function policyVersionOf(version: string): number {
  const parsed = parsePolicyVersion(version);
  return parsed === undefined || parsed === "latest" ? NEWEST_POLICY_VERSION : Math.min(parsed, NEWEST_POLICY_VERSION);
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
function activeChecks(policy: PssPolicy): ActiveCheck[] {
  if (policy.level !== "baseline" && policy.level !== "restricted") return [];
  const version = policyVersionOf(policy.version);
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
 * level runs no checks; an unparsable version evaluates as `latest`.
 */
export function evaluatePodSecurity(pod: { metadata?: unknown; spec: unknown }, policy: PssPolicy): PssFailure[] {
  const view = podView(pod);
  return activeChecks(policy).flatMap(({ definition, implementation }) =>
    implementation.run(view).map((violation) => ({
      check: definition.id,
      level: definition.level,
      ...violation,
    })),
  );
}
