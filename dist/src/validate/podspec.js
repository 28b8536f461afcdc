/**
 * `ValidatePodSpec` for a pod template (pkg/apis/core/validation/validation.go):
 * builds the shared context, runs the per-area checks in the order Kubernetes
 * does, and checks the remaining top-level pod fields itself.
 */
import { dns1123Label, dns1123Subdomain } from "../k8s/syntax.js";
import { labelKeyProblems } from "../k8s/labelselector.js";
import { validateContainers, validateEphemeralContainers, validateInitContainers } from "./containers.js";
import { containersOf } from "./pod-context.js";
import { FieldPath, oneOf } from "./report.js";
import { validateResourceRequirements } from "./resources.js";
import { validateAffinity, validateNodeSelector, validateTolerations, validateTopologySpreadConstraints } from "./scheduling.js";
import { validateHostUsers, validateOS, validatePodSecurityContext, validateSecurityAnnotationsMatchFields, validateWindowsHostProcessPod, } from "./security.js";
import { asBool, asInt, asObject, asString, isBlank, isSet, objectItems, stringItems, stringOf } from "./values.js";
import { validateVolumes } from "./volumes.js";
import { builtin } from "../modules.js";
const RESTART_POLICIES = ["Always", "OnFailure", "Never"];
const DNS_POLICIES = ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"];
const PREEMPTION_POLICIES = ["PreemptLowerPriority", "Never"];
/** Validates the defaulted pod spec of `spec.template`. */
export function validatePodSpec(report, spec, templateAnnotations) {
    const path = FieldPath.root("spec", "template", "spec");
    const userNamespaced = report.profile.userNamespaces && asBool(spec.hostUsers) === false;
    const ctx = {
        report,
        spec,
        path,
        volumes: new Map(),
        claimNames: new Set(objectItems(spec.resourceClaims).map(([, c]) => stringOf(c.name)).filter((n) => n !== "")),
        gracePeriod: asInt(spec.terminationGracePeriodSeconds) ?? 30,
        hostUsers: !userNamespaced,
    };
    if (!isSet(spec, "terminationGracePeriodSeconds")) {
        report.required(path.child("terminationGracePeriodSeconds"), { message: "terminationGracePeriodSeconds is required" });
    }
    ctx.volumes = validateVolumes(report, spec, path);
    validateResourceClaims(ctx);
    validateContainers(ctx);
    validateInitContainers(ctx);
    validateEphemeralContainers(ctx);
    validateHostNetworkPorts(ctx);
    checkEnum(report, spec.restartPolicy, path.child("restartPolicy"), "restartPolicy", RESTART_POLICIES);
    checkEnum(report, spec.dnsPolicy, path.child("dnsPolicy"), "dnsPolicy", DNS_POLICIES);
    validateNodeSelector(ctx);
    validatePodSecurityContext(ctx);
    validateAffinity(ctx);
    validateDnsConfig(ctx);
    validateGates(ctx);
    validateTopologySpreadConstraints(ctx);
    validateWindowsHostProcessPod(ctx);
    validateHostUsers(ctx);
    validateNames(ctx);
    validateTolerations(ctx);
    validateHostAliases(ctx);
    if (isSet(spec, "preemptionPolicy")) {
        checkEnum(report, spec.preemptionPolicy, path.child("preemptionPolicy"), "preemptionPolicy", PREEMPTION_POLICIES);
    }
    const overhead = asObject(spec.overhead);
    if (overhead) {
        // `validateOverhead` reuses the resource checks with the overhead as limits.
        validateResourceRequirements(report, { limits: overhead }, {
            path: path.child("overhead"),
            owner: "the pod overhead",
            writtenLimits: path.child("overhead").segments,
        });
    }
    validateOS(ctx);
    validateSecurityAnnotationsMatchFields(ctx, templateAnnotations);
}
/** An enum field that must be set (defaulting fills the usual ones) and one of `allowed`. */
function checkEnum(report, value, path, name, allowed) {
    if (isBlank(value)) {
        report.required(path, { message: `${name} is required` });
    }
    else if (typeof value === "string" && !allowed.includes(value)) {
        const close = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
        report.notSupported(path, {
            message: `${name} "${value}" is not supported; use ${oneOf(allowed)}`,
            ...(close ? { fix: `use "${close}"` } : {}),
        });
    }
}
/** `validatePodHostNetworkDeps`: with hostNetwork, a set hostPort must equal containerPort (regular containers only). */
function validateHostNetworkPorts(ctx) {
    if (asBool(ctx.spec.hostNetwork) !== true)
        return;
    for (const c of containersOf(ctx, ["containers"])) {
        for (const [j, port] of objectItems(c.container.ports)) {
            const hostPort = asInt(port.hostPort);
            const containerPort = asInt(port.containerPort) ?? 0;
            if (hostPort !== undefined && hostPort !== 0 && hostPort !== containerPort) {
                ctx.report.invalid(c.field.child("ports").index(j).child("hostPort"), {
                    message: `hostPort ${hostPort} differs from containerPort ${containerPort}; with hostNetwork: true the container listens on the host directly, so they must match`,
                    fix: `remove hostPort or set it to ${containerPort}`,
                });
            }
        }
    }
}
/** `validatePodResourceClaims`. */
function validateResourceClaims(ctx) {
    const { report, spec } = ctx;
    const seen = new Set();
    for (const [i, claim] of objectItems(spec.resourceClaims)) {
        const path = ctx.path.child("resourceClaims").index(i);
        const name = stringOf(claim.name);
        if (name === "") {
            report.required(path.child("name"), { message: `resource claim ${i} has no name` });
        }
        else if (seen.has(name)) {
            report.duplicate(path.child("name"), { message: `resource claim name "${name}" is used twice` });
        }
        else {
            for (const msg of dns1123Label(name))
                report.invalid(path.child("name"), {
                    message: `resource claim name "${name}" is invalid: ${msg}`,
                });
            seen.add(name);
        }
        const byName = isSet(claim, "resourceClaimName");
        const byTemplate = isSet(claim, "resourceClaimTemplateName");
        if (byName && byTemplate) {
            report.invalid(path, { message: `resource claim "${name}" may set resourceClaimName or resourceClaimTemplateName, not both` });
        }
        if (!byName && !byTemplate) {
            report.invalid(path, { message: `resource claim "${name}" must set resourceClaimName or resourceClaimTemplateName` });
        }
        for (const key of ["resourceClaimName", "resourceClaimTemplateName"]) {
            const value = asString(claim[key]);
            if (value === undefined)
                continue;
            for (const msg of dns1123Subdomain(value))
                report.invalid(path.child(key), { message: `${key} "${value}" is invalid: ${msg}` });
        }
    }
}
const MAX_NAMESERVERS = 3;
const MAX_SEARCHES = 32;
const MAX_SEARCH_CHARS = 2048;
/** `validatePodDNSConfig`. */
function validateDnsConfig(ctx) {
    const { report, spec } = ctx;
    const path = ctx.path.child("dnsConfig");
    const config = asObject(spec.dnsConfig);
    if (spec.dnsPolicy === "None") {
        if (!config) {
            report.required(path, {
                message: "dnsPolicy None needs a dnsConfig with at least one nameserver",
                fix: "add dnsConfig.nameservers, or use dnsPolicy ClusterFirstWithHostNet / ClusterFirst",
                at: [...ctx.path.segments, "dnsPolicy"],
            });
            return;
        }
        if (stringItems(config.nameservers).length === 0) {
            report.required(path.child("nameservers"), { message: "dnsPolicy None needs at least one dnsConfig nameserver" });
            return;
        }
    }
    if (!config)
        return;
    const nameservers = stringItems(config.nameservers);
    if (nameservers.length > MAX_NAMESERVERS) {
        report.invalid(path.child("nameservers"), {
            message: `dnsConfig lists ${nameservers.length} nameservers; at most ${MAX_NAMESERVERS} are allowed`,
        });
    }
    for (const [i, ns] of nameservers) {
        if (!isIPAddress(ns))
            report.invalid(path.child("nameservers").index(i), { message: `nameserver "${ns}" is not a valid IP address` });
    }
    const searches = stringItems(config.searches);
    if (searches.length > MAX_SEARCHES) {
        report.invalid(path.child("searches"), {
            message: `dnsConfig lists ${searches.length} search domains; at most ${MAX_SEARCHES} are allowed`,
        });
    }
    if (searches.map(([, s]) => s).join(" ").length > MAX_SEARCH_CHARS) {
        report.invalid(path.child("searches"), { message: `dnsConfig search domains exceed ${MAX_SEARCH_CHARS} characters in total` });
    }
    const relaxed = report.profile.relaxedDnsSearch;
    for (const [i, search] of searches) {
        if (relaxed && search === ".")
            continue;
        const domain = search.replace(/\.$/, "");
        for (const msg of dns1123Subdomain(relaxed ? domain.replace(/_/g, "a") : domain)) {
            report.invalid(path.child("searches").index(i), { message: `search domain "${search}" is invalid: ${msg}` });
        }
    }
    for (const [i, option] of objectItems(config.options)) {
        if (stringOf(option.name) === "")
            report.required(path.child("options").index(i), { message: `dnsConfig option ${i} has no name` });
    }
}
/** `validateReadinessGates` and `validateSchedulingGates`. */
function validateGates(ctx) {
    const { report, spec } = ctx;
    for (const [i, gate] of objectItems(spec.readinessGates)) {
        const type = stringOf(gate.conditionType);
        for (const msg of labelKeyProblems(type)) {
            report.invalid(ctx.path.child("readinessGates").index(i).child("conditionType"), {
                message: `readiness gate "${type}" is invalid: ${msg}`,
            });
        }
    }
    const seen = new Set();
    for (const [i, gate] of objectItems(spec.schedulingGates)) {
        const name = stringOf(gate.name);
        const path = ctx.path.child("schedulingGates").index(i);
        for (const msg of labelKeyProblems(name))
            report.invalid(path, {
                message: `scheduling gate "${name}" is invalid: ${msg}`,
                at: [...path.segments, "name"],
            });
        if (seen.has(name))
            report.duplicate(path, { message: `scheduling gate "${name}" is listed twice`, at: [...path.segments, "name"] });
        seen.add(name);
    }
}
/** Names and numbers of the pod spec checked in `ValidatePodSpec` itself. */
function validateNames(ctx) {
    const { report, spec, path } = ctx;
    const subdomains = [
        ["serviceAccountName", "service account name"],
        ["nodeName", "nodeName"],
        ["priorityClassName", "priorityClassName"],
    ];
    for (const [key, what] of subdomains) {
        const value = asString(spec[key]);
        if (value === undefined || value === "")
            continue;
        for (const msg of dns1123Subdomain(value))
            report.invalid(path.child(key), { message: `${what} "${value}" is invalid: ${msg}` });
    }
    const runtimeClass = asString(spec.runtimeClassName);
    if (runtimeClass !== undefined) {
        for (const msg of dns1123Subdomain(runtimeClass)) {
            report.invalid(path.child("runtimeClassName"), { message: `runtimeClassName "${runtimeClass}" is invalid: ${msg}` });
        }
    }
    const deadline = asInt(spec.activeDeadlineSeconds);
    if (deadline !== undefined && (deadline < 1 || deadline > 2147483647)) {
        report.invalid(path.child("activeDeadlineSeconds"), { message: `activeDeadlineSeconds ${deadline} must be between 1 and 2147483647` });
    }
    for (const key of ["hostname", "subdomain"]) {
        const value = asString(spec[key]);
        if (value === undefined || value === "")
            continue;
        for (const msg of dns1123Label(value))
            report.invalid(path.child(key), { message: `${key} "${value}" is invalid: ${msg}` });
    }
}
/** `ValidateHostAliases`. */
function validateHostAliases(ctx) {
    for (const [i, alias] of objectItems(ctx.spec.hostAliases)) {
        const path = ctx.path.child("hostAliases").index(i);
        const ip = stringOf(alias.ip);
        if (!isIPAddress(ip))
            ctx.report.invalid(path.child("ip"), { message: `hostAliases[${i}].ip "${ip}" is not a valid IP address` });
        for (const [j, host] of stringItems(alias.hostnames)) {
            for (const msg of dns1123Subdomain(host)) {
                ctx.report.invalid(path.child("hostnames").index(j), { message: `host alias "${host}" is invalid: ${msg}` });
            }
        }
    }
}
/** node:net is loaded only for manifests with IP addresses (DNS nameservers, host aliases). */
function isIPAddress(text) {
    return builtin("node:net").isIP(text) !== 0;
}
