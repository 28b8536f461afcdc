import { describeContainer, podContainers, podVolumes, type ContainerRef, type VolumeRef } from "../k8s/pod-walk.js";
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
export function valueAt(root: unknown, ...keys: readonly string[]): unknown {
  let current: unknown = root;
  for (const key of keys) {
    const object = asObject(current);
    if (!object) return undefined;
    current = object[key];
  }
  return current;
}

/**
 * The path of `keys` below `base`, cut at the deepest field that exists.
 * Used to place a finding about a missing setting on its nearest existing parent.
 */
export function deepestExisting(base: Path, root: unknown, keys: readonly string[]): Path {
  const path = [...base];
  let current: unknown = root;
  for (const key of keys) {
    const object = asObject(current);
    if (!object || object[key] === undefined || object[key] === null) break;
    path.push(key);
    current = object[key];
  }
  return path;
}

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

export function podView(pod: unknown): PodView {
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
export function annotations(pod: PodView): [key: string, value: string][] {
  const entries: [string, string][] = [];
  for (const [key, value] of Object.entries(asObject(pod.metadata.annotations) ?? {})) {
    if (typeof value === "string") entries.push([key, value]);
  }
  return entries;
}

export function quote(text: string): string {
  return `"${text}"`;
}

/** `container "a"`, `init container "b"`, ..., or `pod` for the pod-level security context. */
export function ownerPhrase(container: ContainerView | undefined): string {
  return container ? describeContainer(container) : "pod";
}
