import type { PssCheckDefinition } from "../check.js";
export declare const runAsUserCheck: PssCheckDefinition;
