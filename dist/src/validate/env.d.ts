import type { Path } from "../path.js";
import type { PodContainer, PodContext } from "./pod-context.js";
import { type FieldPath, type Report } from "./report.js";
import { type Obj } from "./values.js";
/** `IsEnvVarName` (strict, before `RelaxedEnvironmentVariableValidation`) or `IsRelaxedEnvVarName`. */
export declare function envVarNameProblems(name: string, relaxed: boolean): string[];
/** `IsConfigMapKey`. */
export declare function configMapKeyProblems(key: string): string[];
export declare const ENV_FIELD_PATHS: readonly string[];
export declare const VOLUME_FIELD_PATHS: readonly string[];
/** `validateObjectFieldSelector` plus `validateDownwardAPIHostIPs`. */
export declare function validateObjectFieldSelector(report: Report, fieldRef: Obj, allowed: readonly string[], path: FieldPath, 
/** Where the selector is written, when the Go path leaves out the list index (downwardAPI volumes). */
written?: Path): void;
/** `validateContainerResourceFieldSelector` and `validateContainerResourceDivisor`. */
export declare function validateResourceFieldSelector(report: Report, ref: Obj, path: FieldPath, inVolume: boolean, written?: Path): void;
/** `ValidateEnv`. */
export declare function validateEnv(ctx: PodContext, c: PodContainer): void;
/** `ValidateEnvFrom`: a missing or doubled source is reported on the list, not the entry. */
export declare function validateEnvFrom(ctx: PodContext, c: PodContainer): void;
