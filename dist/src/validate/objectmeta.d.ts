import { type Report } from "./report.js";
import { type Obj } from "./values.js";
/** `ValidateObjectMeta(meta, requiresNamespace=true, ValidateDaemonSetName)` on create. */
export declare function validateDaemonSetMetadata(report: Report, metadataValue: unknown): void;
/**
 * The metadata part of `ValidatePodTemplateSpec`: labels and annotations are
 * reported at `spec.template.labels` / `spec.template.annotations` (the
 * embedded ObjectMeta's fields are promoted in the Go field path), and the
 * template's name, namespace and the like are not validated at all.
 */
export declare function validateTemplateMetadata(report: Report, template: Obj, podSpec: Obj): void;
