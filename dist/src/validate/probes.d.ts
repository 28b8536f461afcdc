import type { PodContext } from "./pod-context.js";
import { type FieldPath, type Report } from "./report.js";
import { type Obj } from "./values.js";
export type ProbeKind = "livenessProbe" | "readinessProbe" | "startupProbe";
/** `ValidatePortNumOrName`: an absent port is the int 0. */
export declare function validatePortNumOrName(report: Report, port: unknown, path: FieldPath, what: string): void;
/** `validateProbe` plus the per-kind rules. */
export declare function validateProbe(ctx: PodContext, probe: Obj, kind: ProbeKind, path: FieldPath, who: string): void;
/** `validateLifecycle`. */
export declare function validateLifecycle(ctx: PodContext, lifecycle: Obj, path: FieldPath, who: string): void;
