/**
 * Int-or-percent values (`maxUnavailable`, `maxSurge`): the two ways
 * Kubernetes reads them (k8s.io/apimachinery/pkg/util/intstr and
 * pkg/apis/apps/validation; semantics.md section 5). Validation looks at the
 * number as written; the controller scales a percentage against a node count.
 */
/** `IsValidPercent` (k8s.io/apimachinery validation): digits and `%`, no sign. */
const PERCENT = /^[0-9]+%$/;
/** Whether a string is a percentage validation accepts (`25%`). */
export function isPercent(value) {
    return PERCENT.test(value);
}
/**
 * What API validation accepts (`ValidatePositiveIntOrPercent`): a
 * non-negative integer or a valid percentage. Percentages above 100% are a
 * separate check.
 */
export function isValidIntOrPercent(value) {
    if (typeof value === "number")
        return Number.isInteger(value) && value >= 0;
    return typeof value === "string" && isPercent(value);
}
/** `strconv.Atoi`: an optional sign and decimal digits, 0 when it does not parse. */
function atoi(text) {
    return /^[+-]?[0-9]+$/.test(text) ? Number(text) : 0;
}
/**
 * `getIntOrPercentValue` (pkg/apis/apps/validation), the number validation
 * tests for zero: an int as it is, a valid percentage as its number, any
 * other string as `Atoi` (0 when it does not parse), anything else 0.
 */
export function intOrPercentValue(value) {
    if (typeof value === "number")
        return value;
    if (typeof value !== "string")
        return 0;
    return isPercent(value) ? Number(value.slice(0, -1)) : atoi(value);
}
/**
 * `intstr.GetScaledValueFromIntOrPercent(v, total, roundUp=true)`: ints as
 * they are, `"p%"` as ceil(p × total / 100); a string without `%` is an
 * error. DaemonSets round both maxSurge and maxUnavailable up.
 */
export function scaleIntOrPercent(value, total) {
    if (typeof value === "number") {
        return Number.isInteger(value) ? { value } : { error: `${value} is not an integer` };
    }
    if (typeof value === "string") {
        const percent = /^([+-]?[0-9]+)%$/.exec(value);
        if (!percent)
            return { error: `invalid value for IntOrString: "${value}" is not a percentage` };
        return { value: Math.ceil((Number(percent[1]) * total) / 100) };
    }
    return { error: `invalid value for IntOrString: ${JSON.stringify(value)}` };
}
