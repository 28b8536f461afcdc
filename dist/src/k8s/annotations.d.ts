/**
 * The deprecated annotations a pod template may still carry (k8s.io/api
 * core/v1 annotation_key_constants.go), read by API validation, Pod Security,
 * the API server's warnings and the rules alike.
 */
/**
 * Once made the kubelet and the rescheduler protect a pod; ignored since 1.16,
 * when the ExperimentalCriticalPodAnnotation feature gate was removed.
 */
export declare const CRITICAL_POD_ANNOTATION = "scheduler.alpha.kubernetes.io/critical-pod";
/** Annotations that do nothing any more, and what the API server says of them (pkg/api/pod/warnings.go `deprecatedAnnotations`). */
export declare const DEPRECATED_POD_ANNOTATIONS: readonly {
    key: string;
    message: string;
}[];
/** The pod's seccomp profile before the `seccompProfile` field (removed in 1.27; still copied into the field). */
export declare const SECCOMP_POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
/** A container's seccomp profile: this prefix and the container's name. */
export declare const SECCOMP_CONTAINER_ANNOTATION_PREFIX = "container.seccomp.security.alpha.kubernetes.io/";
/** A container's AppArmor profile before the `appArmorProfile` field: this prefix and the container's name. */
export declare const APPARMOR_CONTAINER_ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";
/** What a `localhost/<profile>` annotation value starts with, for seccomp and AppArmor alike. */
export declare const LOCALHOST_PROFILE_PREFIX = "localhost/";
export type ProfileType = "Unconfined" | "RuntimeDefault" | "Localhost";
/**
 * The seccompProfile type a seccomp annotation value stands for, by its form
 * (`seccompFieldForAnnotation` in pkg/api/pod/util.go): `unconfined`,
 * `runtime/default` or its old name `docker/default`, and `localhost/<file>`
 * (the file name is not checked here). Undefined for any other value.
 */
export declare function seccompAnnotationType(value: string): ProfileType | undefined;
/**
 * The appArmorProfile type an AppArmor annotation value stands for, by its
 * form (`appArmorFieldForAnnotation` in pkg/api/pod/util.go): `unconfined`,
 * `runtime/default` and `localhost/<profile>`. Undefined for any other value,
 * including "" (which validation accepts as no profile).
 */
export declare function appArmorAnnotationType(value: string): ProfileType | undefined;
