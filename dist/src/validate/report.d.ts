/**
 * Field paths in Kubernetes' `field.Path` form and the collector of
 * validation issues. An issue names the Kubernetes field (`field`, exactly as
 * the API server reports it) and the place in the manifest as the user wrote
 * it (`path`), which can differ: Kubernetes validates the defaulted object and
 * reports some errors on a parent or a sibling path.
 */
import type { FieldErrorType } from "../finding.js";
import type { Path, PathSegment } from "../path.js";
import type { ApiServerProfile } from "../k8s/versions.js";
export type ValidationRuleId = "api-validation" | "selector-mismatch";
/** One error the API server would return for the DaemonSet, explained. */
export interface FieldIssue {
    ruleId: ValidationRuleId;
    type: FieldErrorType;
    /** The Kubernetes field path (`spec.template.spec.containers[0].name`). */
    field: string;
    /** Where in the manifest as written: the deepest node the user wrote along the relevant path. */
    path: Path;
    /** Point at the map key at `path` rather than its value. */
    onKey?: boolean;
    message: string;
    fix?: string;
}
/** Go's `field.Path`: children joined with `.`, indices and map keys in brackets. */
export declare class FieldPath {
    /** The same location as manifest segments. */
    readonly segments: readonly PathSegment[];
    private readonly text;
    private constructor();
    static root(...names: string[]): FieldPath;
    child(...names: string[]): FieldPath;
    index(i: number): FieldPath;
    key(k: string): FieldPath;
    toString(): string;
}
export interface IssueDetail {
    message: string;
    fix?: string;
    /** Where the problem is written, when it is not at the field's own path. */
    at?: Path;
    onKey?: boolean;
    ruleId?: ValidationRuleId;
}
/** The deepest prefix of `path` that exists in `root`. */
export declare function nearestWritten(root: unknown, path: Path): Path;
/** Collects issues and places each one in the manifest as written. */
export declare class Report {
    /** The manifest as the user wrote it (before defaulting). */
    private readonly written;
    readonly profile: ApiServerProfile;
    readonly issues: FieldIssue[];
    constructor(
    /** The manifest as the user wrote it (before defaulting). */
    written: unknown, profile: ApiServerProfile);
    /** Whether the user wrote a value at `path` (as opposed to a default filling it). */
    wasWritten(path: Path): boolean;
    /** A report for errors that only count together (a volume is registered only when it has none). */
    fork(): Report;
    /** Takes over the issues of a fork. */
    absorb(fork: Report): void;
    add(type: FieldErrorType, field: FieldPath, detail: IssueDetail): void;
    invalid(field: FieldPath, detail: IssueDetail): void;
    required(field: FieldPath, detail: IssueDetail): void;
    forbidden(field: FieldPath, detail: IssueDetail): void;
    notSupported(field: FieldPath, detail: IssueDetail): void;
    duplicate(field: FieldPath, detail: IssueDetail): void;
    notFound(field: FieldPath, detail: IssueDetail): void;
    tooLong(field: FieldPath, detail: IssueDetail): void;
}
/** "one of A, B or C" for NotSupported messages. */
export declare function oneOf(values: readonly string[]): string;
