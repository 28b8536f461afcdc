import { asArray, asObject } from "../../values.js";
import { POD_SPEC_PATH } from "../view.js";
// Definitions of the DaemonSet schema (schemas/v1.NN/daemonset.schema.json).
const DEFINITION = {
    DaemonSet: "io.k8s.api.apps.v1.DaemonSet",
    DaemonSetSpec: "io.k8s.api.apps.v1.DaemonSetSpec",
    ObjectMeta: "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta",
    PodSpec: "io.k8s.api.core.v1.PodSpec",
    Container: "io.k8s.api.core.v1.Container",
    EphemeralContainer: "io.k8s.api.core.v1.EphemeralContainer",
    Volume: "io.k8s.api.core.v1.Volume",
    HostPath: "io.k8s.api.core.v1.HostPathVolumeSource",
    VolumeMount: "io.k8s.api.core.v1.VolumeMount",
    ContainerPort: "io.k8s.api.core.v1.ContainerPort",
    EnvVar: "io.k8s.api.core.v1.EnvVar",
    Toleration: "io.k8s.api.core.v1.Toleration",
};
const schema = (...definitions) => ({ schema: definitions });
/** Every container kind walks into one name: an ephemeral container has a field or two more. */
const CONTAINER = schema(DEFINITION.Container, DEFINITION.EphemeralContainer);
/** What every rule reads. */
const DAEMON_SET_NAMES = {
    ds: schema(DEFINITION.DaemonSet),
    metadata: schema(DEFINITION.ObjectMeta),
    spec: schema(DEFINITION.DaemonSetSpec),
    pod: schema(DEFINITION.PodSpec),
};
/** What each `forEach` adds; the item by its singular name first. */
const FOR_EACH_NAMES = {
    container: { container: CONTAINER, containerKind: "string" },
    volume: { volume: schema(DEFINITION.Volume) },
    hostPath: { hostPath: schema(DEFINITION.HostPath), volume: schema(DEFINITION.Volume) },
    volumeMount: { volumeMount: schema(DEFINITION.VolumeMount), container: CONTAINER, containerKind: "string" },
    port: { port: schema(DEFINITION.ContainerPort), container: CONTAINER, containerKind: "string" },
    env: { env: schema(DEFINITION.EnvVar), container: CONTAINER, containerKind: "string" },
    toleration: { toleration: schema(DEFINITION.Toleration) },
};
/** The names a rule with this `forEach` may read (besides the helpers), and their types. */
export function scopeTypes(forEach) {
    return forEach ? { ...DAEMON_SET_NAMES, ...FOR_EACH_NAMES[forEach] } : DAEMON_SET_NAMES;
}
/** `containerKind`: what the messages of the built-in rules call each kind (src/k8s/pod-walk.ts). */
function containerKind(c) {
    if (c.kind === "ephemeralContainers")
        return "ephemeral";
    if (c.kind === "containers")
        return "container";
    return c.sidecar ? "sidecar" : "init";
}
/** Where every rule's names are in any DaemonSet. */
const DAEMON_SET_PATHS = { ds: [], metadata: ["metadata"], spec: ["spec"], pod: POD_SPEC_PATH };
const itemsOfViews = new WeakMap();
/**
 * The scopes a rule runs in for one DaemonSet. Made once per DaemonSet and
 * `forEach`, and shared by the rules that walk alike: nothing evaluated
 * changes them.
 */
export function scopeItems(view, forEach) {
    let byScope = itemsOfViews.get(view);
    if (!byScope)
        itemsOfViews.set(view, (byScope = new Map()));
    let items = byScope.get(forEach);
    if (!items)
        byScope.set(forEach, (items = makeScopeItems(view, forEach)));
    return items;
}
function makeScopeItems(view, forEach) {
    const values = { ds: view.value, metadata: view.metadata, spec: view.spec, pod: view.podSpec };
    const paths = DAEMON_SET_PATHS;
    const item = (names, namePaths, at) => ({
        values: { ...values, ...names },
        paths: { ...paths, ...namePaths },
        at,
    });
    const containerNames = (c) => ({ container: c.container, containerKind: containerKind(c) });
    /** The object entries of a container's list field, each with its path. */
    const perContainer = (field, name) => view.containers().flatMap((c) => objectEntries(c.container[field], [...c.path, field]).map(([entry, path]) => item({ ...containerNames(c), [name]: entry }, { container: c.path, [name]: path }, path)));
    switch (forEach) {
        case undefined:
            return [{ values, paths, at: [] }];
        case "container":
            return view.containers().map((c) => item(containerNames(c), { container: c.path }, c.path));
        case "volume":
            return view.volumes().map((v) => item({ volume: v.volume }, { volume: v.path }, v.path));
        case "hostPath":
            return view.volumes().flatMap((v) => {
                const hostPath = asObject(v.volume.hostPath);
                const path = [...v.path, "hostPath"];
                return hostPath ? [item({ hostPath, volume: v.volume }, { hostPath: path, volume: v.path }, path)] : [];
            });
        case "volumeMount":
            return perContainer("volumeMounts", "volumeMount");
        case "port":
            return perContainer("ports", "port");
        case "env":
            return perContainer("env", "env");
        case "toleration":
            return objectEntries(view.podSpec.tolerations, [...POD_SPEC_PATH, "tolerations"]).map(([toleration, path]) => item({ toleration }, { toleration: path }, path));
    }
}
/** The entries of a list that are objects, with their paths (others are the schema stage's to report). */
function objectEntries(list, base) {
    return asArray(list).flatMap((entry, index) => {
        const object = asObject(entry);
        return object ? [[object, [...base, index]]] : [];
    });
}
