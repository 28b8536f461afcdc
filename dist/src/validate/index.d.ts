/**
 * API validation of a DaemonSet: what `kubectl apply` would be told by the API
 * server, beyond the JSON schema. The manifest is defaulted first (validation
 * runs on the defaulted object), then checked as `ValidateDaemonSet` does.
 */
import type { Problem } from "../finding.js";
import type { Path } from "../path.js";
import { type DecodeIssue } from "./decode.js";
import { type FieldIssue } from "./report.js";
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
export declare function validateDaemonSet(manifest: unknown, options?: ValidationOptions): ValidationResult;
/** A validation issue as a finding of the pipeline. */
export declare function issueToProblem(issue: FieldIssue): Problem;
/** A decode failure as a finding: an error without a field error (the API answers 400, not 422). */
export declare function decodeIssueToProblem(issue: DecodeIssue): Problem;
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
export declare function firstApiError(manifest: unknown, options?: ValidationOptions): FirstApiError | undefined;
