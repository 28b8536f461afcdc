import { asArray, asObject, asString } from "../values.js";
/** The order of `VisitContainersWithPath` (pkg/api/pod/util.go): init, regular, ephemeral. */
export const CONTAINER_KINDS = ["initContainers", "containers", "ephemeralContainers"];
/** Init containers with `restartPolicy: Always` are sidecars: they keep running beside the app containers. */
export function isSidecar(container) {
    return container.restartPolicy === "Always";
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
