import { asArray, asObject, asString } from "../values.js";
/** The order of `VisitContainersWithPath` (pkg/api/pod/util.go): init, regular, ephemeral. */
export const CONTAINER_KINDS = ["initContainers", "containers", "ephemeralContainers"];
/** Init containers with `restartPolicy: Always` are sidecars: they keep running beside the app containers. */
export function isSidecar(container) {
    return container.restartPolicy === "Always";
}
/** The `windowsOptions.hostProcess` of a security context, if it is a boolean. */
function hostProcessOf(securityContext) {
    const value = asObject(asObject(securityContext)?.windowsOptions)?.hostProcess;
    return typeof value === "boolean" ? value : undefined;
}
/**
 * Where a container's Windows HostProcess setting comes from: its own
 * `windowsOptions.hostProcess: true`, or the pod's when the container sets none
 * (the container's wins: DetermineEffectiveSecurityContext in
 * pkg/securitycontext/util.go). Undefined when it is not a HostProcess container.
 */
export function hostProcessSource(podSpec, container) {
    const own = hostProcessOf(container.securityContext);
    if (own !== undefined)
        return own ? "container" : undefined;
    return hostProcessOf(asObject(podSpec)?.securityContext) === true ? "pod" : undefined;
}
/**
 * Whether a container has the node's full power: `privileged: true` on Linux,
 * or a Windows HostProcess container, which runs as a process on the host with
 * its network, filesystem and devices (kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod).
 * privileged-container reports these once; the rules about a narrower privilege
 * of the same container skip them.
 */
export function privilegedOrEquivalent(podSpec, container) {
    return asObject(container.securityContext)?.privileged === true || hostProcessSource(podSpec, container) !== undefined;
}
/** The containers of `podSpec`, whose path in the object is `base`. */
export function podContainers(podSpec, base, walk = {}) {
    const spec = asObject(podSpec) ?? {};
    const sidecars = walk.sidecars ?? true;
    const refs = [];
    for (const kind of walk.kinds ?? CONTAINER_KINDS) {
        asArray(spec[kind]).forEach((item, index) => {
            const container = asObject(item);
            if (!container)
                return;
            refs.push({
                container,
                kind,
                index,
                path: [...base, kind, index],
                name: asString(container.name) ?? "",
                sidecar: sidecars && kind === "initContainers" && isSidecar(container),
            });
        });
    }
    return refs;
}
/** The noun for a container of its kind: `init container`, or `sidecar container` for a restartable one. */
export function containerNoun(c) {
    if (c.kind === "containers")
        return "container";
    if (c.kind === "ephemeralContainers")
        return "ephemeral container";
    return c.sidecar ? "sidecar container" : "init container";
}
/**
 * How every message names a container: `container "agent"`, `init container
 * "setup"`, `sidecar container "proxy"`, `ephemeral container "debug"`. One
 * without a name by its index in its list, `init container 0`, as messages
 * name other unnamed entries (`volume 0`, `port 1 of ...`).
 */
export function describeContainer(c) {
    return c.name !== "" ? `${containerNoun(c)} "${c.name}"` : `${containerNoun(c)} ${c.index}`;
}
/** The volumes of `podSpec`, whose path in the object is `base`. */
export function podVolumes(podSpec, base) {
    const refs = [];
    asArray(asObject(podSpec)?.volumes).forEach((item, index) => {
        const volume = asObject(item);
        if (volume)
            refs.push({ volume, index, path: [...base, "volumes", index], name: asString(volume.name) ?? "" });
    });
    return refs;
}
/** How every message names a volume: `volume "data"`, or `volume 0` without a name. */
export function describeVolume(v) {
    return v.name !== "" ? `volume "${v.name}"` : `volume ${v.index}`;
}
