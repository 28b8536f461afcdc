/**
 * `ValidateDaemonSet` / `ValidateDaemonSetSpec` / `ValidateDaemonSetUpdateStrategy`
 * / `ValidateRollingUpdateDaemonSet` (pkg/apis/apps/validation/validation.go)
 * on a defaulted DaemonSet, and `ValidatePodTemplateSpec` for its template.
 */
import { intOrPercentValue, isPercent } from "../k8s/intstr.js";
import { labelSelectorAsSelector, matches, selectorToString, unmetRequirements, validateLabelSelector, } from "../k8s/labelselector.js";
import { validateDaemonSetMetadata, validateTemplateMetadata } from "./objectmeta.js";
import { validatePodSpec } from "./podspec.js";
import { FieldPath } from "./report.js";
import { asInt, asObject, listLength, objectOrEmpty, show, stringEntries } from "./values.js";
export function validateDaemonSetObject(report, ds) {
    validateDaemonSetMetadata(report, ds.metadata);
    validateDaemonSetSpec(report, objectOrEmpty(ds.spec));
}
function validateDaemonSetSpec(report, spec) {
    const specPath = FieldPath.root("spec");
    const template = objectOrEmpty(spec.template);
    const templateMeta = objectOrEmpty(template.metadata);
    const podSpec = objectOrEmpty(template.spec);
    validateSelector(report, spec.selector, templateMeta.labels);
    validateTemplateMetadata(report, template, podSpec);
    validatePodSpec(report, podSpec, templateMeta.annotations);
    if (listLength(podSpec.ephemeralContainers) > 0) {
        report.forbidden(specPath.child("template", "spec", "ephemeralContainers"), {
            message: "a pod template cannot have ephemeral containers; they are added to running pods with kubectl debug",
            fix: "remove ephemeralContainers",
        });
    }
    const restartPolicy = podSpec.restartPolicy;
    if (typeof restartPolicy === "string" && restartPolicy !== "Always") {
        report.notSupported(specPath.child("template", "spec", "restartPolicy"), {
            message: `DaemonSet pods must use restartPolicy Always, not "${restartPolicy}": a DaemonSet keeps its pods running`,
            fix: "remove restartPolicy (it defaults to Always)",
        });
    }
    if (asInt(podSpec.activeDeadlineSeconds) !== undefined) {
        report.forbidden(specPath.child("template", "spec", "activeDeadlineSeconds"), {
            message: "DaemonSet pods cannot set activeDeadlineSeconds: the pods are meant to run indefinitely",
            fix: "remove activeDeadlineSeconds",
        });
    }
    const minReady = asInt(spec.minReadySeconds);
    if (minReady !== undefined && minReady < 0) {
        report.invalid(specPath.child("minReadySeconds"), { message: `minReadySeconds must not be negative (got ${minReady})` });
    }
    validateUpdateStrategy(report, objectOrEmpty(spec.updateStrategy));
    const history = asInt(spec.revisionHistoryLimit);
    if (history !== undefined && history < 0) {
        report.invalid(specPath.child("revisionHistoryLimit"), {
            message: `revisionHistoryLimit must not be negative (got ${history}); 0 keeps no old revisions`,
        });
    }
}
function renderLabels(labels) {
    const entries = stringEntries(labels);
    return entries.length === 0 ? "" : entries.map(([k, v]) => `${k}: ${v}`).join(", ");
}
/** A matchLabels suggestion built from the template labels. */
function selectorFix(templateLabels) {
    const labels = renderLabels(templateLabels);
    return labels === ""
        ? "add labels to spec.template.metadata.labels and the same pairs to spec.selector.matchLabels"
        : `set spec.selector.matchLabels to {${labels}}`;
}
function describeRequirement(r) {
    return selectorToString({ kind: "requirements", requirements: [r] });
}
/**
 * The selector's syntax, whether it matches the template labels (only when it
 * converts), and the DaemonSet-specific ban on the empty selector.
 */
