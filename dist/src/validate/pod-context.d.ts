/**
 * What the pod-spec checks share while `ValidatePodSpec` walks one template:
 * the collector, the defaulted spec and the facts computed once (registered
 * volumes, claim names, grace period, user namespace).
 */
import type { FieldPath, Report } from "./report.js";
import type { Obj } from "./values.js";
export type ContainerKind = "containers" | "initContainers" | "ephemeralContainers";
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
}
/** How a container is named in messages: `container "web"`, `init container 0`. */
export declare function describeContainer(kind: ContainerKind, index: number, container: Obj): string;
