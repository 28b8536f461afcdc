/**
 * The defaults the API server applies to an apps/v1 DaemonSet before
 * validating it: `SetDefaults_DaemonSet` (pkg/apis/apps/v1/defaults.go) and
 * the core/v1 defaults for everything inside the pod template
 * (pkg/apis/core/v1/defaults.go and the generated defaulters).
 *
 * `defaultDaemonSet` never changes its input and never throws. A field whose
 * value has the wrong type is treated as absent: when it has a default, the
 * default replaces it; otherwise it is left as written. Objects the defaults
 * live in (`spec`, `template`, the pod spec, `updateStrategy`, ...) are
 * created when missing or wrongly typed, as they are value types in Go.
 */
import { isRecord as isObj, type Obj } from "../values.js";
import { imageTag } from "./image.js";
import { hasChange } from "./versions.js";

export interface DefaultingOptions {
  /** `1.30`, `v1.31.2`, ...; the newest supported release when absent. */
  kubernetesVersion?: string;
}

/** The object at `parent[key]`, created (or replacing a wrongly-typed value) when needed. */
function ensureObj(parent: Obj, key: string): Obj {
  const current = parent[key];
  if (isObj(current)) return current;
  const created: Obj = {};
  parent[key] = created;
  return created;
}

function setIfAbsent(obj: Obj, key: string, value: unknown, isRightType: (v: unknown) => boolean): void {
  if (!isRightType(obj[key])) obj[key] = value;
}

const isNonEmptyString = (v: unknown): boolean => typeof v === "string" && v !== "";
const isNonZeroInt = (v: unknown): boolean => typeof v === "number" && Number.isInteger(v) && v !== 0;
const isInt = (v: unknown): boolean => typeof v === "number" && Number.isInteger(v);
const isBool = (v: unknown): boolean => typeof v === "boolean";

function objectsIn(value: unknown): Obj[] {
  return Array.isArray(value) ? value.filter(isObj) : [];
}

/** A JSON-style deep copy that tolerates shared and cyclic references (YAML aliases). */
function cloneJson(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (value === null || typeof value !== "object") return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) out.push(cloneJson(item, seen));
    return out;
  }
  const out: Obj = {};
  seen.set(value, out);
  for (const [k, v] of Object.entries(value)) out[k] = cloneJson(v, seen);
  return out;
}

/** Returns a defaulted deep copy of a DaemonSet manifest. Non-object input is returned copied as is. */
export function defaultDaemonSet<T>(ds: T, options: DefaultingOptions = {}): T {
  const copy = cloneJson(ds);
  if (!isObj(copy)) return copy as T;
  const spec = ensureObj(copy, "spec");
  defaultDaemonSetSpec(spec);
  const template = ensureObj(spec, "template");
  const hostNetworkPortsInTemplates = !hasChange(options.kubernetesVersion, "templateHostPortsNotDefaulted");
  defaultPodSpec(ensureObj(template, "spec"), { hostNetworkPortsInTemplates });
  return copy as T;
}

/** The last copy made: API validation and the rules read it for the same object, one after the other. */
let lastDefaulted: { ds: object; version: string | undefined; copy: unknown } | undefined;

/**
 * `defaultDaemonSet` once per manifest object and version: API validation
 * and the rules read the same copy, so none of them may change it. Only the
 * last copy is kept (a WeakMap would keep every copy until a full garbage
 * collection).
 */
export function defaultedDaemonSet<T>(ds: T, options: DefaultingOptions = {}): T {
  if (typeof ds !== "object" || ds === null) return defaultDaemonSet(ds, options);
  if (lastDefaulted && lastDefaulted.ds === ds && lastDefaulted.version === options.kubernetesVersion) return lastDefaulted.copy as T;
  const copy = defaultDaemonSet(ds, options);
  lastDefaulted = { ds, version: options.kubernetesVersion, copy };
  return copy;
}

/** `SetDefaults_DaemonSet`: RollingUpdate with maxUnavailable 1 and maxSurge 0, and a history of 10. */
function defaultDaemonSetSpec(spec: Obj): void {
  const strategy = ensureObj(spec, "updateStrategy");
  setIfAbsent(strategy, "type", "RollingUpdate", isNonEmptyString);
  if (strategy.type === "RollingUpdate") {
    const rolling = ensureObj(strategy, "rollingUpdate");
    const isIntOrString = (v: unknown): boolean => typeof v === "string" || isInt(v);
    setIfAbsent(rolling, "maxUnavailable", 1, isIntOrString);
    setIfAbsent(rolling, "maxSurge", 0, isIntOrString);
  }
  setIfAbsent(spec, "revisionHistoryLimit", 10, isInt);
}

