import type { PodContainer, PodContext } from "./pod-context.js";
import { type FieldPath, type Report } from "./report.js";
import { type Obj } from "./values.js";
/** `validatePathNoBacksteps`. */
export declare function hasBacksteps(path: string): boolean;
/** `ValidateVolumes`: returns the volumes that passed, by name. */
export declare function validateVolumes(report: Report, spec: Obj, podPath: FieldPath): Map<string, Obj>;
/** `ValidateVolumeMounts`: several errors are reported without the mount index (upstream quirk). */
export declare function validateVolumeMounts(ctx: PodContext, c: PodContainer): void;
/** `ValidateVolumeDevices`: block devices must come from PVC-backed volumes. */
export declare function validateVolumeDevices(ctx: PodContext, c: PodContainer): void;
