import { defaultedDaemonSet } from "../k8s/defaults.js";
import { apiServerProfile } from "../k8s/versions.js";
import { validateDaemonSetObject } from "./daemonset.js";
import { findDecodeIssues } from "./decode.js";
import { Report } from "./report.js";
import { asObject } from "./values.js";
/**
 * Validates an apps/v1 DaemonSet manifest as the API server does on create.
 * Never throws: wrongly-typed fields read as absent (the schema stage reports
 * them), and an unexpected failure is returned as an InternalError issue.
 */
export function validateDaemonSet(manifest, options = {}) {
    const object = asObject(manifest);
    if (!object)
        return { issues: [], decodeErrors: [] };
    try {
        const profile = apiServerProfile(options.kubernetesVersion);
        const decodeErrors = findDecodeIssues(object, profile.sidecarContainers);
        if (decodeErrors.length > 0)
            return { issues: [], decodeErrors };
        const defaulted = defaultedDaemonSet(object, options);
        const report = new Report(object, profile);
        validateDaemonSetObject(report, defaulted);
        return { issues: report.issues, decodeErrors: [] };
    }
    catch (error) {
        return {
            issues: [
                {
                    ruleId: "api-validation",
                    type: "InternalError",
                    field: "",
                    path: [],
                    message: `dslint could not finish API validation of this DaemonSet: ${error instanceof Error ? error.message : String(error)}`,
                },
            ],
            decodeErrors: [],
        };
    }
}
/** A validation issue as a finding of the pipeline. */
export function issueToProblem(issue) {
    const problem = {
        ruleId: issue.ruleId,
        severity: "error",
        message: issue.message,
        path: issue.path,
        apiError: { field: issue.field, type: issue.type },
    };
    if (issue.onKey)
        problem.onKey = true;
    if (issue.fix !== undefined)
        problem.fix = issue.fix;
    return problem;
}
/** A decode failure as a finding: an error without a field error (the API answers 400, not 422). */
export function decodeIssueToProblem(issue) {
    const problem = { ruleId: "api-validation", severity: "error", message: issue.message, path: issue.path };
    if (issue.fix !== undefined)
        problem.fix = issue.fix;
    return problem;
}
/**
 * Whether the API server rejects the DaemonSet, and with what first: a value
 * it cannot decode, else the first field error. Undefined when it is
 * accepted (an internal failure of the validation is no rejection).
 */
export function firstApiError(manifest, options = {}) {
    const { issues, decodeErrors } = validateDaemonSet(manifest, options);
    const errors = decodeErrors.length > 0 ? decodeErrors : issues.filter((i) => i.type !== "InternalError");
    const first = errors[0];
    return first && { field: first.field, path: first.path, message: first.message, errors: errors.length };
}
