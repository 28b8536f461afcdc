import type { Formatter } from "./types.js";
export type { CheckedFile, CheckResult, CheckSummary, Formatter, FormatOptions, RuleDescriptor } from "./types.js";
export declare const FORMAT_NAMES: readonly string[];
export declare function getFormatter(name: string): Formatter | undefined;
/**
 * Whether to colour terminal output: NO_COLOR wins, then FORCE_COLOR, then
 * whether the stream is a terminal (https://no-color.org).
 */
export declare function shouldColor(stream: {
    isTTY?: boolean;
}, env?: NodeJS.ProcessEnv): boolean;
