/**
 * Kubernetes label selectors (`metav1.LabelSelector`): validation, conversion
 * to a matcher and matching, from k8s.io/apimachinery
 * (pkg/apis/meta/v1/helpers.go `LabelSelectorAsSelector`,
 * pkg/apis/meta/v1/validation `ValidateLabelSelector`, pkg/labels/selector.go).
 *
 * A nil selector selects nothing; a selector with neither matchLabels nor
 * matchExpressions selects everything. Callers pass the selector as decoded
 * from the manifest; wrongly-typed parts are treated as absent.
 */
import type { FieldErrorType } from "../finding.js";
import type { PathSegment } from "../path.js";
export type SelectorOperator = "In" | "NotIn" | "Exists" | "DoesNotExist";
export interface Requirement {
    key: string;
    operator: SelectorOperator;
    values: readonly string[];
}
/** What a selector matches: no object, every object, or the objects meeting all requirements. */
export type Selector = {
    kind: "nothing";
} | {
    kind: "everything";
} | {
    kind: "requirements";
    requirements: readonly Requirement[];
};
/** One `ValidateLabelSelector` error, relative to the selector. */
export interface SelectorProblem {
    type: FieldErrorType;
    /** The Kubernetes field path below the selector (`matchLabels`, `matchExpressions[0].values`). */
    field: readonly PathSegment[];
    /** Where the offending entry is written, below the selector. */
    at: readonly PathSegment[];
    /** The problem is the map key at `at`, not its value. */
    onKey?: boolean;
    /** Plain-words explanation naming the value. */
    detail: string;
}
export type SelectorConversion = {
    ok: true;
    selector: Selector;
} | {
    ok: false;
    problems: SelectorProblem[];
};
/**
 * `IsQualifiedName` as Go reports it: an empty name part fails both the
 * emptiness and the pattern check.
 */
export declare function labelKeyProblems(key: string): string[];
/**
 * `ValidateLabels`: every key must be a qualified name and every value a label
 * value. Each message is one error on the map itself (`field`), as Kubernetes
 * reports it.
 */
export declare function labelMapProblems(labels: unknown): Array<{
    key: string;
    onKey: boolean;
    detail: string;
}>;
/**
 * `ValidateLabelSelector` with `AllowInvalidLabelValueInSelector: false`, the
 * option the API server uses for new objects.
 */
export declare function validateLabelSelector(selectorValue: unknown): SelectorProblem[];
/**
 * `LabelSelectorAsSelector`. The conversion fails exactly when the strict
 * validation above finds a problem (`labels.NewRequirement` checks the same
 * operators, value counts, keys and values), so a failure carries those
 * problems.
 */
export declare function labelSelectorAsSelector(selectorValue: unknown): SelectorConversion;
/** `Requirement.Matches` from k8s.io/apimachinery/pkg/labels. */
export declare function requirementMatches(req: Requirement, labels: Readonly<Record<string, unknown>>): boolean;
/** Whether `selector` selects an object carrying `labels` (absent labels are an empty set). */
export declare function matches(selector: Selector, labels: unknown): boolean;
/** The selector in `kubectl`'s notation: `app=web,tier in (a,b),!debug`. */
export declare function selectorToString(selector: Selector): string;
/** The requirements of `selector` that `labels` fail, for explaining a mismatch. */
export declare function unmetRequirements(selector: Selector, labels: unknown): Requirement[];
