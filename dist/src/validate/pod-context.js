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
    // A dozen checks ask; the pod's lists are walked and their paths made once.
    const byKind = (ctx.containers ??= containersByKind(ctx));
    return kinds.length === 1 ? byKind[kinds[0]] : kinds.flatMap((kind) => byKind[kind]);
}
function containersByKind(ctx) {
    const byKind = { initContainers: [], containers: [], ephemeralContainers: [] };
    const walk = { sidecars: ctx.report.profile.sidecarContainers };
    for (const c of podContainers(ctx.spec, ctx.path.segments, walk))
        byKind[c.kind].push({ ...c, field: ctx.path.child(c.kind).index(c.index) });
    return byKind;
}
