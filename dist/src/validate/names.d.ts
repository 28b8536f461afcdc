import type { Path } from "../path.js";
import type { FieldPath, Report } from "./report.js";
/**
 * Suggests a DNS-1123 spelling of a name: lowercase, other characters replaced
 * by '-'. Names that are only too long get no suggestion.
 */
export declare function suggestDnsName(value: string, maxLength: number): string | undefined;
/** `ValidateLabels`: every error is reported on the map path, the entry is located by its key. */
export declare function checkLabels(report: Report, field: FieldPath, labels: unknown, writtenAt: Path): void;
/**
 * `ValidateAnnotations` (k8s.io/apimachinery/pkg/api/validation/objectmeta.go):
 * keys are qualified names compared in lower case, and keys plus values may
 * not exceed 256 KiB.
 */
export declare function checkAnnotations(report: Report, field: FieldPath, annotations: unknown, writtenAt: Path): void;
