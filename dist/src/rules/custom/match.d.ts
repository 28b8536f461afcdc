import { type Meter } from "./runtime.js";
/** A pattern whose program would be larger than this is refused: its repetitions count many times (`(?:[a-z]{1,63}\.){1,100}`). */
export declare const MAX_PROGRAM_SIZE = 20000;
/** Thrown for a pattern the matcher cannot run: too large, or with a lookbehind or back-reference. */
export declare class MatcherLimit extends Error {
}
/** The program of a pattern (for the static checks: throws MatcherLimit when the matcher cannot run it). */
export declare function compileProgram(source: string, flags: string): {
    size: number;
};
/** A compiled `/source/flags`: tests a text in linear time, charging the meter for the work. */
export declare function compileMatcher(source: string, flags: string): (meter: Meter, text: string) => boolean;
