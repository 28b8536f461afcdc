/**
 * Name and value syntax the API server enforces, from
 * k8s.io/apimachinery/pkg/util/validation (validation.go). Each function
 * returns the list of problems in plain words; an empty list means valid.
 */
export declare function dns1123Label(value: string): string[];
export declare function dns1123Subdomain(value: string): string[];
/** `IsQualifiedName`: label, annotation and toleration keys (`prefix/name`). */
export declare function qualifiedName(value: string): string[];
/** `IsValidLabelValue`: empty, or up to 63 characters starting and ending alphanumeric. */
export declare function labelValue(value: string): string[];
/** `IsValidPortName` (IANA service name). */
export declare function portName(value: string): string[];
/** `IsValidPortNum`. */
export declare function portNumber(value: number): string[];
