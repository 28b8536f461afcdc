import { describeContainer, podContainers, podVolumes } from "../k8s/pod-walk.js";
import { asArray, asObject, asString } from "../values.js";
export { asArray, asObject, asString };
export { describeVolume } from "../k8s/pod-walk.js";
/** Reads a nested value through objects only: `valueAt(sc, "capabilities", "add")`. */
export function valueAt(root, ...keys) {
    let current = root;
    for (const key of keys) {
        const object = asObject(current);
        if (!object)
            return undefined;
        current = object[key];
    }
    return current;
}
/**
 * The path of `keys` below `base`, cut at the deepest field that exists.
 * Used to place a finding about a missing setting on its nearest existing parent.
 */
export function deepestExisting(base, root, keys) {
    const path = [...base];
    let current = root;
    for (const key of keys) {
        const object = asObject(current);
        if (!object || object[key] === undefined || object[key] === null)
            break;
        path.push(key);
        current = object[key];
    }
    return path;
}
export function podView(pod) {
    const metadata = asObject(valueAt(pod, "metadata")) ?? {};
    const spec = asObject(valueAt(pod, "spec")) ?? {};
    return {
        metadata,
        spec,
        podSecurityContext: asObject(spec.securityContext),
        containers: podContainers(spec, ["spec"]).map((c) => ({ ...c, securityContext: asObject(c.container.securityContext) })),
        volumes: podVolumes(spec, ["spec"]),
        isWindows: valueAt(spec, "os", "name") === "windows",
        inUserNamespace: spec.hostUsers === false,
    };
}
/** String-valued annotations; other values are treated as absent. */
export function annotations(pod) {
    const entries = [];
    for (const [key, value] of Object.entries(asObject(pod.metadata.annotations) ?? {})) {
        if (typeof value === "string")
            entries.push([key, value]);
    }
    return entries;
}
export function quote(text) {
    return `"${text}"`;
}
/** `container "a"`, `init container "b"`, ..., or `pod` for the pod-level security context. */
export function ownerPhrase(container) {
    return container ? describeContainer(container) : "pod";
}
