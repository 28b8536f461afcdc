/**
 * Object metadata: `ValidateObjectMeta` (k8s.io/apimachinery/pkg/api/validation/objectmeta.go
 * and core's finalizer check) for the DaemonSet, and the metadata part of
 * `ValidatePodTemplateSpec` (pkg/apis/core/validation/validation.go) for its
 * template, including `ValidatePodSpecificAnnotations`.
 */
import { APPARMOR_CONTAINER_ANNOTATION_PREFIX, appArmorAnnotationType, LOCALHOST_PROFILE_PREFIX, SECCOMP_CONTAINER_ANNOTATION_PREFIX, SECCOMP_POD_ANNOTATION, seccompAnnotationType, } from "../k8s/annotations.js";
import { dns1123Label, dns1123Subdomain } from "../k8s/syntax.js";
import { labelKeyProblems } from "../k8s/labelselector.js";
import { podContainers } from "../k8s/pod-walk.js";
import { checkAnnotations, checkLabels, suggestDnsName } from "./names.js";
import { FieldPath } from "./report.js";
import { asBool, asObject, isBlank, objectItems, stringEntries, stringItems, stringOf } from "./values.js";
/** `NameIsDNSSubdomain(prefix=true)` masks one trailing dash, which generation then follows with random characters. */
function generatedNameProblems(prefix) {
    const masked = prefix.endsWith("-") ? `${prefix.slice(0, -1)}a` : prefix;
    return dns1123Subdomain(masked);
}
/** `ValidateObjectMeta(meta, requiresNamespace=true, ValidateDaemonSetName)` on create. */
export function validateDaemonSetMetadata(report, metadataValue) {
    const meta = asObject(metadataValue) ?? {};
    const path = FieldPath.root("metadata");
    const generateName = stringOf(meta.generateName);
    if (generateName !== "") {
        for (const msg of generatedNameProblems(generateName)) {
            report.invalid(path.child("generateName"), {
                message: `metadata.generateName "${generateName}" is not a valid name prefix: ${msg}`,
            });
        }
    }
    // The API server generates the name from generateName before validating.
    if (isBlank(meta.name)) {
        if (generateName === "" && !(meta.generateName !== undefined && typeof meta.generateName !== "string")) {
            report.required(path.child("name"), {
                message: "the DaemonSet has no name: set metadata.name (or metadata.generateName)",
            });
        }
    }
    else if (typeof meta.name === "string") {
        const fix = suggestDnsName(meta.name, 253);
        for (const msg of dns1123Subdomain(meta.name)) {
            report.invalid(path.child("name"), {
                message: `DaemonSet name "${meta.name}" is invalid: ${msg}`,
                ...(fix ? { fix: `use a name such as "${fix}"` } : {}),
            });
        }
    }
    // A missing namespace is filled from the request (kubectl sends the context namespace).
    if (typeof meta.namespace === "string" && meta.namespace !== "") {
        for (const msg of dns1123Label(meta.namespace)) {
            report.invalid(path.child("namespace"), { message: `namespace "${meta.namespace}" is invalid: ${msg}` });
        }
    }
    checkLabels(report, path.child("labels"), meta.labels, ["metadata", "labels"]);
    checkAnnotations(report, path.child("annotations"), meta.annotations, ["metadata", "annotations"]);
    validateOwnerReferences(report, meta.ownerReferences);
    validateFinalizers(report, meta.finalizers);
}
/** `ValidateOwnerReferences`: errors are reported on the list path without an index. */
function validateOwnerReferences(report, refs) {
    const path = FieldPath.root("metadata", "ownerReferences");
    let firstController = "";
    for (const [i, ref] of objectItems(refs)) {
        const at = ["metadata", "ownerReferences", i];
        const apiVersion = stringOf(ref.apiVersion);
        const version = apiVersion.includes("/") ? apiVersion.slice(apiVersion.indexOf("/") + 1) : apiVersion;
        const kind = stringOf(ref.kind);
        if (version === "") {
            report.invalid(path.child("apiVersion"), { message: `owner reference ${i} has no API version`, at: [...at, "apiVersion"] });
        }
        if (kind === "") {
            report.invalid(path.child("kind"), { message: `owner reference ${i} has no kind`, at: [...at, "kind"] });
        }
        if (stringOf(ref.name) === "") {
            report.invalid(path.child("name"), { message: `owner reference ${i} has no name`, at: [...at, "name"] });
        }
        if (stringOf(ref.uid) === "") {
            report.invalid(path.child("uid"), { message: `owner reference ${i} has no uid`, at: [...at, "uid"] });
        }
        if (apiVersion === "v1" && kind === "Event") {
            report.invalid(path, { message: "an Event may not own other objects", at });
        }
        if (asBool(ref.controller) === true) {
            const current = `${kind}/${stringOf(ref.name)}`;
            if (firstController !== "") {
                report.invalid(path, {
                    message: `only one owner reference may be the controller; both ${firstController} and ${current} set controller: true`,
                    at: [...at, "controller"],
                });
            }
            else {
                firstController = current;
            }
        }
    }
}
const STANDARD_FINALIZERS = new Set(["kubernetes", "orphan", "foregroundDeletion"]);
/** `ValidateFinalizers` plus core's `validateKubeFinalizerName`. */
function validateFinalizers(report, finalizers) {
    const path = FieldPath.root("metadata", "finalizers");
    const names = stringItems(finalizers);
    for (const [i, name] of names) {
        for (const msg of labelKeyProblems(name)) {
            report.invalid(path, { message: `finalizer "${name}" is invalid: ${msg}`, at: ["metadata", "finalizers", i] });
        }
        if (!name.includes("/") && !STANDARD_FINALIZERS.has(name)) {
            report.invalid(path.index(i), {
                message: `finalizer "${name}" is neither a standard finalizer name nor fully qualified (domain/name)`,
            });
        }
    }
    const values = names.map(([, n]) => n);
    if (values.includes("orphan") && values.includes("foregroundDeletion")) {
        report.invalid(path, { message: 'finalizers "orphan" and "foregroundDeletion" cannot both be set' });
    }
}
const MIRROR_POD_ANNOTATION = "kubernetes.io/config.mirror";
const TOLERATIONS_ANNOTATION = "scheduler.alpha.kubernetes.io/tolerations";
const POD_DELETION_COST = "controller.kubernetes.io/pod-deletion-cost";
/**
 * The metadata part of `ValidatePodTemplateSpec`: labels and annotations are
 * reported at `spec.template.labels` / `spec.template.annotations` (the
 * embedded ObjectMeta's fields are promoted in the Go field path), and the
 * template's name, namespace and the like are not validated at all.
 */
