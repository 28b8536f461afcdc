/**
 * Where the generated schemas live and what the files are called. The
 * generator writes this layout and the runtime reads it, so both take the
 * names from here.
 */
import { join } from "node:path";
import { packageRoot } from "../package.js";
export const SCHEMA_KINDS = ["DaemonSet", "Node", "PriorityClass"];
/** The OpenAPI definition each kind is validated against. */
export const ROOT_DEFINITIONS = {
    DaemonSet: "io.k8s.api.apps.v1.DaemonSet",
    Node: "io.k8s.api.core.v1.Node",
    PriorityClass: "io.k8s.api.scheduling.v1.PriorityClass",
};
/**
 * On a definition: its fields that exist only in other Kubernetes versions,
 * each with the versions that have it, so an unknown field can be explained
 * by the target version.
 */
export const OTHER_VERSIONS_KEYWORD = "x-dslint-fields-in-other-versions";
/** `schemas/v1.36` */
export function versionDirName(version) {
    return `v${version}`;
}
/** The draft-07 schema of one kind: `daemonset.schema.json`. */
export function schemaFileName(kind) {
    return `${kind.toLowerCase()}.schema.json`;
}
export const VERSIONS_FILE = "versions.json";
export function schemasDir() {
    return join(packageRoot(), "schemas");
}
