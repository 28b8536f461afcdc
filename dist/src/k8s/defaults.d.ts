/**
 * The defaults the API server applies to an apps/v1 DaemonSet before
 * validating it: `SetDefaults_DaemonSet` (pkg/apis/apps/v1/defaults.go) and
 * the core/v1 defaults for everything inside the pod template
 * (pkg/apis/core/v1/defaults.go and the generated defaulters).
 *
 * `defaultDaemonSet` never changes its input and never throws. A field whose
 * value has the wrong type is treated as absent: when it has a default, the
 * default replaces it; otherwise it is left as written. Objects the defaults
 * live in (`spec`, `template`, the pod spec, `updateStrategy`, ...) are
 * created when missing or wrongly typed, as they are value types in Go.
 */
import { type Obj } from "../values.js";
export interface DefaultingOptions {
    /** `1.30`, `v1.31.2`, ...; the newest supported release when absent. */
    kubernetesVersion?: string;
}
/** Returns a defaulted deep copy of a DaemonSet manifest. Non-object input is returned copied as is. */
export declare function defaultDaemonSet<T>(ds: T, options?: DefaultingOptions): T;
/**
 * `defaultDaemonSet` once per manifest object and version: API validation
 * and the rules read the same copy, so none of them may change it. Only the
 * last copy is kept (a WeakMap would keep every copy until a full garbage
 * collection).
 */
export declare function defaultedDaemonSet<T>(ds: T, options?: DefaultingOptions): T;
export interface PodSpecDefaultingOptions {
    /**
     * Copy `containerPort` into an unset `hostPort` when `hostNetwork` is true.
     * The API server does this for pod templates only until
     * `DefaultHostNetworkHostPortsInPodTemplates` went off (versions.ts,
     * `templateHostPortsNotDefaulted`); Pods always get it
     * (`SetDefaults_Pod`), so the pods a DaemonSet creates always have it.
     */
    hostNetworkPortsInTemplates?: boolean;
}
/** `SetDefaults_PodSpec` and the defaults of everything inside a pod spec. Mutates `spec`. */
export declare function defaultPodSpec(spec: Obj, options?: PodSpecDefaultingOptions): void;
/** `defaultHostNetworkPorts`: every port of a hostNetwork pod listens on the host. Mutates `spec`. */
export declare function defaultHostNetworkPorts(spec: Obj): void;
/** The hostPort a port of a hostNetwork pod gets: its containerPort when unset. */
export declare function hostNetworkHostPort(port: Obj): unknown;
/** `SetDefaults_Container`: Always for `:latest` (or untagged) images, IfNotPresent otherwise. */
export declare function imagePullPolicyFor(image: string): "Always" | "IfNotPresent";
/**
 * `SetDefaults_Container` plus the defaults of ports, probes, handlers and env.
 * Mutates `container`. (Resource quantities are rounded up to milli-units by
 * `SetDefaults_ResourceList`; they are kept as written here and rounded where
 * they are compared.)
 */
export declare function defaultContainer(container: Obj): void;
/** Every `VolumeSource` field of core/v1, in the order `validateVolumeSource` checks them. */
export declare const VOLUME_SOURCES: readonly string[];
/** `SetDefaults_Volume` and the defaults of its source. Mutates `volume`. */
export declare function defaultVolume(volume: Obj): void;
