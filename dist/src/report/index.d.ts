import type { Formatter } from "./types.js";
export type { CheckedFile, CheckResult, CheckSummary, FindingList, Formatter, FormatOptions, ReportFormat, ReportInput, RuleDescriptor } from "./types.js";
/** The report formats, as `getFormatter` and `--format` take them. */
export declare const FORMAT_NAMES: readonly string[];
/** The report format of that name, or undefined when there is none (see `FORMAT_NAMES`). */
export declare function getFormatter(name: string): Formatter | undefined;
/**
 * Whether to colour terminal output: NO_COLOR wins, then FORCE_COLOR, then
 * whether the stream is a terminal (https://no-color.org). `env` is a plain
 * record, not NodeJS.ProcessEnv: this module's declarations are public and
 * must compile without @types/node.
 */
export declare function shouldColor(stream: {
    isTTY?: boolean;
}, env?: Readonly<Record<string, string | undefined>>): boolean;
