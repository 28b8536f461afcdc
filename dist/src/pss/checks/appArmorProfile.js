import { APPARMOR_CONTAINER_ANNOTATION_PREFIX, appArmorAnnotationType } from "../../k8s/annotations.js";
import { annotations, asObject, deepestExisting, ownerPhrase, quote } from "../pod.js";
const ALLOWED_PROFILE_TYPES = new Set(["RuntimeDefault", "Localhost"]);
const FIX = 'use AppArmor profile type "RuntimeDefault" or "Localhost"';
function allowedAnnotationValue(value) {
    if (value === "")
        return true;
    const type = appArmorAnnotationType(value);
    return type === "RuntimeDefault" || type === "Localhost";
}
/** A set appArmorProfile whose type is not RuntimeDefault or Localhost; an unset profile is fine. */
function profileViolation(owner, base, securityContext) {
    const profile = asObject(asObject(securityContext)?.appArmorProfile);
    if (!profile)
        return undefined;
    const type = typeof profile.type === "string" ? profile.type : "";
    if (ALLOWED_PROFILE_TYPES.has(type))
        return undefined;
    return {
        path: deepestExisting(base, securityContext, ["appArmorProfile", "type"]),
        message: `${owner} must not set AppArmor profile type to ${quote(type)}`,
        fix: FIX,
    };
}
/**
 * check_appArmorProfile.go: the pod and container appArmorProfile fields and
 * the deprecated per-container annotations.
 */
function appArmorProfile_1_0(pod) {
    const violations = [];
    const podViolation = profileViolation("pod", ["spec", "securityContext"], pod.podSecurityContext);
    if (podViolation)
        violations.push(podViolation);
    for (const container of pod.containers) {
        const violation = profileViolation(ownerPhrase(container), [...container.path, "securityContext"], container.securityContext);
        if (violation)
            violations.push(violation);
    }
    for (const [key, value] of annotations(pod)) {
        if (!key.startsWith(APPARMOR_CONTAINER_ANNOTATION_PREFIX) || allowedAnnotationValue(value))
            continue;
        violations.push({
            path: ["metadata", "annotations", key],
            message: `annotation ${key}=${quote(value)} must not set a forbidden AppArmor profile`,
            fix: 'use "runtime/default" or "localhost/<profile>", or the securityContext.appArmorProfile field',
        });
    }
    return violations;
}
export const appArmorProfileCheck = {
    id: "appArmorProfile",
    level: "baseline",
    description: "AppArmor profiles must not be Unconfined (fields and deprecated annotations).",
    versions: [{ minVersion: 0, run: appArmorProfile_1_0 }],
};
