/**
 * Int-or-percent values (`maxUnavailable`, `maxSurge`): the two ways
 * Kubernetes reads them (k8s.io/apimachinery/pkg/util/intstr and
 * pkg/apis/apps/validation; semantics.md section 5). Validation looks at the
 * number as written; the controller scales a percentage against a node count.
 */
/** Whether a string is a percentage validation accepts (`25%`). */
export declare function isPercent(value: string): boolean;
/**
 * What API validation accepts (`ValidatePositiveIntOrPercent`): a
 * non-negative integer or a valid percentage. Percentages above 100% are a
 * separate check.
 */
export declare function isValidIntOrPercent(value: unknown): boolean;
/**
 * `getIntOrPercentValue` (pkg/apis/apps/validation), the number validation
 * tests for zero: an int as it is, a valid percentage as its number, any
 * other string as `Atoi` (0 when it does not parse), anything else 0.
 */
export declare function intOrPercentValue(value: unknown): number;
export type ScaledIntOrPercent = {
    value: number;
} | {
    error: string;
};
/**
 * `intstr.GetScaledValueFromIntOrPercent(v, total, roundUp=true)`: ints as
 * they are, `"p%"` as ceil(p × total / 100); a string without `%` is an
 * error. DaemonSets round both maxSurge and maxUnavailable up.
 */
export declare function scaleIntOrPercent(value: unknown, total: number): ScaledIntOrPercent;
