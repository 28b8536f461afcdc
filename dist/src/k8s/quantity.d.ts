/**
 * Kubernetes resource quantities (k8s.io/apimachinery/pkg/api/resource).
 * `parseQuantity` accepts what `resource.ParseQuantity` accepts and returns the
 * value in base units (cores, bytes, count) as a number, or undefined when the
 * API server would fail to decode it.
 */
export declare function parseQuantity(input: unknown): number | undefined;
export declare function isQuantity(input: unknown): boolean;
/**
 * Suggests a valid spelling for a common mistake (`200MB` → `200M` or
 * `200Mi`, `1 core` → `1`), or undefined when none is obvious.
 */
export declare function suggestQuantity(input: string): string | undefined;
/** Milli-units rounded up, as the API server stores quantities (defaults.go rounds to milli). */
export declare function toMilli(value: number): number;
