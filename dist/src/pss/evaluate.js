import { podView } from "./pod.js";
import { CHECK_DEFINITIONS } from "./registry.js";
import { LATEST_PSS_VERSION, parsePssVersion } from "./version.js";
/** The implementation with the highest minimum version not above `version`, if any (`registry.go`). */
function implementationAt(definition, version) {
    return definition.versions.filter((candidate) => candidate.minVersion <= version).at(-1);
}
/**
 * The checks a policy runs: baseline checks, plus restricted checks at the
 * restricted level, minus the baseline checks that an active restricted
 * implementation overrides.
 */
function activeChecks(policy) {
    if (policy.level !== "baseline" && policy.level !== "restricted")
        return [];
    const version = parsePssVersion(policy.version) ?? LATEST_PSS_VERSION;
    const active = [];
    for (const definition of CHECK_DEFINITIONS) {
        if (definition.level === "restricted" && policy.level !== "restricted")
            continue;
        const implementation = implementationAt(definition, version);
        if (implementation)
            active.push({ definition, implementation });
    }
    const overridden = new Set(active.flatMap((check) => check.implementation.overrides ?? []));
    return active.filter((check) => !overridden.has(check.definition.id));
}
/**
 * Evaluates a pod (or pod template) against a Pod Security Standards level and
 * version, as `k8s.io/pod-security-admission/policy` does. Returns one failure
 * per offending field; an empty list means the pod is allowed. Input of the
 * wrong shape never throws: wrongly typed fields count as unset. An unknown
 * level runs no checks; an unparsable version evaluates as `latest`.
 */
export function evaluatePodSecurity(pod, policy) {
    const view = podView(pod);
    return activeChecks(policy).flatMap(({ definition, implementation }) => implementation.run(view).map((violation) => ({
        check: definition.id,
        level: definition.level,
        ...violation,
    })));
}
