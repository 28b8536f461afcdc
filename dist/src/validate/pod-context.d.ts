/**
 * What the pod-spec checks share while `ValidatePodSpec` walks one template:
 * the collector, the defaulted spec and the facts computed once (registered
 * volumes, claim names, grace period, user namespace).
 */
import { type ContainerKind, type ContainerRef } from "../k8s/pod-walk.js";
import type { FieldPath, Report } from "./report.js";
import type { Obj } from "./values.js";
export interface PodContext {
    report: Report;
    /** The defaulted pod spec. */
    spec: Obj;
    /** `spec.template.spec`. */
    path: FieldPath;
    /** Volumes that passed validation, by name (`ValidateVolumes` registers only valid ones). */
    volumes: Map<string, Obj>;
    /** Names listed in `spec.resourceClaims`. */
    claimNames: Set<string>;
    /** `terminationGracePeriodSeconds` after defaulting. */
    gracePeriod: number;
    /** The pod shares the host's user namespace (`hostUsers` unset or true). */
    hostUsers: boolean;
    /** The containers by list, made on first use by containersOf. */
    containers?: Record<ContainerKind, readonly PodContainer[]>;
}
/** A container of the pod with its Kubernetes field path (`spec.template.spec.initContainers[0]`). */
export interface PodContainer extends ContainerRef {
    field: FieldPath;
}
/**
 * The containers of the given lists, in that order. Init containers are
 * sidecars as this API server sees them: before `SidecarContainers` it drops
 * their restartPolicy.
 */
export declare function containersOf(ctx: PodContext, kinds?: readonly ContainerKind[]): readonly PodContainer[];