function validateSelector(report, selector, templateLabels) {
    const selectorPath = FieldPath.root("spec", "selector");
    for (const p of validateLabelSelector(selector)) {
        const field = p.field.reduce((acc, seg) => (typeof seg === "number" ? acc.index(seg) : acc.child(seg)), selectorPath);
        report.add(p.type, field, {
            message: `spec.selector: ${p.detail}`,
            at: [...selectorPath.segments, ...p.at],
            ...(p.onKey ? { onKey: true } : {}),
        });
    }
    const labelsPath = FieldPath.root("spec", "template", "metadata", "labels");
    const conversion = labelSelectorAsSelector(selector);
    if (conversion.ok && !matches(conversion.selector, templateLabels)) {
        const sel = conversion.selector;
        if (sel.kind === "nothing") {
            report.invalid(labelsPath, {
                ruleId: "selector-mismatch",
                message: "spec.selector is missing, so the DaemonSet selects no pods; apps/v1 requires a selector that matches spec.template.metadata.labels",
                fix: selectorFix(templateLabels),
                at: ["spec", "selector"],
            });
        }
        else {
            const labels = Object.fromEntries(stringEntries(templateLabels));
            const unmet = unmetRequirements(sel, labels);
            const has = [...new Set(unmet.map((r) => r.key))].map((k) => (k in labels ? `${k}=${labels[k]}` : `no ${k} label`));
            report.invalid(labelsPath, {
                ruleId: "selector-mismatch",
                message: `spec.selector does not match the template labels: the selector requires ${unmet.map(describeRequirement).join(", ")}, the template has ${has.join(", ")}`,
                fix: "make spec.template.metadata.labels carry every label spec.selector requires (the selector cannot be changed after creation)",
            });
        }
    }
    const selectorObj = asObject(selector);
    const written = selectorObj ? listLength(selectorObj.matchExpressions) + Object.keys(objectOrEmpty(selectorObj.matchLabels)).length : 0;
    if (selectorObj && written === 0) {
        report.invalid(selectorPath, {
            ruleId: "selector-mismatch",
            message: "spec.selector is empty, which would select every pod in the namespace; a DaemonSet needs a selector that matches its template labels",
            fix: selectorFix(templateLabels),
        });
    }
}
/** `ValidatePositiveIntOrPercent` and `IsNotMoreThan100Percent` for one field. */
function checkIntOrPercent(report, value, path, name) {
    if (typeof value === "string") {
        if (!isPercent(value)) {
            const asNumber = /^[0-9]+$/.test(value);
            report.invalid(path, {
                message: `${name} ${show(value)} is neither an integer nor a percentage like "25%"`,
                fix: asNumber ? `write ${value} (a number, without quotes) or "${value}%"` : `use an integer or a percentage such as "10%"`,
            });
        }
        else if (Number(value.slice(0, -1)) > 100) {
            report.invalid(path, { message: `${name} ${value} is more than 100%` });
        }
    }
    else if (typeof value === "number" && value < 0) {
        report.invalid(path, { message: `${name} must not be negative (got ${value})` });
    }
}
/** `ValidateDaemonSetUpdateStrategy`; runs on the defaulted strategy (maxUnavailable 1, maxSurge 0). */
function validateUpdateStrategy(report, strategy) {
    const path = FieldPath.root("spec", "updateStrategy");
    const type = strategy.type;
    if (type === "OnDelete")
        return;
    if (type !== "RollingUpdate") {
        report.notSupported(path, {
            message: `updateStrategy type ${show(type)} is not supported; use RollingUpdate or OnDelete`,
            at: [...path.segments, "type"],
        });
        return;
    }
    const rolling = asObject(strategy.rollingUpdate);
    const rollingPath = path.child("rollingUpdate");
    if (!rolling) {
        report.required(rollingPath, { message: "updateStrategy.rollingUpdate is required for RollingUpdate" });
        return;
    }
    const unavailablePath = rollingPath.child("maxUnavailable");
    const surgePath = rollingPath.child("maxSurge");
    checkIntOrPercent(report, rolling.maxUnavailable, unavailablePath, "maxUnavailable");
    checkIntOrPercent(report, rolling.maxSurge, surgePath, "maxSurge");
    const hasUnavailable = intOrPercentValue(rolling.maxUnavailable) !== 0;
    const hasSurge = intOrPercentValue(rolling.maxSurge) !== 0;
    const explicitUnavailable = report.wasWritten(unavailablePath.segments);
    if (hasUnavailable && hasSurge) {
        report.invalid(surgePath, {
            message: `maxSurge ${show(rolling.maxSurge)} cannot be combined with a non-zero maxUnavailable (${show(rolling.maxUnavailable)}${explicitUnavailable ? "" : ", the default"}): a DaemonSet rollout either surges or takes pods down`,
            fix: "set maxUnavailable: 0 to surge, or remove maxSurge",
        });
    }
    else if (!hasUnavailable && !hasSurge) {
        report.required(unavailablePath, {
            message: "maxUnavailable and maxSurge are both zero, so the rollout could never replace a pod",
            fix: "set maxUnavailable to at least 1 (or maxSurge to at least 1)",
        });
    }
}
