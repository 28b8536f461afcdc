import type { PssCheckDefinition } from "../check.js";
export declare const seccompProfileBaselineCheck: PssCheckDefinition;
export declare const seccompProfileRestrictedCheck: PssCheckDefinition;
