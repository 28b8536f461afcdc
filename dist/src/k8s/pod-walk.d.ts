/**
 * The walk over a pod spec's containers and volumes that API validation, the
 * rules and the Pod Security checks share, so that each visits every
 * container kind the same way (kube-linter's shared container helpers), and
 * the one way their messages name a container or a volume. Entries that are
 * not objects are skipped: reporting wrong types is the schema stage's job.
 */
import type { Path } from "../path.js";
import { type Obj } from "../values.js";
export type ContainerKind = "initContainers" | "containers" | "ephemeralContainers";
/** The order of `VisitContainersWithPath` (pkg/api/pod/util.go): init, regular, ephemeral. */
export declare const CONTAINER_KINDS: readonly ContainerKind[];
export interface ContainerRef {
    container: Obj;
    kind: ContainerKind;
    /** Index in its own list. */
    index: number;
    /** `[...base, kind, index]`. */
    path: Path;
    /** The container's name, or "" when it has none (Go's zero value). */
    name: string;
    /** A restartable init container (`restartPolicy: Always`): runs for the pod's lifetime. */
    sidecar: boolean;
}
/** Init containers with `restartPolicy: Always` are sidecars: they keep running beside the app containers. */
export declare function isSidecar(container: Obj): boolean;
/**
 * Where a container's Windows HostProcess setting comes from: its own
 * `windowsOptions.hostProcess: true`, or the pod's when the container sets none
 * (the container's wins: DetermineEffectiveSecurityContext in
 * pkg/securitycontext/util.go). Undefined when it is not a HostProcess container.
 */
export declare function hostProcessSource(podSpec: unknown, container: Obj): "container" | "pod" | undefined;
/**
 * Whether a container has the node's full power: `privileged: true` on Linux,
 * or a Windows HostProcess container, which runs as a process on the host with
 * its network, filesystem and devices (kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod).
 * privileged-container reports these once; the rules about a narrower privilege
 * of the same container skip them.
 */
export declare function privilegedOrEquivalent(podSpec: unknown, container: Obj): boolean;
export interface ContainerWalk {
    /** The lists to visit, in this order (default `CONTAINER_KINDS`). */
    kinds?: readonly ContainerKind[];
    /**
     * Whether `restartPolicy: Always` makes an init container a sidecar
     * (default true). Before Kubernetes 1.29 the API server drops the field.
     */
    sidecars?: boolean;
}
/** The containers of `podSpec`, whose path in the object is `base`. */
export declare function podContainers(podSpec: unknown, base: Path, walk?: ContainerWalk): ContainerRef[];
/** The noun for a container of its kind: `init container`, or `sidecar container` for a restartable one. */
export declare function containerNoun(c: Pick<ContainerRef, "kind" | "sidecar">): string;
/**
 * How every message names a container: `container "agent"`, `init container
 * "setup"`, `sidecar container "proxy"`, `ephemeral container "debug"`. One
 * without a name by its index in its list, `init container 0`, as messages
 * name other unnamed entries (`volume 0`, `port 1 of ...`).
 */
export declare function describeContainer(c: Pick<ContainerRef, "kind" | "index" | "name" | "sidecar">): string;
export interface VolumeRef {
    volume: Obj;
    index: number;
    /** `[...base, "volumes", index]`. */
    path: Path;
    /** The volume's name, or "" when it has none. */
    name: string;
}
/** The volumes of `podSpec`, whose path in the object is `base`. */
export declare function podVolumes(podSpec: unknown, base: Path): VolumeRef[];
/** How every message names a volume: `volume "data"`, or `volume 0` without a name. */
export declare function describeVolume(v: Pick<VolumeRef, "index" | "name">): string;
