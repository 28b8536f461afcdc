/**
 * What the pod-spec checks share while `ValidatePodSpec` walks one template:
 * the collector, the defaulted spec and the facts computed once (registered
 * volumes, claim names, grace period, user namespace).
 */
import { CONTAINER_KINDS, podContainers, type ContainerKind, type ContainerRef } from "../k8s/pod-walk.js";
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
export function containersOf(ctx: PodContext, kinds: readonly ContainerKind[] = CONTAINER_KINDS): readonly PodContainer[] {
  // A dozen checks ask; the pod's lists are walked and their paths made once.
  const byKind = (ctx.containers ??= containersByKind(ctx));
  return kinds.length === 1 ? byKind[kinds[0]!] : kinds.flatMap((kind) => byKind[kind]);
}

function containersByKind(ctx: PodContext): Record<ContainerKind, readonly PodContainer[]> {
  const byKind = { initContainers: [], containers: [], ephemeralContainers: [] } as Record<ContainerKind, PodContainer[]>;
  const walk = { sidecars: ctx.report.profile.sidecarContainers };
  for (const c of podContainers(ctx.spec, ctx.path.segments, walk)) byKind[c.kind].push({ ...c, field: ctx.path.child(c.kind).index(c.index) });
  return byKind;
}
