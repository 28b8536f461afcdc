/**
 * What a pod asks of its node: the effective resource requests the scheduler
 * uses (k8s.io/component-helpers resource/helpers.go `PodRequests`) and the
 * host ports it binds (pkg/scheduler/util/utils.go `GetHostPorts`, with the
 * conflict rule of framework/types.go `HostPortInfo.CheckConflict`).
 */
import { isSidecar, podContainers } from "./pod-walk.js";
import { parseQuantity, toMilli } from "./quantity.js";
import { isRecord } from "../values.js";
/** A quantity in the scheduler's unit for that resource. */
export function schedulerAmount(resource, quantity) {
    if (resource === "cpu")
        return toMilli(quantity);
    if (Number.isInteger(quantity))
        return quantity;
    return Math.ceil(Math.round(quantity * 1e3) / 1e3);
}
/**
 * The resources NodeResourcesFit compares: cpu, memory, ephemeral-storage and
 * the scalar resources (extended, hugepages-*, attachable-volumes-*, and
 * prefixed native resources; `schedutil.IsScalarResourceName`).
 */
export function isSchedulerResource(resource) {
    return (resource === "cpu" ||
        resource === "memory" ||
        resource === "ephemeral-storage" ||
        resource.includes("/") ||
        resource.startsWith("hugepages-") ||
        resource.startsWith("attachable-volumes-"));
}
function records(value) {
    return Array.isArray(value) ? value.filter(isRecord) : [];
}
/**
 * A parsed resource list (`requests`, `limits`, `allocatable`, `overhead`) in
 * scheduler units. Unparsable quantities are reported through `onInvalid` and
 * left out, because the API server would not have decoded them.
 */
export function resourceAmounts(list, onInvalid) {
    const amounts = new Map();
    if (!isRecord(list))
        return amounts;
    for (const [resource, raw] of Object.entries(list)) {
        const quantity = parseQuantity(raw);
        if (quantity === undefined)
            onInvalid?.(resource, raw);
        else
            amounts.set(resource, schedulerAmount(resource, quantity));
    }
    return amounts;
}
function add(into, amounts) {
    for (const [resource, amount] of amounts)
        into.set(resource, (into.get(resource) ?? 0) + amount);
}
function maxInto(into, amounts) {
    for (const [resource, amount] of amounts)
        if (amount > (into.get(resource) ?? 0))
            into.set(resource, amount);
}
/**
 * `SetDefaults_Pod` (pkg/apis/core/v1/defaults.go): a container's limit
 * becomes its request for every resource it sets no request for. Works on
 * any form of resource list: parsed amounts here, the entries as written in
 * rules that only ask whether a request is there.
 */
export function requestsDefaultedFromLimits(requests, limits) {
    const defaulted = new Map(requests);
    for (const [resource, amount] of limits)
        if (!defaulted.has(resource))
            defaulted.set(resource, amount);
    return defaulted;
}
function containerRequests(container, options) {
    const resources = isRecord(container.resources) ? container.resources : {};
    const requests = resourceAmounts(resources.requests);
    return options.defaultRequestsFromLimits ? requestsDefaultedFromLimits(requests, resourceAmounts(resources.limits)) : requests;
}
/** Resources that `spec.resources` may set at pod level (`IsSupportedPodLevelResource`). */
function isPodLevelResource(resource) {
    return resource === "cpu" || resource === "memory" || resource.startsWith("hugepages-");
}
/**
 * `AggregateContainerRequests`: the larger of the app containers plus every
 * sidecar, and the peak of the init phase, where each plain init container
 * runs beside the sidecars started before it.
 */
function aggregateContainerRequests(spec, options) {
    const total = new Map();
    for (const container of records(spec.containers))
        add(total, containerRequests(container, options));
    const sidecars = new Map();
    const initPeak = new Map();
    for (const container of records(spec.initContainers)) {
        const requests = containerRequests(container, options);
        if (isSidecar(container)) {
            add(total, requests);
            add(sidecars, requests);
            maxInto(initPeak, sidecars);
        }
        else {
            const usage = new Map(requests);
            add(usage, sidecars);
            maxInto(initPeak, usage);
        }
    }
    maxInto(total, initPeak);
    return total;
}
/**
 * `PodRequests`: the aggregate container requests, replaced per resource by
 * pod-level `spec.resources.requests` (PodLevelResources), plus
 * `spec.overhead`. Limits never count, except through
 * `defaultRequestsFromLimits`.
 */
