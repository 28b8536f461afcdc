/**
 * Name and map checks shared by every area: DNS labels and subdomains,
 * qualified names, `ValidateLabels`, `ValidateAnnotations`. Each failed rule
 * is one field error, as Kubernetes reports one error per message.
 */
import { labelMapProblems, labelKeyProblems } from "../k8s/labelselector.js";
import { stringEntries } from "./values.js";
/**
 * Suggests a DNS-1123 spelling of a name: lowercase, other characters replaced
 * by '-'. Names that are only too long get no suggestion.
 */
export function suggestDnsName(value, maxLength) {
    if (value.length > maxLength)
        return undefined;
    const fixed = value
        .toLowerCase()
        .replace(/[^a-z0-9.-]/g, "-")
        .replace(/^[^a-z0-9]+/, "")
        .replace(/[^a-z0-9]+$/, "")
        .slice(0, maxLength)
        .replace(/[^a-z0-9]+$/, "");
    return fixed !== "" && fixed !== value ? fixed : undefined;
}
/** `ValidateLabels`: every error is reported on the map path, the entry is located by its key. */
export function checkLabels(report, field, labels, writtenAt) {
    for (const p of labelMapProblems(labels)) {
        report.invalid(field, { message: p.detail, at: [...writtenAt, p.key], onKey: p.onKey });
    }
}
const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;
/**
 * `ValidateAnnotations` (k8s.io/apimachinery/pkg/api/validation/objectmeta.go):
 * keys are qualified names compared in lower case, and keys plus values may
 * not exceed 256 KiB.
 */
export function checkAnnotations(report, field, annotations, writtenAt) {
    let size = 0;
    for (const [key, value] of stringEntries(annotations)) {
        for (const msg of labelKeyProblems(key.toLowerCase())) {
            report.invalid(field, { message: `annotation key "${key}" is invalid: ${msg}`, at: [...writtenAt, key], onKey: true });
        }
        size += Buffer.byteLength(key) + Buffer.byteLength(value);
    }
    if (size > TOTAL_ANNOTATION_SIZE_LIMIT) {
        report.tooLong(field, {
            message: `annotations total ${size} bytes; keys and values together may not exceed 256 KiB`,
            fix: "move large data into a ConfigMap and mount it",
        });
    }
}
