/**
 * API validation of a DaemonSet: what `kubectl apply` would be told by the API
 * server, beyond the JSON schema. The manifest is defaulted first (validation
 * runs on the defaulted object), then checked as `ValidateDaemonSet` does.
 */
import type { Problem } from "../finding.js";
import type { Path } from "../path.js";
import { defaultedDaemonSet } from "../k8s/defaults.js";
import { apiServerProfile } from "../k8s/versions.js";
import { validateDaemonSetObject } from "./daemonset.js";
import { findDecodeIssues, type DecodeIssue } from "./decode.js";
import { Report, type FieldIssue } from "./report.js";
import { asObject } from "./values.js";

export type { DecodeIssue } from "./decode.js";
export type { FieldIssue, ValidationRuleId } from "./report.js";

export interface ValidationOptions {
  /** The target cluster (`1.30`, `v1.33.1`); the newest supported release when absent. */
  kubernetesVersion?: string;
}

export interface ValidationResult {
  /** The field errors the API server would return. Empty when `decodeErrors` is not. */
  issues: FieldIssue[];
  /** Values that make the request fail to decode (HTTP 400): nothing is validated then. */
  decodeErrors: DecodeIssue[];
}

/**
 * Validates an apps/v1 DaemonSet manifest as the API server does on create.
 * Never throws: wrongly-typed fields read as absent (the schema stage reports
 * them), and an unexpected failure is returned as an InternalError issue.
 */
export function validateDaemonSet(manifest: unknown, options: ValidationOptions = {}): ValidationResult {
  const object = asObject(manifest);
  if (!object) return { issues: [], decodeErrors: [] };
  try {
    const profile = apiServerProfile(options.kubernetesVersion);
    const decodeErrors = findDecodeIssues(object, profile.sidecarContainers);
    if (decodeErrors.length > 0) return { issues: [], decodeErrors };
    const defaulted = defaultedDaemonSet(object, options) as Record<string, unknown>;
    const report = new Report(object, profile);
    validateDaemonSetObject(report, defaulted);
    return { issues: report.issues, decodeErrors: [] };
  } catch (error) {
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
export function issueToProblem(issue: FieldIssue): Problem {
  const problem: Problem = {
    ruleId: issue.ruleId,
    severity: "error",
    message: issue.message,
    path: issue.path,
    apiError: { field: issue.field, type: issue.type },
  };
  if (issue.onKey) problem.onKey = true;
  if (issue.fix !== undefined) problem.fix = issue.fix;
  return problem;
}

/** A decode failure as a finding: an error without a field error (the API answers 400, not 422). */
export function decodeIssueToProblem(issue: DecodeIssue): Problem {
  const problem: Problem = { ruleId: "api-validation", severity: "error", message: issue.message, path: issue.path };
  if (issue.fix !== undefined) problem.fix = issue.fix;
  return problem;
}

/** The first error the API server would answer a DaemonSet with, and how many it has. */
export interface FirstApiError {
  /** The Kubernetes field path. */
  field: string;
  /** Where in the manifest as written. */
  path: Path;
  message: string;
  errors: number;
}

/**
 * Whether the API server rejects the DaemonSet, and with what first: a value
 * it cannot decode, else the first field error. Undefined when it is
 * accepted (an internal failure of the validation is no rejection).
 */
export function firstApiError(manifest: unknown, options: ValidationOptions = {}): FirstApiError | undefined {
  const { issues, decodeErrors } = validateDaemonSet(manifest, options);
  const errors: readonly (DecodeIssue | FieldIssue)[] = decodeErrors.length > 0 ? decodeErrors : issues.filter((i) => i.type !== "InternalError");
  const first = errors[0];
  return first && { field: first.field, path: first.path, message: first.message, errors: errors.length };
}
