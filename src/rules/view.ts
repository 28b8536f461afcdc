import type { ManifestObject } from "../load/types.js";
import type { Path } from "../path.js";
import type { Anchor } from "../finding.js";
import { capabilityName } from "../k8s/capabilities.js";
import { isSidecar } from "../k8s/podresources.js";
import { formatPath } from "../path.js";
import { asArray, asObject as asObj, asString, type Obj } from "../values.js";

// Rules read manifests with the shared typed reads (src/values.ts).
export { asArray, asObj, asString, type Obj };


export type ContainerKind = "containers" | "initContainers" | "ephemeralContainers";

export interface ContainerRef {
  container: Obj;
  kind: ContainerKind;
  index: number;
  /** Path of the container in the DaemonSet. */
  path: Path;
  /** The container's name, or `initContainers[0]` when it has none. */
  name: string;
  /** A restartable init container (`restartPolicy: Always`): runs for the pod's lifetime. */
  sidecar: boolean;
}

export interface VolumeRef {
  volume: Obj;
  index: number;
  path: Path;
  name: string;
}

export const POD_SPEC_PATH: Path = ["spec", "template", "spec"];


/** The entries of a label or annotation map whose values are strings. */
function stringValues(map: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  // defineProperty: a key named __proto__ is an entry like any other, not the object's prototype.
  for (const [k, v] of Object.entries(asObj(map) ?? {})) if (typeof v === "string") Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

/**
 * A DaemonSet as rules see it: the decoded manifest plus walkers over the pod
 * spec, so every rule visits every container kind and volume the same way
 * (kube-linter's shared container helpers). Wrongly typed fields read as absent.
 */
export class DaemonSetView {
  readonly value: Obj;
  readonly metadata: Obj;
  readonly spec: Obj;
  readonly template: Obj;
  readonly podSpec: Obj;
  private containerRefs?: ContainerRef[];

  constructor(
    readonly object: ManifestObject,
    readonly kubernetesVersion: string,
  ) {
    this.value = asObj(object.value) ?? {};
    this.metadata = asObj(this.value.metadata) ?? {};
    this.spec = asObj(this.value.spec) ?? {};
    this.template = asObj(this.spec.template) ?? {};
    this.podSpec = asObj(this.template.spec) ?? {};
  }

  get name(): string | undefined {
    return asString(this.metadata.name);
  }

  get namespace(): string | undefined {
    return asString(this.metadata.namespace);
  }

  get annotations(): Record<string, string> {
    return stringValues(this.metadata.annotations);
  }

  get templateLabels(): Record<string, string> {
    return stringValues(asObj(this.template.metadata)?.labels);
  }

  /** The pod template's annotations with string values (the deprecated security annotations live here). */
  get templateAnnotations(): Record<string, string> {
    return stringValues(asObj(this.template.metadata)?.annotations);
  }

  /** Init, regular and ephemeral containers, in that order (the order Kubernetes' visitors use). */
  containers(): ContainerRef[] {
    if (this.containerRefs) return this.containerRefs;
    const refs: ContainerRef[] = [];
    for (const kind of ["initContainers", "containers", "ephemeralContainers"] as const) {
      asArray(this.podSpec[kind]).forEach((item, index) => {
        const container = asObj(item);
        if (!container) return;
        refs.push({
          container,
          kind,
          index,
          path: [...POD_SPEC_PATH, kind, index],
          name: asString(container.name) || `${kind}[${index}]`,
          sidecar: kind === "initContainers" && isSidecar(container),
        });
      });
    }
    this.containerRefs = refs;
    return refs;
  }

  /** Containers that run for the pod's lifetime: regular ones and sidecars. */
  longRunningContainers(): ContainerRef[] {
    return this.containers().filter((c) => c.kind === "containers" || c.sidecar);
  }

  volumes(): VolumeRef[] {
    const refs: VolumeRef[] = [];
    asArray(this.podSpec.volumes).forEach((item, index) => {
      const volume = asObj(item);
      if (volume) refs.push({ volume, index, path: [...POD_SPEC_PATH, "volumes", index], name: asString(volume.name) ?? `volumes[${index}]` });
    });
    return refs;
  }

  /** A place in this DaemonSet that a cross-document rule can report at later. */
  anchor(path: Path, onKey = false): Anchor {
    const object: Anchor["object"] = { kind: "DaemonSet" };
    if (this.namespace) object.namespace = this.namespace;
    if (this.name) object.name = this.name;
    return { file: this.object.file, range: this.object.locate(path, onKey), path: formatPath(path), object };
  }
}

/** `container "agent"` or `init container "setup"`, for messages. */
export function describeContainer(c: ContainerRef): string {
  const kind = c.kind === "initContainers" ? (c.sidecar ? "sidecar container" : "init container") : c.kind === "ephemeralContainers" ? "ephemeral container" : "container";
  return `${kind} "${c.name}"`;
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
export function capabilityEntries(c: ContainerRef, list: "add" | "drop"): CapabilityEntry[] {
  const capabilities = asObj(asObj(c.container.securityContext)?.capabilities);
  return asArray(capabilities?.[list]).flatMap((value, index) =>
    typeof value === "string" ? [{ name: capabilityName(value), written: value, index }] : [],
  );
}
