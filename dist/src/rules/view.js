import { capabilityName } from "../k8s/capabilities.js";
import { podContainers, podVolumes, privilegedOrEquivalent } from "../k8s/pod-walk.js";
import { formatPath } from "../path.js";
import { asArray, asObject as asObj, asString } from "../values.js";
// Rules read manifests with the shared typed reads (src/values.ts) and walk pods with src/k8s/pod-walk.ts.
export { asArray, asObj, asString };
export { describeContainer, describeVolume, hostProcessSource } from "../k8s/pod-walk.js";
export const POD_SPEC_PATH = ["spec", "template", "spec"];
/** The entries of a label or annotation map whose values are strings. */
function stringValues(map) {
    const out = {};
    // defineProperty: a key named __proto__ is an entry like any other, not the object's prototype.
    for (const [k, v] of Object.entries(asObj(map) ?? {}))
        if (typeof v === "string")
            Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    return out;
}
/**
 * A DaemonSet as rules see it: the decoded manifest plus walkers over the pod
 * spec, so every rule visits every container kind and volume the same way
 * (kube-linter's shared container helpers). Wrongly typed fields read as absent.
 */
export class DaemonSetView {
    object;
    kubernetesVersion;
    value;
    metadata;
    spec;
    template;
    podSpec;
    containerRefs;
    derivedValues;
    constructor(object, kubernetesVersion) {
        this.object = object;
        this.kubernetesVersion = kubernetesVersion;
        this.value = asObj(object.value) ?? {};
        this.metadata = asObj(this.value.metadata) ?? {};
        this.spec = asObj(this.value.spec) ?? {};
        this.template = asObj(this.spec.template) ?? {};
        this.podSpec = asObj(this.template.spec) ?? {};
    }
    get name() {
        return asString(this.metadata.name);
    }
    get namespace() {
        return asString(this.metadata.namespace);
    }
    get annotations() {
        return stringValues(this.metadata.annotations);
    }
    get templateLabels() {
        return stringValues(asObj(this.template.metadata)?.labels);
    }
    /** The pod template's annotations with string values (the deprecated security annotations live here). */
    get templateAnnotations() {
        return stringValues(asObj(this.template.metadata)?.annotations);
    }
    /** Init, regular and ephemeral containers, in that order (the order Kubernetes' visitors use). */
    containers() {
        this.containerRefs ??= podContainers(this.podSpec, POD_SPEC_PATH);
        return this.containerRefs;
    }
    /**
     * Whether the container is privileged or a Windows HostProcess container
     * (privilegedOrEquivalent): privileged-container reports it, and the rules
     * about a narrower privilege of the same container skip it.
     */
    privileged(c) {
        return privilegedOrEquivalent(this.podSpec, c.container);
    }
    volumes() {
        return podVolumes(this.podSpec, POD_SPEC_PATH);
    }
    /**
     * `make()`, once per view and key: what several rules derive alike from
     * this DaemonSet. It lives and dies with the view (a WeakMap keyed by views
     * would keep every DaemonSet's until a full garbage collection).
     */
    derived(key, make) {
        this.derivedValues ??= new Map();
        if (this.derivedValues.has(key))
            return this.derivedValues.get(key);
        const value = make();
        this.derivedValues.set(key, value);
        return value;
    }
    /** A place in this DaemonSet that a cross-document rule can report at later. */
    anchor(path, onKey = false) {
        const object = { kind: "DaemonSet" };
        if (this.namespace)
            object.namespace = this.namespace;
        if (this.name)
            object.name = this.name;
        return { file: this.object.file, range: this.object.locate(path, onKey), path: formatPath(path), object };
    }
}
/** The entries of the container's `securityContext.capabilities.<list>` that are strings. */
export function capabilityEntries(c, list) {
    const capabilities = asObj(asObj(c.container.securityContext)?.capabilities);
    return asArray(capabilities?.[list]).flatMap((value, index) => typeof value === "string" ? [{ name: capabilityName(value), written: value, index }] : []);
}
