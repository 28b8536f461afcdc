/**
 * What the pod-spec checks share while `ValidatePodSpec` walks one template:
 * the collector, the defaulted spec and the facts computed once (registered
 * volumes, claim names, grace period, user namespace).
 */
import { CONTAINER_KINDS, podContainers } from "../k8s/pod-walk.js";
/**
 * The containers of the given lists, in that order. Init containers are
 * sidecars as this API server sees them: before `SidecarContainers` it drops
 * their restartPolicy.
 */
export function containersOf(ctx, kinds = CONTAINER_KINDS) {
    const walk = { kinds, sidecars: ctx.report.profile.sidecarContainers };
    return podContainers(ctx.spec, ctx.path.segments, walk).map((c) => ({ ...c, field: ctx.path.child(c.kind).index(c.index) }));
}
