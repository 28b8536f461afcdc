import { type ContainerRef, type VolumeRef } from "../k8s/pod-walk.js";
import type { Path } from "../path.js";
import { asArray, asObject, asString } from "../values.js";
/**
 * A read-only view of a pod's metadata and spec taken from untyped input.
 * Upstream evaluates typed structs, so every accessor here treats a value of
 * the wrong JSON type as absent instead of throwing.
 */
export type JsonObject = Readonly<Record<string, unknown>>;
export { asArray, asObject, asString };
export { describeVolume } from "../k8s/pod-walk.js";
/** Reads a nested value through objects only: `valueAt(sc, "capabilities", "add")`. */
export declare function valueAt(root: unknown, ...keys: readonly string[]): unknown;
/**
 * The path of `keys` below `base`, cut at the deepest field that exists.
 * Used to place a finding about a missing setting on its nearest existing parent.
 */
export declare function deepestExisting(base: Path, root: unknown, keys: readonly string[]): Path;
/** A container of the pod; its path is `["spec", "containers", 0]`, `["spec", "initContainers", 1]`, ... */
export interface ContainerView extends ContainerRef {
    securityContext: JsonObject | undefined;
}
export interface PodView {
    metadata: JsonObject;
    spec: JsonObject;
    podSecurityContext: JsonObject | undefined;
    /** Init, regular and ephemeral containers, in that order (`policy/visitor.go`). */
    containers: readonly ContainerView[];
    /** `["spec", "volumes", 0]`, ... */
    volumes: readonly VolumeRef[];
    /** `spec.os.name: windows` (the 1.25+ restricted exemptions). */
    isWindows: boolean;
    /** `spec.hostUsers: false`: the pod runs in a user namespace. */
    inUserNamespace: boolean;
}
export declare function podView(pod: unknown): PodView;
/** String-valued annotations; other values are treated as absent. */
export declare function annotations(pod: PodView): [key: string, value: string][];
export declare function quote(text: string): string;
/** `container "a"`, `init container "b"`, ..., or `pod` for the pod-level security context. */
export declare function ownerPhrase(container: ContainerView | undefined): string;