export function validateTemplateMetadata(report, template, podSpec) {
    const meta = asObject(template.metadata) ?? {};
    const base = FieldPath.root("spec", "template");
    const writtenMeta = ["spec", "template", "metadata"];
    checkLabels(report, base.child("labels"), meta.labels, [...writtenMeta, "labels"]);
    const annotationsPath = base.child("annotations");
    checkAnnotations(report, annotationsPath, meta.annotations, [...writtenMeta, "annotations"]);
    validatePodSpecificAnnotations(report, annotationsPath, meta.annotations, podSpec, [...writtenMeta, "annotations"]);
}
/** `ValidatePodSpecificAnnotations` on the template's annotations. */
function validatePodSpecificAnnotations(report, path, annotations, podSpec, writtenAt) {
    const entries = stringEntries(annotations);
    const at = (key) => [...writtenAt, key];
    for (const [key, value] of entries) {
        if (key === MIRROR_POD_ANNOTATION && stringOf(podSpec.nodeName) === "") {
            report.invalid(path.key(key), {
                message: `annotation ${key} marks a static (mirror) pod, which must set spec.nodeName`,
                fix: `remove the ${key} annotation`,
                at: at(key),
            });
        }
        if (key === TOLERATIONS_ANNOTATION && value !== "" && !isJsonList(value)) {
            report.invalid(path, {
                message: `annotation ${key} must hold a JSON list of tolerations`,
                fix: "use spec.template.spec.tolerations instead",
                at: at(key),
            });
        }
        // `GetDeletionCostFromPodAnnotations`: a 32-bit integer, no leading '+'.
        if (key === POD_DELETION_COST && !isInt32(value)) {
            report.invalid(path.key(key), { message: `annotation ${key} must be a 32-bit integer, got "${value}"`, at: at(key) });
        }
        if (key === SECCOMP_POD_ANNOTATION || key.startsWith(SECCOMP_CONTAINER_ANNOTATION_PREFIX)) {
            const problem = seccompAnnotationProblem(value);
            if (problem)
                report.invalid(path.child(key), { message: `annotation ${key}: ${problem}`, at: at(key) });
        }
        if (key.startsWith(APPARMOR_CONTAINER_ANNOTATION_PREFIX)) {
            const container = key.slice(APPARMOR_CONTAINER_ANNOTATION_PREFIX.length);
            if (!containerNames(podSpec).has(container)) {
                report.invalid(path.key(key), {
                    message: `annotation ${key} names container "${container}", which the pod template does not have`,
                    at: at(key),
                    onKey: true,
                });
            }
            if (value !== "" && appArmorAnnotationType(value) === undefined) {
                report.invalid(path.key(key), {
                    message: `annotation ${key} has invalid AppArmor profile "${value}": use runtime/default, unconfined or localhost/<profile>`,
                    fix: "set securityContext.appArmorProfile instead of the deprecated annotation",
                    at: at(key),
                });
            }
        }
    }
}
function isJsonList(text) {
    try {
        return Array.isArray(JSON.parse(text));
    }
    catch {
        return false;
    }
}
function isInt32(text) {
    if (!/^-?[0-9]+$/.test(text))
        return false;
    const n = Number(text);
    return n >= -(2 ** 31) && n <= 2 ** 31 - 1;
}
/** `ValidateSeccompProfile` for the deprecated annotations. */
function seccompAnnotationProblem(profile) {
    const type = seccompAnnotationType(profile);
    if (type === undefined)
        return `"${profile}" is not a valid seccomp profile (runtime/default, unconfined or localhost/<file>)`;
    if (type !== "Localhost")
        return undefined;
    const file = profile.slice(LOCALHOST_PROFILE_PREFIX.length);
    if (file.startsWith("/"))
        return `localhost profile "${file}" must be a relative path`;
    if (file.split("/").includes(".."))
        return `localhost profile "${file}" must not contain '..'`;
    return undefined;
}
function containerNames(podSpec) {
    return new Set(podContainers(podSpec, []).map((c) => c.name));
}
