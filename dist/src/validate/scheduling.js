/**
 * Scheduling constraints: `ValidateTolerations`, the node selector,
 * `validateAffinity` (node affinity, pod affinity and anti-affinity) and
 * `validateTopologySpreadConstraints` (pkg/apis/core/validation/validation.go).
 */
import { labelKeyProblems, validateLabelSelector } from "../k8s/labelselector.js";
import { dns1123Label, dns1123Subdomain, labelValue } from "../k8s/syntax.js";
import { checkLabels } from "./names.js";
import { oneOf } from "./report.js";
import { asInt, asObject, asString, isSet, listLength, objectItems, stringItems, stringOf } from "./values.js";
const TAINT_EFFECTS = ["NoSchedule", "PreferNoSchedule", "NoExecute"];
/** `ValidateTolerations`. A bad Equal value is reported on `operator` (upstream quirk). */
export function validateTolerations(ctx) {
    const { report, spec } = ctx;
    for (const [i, toleration] of objectItems(spec.tolerations)) {
        const path = ctx.path.child("tolerations").index(i);
        const key = stringOf(toleration.key);
        const operator = stringOf(toleration.operator);
        const value = stringOf(toleration.value);
        const effect = stringOf(toleration.effect);
        const label = key === "" ? `toleration ${i}` : `toleration "${key}"`;
        if (key !== "") {
            for (const msg of labelKeyProblems(key)) {
                report.invalid(path.child("key"), { message: `${label}: key "${key}" is invalid: ${msg}` });
            }
        }
        if (key === "" && operator !== "Exists") {
            report.invalid(path.child("operator"), {
                message: `${label} has no key, so it must use operator Exists (which tolerates every taint)`,
                fix: "set a key, or use operator: Exists",
                at: [...path.segments, isSet(toleration, "operator") ? "operator" : "key"],
            });
        }
        if (isSet(toleration, "tolerationSeconds") && effect !== "NoExecute") {
            report.invalid(path.child("effect"), {
                message: `${label} sets tolerationSeconds, which only applies to effect NoExecute (effect is ${effect === "" ? "empty" : `"${effect}"`})`,
                fix: "set effect: NoExecute or remove tolerationSeconds",
            });
        }
        switch (operator) {
            case "":
            case "Equal":
                for (const msg of labelValue(value)) {
                    report.invalid(path.child("operator"), {
                        message: `${label}: value "${value}" is not a valid taint value: ${msg}`,
                        at: [...path.segments, "value"],
                    });
                }
                break;
            case "Exists":
                if (value !== "") {
                    report.invalid(path.child("operator"), {
                        message: `${label} uses operator Exists but also sets value "${value}"; Exists matches any value`,
                        fix: "remove value, or use operator: Equal",
                        at: [...path.segments, "value"],
                    });
                }
                break;
            default:
                report.notSupported(path.child("operator"), {
                    message: operator === "Lt" || operator === "Gt"
                        ? `${label} uses operator ${operator}, which needs the alpha TaintTolerationComparisonOperators feature; use Equal or Exists`
                        : `${label} uses operator "${operator}"; use Equal or Exists`,
                });
        }
        if (effect !== "" && !TAINT_EFFECTS.includes(effect)) {
            report.notSupported(path.child("effect"), {
                message: `${label} has effect "${effect}"; use ${oneOf(TAINT_EFFECTS)} or leave it empty for all`,
            });
        }
    }
}
/** `ValidateLabels` on `nodeSelector`. */
export function validateNodeSelector(ctx) {
    const path = ctx.path.child("nodeSelector");
    checkLabels(ctx.report, path, ctx.spec.nodeSelector, path.segments);
}
const NODE_OPERATORS = ["In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"];
/** `ValidateNodeSelectorRequirement`. */
function validateNodeSelectorRequirement(report, req, path, checkValues) {
    const operator = stringOf(req.operator);
    const count = listLength(req.values);
    const key = stringOf(req.key);
    const what = `node affinity expression on "${key}"`;
    switch (operator) {
        case "In":
        case "NotIn":
            if (count === 0)
                report.required(path.child("values"), { message: `${what} uses ${operator} but lists no values` });
            break;
        case "Exists":
        case "DoesNotExist":
            if (count > 0) {
                report.forbidden(path.child("values"), {
                    message: `${what} uses ${operator}, which takes no values`,
                    fix: "remove values",
                });
            }
            break;
        case "Gt":
        case "Lt":
            if (count !== 1) {
                report.required(path.child("values"), {
                    message: `${what} uses ${operator}, which needs exactly one value (an integer)`,
                });
            }
            break;
        default:
            report.invalid(path.child("operator"), {
                message: `${what} has operator "${operator}", which is not one of ${oneOf(NODE_OPERATORS)}`,
            });
    }
    for (const msg of labelKeyProblems(key)) {
        report.invalid(path.child("key"), { message: `node affinity key "${key}" is invalid: ${msg}` });
    }
    if (!checkValues)
        return;
    for (const [i, value] of stringItems(req.values)) {
        for (const msg of labelValue(value)) {
            report.invalid(path.child("values").index(i), {
                message: `node affinity value "${value}" is not a label value, so it can never match: ${msg}`,
            });
        }
    }
}
/** `ValidateNodeFieldSelectorRequirement`: only `metadata.name`, with In/NotIn and one value. */
function validateNodeFieldRequirement(report, req, path) {
    const operator = stringOf(req.operator);
    if (operator === "In" || operator === "NotIn") {
        if (listLength(req.values) !== 1) {
            report.required(path.child("values"), { message: `matchFields with ${operator} needs exactly one value (a node name)` });
        }
    }
    else {
        report.invalid(path.child("operator"), { message: `matchFields operator "${operator}" is not supported; use In or NotIn` });
    }
    const key = stringOf(req.key);
    if (key !== "metadata.name") {
        report.invalid(path.child("key"), {
            message: `matchFields key "${key}" is not supported; the only node field is metadata.name`,
            fix: "use matchExpressions for node labels",
        });
        return;
    }
    for (const [i, value] of stringItems(req.values)) {
        for (const msg of dns1123Subdomain(value)) {
            report.invalid(path.child("values").index(i), { message: `node name "${value}" is invalid: ${msg}` });
        }
    }
}
function validateNodeSelectorTerm(report, term, path, checkValues) {
    for (const [j, req] of objectItems(term.matchExpressions)) {
        validateNodeSelectorRequirement(report, req, path.child("matchExpressions").index(j), checkValues);
    }
    for (const [j, req] of objectItems(term.matchFields)) {
        validateNodeFieldRequirement(report, req, path.child("matchFields").index(j));
    }
}
/** `validateNodeAffinity`. */
function validateNodeAffinity(ctx, affinity, path) {
    const { report } = ctx;
    const checkValues = report.profile.nodeAffinityValuesAreLabelValues;
    const required = asObject(affinity.requiredDuringSchedulingIgnoredDuringExecution);
    if (required) {
        const termsPath = path.child("requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms");
        if (listLength(required.nodeSelectorTerms) === 0) {
            report.required(termsPath, {
                message: "required node affinity has no nodeSelectorTerms, so it matches no node",
                fix: "add at least one term, or remove requiredDuringSchedulingIgnoredDuringExecution",
            });
        }
        for (const [i, term] of objectItems(required.nodeSelectorTerms)) {
            validateNodeSelectorTerm(report, term, termsPath.index(i), checkValues);
        }
    }
    for (const [i, term] of objectItems(affinity.preferredDuringSchedulingIgnoredDuringExecution)) {
        const termPath = path.child("preferredDuringSchedulingIgnoredDuringExecution").index(i);
        const weight = asInt(term.weight) ?? (isSet(term, "weight") ? undefined : 0);
        if (weight !== undefined && (weight <= 0 || weight > 100)) {
            report.invalid(termPath.child("weight"), { message: `preferred node affinity term ${i} has weight ${weight}; it must be 1-100` });
        }
        validateNodeSelectorTerm(report, asObject(term.preference) ?? {}, termPath.child("preference"), checkValues);
    }
}
/** A selector's problems reported under `path`. */
function reportSelector(report, selector, path) {
    for (const p of validateLabelSelector(selector)) {
        const field = p.field.reduce((acc, seg) => (typeof seg === "number" ? acc.index(seg) : acc.child(seg)), path);
        report.add(p.type, field, { message: p.detail, at: [...path.segments, ...p.at], ...(p.onKey ? { onKey: true } : {}) });
    }
}
/** `validateLabelKeys` for matchLabelKeys / mismatchLabelKeys. */
function validateLabelKeyList(report, keys, selector, path) {
    const items = stringItems(keys);
    if (items.length === 0)
        return;
    if (selector === undefined || selector === null) {
        report.forbidden(path, { message: `${path.segments[path.segments.length - 1]} cannot be used without a labelSelector` });
        return;
    }
    for (const [i, key] of items) {
        for (const msg of labelKeyProblems(key))
            report.invalid(path.index(i), { message: `label key "${key}" is invalid: ${msg}` });
    }
}
/** `validatePodAffinityTerm`. */
function validatePodAffinityTerm(report, term, path) {
    reportSelector(report, term.labelSelector, path.child("labelSelector"));
    reportSelector(report, term.namespaceSelector, path.child("namespaceSelector"));
    for (const [i, ns] of stringItems(term.namespaces)) {
        for (const msg of dns1123Label(ns)) {
            report.invalid(path.child("namespace"), { message: `namespace "${ns}" is invalid: ${msg}`, at: [...path.segments, "namespaces", i] });
        }
    }
    validateLabelKeyList(report, term.matchLabelKeys, term.labelSelector, path.child("matchLabelKeys"));
    validateLabelKeyList(report, term.mismatchLabelKeys, term.labelSelector, path.child("mismatchLabelKeys"));
    const mismatch = new Set(stringItems(term.mismatchLabelKeys).map(([, k]) => k));
    for (const [i, key] of stringItems(term.matchLabelKeys)) {
        if (mismatch.has(key)) {
            report.invalid(path.child("matchLabelKeys").index(i), {
                message: `label key "${key}" is in both matchLabelKeys and mismatchLabelKeys`,
            });
        }
    }
    const topologyKey = stringOf(term.topologyKey);
    if (topologyKey === "") {
        report.required(path.child("topologyKey"), {
            message: "pod affinity term has no topologyKey",
            fix: "set topologyKey, e.g. kubernetes.io/hostname",
        });
    }
    for (const msg of labelKeyProblems(topologyKey)) {
        report.invalid(path.child("topologyKey"), { message: `topologyKey "${topologyKey}" is invalid: ${msg}` });
    }
}
function validatePodAffinityKind(report, affinity, path) {
    for (const [i, term] of objectItems(affinity.requiredDuringSchedulingIgnoredDuringExecution)) {
        validatePodAffinityTerm(report, term, path.child("requiredDuringSchedulingIgnoredDuringExecution").index(i));
    }
    for (const [j, weighted] of objectItems(affinity.preferredDuringSchedulingIgnoredDuringExecution)) {
        const termPath = path.child("preferredDuringSchedulingIgnoredDuringExecution").index(j);
        const weight = asInt(weighted.weight) ?? (isSet(weighted, "weight") ? undefined : 0);
        if (weight !== undefined && (weight <= 0 || weight > 100)) {
            report.invalid(termPath.child("weight"), { message: `preferred pod affinity term ${j} has weight ${weight}; it must be 1-100` });
        }
        validatePodAffinityTerm(report, asObject(weighted.podAffinityTerm) ?? {}, termPath.child("podAffinityTerm"));
    }
}
/** `validateAffinity`. */
export function validateAffinity(ctx) {
    const affinity = asObject(ctx.spec.affinity);
    if (!affinity)
        return;
    const path = ctx.path.child("affinity");
    const node = asObject(affinity.nodeAffinity);
    if (node)
        validateNodeAffinity(ctx, node, path.child("nodeAffinity"));
    const pod = asObject(affinity.podAffinity);
    if (pod)
        validatePodAffinityKind(ctx.report, pod, path.child("podAffinity"));
    const anti = asObject(affinity.podAntiAffinity);
    if (anti)
        validatePodAffinityKind(ctx.report, anti, path.child("podAntiAffinity"));
}
const WHEN_UNSATISFIABLE = ["DoNotSchedule", "ScheduleAnyway"];
const INCLUSION_POLICIES = ["Honor", "Ignore"];
/** `validateTopologySpreadConstraints`. */
export function validateTopologySpreadConstraints(ctx) {
    const { report, spec } = ctx;
    const constraints = objectItems(spec.topologySpreadConstraints);
    constraints.forEach(([i, c], position) => {
        const path = ctx.path.child("topologySpreadConstraints").index(i);
        const at = (key) => [...path.segments, key];
        const maxSkew = asInt(c.maxSkew) ?? (isSet(c, "maxSkew") ? undefined : 0);
        if (maxSkew !== undefined && maxSkew <= 0) {
            report.invalid(path.child("maxSkew"), {
                message: `topology spread constraint ${i}: maxSkew must be greater than zero (got ${maxSkew})`,
            });
        }
        const topologyKey = stringOf(c.topologyKey);
        if (topologyKey === "")
            report.required(path.child("topologyKey"), { message: `topology spread constraint ${i} has no topologyKey` });
        const when = stringOf(c.whenUnsatisfiable);
        if (!WHEN_UNSATISFIABLE.includes(when)) {
            report.notSupported(path.child("whenUnsatisfiable"), {
                message: `topology spread constraint ${i}: whenUnsatisfiable "${when}" is not ${oneOf(WHEN_UNSATISFIABLE)}`,
            });
        }
        const repeated = constraints.slice(position + 1).some(([, o]) => stringOf(o.topologyKey) === topologyKey && stringOf(o.whenUnsatisfiable) === when);
        if (repeated) {
            report.duplicate(path.child("{topologyKey, whenUnsatisfiable}"), {
                message: `topology spread constraint ${i} repeats the pair {${topologyKey}, ${when}} of a later constraint`,
                at: at("topologyKey"),
            });
        }
        if (isSet(c, "minDomains")) {
            const minDomains = asInt(c.minDomains);
            if (minDomains !== undefined && minDomains <= 0) {
                report.invalid(path.child("minDomains"), { message: `topology spread constraint ${i}: minDomains must be greater than zero` });
            }
            if (minDomains !== undefined && when !== "DoNotSchedule") {
                report.invalid(path.child("minDomains"), {
                    message: `topology spread constraint ${i}: minDomains needs whenUnsatisfiable: DoNotSchedule`,
                });
            }
        }
        for (const key of ["nodeAffinityPolicy", "nodeTaintsPolicy"]) {
            const policy = asString(c[key]);
            if (policy !== undefined && !INCLUSION_POLICIES.includes(policy)) {
                report.notSupported(path.child(key), { message: `topology spread constraint ${i}: ${key} "${policy}" is not Honor or Ignore` });
            }
        }
        const matchLabelKeys = stringItems(c.matchLabelKeys);
        if (matchLabelKeys.length > 0) {
            const selector = asObject(c.labelSelector);
            const selectorKeys = new Set([
                ...Object.keys(asObject(selector?.matchLabels) ?? {}),
                ...objectItems(selector?.matchExpressions).map(([, e]) => stringOf(e.key)),
            ]);
            if (!selector) {
                report.forbidden(path.child("matchLabelKeys"), {
                    message: `topology spread constraint ${i}: matchLabelKeys cannot be used without a labelSelector`,
                });
            }
            for (const [k, key] of matchLabelKeys) {
                for (const msg of labelKeyProblems(key)) {
                    report.invalid(path.child("matchLabelKeys").index(k), { message: `label key "${key}" is invalid: ${msg}` });
                }
                if (selectorKeys.has(key)) {
                    report.invalid(path.child("matchLabelKeys").index(k), {
                        message: `label key "${key}" is in both matchLabelKeys and labelSelector`,
                    });
                }
            }
        }
        reportSelector(report, c.labelSelector, path.child("labelSelector"));
    });
}
