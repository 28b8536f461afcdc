export interface OptionSpec {
    type: "string" | "boolean";
    multiple?: boolean;
    short?: string;
    /** Shown in --help. */
    help: string;
    /** Placeholder for the value in --help. */
    value?: string;
}
/**
 * Parses a command's arguments with node:util parseArgs, turning its errors
 * into one-line usage errors (exit code 2).
 */
export declare function parseCommandArgs<T extends Record<string, OptionSpec>>(argv: readonly string[], spec: T): {
    values: {
        [K in keyof T]?: T[K]["type"] extends "boolean" ? boolean : T[K]["multiple"] extends true ? string[] : string;
    };
    positionals: string[];
};
export declare function renderOptionsHelp(spec: Record<string, OptionSpec>): string;
/**
 * Option values that must name existing files (`--nodes FILE`): a missing
 * file or a folder is a usage error, one line each, before anything is read.
 * A file that exists but cannot be read is left to the reader, which reports
 * it as a problem of the input. `-` is stdin where the option reads it.
 */
export declare function requireFiles(option: string, files: readonly (string | undefined)[], cwd: string, options?: {
    stdin?: boolean;
}): void;
