/**
 * What a pod asks of its node: the effective resource requests the scheduler
 * uses (k8s.io/component-helpers resource/helpers.go `PodRequests`) and the
 * host ports it binds (pkg/scheduler/util/utils.go `GetHostPorts`, with the
 * conflict rule of framework/types.go `HostPortInfo.CheckConflict`).
 */
import { type ContainerRef } from "./pod-walk.js";
/**
 * Resource amounts in the scheduler's integer units: cpu in millicores
 * (`Quantity.MilliValue`), every other resource in base units rounded up
 * (`Quantity.Value`).
 */
export type ResourceAmounts = Map<string, number>;
/** A quantity in the scheduler's unit for that resource. */
export declare function schedulerAmount(resource: string, quantity: number): number;
/**
 * The resources NodeResourcesFit compares: cpu, memory, ephemeral-storage and
 * the scalar resources (extended, hugepages-*, attachable-volumes-*, and
 * prefixed native resources; `schedutil.IsScalarResourceName`).
 */
export declare function isSchedulerResource(resource: string): boolean;
/**
 * A parsed resource list (`requests`, `limits`, `allocatable`, `overhead`) in
 * scheduler units. Unparsable quantities are reported through `onInvalid` and
 * left out, because the API server would not have decoded them.
 */
export declare function resourceAmounts(list: unknown, onInvalid?: (resource: string, value: unknown) => void): ResourceAmounts;
export interface PodRequestOptions {
    /**
     * Apply `SetDefaults_Pod` first: a container (or the pod level) that sets
     * only a limit requests that limit. True for a DaemonSet template, whose
     * pods get this default when the controller creates them; Pod objects from
     * the API already have it.
     */
    defaultRequestsFromLimits?: boolean;
}
/**
 * `SetDefaults_Pod` (pkg/apis/core/v1/defaults.go): a container's limit
 * becomes its request for every resource it sets no request for. Works on
 * any form of resource list: parsed amounts here, the entries as written in
 * rules that only ask whether a request is there.
 */
export declare function requestsDefaultedFromLimits<V>(requests: ReadonlyMap<string, V>, limits: ReadonlyMap<string, V>): Map<string, V>;
/**
 * `PodRequests`: the aggregate container requests, replaced per resource by
 * pod-level `spec.resources.requests` (PodLevelResources), plus
 * `spec.overhead`. Limits never count, except through
 * `defaultRequestsFromLimits`.
 */
export declare function podRequests(podSpec: unknown, options?: PodRequestOptions): ResourceAmounts;
/** One host port a pod binds, normalised as `HostPortInfo.sanitize` does. */
export interface HostPort {
    /** `0.0.0.0` when the manifest leaves it empty. */
    hostIP: string;
    /** `TCP` when the manifest leaves it empty. */
    protocol: string;
    port: number;
    /** The container that declares it. */
    container: string;
}
/** A port number as written: an integer, else 0 (no port). */
export declare function portValue(value: unknown): number;
/** A `ports[]` entry bound at `hostPort`, as `HostPortInfo.sanitize` stores it: no hostIP is 0.0.0.0, no protocol is TCP. */
export declare function sanitizeHostPort(port: Record<string, unknown>, hostPort: number, container: string): HostPort;
/** The containers that hold host ports: the app containers, then the sidecars (plain init containers have exited). */
export declare function hostPortContainers(podSpec: unknown): ContainerRef[];
/** One host port of a pod, with the container and the `ports[]` entry that declare it. */
export interface HostPortEntry {
    hostPort: HostPort;
    container: ContainerRef;
    /** The entry's index in the container's `ports`. */
    index: number;
    /** Whether the entry writes hostPort; else hostNetwork made its containerPort one. */
    written: boolean;
}
/** The host ports of one container (containerHostPortEntries). */
export declare function containerHostPorts(c: ContainerRef, hostNetwork: boolean): HostPort[];
/** The host ports of a pod with where each is declared: those of its app containers and sidecars. */
export declare function podHostPortEntries(podSpec: unknown): HostPortEntry[];
/** The host ports of a pod: those of its app containers and sidecars. */
export declare function podHostPorts(podSpec: unknown): HostPort[];
/**
 * `HostPortInfo.CheckConflict`: same protocol and port, and either side binds
 * 0.0.0.0 or both bind the same IP. TCP and UDP on one port never conflict.
 */
export declare function hostPortsConflict(wanted: HostPort, used: HostPort): boolean;
/** `9100/TCP`, or `10.0.0.1:9100/TCP` for a port bound to one address. */
export declare function formatHostPort(port: HostPort): string;
/**
 * A scheduler amount as a quantity people read: `250m` or `2` for cpu; for
 * byte resources a short exact `512Mi` or `200M` when there is one, else an
 * approximate `13.6Gi`; plain counts otherwise.
 */
export declare function formatResourceAmount(resource: string, amount: number): string;