export interface PodSpecDefaultingOptions {
  /**
   * Copy `containerPort` into an unset `hostPort` when `hostNetwork` is true.
   * The API server does this for pod templates only until
   * `DefaultHostNetworkHostPortsInPodTemplates` went off (versions.ts,
   * `templateHostPortsNotDefaulted`); Pods always get it
   * (`SetDefaults_Pod`), so the pods a DaemonSet creates always have it.
   */
  hostNetworkPortsInTemplates?: boolean;
}

/** `SetDefaults_PodSpec` and the defaults of everything inside a pod spec. Mutates `spec`. */
export function defaultPodSpec(spec: Obj, options: PodSpecDefaultingOptions = {}): void {
  setIfAbsent(spec, "dnsPolicy", "ClusterFirst", isNonEmptyString);
  setIfAbsent(spec, "restartPolicy", "Always", isNonEmptyString);
  setIfAbsent(spec, "terminationGracePeriodSeconds", 30, isInt);
  setIfAbsent(spec, "schedulerName", "default-scheduler", isNonEmptyString);
  ensureObj(spec, "securityContext");
  if (options.hostNetworkPortsInTemplates && spec.hostNetwork === true) defaultHostNetworkPorts(spec);
  for (const key of ["containers", "initContainers", "ephemeralContainers"]) {
    objectsIn(spec[key]).forEach(defaultContainer);
  }
  objectsIn(spec.volumes).forEach(defaultVolume);
}

/** `defaultHostNetworkPorts`: every port of a hostNetwork pod listens on the host. Mutates `spec`. */
export function defaultHostNetworkPorts(spec: Obj): void {
  for (const key of ["containers", "initContainers"]) {
    for (const container of objectsIn(spec[key])) {
      for (const port of objectsIn(container.ports)) {
        const hostPort = hostNetworkHostPort(port);
        if (hostPort !== port.hostPort) port.hostPort = hostPort;
      }
    }
  }
}

/** The hostPort a port of a hostNetwork pod gets: its containerPort when unset. */
export function hostNetworkHostPort(port: Obj): unknown {
  return (port.hostPort === undefined || port.hostPort === null || port.hostPort === 0) && isInt(port.containerPort) ? port.containerPort : port.hostPort;
}

/** `SetDefaults_Container`: Always for `:latest` (or untagged) images, IfNotPresent otherwise. */
export function imagePullPolicyFor(image: string): "Always" | "IfNotPresent" {
  return imageTag(image) === "latest" ? "Always" : "IfNotPresent";
}

/**
 * `SetDefaults_Container` plus the defaults of ports, probes, handlers and env.
 * Mutates `container`. (Resource quantities are rounded up to milli-units by
 * `SetDefaults_ResourceList`; they are kept as written here and rounded where
 * they are compared.)
 */
export function defaultContainer(container: Obj): void {
  if (!isNonEmptyString(container.imagePullPolicy)) {
    container.imagePullPolicy = imagePullPolicyFor(typeof container.image === "string" ? container.image : "");
  }
  setIfAbsent(container, "terminationMessagePath", "/dev/termination-log", isNonEmptyString);
  setIfAbsent(container, "terminationMessagePolicy", "File", isNonEmptyString);
  for (const port of objectsIn(container.ports)) setIfAbsent(port, "protocol", "TCP", isNonEmptyString);
  for (const probe of ["livenessProbe", "readinessProbe", "startupProbe"]) {
    if (isObj(container[probe])) defaultProbe(container[probe] as Obj);
  }
  if (isObj(container.lifecycle)) {
    for (const hook of ["postStart", "preStop"]) {
      const handler = container.lifecycle[hook];
      if (isObj(handler) && isObj(handler.httpGet)) defaultHttpGet(handler.httpGet);
    }
  }
  for (const env of objectsIn(container.env)) {
    if (isObj(env.valueFrom) && isObj(env.valueFrom.fieldRef)) {
      setIfAbsent(env.valueFrom.fieldRef, "apiVersion", "v1", isNonEmptyString);
    }
  }
}

