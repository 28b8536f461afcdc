import type { Problem } from "../finding.js";
/** What an object is, by its `apiVersion` and `kind`, and which checks apply. */
export type ObjectRole = {
    role: "daemonset";
} | {
    role: "node";
} | {
    role: "priorityclass";
}
/** A DaemonSet the target cluster cannot accept at all (removed or unknown API version). */
 | {
    role: "unservable";
} | {
    role: "other";
};
/**
 * Whether a `DaemonSet` of this apiVersion is another API's object: a custom
 * resource such as OpenKruise's Advanced DaemonSet (`apps.kruise.io`).
 * Kubernetes served DaemonSets only in the groups `apps` and `extensions`,
 * and every custom resource's group has a dot (the API server refuses a CRD
 * whose group has none: ValidateCustomResourceDefinitionSpec in
 * k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/validation). A
 * DaemonSet in an undotted group (`v1`, `batch/v1`, `apps/v2`) is a mistake
 * in a Kubernetes DaemonSet, and reported as one.
 */
export declare function isOtherApiDaemonSet(apiVersion: string): boolean;
/**
 * Classifies an object and reports what makes it unusable before any schema
 * applies: a missing apiVersion or kind, or a DaemonSet in a removed API version.
 */
export declare function identifyObject(value: unknown): {
    role: ObjectRole;
    problems: Problem[];
};
