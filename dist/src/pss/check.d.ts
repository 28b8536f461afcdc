import type { CheckViolation, PssCheckId, PssCheckLevel } from "./types.js";
import type { PodView } from "./pod.js";
export type CheckFn = (pod: PodView) => CheckViolation[];
/** One implementation of a check, used from policy version 1.`minVersion` on (`VersionedCheck`). */
export interface CheckImplementation {
    minVersion: number;
    run: CheckFn;
    /** Baseline checks this restricted implementation replaces (`OverrideCheckIDs`). */
    overrides?: readonly PssCheckId[];
}
export interface PssCheckDefinition {
    id: PssCheckId;
    level: PssCheckLevel;
    /** One line for rule documentation. */
    description: string;
    /** Sorted by `minVersion`, strictly increasing. */
    versions: readonly CheckImplementation[];
}