export function podRequests(podSpec, options = {}) {
    const spec = isRecord(podSpec) ? podSpec : {};
    const requests = aggregateContainerRequests(spec, options);
    const podResources = isRecord(spec.resources) ? spec.resources : undefined;
    if (podResources) {
        const podLevel = resourceAmounts(podResources.requests);
        if (options.defaultRequestsFromLimits) {
            // defaults.go defaultPodRequests: a pod-level limit becomes the pod-level
            // request only for resources no container requests.
            for (const [resource, amount] of resourceAmounts(podResources.limits)) {
                if (!podLevel.has(resource) && !requests.has(resource))
                    podLevel.set(resource, amount);
            }
        }
        for (const [resource, amount] of podLevel)
            if (isPodLevelResource(resource))
                requests.set(resource, amount);
    }
    add(requests, resourceAmounts(spec.overhead));
    return requests;
}
const BIND_ALL = "0.0.0.0";
/** A port number as written: an integer, else 0 (no port). */
export function portValue(value) {
    return typeof value === "number" && Number.isInteger(value) ? value : 0;
}
function stringOr(value, fallback) {
    return typeof value === "string" && value !== "" ? value : fallback;
}
/** A `ports[]` entry bound at `hostPort`, as `HostPortInfo.sanitize` stores it: no hostIP is 0.0.0.0, no protocol is TCP. */
export function sanitizeHostPort(port, hostPort, container) {
    return { hostIP: stringOr(port.hostIP, BIND_ALL), protocol: stringOr(port.protocol, "TCP"), port: hostPort, container };
}
/** The containers that hold host ports: the app containers, then the sidecars (plain init containers have exited). */
export function hostPortContainers(podSpec) {
    return podContainers(podSpec, [], { kinds: ["containers", "initContainers"] }).filter((c) => c.kind === "containers" || c.sidecar);
}
/**
 * The `ports[]` entries of a container with `hostPort > 0`. With
 * `hostNetwork: true` every containerPort is a host port
 * (`SetDefaults_PodSpec` copies it into hostPort).
 */
function containerHostPortEntries(c, hostNetwork) {
    const out = [];
    const ports = Array.isArray(c.container.ports) ? c.container.ports : [];
    ports.forEach((port, index) => {
        if (!isRecord(port))
            return;
        let hostPort = portValue(port.hostPort);
        const written = hostPort > 0;
        if (hostPort === 0 && hostNetwork)
            hostPort = portValue(port.containerPort);
        if (hostPort > 0)
            out.push({ hostPort: sanitizeHostPort(port, hostPort, c.name), container: c, index, written });
    });
    return out;
}
/** The host ports of one container (containerHostPortEntries). */
export function containerHostPorts(c, hostNetwork) {
    return containerHostPortEntries(c, hostNetwork).map((e) => e.hostPort);
}
/** The host ports of a pod with where each is declared: those of its app containers and sidecars. */
export function podHostPortEntries(podSpec) {
    const hostNetwork = isRecord(podSpec) && podSpec.hostNetwork === true;
    return hostPortContainers(podSpec).flatMap((c) => containerHostPortEntries(c, hostNetwork));
}
/** The host ports of a pod: those of its app containers and sidecars. */
export function podHostPorts(podSpec) {
    return podHostPortEntries(podSpec).map((e) => e.hostPort);
}
/**
 * `HostPortInfo.CheckConflict`: same protocol and port, and either side binds
 * 0.0.0.0 or both bind the same IP. TCP and UDP on one port never conflict.
 */
export function hostPortsConflict(wanted, used) {
    if (wanted.port !== used.port || wanted.protocol !== used.protocol)
        return false;
    return wanted.hostIP === BIND_ALL || used.hostIP === BIND_ALL || wanted.hostIP === used.hostIP;
}
/** `9100/TCP`, or `10.0.0.1:9100/TCP` for a port bound to one address. */
export function formatHostPort(port) {
    return port.hostIP === BIND_ALL ? `${port.port}/${port.protocol}` : `${port.hostIP}:${port.port}/${port.protocol}`;
}
const BINARY_UNITS = [
    ["Ei", 2 ** 60],
    ["Pi", 2 ** 50],
    ["Ti", 2 ** 40],
    ["Gi", 2 ** 30],
    ["Mi", 2 ** 20],
    ["Ki", 2 ** 10],
];
const DECIMAL_UNITS = [
    ["P", 1e15],
    ["T", 1e12],
    ["G", 1e9],
    ["M", 1e6],
    ["k", 1e3],
];
/**
 * A scheduler amount as a quantity people read: `250m` or `2` for cpu; for
 * byte resources a short exact `512Mi` or `200M` when there is one, else an
 * approximate `13.6Gi`; plain counts otherwise.
 */
export function formatResourceAmount(resource, amount) {
    if (resource === "cpu")
        return amount % 1000 === 0 ? String(amount / 1000) : `${amount}m`;
    const bytes = resource === "memory" || resource === "ephemeral-storage" || resource.startsWith("hugepages-");
    if (!bytes || amount === 0 || Math.abs(amount) < 1000)
        return String(amount);
    for (const [suffix, size] of [...BINARY_UNITS, ...DECIMAL_UNITS]) {
        // Exact when short (`512Mi`, `200M`); `14226852Ki` reads better as `13.6Gi`.
        if (amount % size === 0 && Math.abs(amount / size) < 10_000)
            return `${amount / size}${suffix}`;
    }
    const [suffix, size] = BINARY_UNITS.find(([, unit]) => Math.abs(amount) >= unit) ?? ["", 1];
    return `${(amount / size).toFixed(1)}${suffix}`;
}
