import type { PssCheckDefinition } from "./check.js";
import type { PssCheckId, PssCheckLevel } from "./types.js";
/** Every check of `k8s.io/pod-security-admission/policy`, baseline first. */
export declare const CHECK_DEFINITIONS: readonly PssCheckDefinition[];
export interface PssCheckInfo {
    id: PssCheckId;
    level: PssCheckLevel;
    description: string;
    /** The first policy version the check runs at, e.g. "v1.0". */
    since: string;
    /** The baseline checks this restricted check replaces at the restricted level. */
    overrides: readonly PssCheckId[];
}
/** The check IDs with their level and a one-line description, for rule documentation. */
export declare const PSS_CHECKS: readonly PssCheckInfo[];
