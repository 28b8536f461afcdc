import { type Report } from "./report.js";
import { type Obj } from "./values.js";
/** Validates the defaulted pod spec of `spec.template`. */
export declare function validatePodSpec(report: Report, spec: Obj, templateAnnotations: unknown): void;
