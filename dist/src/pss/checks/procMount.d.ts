import type { PssCheckDefinition } from "../check.js";
export declare const procMountCheck: PssCheckDefinition;
export declare const procMountRestrictedCheck: PssCheckDefinition;
