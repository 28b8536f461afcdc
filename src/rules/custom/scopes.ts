/**
 * The names a custom rule's expressions read, their types for the
 * configuration-time field checks, and the values and paths they take in
 * one DaemonSet: once for the DaemonSet, or once per item of a `forEach`
 * scope, walked as the built-in rules walk them (src/k8s/pod-walk.ts).
 */
import type { Path } from "../../path.js";
import { asArray, asObject, type Obj } from "../../values.js";
import { POD_SPEC_PATH, type ContainerRef, type DaemonSetView } from "../view.js";
import type { Scope, ValueType } from "./language.js";
import type { ForEachScope } from "./spec.js";

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
} as const;

const schema = (...definitions: string[]): ValueType => ({ schema: definitions });

/** Every container kind walks into one name: an ephemeral container has a field or two more. */
const CONTAINER = schema(DEFINITION.Container, DEFINITION.EphemeralContainer);

/** What every rule reads. */
const DAEMON_SET_NAMES: Readonly<Record<string, ValueType>> = {
  ds: schema(DEFINITION.DaemonSet),
  metadata: schema(DEFINITION.ObjectMeta),
  spec: schema(DEFINITION.DaemonSetSpec),
  pod: schema(DEFINITION.PodSpec),
};

/** What each `forEach` adds; the item by its singular name first. */
const FOR_EACH_NAMES: Readonly<Record<ForEachScope, Readonly<Record<string, ValueType>>>> = {
  container: { container: CONTAINER, containerKind: "string" },
  volume: { volume: schema(DEFINITION.Volume) },
  hostPath: { hostPath: schema(DEFINITION.HostPath), volume: schema(DEFINITION.Volume) },
  volumeMount: { volumeMount: schema(DEFINITION.VolumeMount), container: CONTAINER, containerKind: "string" },
  port: { port: schema(DEFINITION.ContainerPort), container: CONTAINER, containerKind: "string" },
  env: { env: schema(DEFINITION.EnvVar), container: CONTAINER, containerKind: "string" },
  toleration: { toleration: schema(DEFINITION.Toleration) },
};

/** The names a rule with this `forEach` may read (besides the helpers), and their types. */
export function scopeTypes(forEach: ForEachScope | undefined): Readonly<Record<string, ValueType>> {
  return forEach ? { ...DAEMON_SET_NAMES, ...FOR_EACH_NAMES[forEach] } : DAEMON_SET_NAMES;
}

/** One evaluation's names, and the path of what it is run for: where a finding sits when nothing better is known. */
export interface ScopeItem extends Scope {
  at: Path;
}

/** `containerKind`: what the messages of the built-in rules call each kind (src/k8s/pod-walk.ts). */
function containerKind(c: ContainerRef): string {
  if (c.kind === "ephemeralContainers") return "ephemeral";
  if (c.kind === "containers") return "container";
  return c.sidecar ? "sidecar" : "init";
}

/** Where every rule's names are in any DaemonSet. */
const DAEMON_SET_PATHS: Readonly<Record<string, Path>> = { ds: [], metadata: ["metadata"], spec: ["spec"], pod: POD_SPEC_PATH };

/** The view's key for its scope items, one per `forEach` (undefined: the DaemonSet itself). */
const ITEMS_KEY = new Map<ForEachScope | undefined, object>();

/**
 * The scopes a rule runs in for one DaemonSet. Made once per DaemonSet and
 * `forEach`, and shared by the rules that walk alike: nothing evaluated
 * changes them.
 */
export function scopeItems(view: DaemonSetView, forEach: ForEachScope | undefined): ScopeItem[] {
  let key = ITEMS_KEY.get(forEach);
  if (!key) ITEMS_KEY.set(forEach, (key = {}));
  return view.derived(key, () => makeScopeItems(view, forEach));
}

// The names and paths are object literals of one shape per scope, not spreads of
// the DaemonSet's names: each rule's reads of them stay monomorphic, and making
// them allocates only what each item holds.
function makeScopeItems(view: DaemonSetView, forEach: ForEachScope | undefined): ScopeItem[] {
  const ds = view.value;
  const metadata = view.metadata;
  const spec = view.spec;
  const pod = view.podSpec;
  const P = DAEMON_SET_PATHS;
  /** The object entries of a container's list field, each named `name` beside its container. */
  const perContainer = (field: string, name: "volumeMount" | "port" | "env"): ScopeItem[] =>
    view.containers().flatMap((c) =>
      objectEntries(c.container[field], [...c.path, field]).map(([entry, path]) => ({
        values: { ds, metadata, spec, pod, [name]: entry, container: c.container, containerKind: containerKind(c) },
        paths: { ds: P.ds, metadata: P.metadata, spec: P.spec, pod: P.pod, [name]: path, container: c.path },
        at: path,
      })),
    );
  switch (forEach) {
    case undefined:
      return [{ values: { ds, metadata, spec, pod }, paths: P, at: [] }];
    case "container":
      return view.containers().map((c) => ({
        values: { ds, metadata, spec, pod, container: c.container, containerKind: containerKind(c) },
        paths: { ds: P.ds, metadata: P.metadata, spec: P.spec, pod: P.pod, container: c.path },
        at: c.path,
      }));
    case "volume":
      return view.volumes().map((v) => ({
        values: { ds, metadata, spec, pod, volume: v.volume },
        paths: { ds: P.ds, metadata: P.metadata, spec: P.spec, pod: P.pod, volume: v.path },
        at: v.path,
      }));
    case "hostPath":
      return view.volumes().flatMap((v) => {
        const hostPath = asObject(v.volume.hostPath);
        if (!hostPath) return [];
        const path = [...v.path, "hostPath"];
        return [
          {
            values: { ds, metadata, spec, pod, hostPath, volume: v.volume },
            paths: { ds: P.ds, metadata: P.metadata, spec: P.spec, pod: P.pod, hostPath: path, volume: v.path },
            at: path,
          },
        ];
      });
    case "volumeMount":
      return perContainer("volumeMounts", "volumeMount");
    case "port":
      return perContainer("ports", "port");
    case "env":
      return perContainer("env", "env");
    case "toleration":
      return objectEntries(pod.tolerations, [...POD_SPEC_PATH, "tolerations"]).map(([toleration, path]) => ({
        values: { ds, metadata, spec, pod, toleration },
        paths: { ds: P.ds, metadata: P.metadata, spec: P.spec, pod: P.pod, toleration: path },
        at: path,
      }));
  }
}

/** The entries of a list that are objects, with their paths (others are the schema stage's to report). */
function objectEntries(list: unknown, base: Path): Array<[Obj, Path]> {
  return asArray(list).flatMap((entry, index) => {
    const object = asObject(entry);
    return object ? [[object, [...base, index]] as [Obj, Path]] : [];
  });
}
