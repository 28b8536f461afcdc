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
export declare function serviceAccountReference(podSpec: unknown, base: Path): PodReference | undefined;
/** The ConfigMaps and Secrets of the pod's volumes (projected sources too), then of each container's envFrom and env. */
export declare function configReferences(podSpec: unknown, base: Path): PodReference[];
/**
 * Objects a cluster makes by itself, so a pod may name them with no manifest
 * defining them: the `kube-root-ca.crt` ConfigMap in every namespace
 * (pkg/controller/certificates/rootcacertpublisher) and kube-apiserver's
 * `extension-apiserver-authentication` ConfigMap in kube-system
 * (pkg/controlplane/controller/clusterauthenticationtrust). The `default`
 * ServiceAccount is serviceAccountReference's.
 */
export declare function madeByTheCluster(kind: PodReference["kind"], name: string, namespace: string | undefined): boolean;
/** The Secrets of `imagePullSecrets`. */
export declare function imagePullSecretReferences(podSpec: unknown, base: Path): PodReference[];
