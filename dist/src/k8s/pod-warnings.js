/**
 * The warnings the API server returns for a pod template (what `kubectl apply`
 * prints as "Warning: ..."), transcribed from kubernetes/kubernetes
 * pkg/api/pod/warnings.go `GetWarningsForPodTemplate` / `warningsForPodSpecAndMeta`,
 * pkg/api/node/util.go `GetNodeLabelDeprecatedMessage` and
 * pkg/api/persistentvolumeclaim/util.go `GetWarningsForPersistentVolumeClaimSpec`.
 * Each warning carries its text and the field it is about.
 */
import { APPARMOR_CONTAINER_ANNOTATION_PREFIX, DEPRECATED_POD_ANNOTATIONS, SECCOMP_CONTAINER_ANNOTATION_PREFIX, SECCOMP_POD_ANNOTATION } from "./annotations.js";
import { podContainers } from "./pod-walk.js";
import { parseQuantity, toMilli } from "./quantity.js";
import { labelValue } from "./syntax.js";
import { hasChange } from "./versions.js";
import { nodeLabelDeprecation } from "./wellknown.js";
import { asArray, asObject, asString } from "../values.js";
/** Deprecated volume plugins, in the order warnings.go checks them; `since` when the warning is newer than 1.27. */
const VOLUME_PLUGINS = [
    { field: "photonPersistentDisk", message: "deprecated in v1.11, non-functional in v1.16+" },
    { field: "gitRepo", message: "deprecated in v1.11" },
    { field: "scaleIO", message: "deprecated in v1.16, non-functional in v1.22+" },
    { field: "flocker", message: "deprecated in v1.22, non-functional in v1.25+" },
    { field: "storageos", message: "deprecated in v1.22, non-functional in v1.25+" },
    { field: "quobyte", message: "deprecated in v1.22, non-functional in v1.25+" },
    { field: "glusterfs", message: "deprecated in v1.25, non-functional in v1.26+" },
    { field: "cephfs", message: "deprecated in v1.28, non-functional in v1.31+", since: "cephfsRbdWarnings" },
    { field: "rbd", message: "deprecated in v1.28, non-functional in v1.31+", since: "cephfsRbdWarnings" },
];
const TEMPLATE = ["spec", "template"];
const SPEC = [...TEMPLATE, "spec"];
const ANNOTATIONS = [...TEMPLATE, "metadata", "annotations"];
/** A path as Go's field.Path prints it: `spec.template.spec.volumes[0].gitRepo`, keys in brackets. */
export function fieldPathText(path, keyed = false) {
    let out = "";
    path.forEach((segment, i) => {
        if (typeof segment === "number")
            out += `[${segment}]`;
        else if (keyed && i === path.length - 1)
            out += `[${segment}]`;
        else
            out += out === "" ? segment : `.${segment}`;
    });
    return out;
}
/** Go's %q for the strings these warnings quote. */
function quote(text) {
    return JSON.stringify(text);
}
/** The milli-value of a quantity when it is not a whole number of bytes (`MilliValue() % 1000 != 0`). */
function fractionalMilli(value) {
    const parsed = parseQuantity(value);
    if (parsed === undefined)
        return undefined;
    const milli = toMilli(parsed);
    return milli % 1000 !== 0 ? milli : undefined;
}
function isNull(value) {
    return value === undefined || value === null;
}
/** Every warning the API server of `version` returns for the DaemonSet's pod template, in its order. */
export function podTemplateWarnings(template, version) {
    const warnings = [];
    const add = (kind, path, text, onKey = false) => warnings.push({ kind, path, onKey, message: `${fieldPathText(path, onKey)}: ${text}` });
    const spec = asObject(template.spec) ?? {};
    const annotations = asObject(asObject(template.metadata)?.annotations) ?? {};
    const has = (key) => Object.prototype.hasOwnProperty.call(annotations, key);
    // Deprecated node labels in the node selector, node affinity and topology spread constraints.
    for (const key of Object.keys(asObject(spec.nodeSelector) ?? {})) {
        const msg = nodeLabelDeprecation(key);
        if (msg !== undefined)
            add("node-label", [...SPEC, "nodeSelector", key], msg, true);
    }
    const affinity = asObject(spec.affinity);
    const nodeAffinity = asObject(affinity?.nodeAffinity);
    // pkg/api/node/util.go `GetWarningsForNodeSelectorTerm`: from 1.33 the values of preferred terms must be
    // label values too, as a warning (required terms are rejected by validation instead, kubernetes#128212).
    const termWarnings = (term, at, checkLabelValues) => {
        asArray(asObject(term)?.matchExpressions).forEach((item, i) => {
            const expression = asObject(item);
            const key = asString(expression?.key);
            const msg = key === undefined ? undefined : nodeLabelDeprecation(key);
            if (msg !== undefined) {
                const path = [...at, "matchExpressions", i, "key"];
                warnings.push({ kind: "node-label", path, message: `${fieldPathText(path)}: ${key} is ${msg}` });
            }
            if (!checkLabelValues)
                return;
            asArray(expression?.values).forEach((value, v) => {
                if (typeof value !== "string")
                    return;
                const path = [...at, "matchExpressions", i, "values", v];
                for (const problem of labelValue(value))
                    warnings.push({ kind: "node-label-value", path, message: `${fieldPathText(path)}: ${value} is invalid, ${problem}` });
            });
        });
    };
    const requiredAt = [...SPEC, "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms"];
    asArray(asObject(nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution)?.nodeSelectorTerms).forEach((term, i) => termWarnings(term, [...requiredAt, i], false));
    const preferredValues = hasChange(version, "nodeAffinityValuesAreLabelValues");
    asArray(nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution).forEach((term, i) => termWarnings(asObject(term)?.preference, [...SPEC, "affinity", "nodeAffinity", "preferredDuringSchedulingIgnoredDuringExecution", i, "preference"], preferredValues));
    const nullSelectors = hasChange(version, "nullLabelSelectorWarnings");
    asArray(spec.topologySpreadConstraints).forEach((item, i) => {
        const constraint = asObject(item) ?? {};
        const key = asString(constraint.topologyKey);
        const msg = key === undefined ? undefined : nodeLabelDeprecation(key);
        if (msg !== undefined) {
            const path = [...SPEC, "topologySpreadConstraints", i, "topologyKey"];
            warnings.push({ kind: "node-label", path, message: `${fieldPathText(path)}: ${key} is ${msg}` });
        }
        if (nullSelectors && isNull(constraint.labelSelector)) {
            add("null-label-selector", [...SPEC, "topologySpreadConstraints", i, "labelSelector"], "a null labelSelector results in matching no pod");
        }
    });
    for (const { key, message } of DEPRECATED_POD_ANNOTATIONS)
        if (has(key))
            add("annotation", [...ANNOTATIONS, key], message, true);
    const volumes = asArray(spec.volumes);
    volumes.forEach((item, i) => {
        const volume = asObject(item) ?? {};
        for (const plugin of VOLUME_PLUGINS) {
            if (isNull(volume[plugin.field]) || (plugin.since && !hasChange(version, plugin.since)))
                continue;
            add("volume-plugin", [...SPEC, "volumes", i, plugin.field], plugin.message);
        }
        const claimSpec = asObject(asObject(asObject(volume.ephemeral)?.volumeClaimTemplate)?.spec);
        if (claimSpec) {
            const resources = asObject(claimSpec.resources);
            for (const kind of ["requests", "limits"]) {
                const milli = fractionalMilli(asObject(resources?.[kind])?.storage);
                if (milli === undefined)
                    continue;
                add("ephemeral-storage", [...SPEC, "volumes", i, "ephemeral", "volumeClaimTemplate", "spec", "resources", kind, "storage"], `fractional byte value "${milli}m" is invalid, must be an integer`, true);
            }
        }
    });
    if (hasChange(version, "overlappingVolumePathWarnings"))
        warnings.push(...overlappingVolumePaths(volumes));
    const hostAliases = asArray(spec.hostAliases);
    if (hostAliases.length > 1) {
        const seen = new Set();
        hostAliases.forEach((item, i) => {
            const ip = asString(asObject(item)?.ip) ?? "";
            if (seen.has(ip))
                add("host-alias", [...SPEC, "hostAliases", i, "ip"], `duplicate ip ${quote(ip)}`);
            else
                seen.add(ip);
        });
    }
    const pullSecrets = asArray(spec.imagePullSecrets);
    if (pullSecrets.length > 1) {
        const seen = new Set();
        pullSecrets.forEach((item, i) => {
            const name = asString(asObject(item)?.name) ?? "";
            if (seen.has(name))
                add("image-pull-secret", [...SPEC, "imagePullSecrets", i, "name"], `duplicate name ${quote(name)}`);
            else
                seen.add(name);
        });
    }
    pullSecrets.forEach((item, i) => {
        if ((asString(asObject(item)?.name) ?? "") === "")
            add("image-pull-secret", [...SPEC, "imagePullSecrets", i, "name"], 'invalid empty name ""');
    });
    for (const resource of ["memory", "ephemeral-storage"]) {
        const milli = fractionalMilli(asObject(spec.overhead)?.[resource]);
        if (milli !== undefined)
            add("fractional-bytes", [...SPEC, "overhead", resource], `fractional byte value "${milli}m" is invalid, must be an integer`, true);
    }
    const podSecurity = asObject(spec.securityContext);
    if (isNull(podSecurity?.seccompProfile) && has(SECCOMP_POD_ANNOTATION)) {
        add("seccomp-annotation", [...ANNOTATIONS, SECCOMP_POD_ANNOTATION], 'non-functional in v1.27+; use the "seccompProfile" field instead', true);
    }
    const podAppArmor = !isNull(podSecurity?.appArmorProfile);
    // pods.VisitContainersWithPath: init, regular, then ephemeral containers.
    const containers = podContainers(spec, SPEC);
    for (const c of containers) {
        const security = asObject(c.container.securityContext);
        const seccompKey = SECCOMP_CONTAINER_ANNOTATION_PREFIX + c.name;
        if (isNull(security?.seccompProfile) && has(seccompKey)) {
            add("seccomp-annotation", [...ANNOTATIONS, seccompKey], 'non-functional in v1.27+; use the "seccompProfile" field instead', true);
        }
        const appArmorKey = APPARMOR_CONTAINER_ANNOTATION_PREFIX + c.name;
        // Only with the AppArmorFields feature (on from 1.30).
        if (hasChange(version, "appArmorFields") && !podAppArmor && isNull(security?.appArmorProfile) && has(appArmorKey)) {
            add("apparmor-annotation", [...ANNOTATIONS, appArmorKey], 'deprecated since v1.30; use the "appArmorProfile" field instead', true);
        }
        const resources = asObject(c.container.resources);
        for (const [resource, kind] of [["memory", "limits"], ["memory", "requests"], ["ephemeral-storage", "limits"], ["ephemeral-storage", "requests"]]) {
            const milli = fractionalMilli(asObject(resources?.[kind])?.[resource]);
            if (milli !== undefined)
                add("fractional-bytes", [...c.path, "resources", kind, resource], `fractional byte value "${milli}m" is invalid, must be an integer`, true);
        }
        const env = asArray(c.container.env);
        if (env.length > 1) {
            const names = new Set();
            env.forEach((item, i) => {
                const variable = asObject(item) ?? {};
                const name = asString(variable.name) ?? "";
                if (!names.has(name)) {
                    names.add(name);
                    return;
                }
                // A redefinition that refers to the earlier value ($(X)...) is how one appends to it.
                const value = asString(variable.value) ?? "";
                const ref = `$(${name})`;
                if (!isNull(variable.valueFrom) || value === ref || !value.includes(ref)) {
                    add("env", [...c.path, "env", i], `hides previous definition of ${quote(name)}, which may be dropped when using apply`);
                }
            });
        }
    }
    if (hasChange(version, "containerPortWarnings"))
        warnings.push(...portWarnings(containers));
    if (hasChange(version, "duplicatePortNameWarnings"))
        warnings.push(...duplicatePortNames(containers));
    const grace = spec.terminationGracePeriodSeconds;
    if (typeof grace === "number" && grace < 0)
        add("grace-period", [...SPEC, "terminationGracePeriodSeconds"], "must be >= 0; negative values are invalid and will be treated as 1");
    if (nullSelectors) {
        for (const kind of ["podAffinity", "podAntiAffinity"]) {
            const terms = asObject(affinity?.[kind]);
            const base = [...SPEC, "affinity", kind];
            asArray(terms?.requiredDuringSchedulingIgnoredDuringExecution).forEach((term, i) => {
                if (isNull(asObject(term)?.labelSelector))
                    add("null-label-selector", [...base, "requiredDuringSchedulingIgnoredDuringExecution", i, "labelSelector"], "a null labelSelector results in matching no pod");
            });
            asArray(terms?.preferredDuringSchedulingIgnoredDuringExecution).forEach((term, i) => {
                if (isNull(asObject(asObject(term)?.podAffinityTerm)?.labelSelector)) {
                    add("null-label-selector", [...base, "preferredDuringSchedulingIgnoredDuringExecution", i, "podAffinityTerm", "labelSelector"], "a null labelSelector results in matching no pod");
                }
            });
        }
    }
    return warnings;
}
function portWarnings(containers) {
    const warnings = [];
    const all = new Map();
    for (const c of containers) {
        asArray(c.container.ports).forEach((item, i) => {
            const port = asObject(item) ?? {};
            const path = [...c.path, "ports", i];
            const where = fieldPathText(path);
            const name = asString(port.name) ?? "";
            const containerPort = typeof port.containerPort === "number" ? port.containerPort : 0;
            const hostPort = typeof port.hostPort === "number" ? port.hostPort : 0;
            // Defaulted before warnings are computed (SetDefaults_ContainerPort).
            const protocol = asString(port.protocol) ?? "TCP";
            const hostIP = asString(port.hostIP) ?? "";
            if (hostIP !== "" && hostPort === 0) {
                // Go's %+v of api.ContainerPort.
                warnings.push({ kind: "port", path, message: `${where}: hostIP set without hostPort: {Name:${name} HostPort:${hostPort} ContainerPort:${containerPort} Protocol:${protocol} HostIP:${hostIP}}` });
            }
            const key = `${containerPort}/${protocol}`;
            const others = all.get(key) ?? [];
            for (const other of others) {
                const otherText = fieldPathText(other.path);
                if (hostIP === other.hostIP && hostPort === other.hostPort) {
                    warnings.push({ kind: "port", path, message: `${where}: duplicate port definition with ${otherText}` });
                }
                else if (hostPort === 0 || other.hostPort === 0) {
                    warnings.push({ kind: "port", path, message: `${where}: overlapping port definition with ${otherText}` });
                }
                else if (hostPort === other.hostPort && (hostIP === "") !== (other.hostIP === "")) {
                    warnings.push({ kind: "port", path, message: `${where}: dangerously ambiguous port definition with ${otherText}` });
                }
            }
            all.set(key, [...others, { path, hostIP, hostPort }]);
        });
    }
    return warnings;
}
/**
 * A port name given twice in the pod, in any two containers (init containers
 * included): a Service's targetPort and a probe resolve a name to the first
 * (kubernetes#122170).
 */
