import { SECCOMP_CONTAINER_ANNOTATION_PREFIX, SECCOMP_POD_ANNOTATION, seccompAnnotationType } from "../../k8s/annotations.js";
import { annotations, asObject, deepestExisting, ownerPhrase, quote } from "../pod.js";
const FIX = 'set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"';
function validSeccompType(type) {
    return type === "RuntimeDefault" || type === "Localhost";
}
function validSeccompAnnotation(value) {
    const type = seccompAnnotationType(value);
    return type === "RuntimeDefault" || type === "Localhost";
}
/** check_seccompProfile_baseline.go, 1.0–1.18: the alpha seccomp annotations of the pod and of each container. */
function seccompProfileBaseline_1_0(pod) {
    const checkedKeys = new Set([SECCOMP_POD_ANNOTATION, ...pod.containers.map((c) => SECCOMP_CONTAINER_ANNOTATION_PREFIX + c.name)]);
    return annotations(pod)
        .filter(([key, value]) => checkedKeys.has(key) && !validSeccompAnnotation(value))
        .map(([key, value]) => ({
        path: ["metadata", "annotations", key],
        message: `annotation ${key}=${quote(value)} must not set a forbidden seccomp profile`,
        fix: 'use "runtime/default" or "localhost/<profile>"',
    }));
}
function seccompSettings(pod) {
    return {
        pod: { owner: "pod", securityContextPath: ["spec", "securityContext"], securityContext: pod.podSecurityContext },
        containers: pod.containers.map((container) => ({
            owner: ownerPhrase(container),
            securityContextPath: [...container.path, "securityContext"],
            securityContext: container.securityContext,
            container,
        })),
    };
}
/** The seccompProfile of a security context, if one is set. */
function seccompProfile(setting) {
    const profile = asObject(asObject(setting.securityContext)?.seccompProfile);
    if (!profile)
        return undefined;
    return { type: typeof profile.type === "string" ? profile.type : "" };
}
/** A seccompProfile that is set to something other than RuntimeDefault or Localhost. */
function explicitlyBad(setting) {
    const profile = seccompProfile(setting);
    if (!profile || validSeccompType(profile.type))
        return undefined;
    return {
        path: deepestExisting(setting.securityContextPath, setting.securityContext, ["seccompProfile", "type"]),
        message: `${setting.owner} must not set securityContext.seccompProfile.type to ${quote(profile.type)}`,
        fix: FIX,
    };
}
/** check_seccompProfile_baseline.go, 1.19+: a set profile type must be RuntimeDefault or Localhost. */
function seccompProfileBaseline_1_19(pod) {
    const settings = seccompSettings(pod);
    return [settings.pod, ...settings.containers].flatMap((setting) => explicitlyBad(setting) ?? []);
}
/**
 * check_seccompProfile_restricted.go: as baseline, and the profile must be set
 * at pod level or on every container. A container without its own profile
 * inherits the pod's, so it is only reported when the pod sets none.
 */
function seccompProfileRestricted_1_19(pod) {
    const settings = seccompSettings(pod);
    const podProfileSet = seccompProfile(settings.pod) !== undefined;
    const violations = [settings.pod, ...settings.containers].flatMap((setting) => explicitlyBad(setting) ?? []);
    if (podProfileSet)
        return violations;
    for (const setting of settings.containers) {
        if (seccompProfile(setting) || !setting.container)
            continue;
        violations.push({
            path: deepestExisting(setting.container.path, setting.container.container, ["securityContext", "seccompProfile"]),
            message: `pod or ${setting.owner} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
            fix: FIX,
        });
    }
    return violations;
}
/** Windows pods are exempt from 1.25. */
function seccompProfileRestricted_1_25(pod) {
    return pod.isWindows ? [] : seccompProfileRestricted_1_19(pod);
}
export const seccompProfileBaselineCheck = {
    id: "seccompProfile_baseline",
    level: "baseline",
    description: "A seccomp profile, where set, must be RuntimeDefault or Localhost (not Unconfined).",
    versions: [
        { minVersion: 0, run: seccompProfileBaseline_1_0 },
        { minVersion: 19, run: seccompProfileBaseline_1_19 },
    ],
};
export const seccompProfileRestrictedCheck = {
    id: "seccompProfile_restricted",
    level: "restricted",
    description: "A RuntimeDefault or Localhost seccomp profile must be set for the pod or every container.",
    versions: [
        { minVersion: 19, run: seccompProfileRestricted_1_19, overrides: ["seccompProfile_baseline"] },
        { minVersion: 25, run: seccompProfileRestricted_1_25, overrides: ["seccompProfile_baseline"] },
    ],
};
