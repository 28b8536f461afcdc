/**
 * The objects of its namespace a pod names and needs when it starts: its
 * ServiceAccount (resolved by the ServiceAccount admission plugin when the
 * pod is created), the ConfigMaps and Secrets of its volumes (the kubelet
 * mounts them), of its containers' env and envFrom (the kubelet builds the
 * environment), and its imagePullSecrets (read when pulling). One walk over
 * the pod spec, in the order of pod-walk.ts, for every rule that asks
 * whether they exist.
 */
import type { Path } from "../path.js";
import { asArray, asObject, asString } from "../values.js";
import { describeContainer, describeVolume, podContainers, podVolumes } from "./pod-walk.js";

export type ReferenceUse = "serviceAccount" | "volume" | "env" | "envFrom" | "imagePullSecret";

/** A key of a ConfigMap or Secret the pod reads. */
export interface ReferencedKey {
  key: string;
  /** Where the key is written. */
  path: Path;
}

/** One object a pod names. */
export interface PodReference {
  kind: "ServiceAccount" | "ConfigMap" | "Secret";
  name: string;
  /** Where the name is written. */
  path: Path;
  use: ReferenceUse;
  /** Who names it, as messages say: `container "agent"`, `volume "config"`, `the pod`. */
  by: string;
  /** `optional: true`: the kubelet goes on without the object or its keys. */
  optional: boolean;
  /** The keys read from it: an env var's key, a volume's items. None: the whole object. */
  keys: ReferencedKey[];
  /**
   * The keys env reads only from a ConfigMap's `data` (kubelet_pods.go
   * `makeEnvironmentVariables`); volumes read `binaryData` too
   * (pkg/volume/configmap `MakePayload`).
   */
  dataOnly: boolean;
}

/**
 * The ServiceAccount the pod runs as, when it names one other than
 * `default`: `serviceAccountName`, or the deprecated `serviceAccount` when
 * that is empty (conversion to the internal type copies it,
 * pkg/apis/core/v1/conversion.go). `default` always exists: the
 * ServiceAccount controller makes it in every namespace.
 */
export function serviceAccountReference(podSpec: unknown, base: Path): PodReference | undefined {
  const spec = asObject(podSpec) ?? {};
  const field = asString(spec.serviceAccountName) ? "serviceAccountName" : asString(spec.serviceAccount) ? "serviceAccount" : undefined;
  if (!field) return undefined;
  const name = spec[field] as string;
  if (name === "default") return undefined;
  return { kind: "ServiceAccount", name, path: [...base, field], use: "serviceAccount", by: "the pod", optional: false, keys: [], dataOnly: false };
}

/** The ConfigMaps and Secrets of the pod's volumes (projected sources too), then of each container's envFrom and env. */
export function configReferences(podSpec: unknown, base: Path): PodReference[] {
  const out: PodReference[] = [];
  for (const v of podVolumes(podSpec, base)) {
    const by = describeVolume(v);
    volumeSource(out, v.volume.configMap, "ConfigMap", "name", [...v.path, "configMap"], by);
    volumeSource(out, v.volume.secret, "Secret", "secretName", [...v.path, "secret"], by);
    asArray(asObject(v.volume.projected)?.sources).forEach((source, i) => {
      const at: Path = [...v.path, "projected", "sources", i];
      volumeSource(out, asObject(source)?.configMap, "ConfigMap", "name", [...at, "configMap"], by);
      volumeSource(out, asObject(source)?.secret, "Secret", "name", [...at, "secret"], by);
    });
  }
  for (const c of podContainers(podSpec, base)) {
    const by = describeContainer(c);
    asArray(c.container.envFrom).forEach((entry, i) => {
      const at: Path = [...c.path, "envFrom", i];
      for (const [field, kind] of [["configMapRef", "ConfigMap"], ["secretRef", "Secret"]] as const) {
        const ref = asObject(asObject(entry)?.[field]);
        const name = asString(ref?.name);
        if (ref && name) out.push({ kind, name, path: [...at, field, "name"], use: "envFrom", by, optional: ref.optional === true, keys: [], dataOnly: true });
      }
    });
    asArray(c.container.env).forEach((entry, i) => {
      const at: Path = [...c.path, "env", i, "valueFrom"];
      const valueFrom = asObject(asObject(entry)?.valueFrom);
      for (const [field, kind] of [["configMapKeyRef", "ConfigMap"], ["secretKeyRef", "Secret"]] as const) {
        const ref = asObject(valueFrom?.[field]);
        const name = asString(ref?.name);
        if (!ref || !name) continue;
        const key = asString(ref.key);
        const keys = key ? [{ key, path: [...at, field, "key"] }] : [];
        out.push({ kind, name, path: [...at, field, "name"], use: "env", by, optional: ref.optional === true, keys, dataOnly: true });
      }
    });
  }
  return out;
}

/**
 * Objects a cluster makes by itself, so a pod may name them with no manifest
 * defining them: the `kube-root-ca.crt` ConfigMap in every namespace
 * (pkg/controller/certificates/rootcacertpublisher) and kube-apiserver's
 * `extension-apiserver-authentication` ConfigMap in kube-system
 * (pkg/controlplane/controller/clusterauthenticationtrust). The `default`
 * ServiceAccount is serviceAccountReference's.
 */
export function madeByTheCluster(kind: PodReference["kind"], name: string, namespace: string | undefined): boolean {
  if (kind !== "ConfigMap") return false;
  if (name === "kube-root-ca.crt") return true;
  return (namespace === "kube-system" || namespace === undefined) && KUBE_SYSTEM_CONFIGMAPS.has(name);
}

/**
 * ConfigMaps the control plane and kubeadm make in kube-system: the API
 * server's extension-apiserver-authentication, and kubeadm's own
 * (cmd/kubeadm/app/constants: KubeadmConfigConfigMap, KubeletBaseConfigurationConfigMap,
 * KubeProxyConfigMap, CoreDNSConfigMap), which node agents such as kube-router mount.
 */
const KUBE_SYSTEM_CONFIGMAPS: ReadonlySet<string> = new Set(["extension-apiserver-authentication", "kubeadm-config", "kubelet-config", "kube-proxy", "coredns"]);

/** The Secrets of `imagePullSecrets`. */
export function imagePullSecretReferences(podSpec: unknown, base: Path): PodReference[] {
  const out: PodReference[] = [];
  asArray(asObject(podSpec)?.imagePullSecrets).forEach((entry, i) => {
    const name = asString(asObject(entry)?.name);
    if (name) out.push({ kind: "Secret", name, path: [...base, "imagePullSecrets", i, "name"], use: "imagePullSecret", by: "the pod", optional: false, keys: [], dataOnly: false });
  });
  return out;
}

function volumeSource(out: PodReference[], value: unknown, kind: "ConfigMap" | "Secret", nameField: string, at: Path, by: string): void {
  const source = asObject(value);
  const name = asString(source?.[nameField]);
  if (!source || !name) return;
  const keys: ReferencedKey[] = [];
  asArray(source.items).forEach((item, i) => {
    const key = asString(asObject(item)?.key);
    if (key) keys.push({ key, path: [...at, "items", i, "key"] });
  });
  out.push({ kind, name, path: [...at, nameField], use: "volume", by, optional: source.optional === true, keys, dataOnly: false });
}
