import type { Correction, FixProposal } from "./fix/edits.js";
import type { SourceRange } from "./load/types.js";
import type { Path } from "./path.js";
export type Severity = "error" | "warning" | "info";
/** A severity as configured: "off" reports nothing. */
export type RuleSeverity = Severity | "off";
/** The Kubernetes field error a finding corresponds to (apimachinery `field.Error`). */
export interface ApiError {
    field: string;
    type: FieldErrorType;
}
export type FieldErrorType = "Invalid" | "Required" | "Forbidden" | "NotSupported" | "Duplicate" | "NotFound" | "TooLong" | "TooMany" | "InternalError";
export interface ObjectRef {
    kind: string;
    namespace?: string;
    name?: string;
}
/**
 * A place in the input, resolved where the document was parsed, so that a
 * later stage (a cross-document rule, the placement check) can report there.
 */
export interface Anchor {
    file: string;
    range: SourceRange;
    path: string;
    object: ObjectRef;
}
/**
 * What a stage (schema, API validation, a rule) reports about one object,
 * before it is placed in its file. Stages never compute positions: the
 * pipeline resolves `path` through the document's source map.
 */
export interface Problem {
    ruleId: string;
    severity: Severity;
    message: string;
    /** Where in the object the problem is; the deepest existing node is used. */
    path: Path;
    /** Report on the key of a mapping entry instead of its value. */
    onKey?: boolean;
    apiError?: ApiError;
    fix?: string;
    /** Edits `--fix` applies (src/fix/edits.ts). */
    autofix?: FixProposal;
    /** Edits applied only on request. */
    suggestions?: FixProposal[];
}
/** One finding as every report format sees it. Lines and columns are 1-based; the end is exclusive. */
export interface Finding {
    ruleId: string;
    severity: Severity;
    message: string;
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    /** The field path in `field.Path` form (`spec.template.spec.containers[0].name`); "" for the document. */
    path: string;
    object?: ObjectRef;
    apiError?: ApiError;
    /** The hint: what to do, in words. */
    fix?: string;
    /** The edits `--fix` applies, in this file. */
    autofix?: Correction;
    /** Edits applied only on request (the editor, `--fix --suggestions`). */
    suggestions?: Correction[];
}
export declare const SEVERITY_RANK: Record<Severity, number>;