/** `SetDefaults_Probe`: zero or unset counters take their defaults. */
function defaultProbe(probe: Obj): void {
  setIfAbsent(probe, "timeoutSeconds", 1, isNonZeroInt);
  setIfAbsent(probe, "periodSeconds", 10, isNonZeroInt);
  setIfAbsent(probe, "successThreshold", 1, isNonZeroInt);
  setIfAbsent(probe, "failureThreshold", 3, isNonZeroInt);
  if (isObj(probe.httpGet)) defaultHttpGet(probe.httpGet);
}

/** `SetDefaults_HTTPGetAction`. */
function defaultHttpGet(action: Obj): void {
  setIfAbsent(action, "path", "/", isNonEmptyString);
  setIfAbsent(action, "scheme", "HTTP", isNonEmptyString);
}

/** Every `VolumeSource` field of core/v1, in the order `validateVolumeSource` checks them. */
export const VOLUME_SOURCES: readonly string[] = [
  "emptyDir",
  "hostPath",
  "gitRepo",
  "gcePersistentDisk",
  "awsElasticBlockStore",
  "secret",
  "nfs",
  "iscsi",
  "glusterfs",
  "flocker",
  "persistentVolumeClaim",
  "rbd",
  "cinder",
  "cephfs",
  "quobyte",
  "downwardAPI",
  "fc",
  "flexVolume",
  "configMap",
  "azureFile",
  "vsphereVolume",
  "photonPersistentDisk",
  "portworxVolume",
  "azureDisk",
  "storageos",
  "projected",
  "scaleIO",
  "csi",
  "ephemeral",
  "image",
];

/** `SetDefaults_Volume` and the defaults of its source. Mutates `volume`. */
export function defaultVolume(volume: Obj): void {
  if (!VOLUME_SOURCES.some((source) => isObj(volume[source]))) volume.emptyDir = {};
  const withMode = ["secret", "configMap", "downwardAPI", "projected"];
  for (const source of withMode) {
    if (isObj(volume[source])) setIfAbsent(volume[source] as Obj, "defaultMode", 0o644, isInt);
  }
  if (isObj(volume.hostPath)) setIfAbsent(volume.hostPath, "type", "", (v) => typeof v === "string");
  if (isObj(volume.iscsi)) setIfAbsent(volume.iscsi, "iscsiInterface", "default", isNonEmptyString);
  if (isObj(volume.rbd)) {
    setIfAbsent(volume.rbd, "pool", "rbd", isNonEmptyString);
    setIfAbsent(volume.rbd, "user", "admin", isNonEmptyString);
    setIfAbsent(volume.rbd, "keyring", "/etc/ceph/keyring", isNonEmptyString);
  }
  if (isObj(volume.azureDisk)) {
    setIfAbsent(volume.azureDisk, "cachingMode", "ReadWrite", isNonEmptyString);
    setIfAbsent(volume.azureDisk, "kind", "Shared", isNonEmptyString);
    setIfAbsent(volume.azureDisk, "fsType", "ext4", isNonEmptyString);
    setIfAbsent(volume.azureDisk, "readOnly", false, isBool);
  }
  if (isObj(volume.scaleIO)) {
    setIfAbsent(volume.scaleIO, "storageMode", "ThinProvisioned", isNonEmptyString);
    setIfAbsent(volume.scaleIO, "fsType", "xfs", isNonEmptyString);
  }
  const fieldRefOwners: Obj[] = [];
  if (isObj(volume.downwardAPI)) for (const o of objectsIn(volume.downwardAPI.items)) fieldRefOwners.push(o);
  if (isObj(volume.projected)) {
    for (const source of objectsIn(volume.projected.sources)) {
      if (isObj(source.downwardAPI)) for (const o of objectsIn(source.downwardAPI.items)) fieldRefOwners.push(o);
      // SetDefaults_ServiceAccountTokenProjection: one hour.
      if (isObj(source.serviceAccountToken)) {
        setIfAbsent(source.serviceAccountToken, "expirationSeconds", 3600, isInt);
      }
    }
  }
  for (const item of fieldRefOwners) {
    if (isObj(item.fieldRef)) setIfAbsent(item.fieldRef, "apiVersion", "v1", isNonEmptyString);
  }
}
