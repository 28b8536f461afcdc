import type { Rule } from "../src/rules/types.js";
export declare const RULES: readonly Rule[];
