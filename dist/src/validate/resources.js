/**
 * Resource requirements: `ValidateResourceRequirements`,
 * `validateContainerResourceName` and `ValidateResourceQuantityValue`
 * (pkg/apis/core/validation/validation.go) with the resource-name helpers of
 * pkg/apis/core/helper/helpers.go. Quantities are compared after the
 * milli-unit rounding `SetDefaults_ResourceList` applies.
 */
import { parseQuantity, toMilli } from "../k8s/quantity.js";
import { labelKeyProblems } from "../k8s/labelselector.js";
import { asObject, objectItems, show, stringOf } from "./values.js";
const STANDARD_RESOURCES = new Set([
    "cpu",
    "memory",
    "ephemeral-storage",
    "requests.cpu",
    "requests.memory",
    "requests.ephemeral-storage",
    "limits.cpu",
    "limits.memory",
    "limits.ephemeral-storage",
    "pods",
    "resourcequotas",
    "services",
    "replicationcontrollers",
    "secrets",
    "configmaps",
    "persistentvolumeclaims",
    "storage",
    "requests.storage",
    "services.nodeports",
    "services.loadbalancers",
]);
const INTEGER_RESOURCES = new Set([
    "pods",
    "resourcequotas",
    "services",
    "replicationcontrollers",
    "secrets",
    "configmaps",
    "persistentvolumeclaims",
    "services.nodeports",
    "services.loadbalancers",
]);
const COMMON_MISSPELLINGS = {
    cpus: "cpu",
    core: "cpu",
    cores: "cpu",
    mem: "memory",
    ram: "memory",
    storage: "ephemeral-storage",
    ephemeral_storage: "ephemeral-storage",
    ephemeralstorage: "ephemeral-storage",
    gpu: "nvidia.com/gpu",
};
export const isHugePages = (name) => name.startsWith("hugepages-");
/** `IsNativeResource`: unprefixed, or in the kubernetes.io namespace. */
export const isNativeResource = (name) => !name.includes("/") || name.includes("kubernetes.io/");
/** `IsExtendedResourceName`. */
export function isExtendedResource(name) {
    if (isNativeResource(name) || name.startsWith("requests."))
        return false;
    return labelKeyProblems(`requests.${name}`).length === 0;
}
/** `IsOvercommitAllowed`: extended resources and hugepages must request exactly their limit. */
export const isOvercommitAllowed = (name) => isNativeResource(name) && !isHugePages(name);
const isIntegerResource = (name) => INTEGER_RESOURCES.has(name) || isExtendedResource(name);
const isStandardContainerResource = (name) => name === "cpu" || name === "memory" || name === "ephemeral-storage" || isHugePages(name);
/** A quantity rounded up to milli-units, as stored; undefined for what does not decode. */
export function storedQuantity(value) {
    const parsed = parseQuantity(value);
    return parsed === undefined ? undefined : toMilli(parsed) / 1000;
}
function sameQuantity(a, b) {
    return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-3);
}
/** `validateContainerResourceName`: each failed rule is one error. */
function resourceNameProblems(name) {
    const problems = labelKeyProblems(name).map((m) => `resource name "${name}" is invalid: ${m}`);
    if (!name.includes("/")) {
        if (problems.length === 0 && !STANDARD_RESOURCES.has(name) && !isHugePages(name) && !name.startsWith("requests.hugepages-")) {
            problems.push(`"${name}" is not a standard resource type or fully qualified (domain/name)`);
        }
        if (!isStandardContainerResource(name)) {
            problems.push(`"${name}" is not a resource containers can request (cpu, memory, ephemeral-storage, hugepages-<size>)`);
        }
    }
    else if (!isNativeResource(name) && !isExtendedResource(name)) {
        problems.push(`"${name}" does not follow the extended resource name standard`);
    }
    return problems;
}
/** `ValidateResourceRequirements` for one container (or the pod overhead). */
export function validateResourceRequirements(report, resources, target) {
    const { path, owner } = target;
    const limPath = path.child("limits");
    const reqPath = path.child("requests");
    const limitsAt = target.writtenLimits ?? limPath.segments;
    const limits = asObject(resources.limits) ?? {};
    const requests = asObject(resources.requests) ?? {};
    let cpuOrMemory = false;
    let hugePages = false;
    const checkEntry = (kind, name, raw, listPath, at) => {
        const field = listPath.key(name);
        for (const problem of resourceNameProblems(name)) {
            const fix = COMMON_MISSPELLINGS[name.toLowerCase()];
            report.invalid(field, { message: `${owner}: ${problem}`, at, onKey: true, ...(fix ? { fix: `use "${fix}"` } : {}) });
        }
        const value = storedQuantity(raw);
        if (value === undefined)
            return undefined;
        if (value < 0) {
            report.invalid(field, { message: `${owner} has a negative ${name} ${kind} (${show(raw)})`, at });
        }
        if (isIntegerResource(name) && Math.round(value * 1000) % 1000 !== 0) {
            report.invalid(field, { message: `${owner}: ${name} is counted in whole units, but the ${kind} is ${show(raw)}`, at });
        }
        if (isHugePages(name)) {
            hugePages = true;
            const page = parseQuantity(name.slice("hugepages-".length));
            const divisible = page !== undefined && page > 0 && Number.isInteger(page) && Math.ceil(value) % page === 0;
            if (!divisible) {
                report.invalid(field, { message: `${owner}: ${name} ${kind} ${show(raw)} is not a positive multiple of the page size`, at });
            }
        }
        if (name === "cpu" || name === "memory")
            cpuOrMemory = true;
        return value;
    };
    for (const [name, raw] of Object.entries(limits)) {
        checkEntry("limit", name, raw, limPath, [...limitsAt, name]);
    }
    for (const [name, raw] of Object.entries(requests)) {
        const at = [...reqPath.segments, name];
        const request = checkEntry("request", name, raw, reqPath, at);
        if (request === undefined)
            continue;
        const hasLimit = Object.prototype.hasOwnProperty.call(limits, name);
        const limit = hasLimit ? storedQuantity(limits[name]) : undefined;
        if (hasLimit && limit !== undefined) {
            if (!isOvercommitAllowed(name) && !sameQuantity(request, limit)) {
                report.invalid(reqPath, {
                    message: `${owner} requests ${show(raw)} ${name} but its limit is ${show(limits[name])}: requests of extended resources and hugepages must equal their limits`,
                    fix: `set the ${name} request and limit to the same value`,
                    at,
                });
            }
            else if (request > limit && !sameQuantity(request, limit)) {
                report.invalid(reqPath, {
                    message: `${owner} requests more ${name} (${show(raw)}) than its limit (${show(limits[name])})`,
                    fix: `raise the ${name} limit or lower the request`,
                    at,
                });
            }
        }
        else if (!hasLimit && !isOvercommitAllowed(name)) {
            report.required(limPath, {
                message: `${owner} requests ${name} without a limit: extended resources and hugepages need a limit equal to the request`,
                fix: `add limits.${name}: ${show(raw)}`,
                at: limitsAt.length > 0 && asObject(resources.limits) ? limitsAt : path.segments,
            });
        }
    }
    if (hugePages && !cpuOrMemory) {
        report.forbidden(path, {
            message: `${owner} uses hugepages without a cpu or memory request or limit`,
            fix: "add a memory request and limit",
        });
    }
    validateResourceClaims(report, resources, path, owner, target.claimNames);
}
/** `validateResourceClaimNames`: claims must name entries of `spec.resourceClaims`. */
function validateResourceClaims(report, resources, path, owner, claimNames) {
    if (!claimNames)
        return;
    const seen = new Set();
    for (const [i, claim] of objectItems(resources.claims)) {
        const name = stringOf(claim.name);
        const field = path.child("claims").index(i);
        if (name === "") {
            report.required(field, { message: `${owner}: resources.claims[${i}] has no name` });
            continue;
        }
        if (seen.has(name))
            report.duplicate(field, { message: `${owner} lists resource claim "${name}" twice` });
        seen.add(name);
        if (!claimNames.has(name)) {
            report.notFound(field, {
                message: `${owner} uses resource claim "${name}", which is not in spec.template.spec.resourceClaims`,
            });
        }
    }
}