function duplicatePortNames(containers) {
    const warnings = [];
    const first = new Map();
    for (const c of containers) {
        asArray(c.container.ports).forEach((item, i) => {
            const name = asString(asObject(item)?.name) ?? "";
            if (name === "")
                return;
            const path = [...c.path, "ports", i];
            const other = first.get(name);
            if (other === undefined)
                first.set(name, fieldPathText(path));
            else
                warnings.push({ kind: "port-name", path, message: `${fieldPathText(path)}: duplicate port name ${quote(name)} with ${other}, services and probes that select ports by name will use ${other}` });
        });
    }
    return warnings;
}
/** warnings.go `checkForOverlap`: the first earlier path equal to, inside or containing `path`. */
function overlapWith(paths, path) {
    for (const item of paths) {
        if (item === "" || path === "")
            return "";
        if (item === path || (item + "/").startsWith(path) || (path + "/").startsWith(item))
            return item;
    }
    return "";
}
/** warnings.go `checkVolumeMappingForOverlap`. */
function mappingOverlaps(paths, message) {
    const out = [];
    const unique = [];
    for (const path of paths) {
        const normalized = path.replace(/\/+$/, "");
        const collision = overlapWith(unique, normalized);
        if (collision !== "")
            out.push(`${message}: ${quote(normalized)} with ${quote(collision)}`);
        if (!unique.includes(normalized))
            unique.push(normalized);
    }
    return out;
}
function itemPaths(items) {
    if (!Array.isArray(items))
        return undefined;
    return items.map((item) => asString(asObject(item)?.path) ?? "");
}
/** warnings.go `warningsForOverlappingVirtualPaths`: the warning names the volume, not a field. */
function overlappingVolumePaths(volumes) {
    const warnings = [];
    volumes.forEach((item, v) => {
        const volume = asObject(item) ?? {};
        const name = quote(asString(volume.name) ?? "");
        const at = [...SPEC, "volumes", v];
        const push = (messages, path) => {
            for (const message of messages)
                warnings.push({ kind: "volume-paths", path, message });
        };
        const configMap = asObject(volume.configMap);
        const configMapItems = itemPaths(configMap?.items);
        if (configMapItems)
            push(mappingOverlaps(configMapItems, `volume ${name} (ConfigMap ${quote(asString(configMap?.name) ?? "")}): overlapping paths`), [...at, "configMap", "items"]);
        const secret = asObject(volume.secret);
        const secretItems = itemPaths(secret?.items);
        if (secretItems)
            push(mappingOverlaps(secretItems, `volume ${name} (Secret ${quote(asString(secret?.secretName) ?? "")}): overlapping paths`), [...at, "secret", "items"]);
        const downwardItems = itemPaths(asObject(volume.downwardAPI)?.items);
        if (downwardItems)
            push(mappingOverlaps(downwardItems, `volume ${name} (DownwardAPI): overlapping paths`), [...at, "downwardAPI", "items"]);
        const projected = asObject(volume.projected);
        if (!projected)
            return;
        // Declared outside the loop in warnings.go: a source that matches no case reuses the previous one's paths.
        let sourcePaths = [];
        let message = "";
        const allPaths = [];
        asArray(projected.sources).forEach((entry, s) => {
            const source = asObject(entry) ?? {};
            const path = [...at, "projected", "sources", s];
            if (Object.values(source).every(isNull)) {
                warnings.push({ kind: "volume-paths", path, message: `volume ${name} (Projected) has no sources provided` });
                return;
            }
            const cm = asObject(source.configMap);
            const sec = asObject(source.secret);
            const dapi = asObject(source.downwardAPI);
            const token = asObject(source.serviceAccountToken);
            const bundle = asObject(source.clusterTrustBundle);
            if (cm && Array.isArray(cm.items)) {
                sourcePaths = itemPaths(cm.items);
                message = `volume ${name} (Projected ConfigMap ${quote(asString(cm.name) ?? "")}): overlapping paths`;
            }
            else if (sec && Array.isArray(sec.items)) {
                sourcePaths = itemPaths(sec.items);
                message = `volume ${name} (Projected Secret ${quote(asString(sec.name) ?? "")}): overlapping paths`;
            }
            else if (dapi && Array.isArray(dapi.items)) {
                sourcePaths = itemPaths(dapi.items);
                message = `volume ${name} (Projected DownwardAPI): overlapping paths`;
            }
            else if (token) {
                sourcePaths = [asString(token.path) ?? ""];
                message = `volume ${name} (Projected ServiceAccountToken): overlapping paths`;
            }
            else if (bundle) {
                sourcePaths = [asString(bundle.path) ?? ""];
                message = `volume ${name} (Projected ClusterTrustBundle ${quote(asString(bundle.name) ?? asString(bundle.signerName) ?? "")}): overlapping paths`;
            }
            if (sourcePaths.length === 0)
                return;
            push(mappingOverlaps(sourcePaths, message), path);
            const unique = [...new Set(sourcePaths)];
            push(mappingOverlaps([...unique, ...allPaths].sort(), message), path);
            for (const p of unique)
                if (!allPaths.includes(p))
                    allPaths.push(p);
        });
    });
    return warnings;
}
