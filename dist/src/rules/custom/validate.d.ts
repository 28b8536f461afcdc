/**
 * The shape of an Ir read back from outside the checker (the cache on
 * disk, a message to a worker thread): the evaluator trusts every field it
 * reads (a `param` slot indexes an array, `slots` sizes one), so an Ir the
 * checker could not have written is refused before it is compiled. A slot
 * named "constructor" would read Array itself; `slots: 5e8` would exhaust
 * the heap (a fatal error, not an exception).
 */
import { type Ir } from "./ir.js";
/** The Ir as the evaluator may compile it; throws when it is not one the checker could have written. */
export declare function checkIr(ir: unknown): Ir;
