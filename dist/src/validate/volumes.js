/**
 * Volumes, mounts and devices: `ValidateVolumes`, `validateVolumeSource` and
 * the per-source checks, `ValidateVolumeMounts` and `ValidateVolumeDevices`
 * (pkg/apis/core/validation/validation.go). A volume with any error is not
 * registered, so every mount of it is also NotFound.
 */
import { VOLUME_SOURCES } from "../k8s/defaults.js";
import { describeContainer, describeVolume, podVolumes } from "../k8s/pod-walk.js";
import { labelMapProblems } from "../k8s/labelselector.js";
import { dns1123Label, dns1123Subdomain } from "../k8s/syntax.js";
import { VOLUME_FIELD_PATHS, validateObjectFieldSelector, validateResourceFieldSelector } from "./env.js";
import { suggestDnsName } from "./names.js";
import { oneOf } from "./report.js";
import { storedQuantity } from "./resources.js";
import { asBool, asInt, asObject, asString, isBlank, isEmptyList, objectItems, show, stringItems, stringOf } from "./values.js";
/** Names `validateVolumeSource` uses in its "more than 1 volume type" errors (typos included). */
const FORBIDDEN_SOURCE_FIELD = { cephfs: "cephFS", downwardAPI: "downwarAPI" };
/** Names the per-source validators are called with, where they differ from the JSON field. */
const SOURCE_FIELD = { gcePersistentDisk: "persistentDisk" };
/** Required string fields of the sources that have no other checks worth modelling. */
const REQUIRED_STRINGS = {
    gitRepo: ["repository"],
    gcePersistentDisk: ["pdName"],
    awsElasticBlockStore: ["volumeID"],
    nfs: ["server", "path"],
    iscsi: ["targetPortal", "iqn"],
    glusterfs: ["endpoints", "path"],
    persistentVolumeClaim: ["claimName"],
    rbd: ["image"],
    cinder: ["volumeID"],
    quobyte: ["registry", "volume"],
    flexVolume: ["driver"],
    azureFile: ["secretName", "shareName"],
    vsphereVolume: ["volumePath"],
    photonPersistentDisk: ["pdID"],
    portworxVolume: ["volumeID"],
    azureDisk: ["diskName", "diskURI"],
    storageos: ["volumeName"],
    scaleIO: ["gateway", "system", "volumeName"],
    secret: ["secretName"],
    configMap: ["name"],
};
const REQUIRED_LISTS = { rbd: ["monitors"], cephfs: ["monitors"] };
const HOST_PATH_TYPES = ["", "DirectoryOrCreate", "Directory", "FileOrCreate", "File", "Socket", "CharDevice", "BlockDevice"];
const FILE_MODE_MESSAGE = "must be a number between 0 and 0777 (octal), both inclusive";
/** `validatePathNoBacksteps`. */
export function hasBacksteps(path) {
    return path.replace(/\\/g, "/").split("/").includes("..");
}
/** `validateLocalDescendingPath`: relative, without `..` elements. */
function localDescendingPathProblems(path) {
    const problems = [];
    if (path.startsWith("/"))
        problems.push("must be a relative path");
    if (hasBacksteps(path))
        problems.push("must not contain '..'");
    return problems;
}
/** `ValidateLocalNonReservedPath`: also must not start with `..`. */
function localNonReservedPathProblems(path) {
    const problems = localDescendingPathProblems(path);
    if (path.startsWith("..") && !path.startsWith("../"))
        problems.push("must not start with '..'");
    return problems;
}
function checkMode(r, owner, key, path, what) {
    const mode = asInt(owner[key]);
    if (mode === undefined || (mode >= 0 && mode <= 0o777))
        return;
    // 644 written without the leading zero is read as decimal.
    const octalDigits = /^[0-7]{3}$/.test(String(mode));
    r.invalid(path.child(key), {
        message: `${what} ${key} ${mode} is invalid: ${FILE_MODE_MESSAGE}${octalDigits ? `; ${mode} was read as a decimal number` : ""}`,
        fix: octalDigits ? `write 0${mode} (octal, with the leading zero) or ${parseInt(String(mode), 8)} (decimal)` : "use an octal mode such as 0644",
    });
}
/** `validateKeyToPath`. */
function checkKeyToPath(r, item, path, what) {
    if (isBlank(item.key))
        r.required(path.child("key"), { message: `${what}: item has no key` });
    if (isBlank(item.path))
        r.required(path.child("path"), { message: `${what}: item has no path` });
    const target = stringOf(item.path);
    for (const msg of localNonReservedPathProblems(target)) {
        r.invalid(path.child("path"), { message: `${what}: item path "${target}" ${msg}` });
    }
    checkMode(r, item, "mode", path, what);
}
/** `validateDownwardAPIVolumeFile`: errors use the source's path, not the item's index. */
function checkDownwardApiFile(r, item, path, itemAt, what) {
    const at = (key) => (key ? [...itemAt, key] : itemAt);
    if (isBlank(item.path))
        r.required(path.child("path"), { message: `${what}: item has no path`, at: at("path") });
    for (const msg of localNonReservedPathProblems(stringOf(item.path))) {
        r.invalid(path.child("path"), { message: `${what}: item path "${stringOf(item.path)}" ${msg}`, at: at("path") });
    }
    const fieldRef = asObject(item.fieldRef);
    const resourceRef = asObject(item.resourceFieldRef);
    if (fieldRef) {
        validateObjectFieldSelector(r, fieldRef, VOLUME_FIELD_PATHS, path.child("fieldRef"), [...itemAt, "fieldRef"]);
        if (resourceRef) {
            r.invalid(path, { message: `${what}: an item may not set both fieldRef and resourceFieldRef`, at: at() });
        }
    }
    else if (resourceRef) {
        validateResourceFieldSelector(r, resourceRef, path.child("resourceFieldRef"), true, [...itemAt, "resourceFieldRef"]);
    }
    else {
        r.required(path, { message: `${what}: item must set fieldRef or resourceFieldRef`, at: at() });
    }
    checkMode(r, item, "mode", path, what);
}
function checkRequiredFields(r, source, body, path, what, written) {
    for (const key of REQUIRED_STRINGS[source] ?? []) {
        if (isBlank(body[key]))
            r.required(path.child(key), { message: `${what} has no ${key}`, at: [...written, key] });
    }
    for (const key of REQUIRED_LISTS[source] ?? []) {
        if (isEmptyList(body[key]))
            r.required(path.child(key), { message: `${what} lists no ${key}`, at: [...written, key] });
    }
}
/** `validateVolumeSource` for the one source that counts (the first one set). */
function checkSource(r, source, body, volumePath, volumeName) {
    const what = `${source} volume "${volumeName}"`;
    const path = volumePath.child(SOURCE_FIELD[source] ?? source);
    checkRequiredFields(r, source, body, path, what, [...volumePath.segments, source]);
    switch (source) {
        case "emptyDir": {
            const limit = storedQuantity(body.sizeLimit);
            if (limit !== undefined && limit < 0) {
                r.forbidden(path.child("sizeLimit"), { message: `${what} has a negative sizeLimit (${show(body.sizeLimit)})` });
            }
            break;
        }
        case "hostPath": {
            if (isBlank(body.path)) {
                r.required(path.child("path"), { message: `${what} has no path`, fix: "set hostPath.path to an absolute path on the node" });
                break;
            }
            const hostPath = stringOf(body.path);
            if (hasBacksteps(hostPath)) {
                r.invalid(path.child("path"), { message: `${what}: path "${hostPath}" must not contain '..'`, fix: "write the resolved path" });
            }
            const type = asString(body.type);
            if (type !== undefined && !HOST_PATH_TYPES.includes(type)) {
                r.notSupported(path.child("type"), {
                    message: `${what}: type "${type}" is not supported; use ${oneOf(HOST_PATH_TYPES.slice(1))} or leave it empty`,
                });
            }
            break;
        }
        case "gitRepo":
            for (const msg of localDescendingPathProblems(stringOf(body.directory))) {
                r.invalid(path.child("directory"), { message: `${what}: directory "${stringOf(body.directory)}" ${msg}` });
            }
            break;
        case "gcePersistentDisk":
        case "awsElasticBlockStore": {
            const partition = asInt(body.partition);
            if (partition !== undefined && (partition < 0 || partition > 255)) {
                r.invalid(path.child("partition"), {
                    message: `${what}: partition ${partition} must be between 0 and 255`,
                    at: [...volumePath.segments, source, "partition"],
                });
            }
            break;
        }
        case "nfs":
            if (!stringOf(body.path).startsWith("/")) {
                r.invalid(path.child("path"), { message: `${what}: path "${stringOf(body.path)}" must be an absolute path` });
            }
            break;
        case "iscsi": {
            const lun = asInt(body.lun) ?? 0;
            if (lun < 0 || lun > 255)
                r.invalid(path.child("lun"), { message: `${what}: lun ${lun} must be between 0 and 255` });
            const iqn = stringOf(body.iqn);
            if (iqn !== "" && !/^(iqn|eui|naa)/.test(iqn)) {
                r.invalid(path.child("iqn"), { message: `${what}: iqn "${iqn}" must start with iqn, eui or naa` });
            }
            break;
        }
        case "flocker": {
            const name = stringOf(body.datasetName);
            const uuid = stringOf(body.datasetUUID);
            if (name === "" && uuid === "")
                r.required(path, { message: `${what} needs datasetName or datasetUUID` });
            if (name !== "" && uuid !== "")
                r.invalid(path, { message: `${what} may not set both datasetName and datasetUUID` });
            if (name.includes("/"))
                r.invalid(path.child("datasetName"), { message: `${what}: datasetName must not contain '/'` });
            break;
        }
        case "fc": {
            const wwns = isEmptyList(body.targetWWNs);
            const wwids = isEmptyList(body.wwids);
            if (wwns && wwids)
                r.required(path.child("targetWWNs"), { message: `${what} needs targetWWNs or wwids` });
            if (!wwns && !wwids)
                r.invalid(path.child("targetWWNs"), { message: `${what} may not set both targetWWNs and wwids` });
            if (!wwns) {
                const lun = asInt(body.lun);
                if (body.lun === undefined || body.lun === null) {
                    r.required(path.child("lun"), { message: `${what} needs lun when targetWWNs is set` });
                }
                else if (lun !== undefined && (lun < 0 || lun > 255)) {
                    r.invalid(path.child("lun"), { message: `${what}: lun ${lun} must be between 0 and 255` });
                }
            }
            break;
        }
        case "flexVolume":
            for (const key of Object.keys(asObject(body.options) ?? {})) {
                const ns = (key.includes("/") ? key.slice(0, key.indexOf("/")) : key).toLowerCase();
                if (`.${ns}`.endsWith(".kubernetes.io") || `.${ns}`.endsWith(".k8s.io")) {
                    r.invalid(path.child("options").key(key), {
                        message: `${what}: option "${key}" uses a reserved kubernetes.io / k8s.io namespace`,
                    });
                }
            }
            break;
        case "secret":
        case "configMap":
            checkMode(r, body, "defaultMode", path, what);
            for (const [i, item] of objectItems(body.items))
                checkKeyToPath(r, item, path.child("items").index(i), what);
            break;
        case "downwardAPI":
            checkMode(r, body, "defaultMode", path, what);
            for (const [i, item] of objectItems(body.items)) {
                checkDownwardApiFile(r, item, path, [...path.segments, "items", i], what);
            }
            break;
        case "projected":
            checkMode(r, body, "defaultMode", path, what);
            checkProjectedSources(r, body, path, what);
            break;
        case "csi":
            checkCsi(r, body, path, what);
            break;
        case "ephemeral":
            checkEphemeral(r, body, path, what);
            break;
        case "image": {
            const policy = asString(body.pullPolicy);
            if (policy !== undefined && policy !== "" && !["Always", "Never", "IfNotPresent"].includes(policy)) {
                r.notSupported(path.child("pullPolicy"), {
                    message: `${what}: pullPolicy "${policy}" is not one of Always, Never or IfNotPresent`,
                });
            }
            break;
        }
        case "azureDisk": {
            const caching = asString(body.cachingMode);
            if (caching !== undefined && !["None", "ReadOnly", "ReadWrite"].includes(caching)) {
                r.notSupported(path.child("cachingMode"), {
                    message: `${what}: cachingMode "${caching}" is not one of None, ReadOnly or ReadWrite`,
                });
            }
            const kind = asString(body.kind);
            if (kind !== undefined && !["Shared", "Dedicated", "Managed"].includes(kind)) {
                r.notSupported(path.child("kind"), { message: `${what}: kind "${kind}" is not one of Shared, Dedicated or Managed` });
            }
            break;
        }
        case "storageos":
            if (typeof body.volumeName === "string" && body.volumeName !== "") {
                for (const msg of dns1123Label(body.volumeName)) {
                    r.invalid(path.child("volumeName"), { message: `${what}: volumeName "${String(body.volumeName)}" ${msg}` });
                }
            }
            break;
    }
}
/** `validateProjectionSources`: one type per source, no duplicate target paths across sources. */
function checkProjectedSources(r, body, path, what) {
    const seenPaths = new Set();
    const claimPath = (target, at) => {
        if (seenPaths.has(target)) {
            r.invalid(path, { message: `${what}: more than one projected source writes "${target}"`, at });
        }
        seenPaths.add(target);
    };
    for (const [i, source] of objectItems(body.sources)) {
        const srcPath = path.child("sources").index(i);
        let count = 0;
        for (const kind of ["secret", "configMap"]) {
            const ref = asObject(source[kind]);
            if (!ref)
                continue;
            count++;
            if (isBlank(ref.name))
                r.required(srcPath.child(kind, "name"), { message: `${what}: projected ${kind} has no name` });
            for (const [k, item] of objectItems(ref.items)) {
                const itemPath = srcPath.child(kind, "items").index(k);
                checkKeyToPath(r, item, itemPath, what);
                const target = stringOf(item.path);
                if (target !== "")
                    claimPath(target, [...itemPath.segments, "path"]);
            }
        }
        const downward = asObject(source.downwardAPI);
        if (downward) {
            count++;
            const projPath = srcPath.child("downwardAPI");
            for (const [k, item] of objectItems(downward.items)) {
                const itemAt = [...projPath.segments, "items", k];
                checkDownwardApiFile(r, item, projPath, itemAt, what);
                const target = stringOf(item.path);
                if (target !== "")
                    claimPath(target, [...itemAt, "path"]);
            }
        }
        const token = asObject(source.serviceAccountToken);
        if (token) {
            count++;
            const tokenPath = srcPath.child("serviceAccountToken");
            const seconds = asInt(token.expirationSeconds);
            if (seconds !== undefined && seconds < 600) {
                r.invalid(tokenPath.child("expirationSeconds"), {
                    message: `${what}: token expirationSeconds ${seconds} is below the 10-minute minimum (600)`,
                });
            }
            if (seconds !== undefined && seconds > 2 ** 32) {
                r.invalid(tokenPath.child("expirationSeconds"), { message: `${what}: token expirationSeconds ${seconds} exceeds 2^32` });
            }
            // Reported on the projected volume's path, not the token's (upstream quirk).
            if (isBlank(token.path)) {
                r.required(path.child("path"), { message: `${what}: serviceAccountToken has no path`, at: tokenPath.segments });
            }
            else {
                for (const msg of localNonReservedPathProblems(stringOf(token.path))) {
                    r.invalid(path.child("path"), {
                        message: `${what}: token path "${stringOf(token.path)}" ${msg}`,
                        at: [...tokenPath.segments, "path"],
                    });
                }
            }
        }
        const bundle = asObject(source.clusterTrustBundle);
        if (bundle) {
            count++;
            const bundlePath = srcPath.child("clusterTrustBundlePEM");
            const at = [...srcPath.segments, "clusterTrustBundle"];
            const hasName = bundle.name !== undefined && bundle.name !== null;
            const hasSigner = bundle.signerName !== undefined && bundle.signerName !== null;
            if (hasName && hasSigner)
                r.invalid(bundlePath, { message: `${what}: clusterTrustBundle may set name or signerName, not both`, at });
            if (!hasName && !hasSigner)
                r.required(bundlePath, { message: `${what}: clusterTrustBundle needs name or signerName`, at });
            if (isBlank(bundle.path)) {
                r.required(bundlePath.child("path"), {
                    message: `${what}: clusterTrustBundle has no path`,
                    at: [...at, "path"],
                });
            }
            const target = stringOf(bundle.path);
            if (target !== "")
                claimPath(target, [...at, "path"]);
        }
        if (count > 1) {
            r.forbidden(srcPath, { message: `${what}: projected source ${i} sets more than one type; use one entry per source` });
        }
    }
}
/** `validateCSIVolumeSource` / `ValidateCSIDriverName`. */
function checkCsi(r, body, path, what) {
    const driver = stringOf(body.driver);
    const driverPath = path.child("driver");
    if (driver === "")
        r.required(driverPath, { message: `${what} has no driver` });
    if (driver.length > 63)
        r.tooLong(driverPath, { message: `${what}: driver name "${driver}" is longer than 63 characters` });
    for (const msg of dns1123Subdomain(driver.toLowerCase())) {
        r.invalid(driverPath, { message: `${what}: driver name "${driver}" is invalid: ${msg}` });
    }
    const secretRef = asObject(body.nodePublishSecretRef);
    if (secretRef) {
        const name = stringOf(secretRef.name);
        if (name === "") {
            r.required(path.child("nodePublishSecretRef", "name"), { message: `${what}: nodePublishSecretRef has no name` });
        }
        else {
            for (const msg of dns1123Subdomain(name)) {
                r.invalid(path.child("name"), {
                    message: `${what}: secret name "${name}" is invalid: ${msg}`,
                    at: [...path.segments, "nodePublishSecretRef", "name"],
                });
            }
        }
    }
}
const ACCESS_MODES = ["ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"];
const TEMPLATE_META_ALLOWED = new Set(["labels", "annotations"]);
/** `validateEphemeralVolumeSource`: the claim template's metadata and the essentials of its spec. */
function checkEphemeral(r, body, path, what) {
    const template = asObject(body.volumeClaimTemplate);
    const templatePath = path.child("volumeClaimTemplate");
    if (!template) {
        if (body.volumeClaimTemplate === undefined || body.volumeClaimTemplate === null) {
            r.required(templatePath, { message: `${what} has no volumeClaimTemplate` });
        }
        return;
    }
    const meta = asObject(template.metadata) ?? {};
    for (const p of labelMapProblems(meta.labels)) {
        r.invalid(templatePath.child("metadata", "labels"), {
            message: `${what}: ${p.detail}`,
            at: [...templatePath.segments, "metadata", "labels", p.key],
            onKey: p.onKey,
        });
    }
    for (const key of Object.keys(meta)) {
        if (!TEMPLATE_META_ALLOWED.has(key) && meta[key] !== null && meta[key] !== "") {
            r.forbidden(templatePath.child("metadata", key), {
                message: `${what}: volumeClaimTemplate.metadata.${key} cannot be set (only labels and annotations)`,
            });
        }
    }
    const spec = asObject(template.spec) ?? {};
    const specPath = templatePath.child("spec");
    const modes = stringItems(spec.accessModes);
    if (isEmptyList(spec.accessModes)) {
        r.required(specPath.child("accessModes"), { message: `${what}: the claim template needs accessModes, e.g. [ReadWriteOnce]` });
    }
    for (const [i, mode] of modes) {
        if (!ACCESS_MODES.includes(mode)) {
            r.notSupported(specPath.child("accessModes"), {
                message: `${what}: access mode "${mode}" is not one of ${oneOf(ACCESS_MODES)}`,
                at: [...specPath.segments, "accessModes", i],
            });
        }
    }
    if (modes.some(([, m]) => m === "ReadWriteOncePod") && modes.some(([, m]) => m !== "ReadWriteOncePod" && ACCESS_MODES.includes(m))) {
        r.forbidden(specPath.child("accessModes"), { message: `${what}: ReadWriteOncePod cannot be combined with other access modes` });
    }
    const requests = asObject(asObject(spec.resources)?.requests) ?? {};
    const storagePath = specPath.child("resources").key("storage");
    const storageAt = [...specPath.segments, "resources", "requests", "storage"];
    if (!Object.prototype.hasOwnProperty.call(requests, "storage")) {
        r.required(storagePath, { message: `${what}: the claim template must request storage (resources.requests.storage)`, at: storageAt });
    }
    else {
        const size = storedQuantity(requests.storage);
        if (size !== undefined && size <= 0) {
            r.invalid(storagePath, { message: `${what}: the storage request must be greater than zero`, at: storageAt });
        }
    }
}
/** `ValidateVolumes`: returns the volumes that passed, by name. */
export function validateVolumes(report, spec, podPath) {
    const registered = new Map();
    const names = new Set();
    for (const v of podVolumes(spec, podPath.segments)) {
        const { volume, index: i, name } = v;
        const path = podPath.child("volumes").index(i);
        const label = describeVolume(v);
        const r = report.fork();
        const sources = VOLUME_SOURCES.filter((s) => asObject(volume[s]));
        sources.forEach((source, k) => {
            if (k === 0) {
                checkSource(r, source, asObject(volume[source]), path, name);
                return;
            }
            r.forbidden(path.child(FORBIDDEN_SOURCE_FIELD[source] ?? source), {
                message: `${label} sets both ${sources[0]} and ${source}; a volume has exactly one source`,
                fix: `split it into two volumes or remove ${source}`,
                at: [...path.segments, source],
            });
        });
        if (sources.length === 0) {
            r.required(path, { message: `${label} has no source (emptyDir, hostPath, configMap, secret, ...)` });
        }
        if (isBlank(volume.name)) {
            r.required(path.child("name"), { message: `volume ${i} has no name` });
        }
        else if (typeof volume.name === "string") {
            const fix = suggestDnsName(name, 63);
            for (const msg of dns1123Label(name)) {
                r.invalid(path.child("name"), { message: `volume name "${name}" is invalid: ${msg}`, ...(fix ? { fix: `use "${fix}"` } : {}) });
            }
        }
        if (typeof volume.name === "string" && names.has(name)) {
            r.duplicate(path.child("name"), { message: `volume name "${name}" is used by more than one volume` });
        }
        if (r.issues.length === 0) {
            names.add(name);
            registered.set(name, volume);
        }
        else {
            report.absorb(r);
        }
    }
    return registered;
}
const MOUNT_PROPAGATIONS = ["Bidirectional", "HostToContainer", "None"];
const RECURSIVE_READ_ONLY = ["Disabled", "IfPossible", "Enabled"];
/** `ValidateVolumeMounts`: several errors are reported without the mount index (upstream quirk). */
export function validateVolumeMounts(ctx, c) {
    const { report } = ctx;
    const { container, kind, field: path } = c;
    const who = describeContainer(c);
    const listPath = path.child("volumeMounts");
    const devices = new Map(objectItems(container.volumeDevices).map(([, d]) => [stringOf(d.name), stringOf(d.devicePath)]));
    const devicePaths = new Set(devices.values());
    const mountPaths = new Set();
    const privileged = asBool(asObject(container.securityContext)?.privileged) === true;
    for (const [i, mount] of objectItems(container.volumeMounts)) {
        const mountPath = listPath.index(i);
        const at = (key) => [...mountPath.segments, key];
        const name = stringOf(mount.name);
        const label = name === "" ? `volumeMount ${i} of ${who}` : `volumeMount "${name}" of ${who}`;
        if (isBlank(mount.name))
            report.required(mountPath.child("name"), { message: `${label} has no volume name` });
        if (typeof mount.name === "string" || isBlank(mount.name)) {
            if (!ctx.volumes.has(name)) {
                const declared = podVolumes(ctx.spec, ctx.path.segments).some((v) => v.name === name);
                report.notFound(mountPath.child("name"), {
                    message: declared
                        ? `${label} uses volume "${name}", which is invalid (see the errors on that volume)`
                        : `${label} uses volume "${name}", which is not defined in spec.template.spec.volumes`,
                    ...(declared || name === "" ? {} : { fix: `add a volume named "${name}" or fix the name` }),
                });
            }
        }
        const target = stringOf(mount.mountPath);
        if (isBlank(mount.mountPath))
            report.required(mountPath.child("mountPath"), { message: `${label} has no mountPath` });
        if (typeof mount.mountPath === "string" || isBlank(mount.mountPath)) {
            if (mountPaths.has(target)) {
                report.invalid(mountPath.child("mountPath"), {
                    message: `${label}: mountPath "${target}" is used by another mount of the same container; mount paths must be unique`,
                });
            }
            mountPaths.add(target);
        }
        if (devices.has(name)) {
            report.invalid(mountPath.child("name"), {
                message: `${label}: volume "${name}" is already used in volumeDevices`,
            });
        }
        if (devicePaths.has(target)) {
            report.invalid(mountPath.child("mountPath"), {
                message: `${label}: "${target}" is already a devicePath in volumeDevices`,
            });
        }
        const subPath = stringOf(mount.subPath);
        if (subPath !== "") {
            for (const msg of localDescendingPathProblems(subPath)) {
                report.invalid(listPath.child("subPath"), { message: `${label}: subPath "${subPath}" ${msg}`, at: at("subPath") });
            }
        }
        const subPathExpr = stringOf(mount.subPathExpr);
        if (subPathExpr !== "") {
            if (subPath !== "") {
                report.invalid(mountPath.child("subPathExpr"), {
                    message: `${label} sets both subPath and subPathExpr; they are mutually exclusive`,
                });
            }
            for (const msg of localDescendingPathProblems(subPathExpr)) {
                report.invalid(listPath.child("subPathExpr"), { message: `${label}: subPathExpr "${subPathExpr}" ${msg}`, at: at("subPathExpr") });
            }
        }
        const propagation = asString(mount.mountPropagation);
        if (propagation !== undefined) {
            if (!MOUNT_PROPAGATIONS.includes(propagation)) {
                report.notSupported(listPath.child("mountPropagation"), {
                    message: `${label}: mountPropagation "${propagation}" is not one of ${oneOf(MOUNT_PROPAGATIONS)}`,
                    at: at("mountPropagation"),
                });
            }
            if (propagation === "Bidirectional" && !privileged && kind !== "ephemeralContainers") {
                report.forbidden(listPath.child("mountPropagation"), {
                    message: `${label}: Bidirectional mount propagation needs a privileged container`,
                    fix: "set securityContext.privileged: true on this container, or use HostToContainer",
                    at: at("mountPropagation"),
                });
            }
        }
        const rro = asString(mount.recursiveReadOnly);
        if (rro !== undefined && report.profile.recursiveReadOnlyMounts) {
            if (rro === "Enabled" || rro === "IfPossible") {
                if (asBool(mount.readOnly) !== true) {
                    report.forbidden(listPath.child("recursiveReadOnly"), {
                        message: `${label}: recursiveReadOnly ${rro} needs readOnly: true`,
                        at: at("recursiveReadOnly"),
                    });
                }
                if (propagation !== undefined && propagation !== "None") {
                    report.forbidden(listPath.child("recursiveReadOnly"), {
                        message: `${label}: recursiveReadOnly ${rro} needs mountPropagation None or unset`,
                        at: at("recursiveReadOnly"),
                    });
                }
            }
            else if (rro !== "Disabled") {
                report.notSupported(listPath.child("recursiveReadOnly"), {
                    message: `${label}: recursiveReadOnly "${rro}" is not one of ${oneOf(RECURSIVE_READ_ONLY)}`,
                    at: at("recursiveReadOnly"),
                });
            }
        }
    }
}
/** `ValidateVolumeDevices`: block devices must come from PVC-backed volumes. */
export function validateVolumeDevices(ctx, c) {
    const { report } = ctx;
    const { container, field: path } = c;
    const who = describeContainer(c);
    const mounts = new Map(objectItems(container.volumeMounts).map(([, m]) => [stringOf(m.name), stringOf(m.mountPath)]));
    const mountPaths = new Set(mounts.values());
    const seenNames = new Set();
    const seenPaths = new Set();
    for (const [i, device] of objectItems(container.volumeDevices)) {
        const devPath = path.child("volumeDevices").index(i);
        const name = stringOf(device.name);
        const target = stringOf(device.devicePath);
        const label = `volumeDevice "${name}" of ${who}`;
        const volume = ctx.volumes.get(name);
        if (name === "")
            report.required(devPath.child("name"), { message: `volumeDevice ${i} of ${who} has no name` });
        if (seenNames.has(name))
            report.invalid(devPath.child("name"), { message: `${label} is listed twice` });
        if (volume && !asObject(volume.persistentVolumeClaim) && !asObject(volume.ephemeral)) {
            report.invalid(devPath.child("name"), { message: `${label}: block devices need a persistentVolumeClaim or ephemeral volume` });
        }
        if (!volume) {
            report.notFound(devPath.child("name"), {
                message: `${label} uses a volume that is not defined (or is invalid) in spec.template.spec.volumes`,
            });
        }
        if (target === "")
            report.required(devPath.child("devicePath"), { message: `${label} has no devicePath` });
        if (seenPaths.has(target))
            report.invalid(devPath.child("devicePath"), { message: `${label}: devicePath "${target}" is used twice` });
        if (target !== "" && hasBacksteps(target)) {
            report.invalid(devPath.child("devicePath"), { message: `${label}: devicePath "${target}" must not contain '..'` });
        }
        else {
            seenPaths.add(target);
        }
        if (mounts.has(name))
            report.invalid(devPath.child("name"), { message: `${label}: volume "${name}" is already used in volumeMounts` });
        if (mountPaths.has(target)) {
            report.invalid(devPath.child("devicePath"), {
                message: `${label}: "${target}" is already a mountPath in volumeMounts`,
            });
        }
        if (name !== "")
            seenNames.add(name);
    }
}
