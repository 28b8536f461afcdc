/**
 * Kubernetes resource quantities (k8s.io/apimachinery/pkg/api/resource).
 * `parseQuantity` accepts what `resource.ParseQuantity` accepts and returns the
 * value in base units (cores, bytes, count) as a number, or undefined when the
 * API server would fail to decode it.
 */
export declare function parseQuantity(input: unknown): number | undefined;
export declare function isQuantity(input: unknown): boolean;
/**
 * What an invalid quantity was meant to be, the likeliest first: `200MB` is
 * 200M (megabytes are decimal; 200Mi is the other reading), `1 Gi` is 1Gi,
 * `2 cores` is 2. Empty when nothing near is a quantity.
 */
export declare function quantityReadings(input: string): string[];
/** The readings of an invalid quantity as a hint: `"200M" or "200Mi"`. */
export declare function suggestQuantity(input: string): string | undefined;
/** Milli-units rounded up, as the API server stores quantities (defaults.go rounds to milli). */
export declare function toMilli(value: number): number;
