import type { PssCheckDefinition } from "../check.js";
import { asObject, describeVolume, quote, type JsonObject, type PodView } from "../pod.js";
import type { CheckViolation } from "../types.js";

const ALLOWED_SOURCES = [
  "configMap",
  "csi",
  "downwardAPI",
  "emptyDir",
  "ephemeral",
  "image",
  "persistentVolumeClaim",
  "projected",
  "secret",
] as const;

/** Every other volume source of core/v1, in the order check_restrictedVolumes.go names them. */
const RESTRICTED_SOURCES = [
  "gcePersistentDisk",
  "awsElasticBlockStore",
  "gitRepo",
  "nfs",
  "iscsi",
  "glusterfs",
  "rbd",
  "flexVolume",
  "cinder",
  "cephfs",
  "flocker",
  "fc",
  "azureFile",
  "vsphereVolume",
  "quobyte",
  "azureDisk",
  "portworxVolume",
  "photonPersistentDisk",
  "scaleIO",
  "storageos",
  "hostPath",
] as const;

function hasSource(volume: JsonObject, source: string): boolean {
  return asObject(volume[source]) !== undefined;
}

/**
 * check_restrictedVolumes.go: only the allowed volume sources. A volume with
 * no source at all is stored as emptyDir (core/v1 defaulting), so it passes.
 */
function restrictedVolumes_1_0(pod: PodView): CheckViolation[] {
  return pod.volumes.flatMap((v) => {
    if (ALLOWED_SOURCES.some((source) => hasSource(v.volume, source))) return [];
    const source = RESTRICTED_SOURCES.find((candidate) => hasSource(v.volume, candidate));
    if (!source) return [];
    return [
      {
        path: [...v.path, source],
        message: `${describeVolume(v)} must not use restricted volume type ${quote(source)}`,
        fix: `use one of the volume types ${ALLOWED_SOURCES.join(", ")}`,
      },
    ];
  });
}

export const restrictedVolumesCheck: PssCheckDefinition = {
  id: "restrictedVolumes",
  level: "restricted",
  description: "Volumes must be configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected or secret.",
  versions: [{ minVersion: 0, run: restrictedVolumes_1_0, overrides: ["hostPathVolumes"] }],
};
