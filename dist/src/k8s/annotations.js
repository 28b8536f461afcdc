/**
 * The deprecated annotations a pod template may still carry (k8s.io/api
 * core/v1 annotation_key_constants.go), read by API validation, Pod Security,
 * the API server's warnings and the rules alike.
 */
/**
 * Once made the kubelet and the rescheduler protect a pod; ignored since 1.16,
 * when the ExperimentalCriticalPodAnnotation feature gate was removed.
 */
export const CRITICAL_POD_ANNOTATION = "scheduler.alpha.kubernetes.io/critical-pod";
/** Annotations that do nothing any more, and what the API server says of them (pkg/api/pod/warnings.go `deprecatedAnnotations`). */
export const DEPRECATED_POD_ANNOTATIONS = [
    { key: CRITICAL_POD_ANNOTATION, message: 'non-functional in v1.16+; use the "priorityClassName" field instead' },
    { key: "security.alpha.kubernetes.io/sysctls", message: 'non-functional in v1.11+; use the "sysctls" field instead' },
    { key: "security.alpha.kubernetes.io/unsafe-sysctls", message: 'non-functional in v1.11+; use the "sysctls" field instead' },
];
/** The pod's seccomp profile before the `seccompProfile` field (removed in 1.27; still copied into the field). */
export const SECCOMP_POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
/** A container's seccomp profile: this prefix and the container's name. */
export const SECCOMP_CONTAINER_ANNOTATION_PREFIX = "container.seccomp.security.alpha.kubernetes.io/";
/** A container's AppArmor profile before the `appArmorProfile` field: this prefix and the container's name. */
export const APPARMOR_CONTAINER_ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";
/** What a `localhost/<profile>` annotation value starts with, for seccomp and AppArmor alike. */
export const LOCALHOST_PROFILE_PREFIX = "localhost/";
/**
 * The seccompProfile type a seccomp annotation value stands for, by its form
 * (`seccompFieldForAnnotation` in pkg/api/pod/util.go): `unconfined`,
 * `runtime/default` or its old name `docker/default`, and `localhost/<file>`
 * (the file name is not checked here). Undefined for any other value.
 */
export function seccompAnnotationType(value) {
    if (value === "unconfined")
        return "Unconfined";
    if (value === "runtime/default" || value === "docker/default")
        return "RuntimeDefault";
    if (value.startsWith(LOCALHOST_PROFILE_PREFIX))
        return "Localhost";
    return undefined;
}
/**
 * The appArmorProfile type an AppArmor annotation value stands for, by its
 * form (`appArmorFieldForAnnotation` in pkg/api/pod/util.go): `unconfined`,
 * `runtime/default` and `localhost/<profile>`. Undefined for any other value,
 * including "" (which validation accepts as no profile).
 */
export function appArmorAnnotationType(value) {
    if (value === "unconfined")
        return "Unconfined";
    if (value === "runtime/default")
        return "RuntimeDefault";
    if (value.startsWith(LOCALHOST_PROFILE_PREFIX))
        return "Localhost";
    return undefined;
}
