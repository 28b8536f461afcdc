import type { PodContext } from "./pod-context.js";
/** `ValidateTolerations`. A bad Equal value is reported on `operator` (upstream quirk). */
export declare function validateTolerations(ctx: PodContext): void;
/** `ValidateLabels` on `nodeSelector`. */
export declare function validateNodeSelector(ctx: PodContext): void;
/** `validateAffinity`. */
export declare function validateAffinity(ctx: PodContext): void;
/** `validateTopologySpreadConstraints`. */
export declare function validateTopologySpreadConstraints(ctx: PodContext): void;
