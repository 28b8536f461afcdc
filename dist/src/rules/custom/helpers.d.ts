import type { HelperName } from "./ir.js";
import { type Meter } from "./runtime.js";
/** Helpers take one or two arguments; a missing one is undefined. */
export type Helper = (meter: Meter, first: unknown, second: unknown) => unknown;
export declare const HELPER_FUNCTIONS: Readonly<Record<HelperName, Helper>>;
