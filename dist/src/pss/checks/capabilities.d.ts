import type { PssCheckDefinition } from "../check.js";
/** The container runtime's default capability set (check_capabilities_baseline.go). */
export declare const BASELINE_ALLOWED_CAPABILITIES: ReadonlySet<string>;
export declare const capabilitiesBaselineCheck: PssCheckDefinition;
export declare const capabilitiesRestrictedCheck: PssCheckDefinition;
