import { isRecord } from "../values.js";
// Served DaemonSet versions: only apps/v1 since Kubernetes 1.16 (semantics §8).
const REMOVED_DAEMONSET_VERSIONS = {
    "extensions/v1beta1": "extensions/v1beta1 DaemonSets stopped being served in Kubernetes 1.16",
    "apps/v1beta2": "apps/v1beta2 DaemonSets stopped being served in Kubernetes 1.16",
    "apps/v1beta1": "apps/v1beta1 never served DaemonSets (only extensions/v1beta1 and apps/v1beta2 did, until Kubernetes 1.16)",
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
export function isOtherApiDaemonSet(apiVersion) {
    const slash = apiVersion.indexOf("/");
    return slash > 0 && apiVersion.lastIndexOf(".", slash) >= 0;
}
/**
 * Classifies an object and reports what makes it unusable before any schema
 * applies: a missing apiVersion or kind, or a DaemonSet in a removed API version.
 */
export function identifyObject(value) {
    const problems = [];
    // YAML and JSON that is not a Kubernetes object at all (package.json, CI
    // workflows, Helm values) is skipped: no apiVersion, no kind, no metadata
    // or spec. Only something that looks like an object is held to the rules.
    if (!isRecord(value))
        return { role: { role: "other" }, problems };
    const looksLikeObject = ["apiVersion", "kind", "metadata", "spec"].some((k) => k in value);
    if (!looksLikeObject)
        return { role: { role: "other" }, problems };
    const obj = value;
    const apiVersion = obj.apiVersion;
    const kind = obj.kind;
    if (typeof kind !== "string" || kind === "") {
        problems.push({
            ruleId: "missing-kind",
            severity: "error",
            message: "missing kind: the API server cannot tell what this object is",
            path: kind === undefined ? [] : ["kind"],
            fix: "add `kind: DaemonSet` (or the object's kind)",
        });
    }
    if (typeof apiVersion !== "string" || apiVersion === "") {
        problems.push({
            ruleId: "missing-api-version",
            severity: "error",
            message: "missing apiVersion: the API server cannot decode this object",
            path: apiVersion === undefined ? [] : ["apiVersion"],
            fix: kind === "DaemonSet" ? "add `apiVersion: apps/v1`" : "add the object's apiVersion",
        });
    }
    if (problems.length > 0)
        return { role: { role: kind === "DaemonSet" ? "unservable" : "other" }, problems };
    if (kind === "DaemonSet") {
        if (apiVersion === "apps/v1")
            return { role: { role: "daemonset" }, problems };
        if (isOtherApiDaemonSet(apiVersion))
            return { role: { role: "other" }, problems };
        const removed = REMOVED_DAEMONSET_VERSIONS[apiVersion];
        const spec = obj.spec;
        const hasSelector = typeof spec === "object" && spec !== null && spec.selector !== undefined;
        const autofix = removed ? migrationToAppsV1(apiVersion, spec) : undefined;
        problems.push({
            ruleId: removed ? "removed-api-version" : "unknown-api-version",
            severity: "error",
            message: removed
                ? `${removed}; the API server rejects it`
                : `DaemonSet is not served as ${apiVersion}; the only served version is apps/v1`,
            path: ["apiVersion"],
            fix: hasSelector
                ? "change apiVersion to apps/v1 (spec.templateGeneration is gone, and updateStrategy now defaults to RollingUpdate)"
                : "change apiVersion to apps/v1 and add spec.selector.matchLabels with the template's labels: apps/v1 requires a selector",
            ...(autofix ? { autofix } : {}),
        });
        return { role: { role: "unservable" }, problems };
    }
    if (kind === "Node" && apiVersion === "v1")
        return { role: { role: "node" }, problems };
    if (kind === "PriorityClass" && apiVersion === "scheduling.k8s.io/v1")
        return { role: { role: "priorityclass" }, problems };
    return { role: { role: "other" }, problems };
}
/**
 * The move to apps/v1 that keeps what the old version did: the selector it
 * defaulted from the template's labels (extensions/v1beta1 and apps/v1beta2
 * SetDefaults_DaemonSet), no templateGeneration (gone from apps/v1), and
 * extensions/v1beta1's default update strategy, OnDelete, written out where
 * apps/v1 would default to RollingUpdate. Undefined when the selector cannot
 * be made (a template without labels).
 */
function migrationToAppsV1(apiVersion, spec) {
    const edits = [{ op: "set", path: ["apiVersion"], value: "apps/v1" }];
    const s = typeof spec === "object" && spec !== null ? spec : {};
    if (s.selector === undefined) {
        const template = s.template;
        const labels = template?.metadata?.labels;
        if (typeof labels !== "object" || labels === null || Array.isArray(labels) || Object.keys(labels).length === 0)
            return undefined;
        const matchLabels = Object.fromEntries(Object.entries(labels).filter((e) => typeof e[1] === "string"));
        edits.push({ op: "set", path: ["spec", "selector"], value: { matchLabels } });
    }
    if (s.templateGeneration !== undefined)
        edits.push({ op: "remove", path: ["spec", "templateGeneration"] });
    const strategy = s.updateStrategy;
    if (apiVersion === "extensions/v1beta1" && (typeof strategy !== "object" || strategy === null || strategy.type === undefined)) {
        edits.push({ op: "set", path: ["spec", "updateStrategy", "type"], value: "OnDelete" });
    }
    return { title: "Move to apps/v1", edits };
}
