import type { PssCheckDefinition } from "../check.js";
export declare const privilegedCheck: PssCheckDefinition;
