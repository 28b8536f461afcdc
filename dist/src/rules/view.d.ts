import type { ManifestObject } from "../load/types.js";
import type { Path } from "../path.js";
import type { Anchor } from "../finding.js";
import { type ContainerRef, type VolumeRef } from "../k8s/pod-walk.js";
import { asArray, asObject as asObj, asString, type Obj } from "../values.js";
export { asArray, asObj, asString, type Obj };
export { describeContainer, describeVolume, hostProcessSource, type ContainerKind, type ContainerRef, type VolumeRef } from "../k8s/pod-walk.js";
export declare const POD_SPEC_PATH: Path;
/**
 * A DaemonSet as rules see it: the decoded manifest plus walkers over the pod
 * spec, so every rule visits every container kind and volume the same way
 * (kube-linter's shared container helpers). Wrongly typed fields read as absent.
 */
export declare class DaemonSetView {
    readonly object: ManifestObject;
    readonly kubernetesVersion: string;
    readonly value: Obj;
    readonly metadata: Obj;
    readonly spec: Obj;
    readonly template: Obj;
    readonly podSpec: Obj;
    private containerRefs?;
    private derivedValues?;
    constructor(object: ManifestObject, kubernetesVersion: string);
    get name(): string | undefined;
    get namespace(): string | undefined;
    get annotations(): Record<string, string>;
    get templateLabels(): Record<string, string>;
    /** The pod template's annotations with string values (the deprecated security annotations live here). */
    get templateAnnotations(): Record<string, string>;
    /** Init, regular and ephemeral containers, in that order (the order Kubernetes' visitors use). */
    containers(): ContainerRef[];
    /**
     * Whether the container is privileged or a Windows HostProcess container
     * (privilegedOrEquivalent): privileged-container reports it, and the rules
     * about a narrower privilege of the same container skip it.
     */
    privileged(c: ContainerRef): boolean;
    volumes(): VolumeRef[];
    /**
     * `make()`, once per view and key: what several rules derive alike from
     * this DaemonSet. It lives and dies with the view (a WeakMap keyed by views
     * would keep every DaemonSet's until a full garbage collection).
     */
    derived<T>(key: unknown, make: () => T): T;
    /** A place in this DaemonSet that a cross-document rule can report at later. */
    anchor(path: Path, onKey?: boolean): Anchor;
}
/** One string entry of `securityContext.capabilities.add` or `.drop`. */
export interface CapabilityEntry {
    /** Normalised as the runtime reads it (`capabilityName`): `cap_net_raw` is `NET_RAW`. */
    name: string;
    /** As written in the manifest, for messages. */
    written: string;
    /** Index in the list, for paths. */
    index: number;
}
/** The entries of the container's `securityContext.capabilities.<list>` that are strings. */
export declare function capabilityEntries(c: ContainerRef, list: "add" | "drop"): CapabilityEntry[];
