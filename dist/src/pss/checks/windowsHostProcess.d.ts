import type { PssCheckDefinition } from "../check.js";
export declare const windowsHostProcessCheck: PssCheckDefinition;
