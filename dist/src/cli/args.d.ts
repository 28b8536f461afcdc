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
 * file, a folder or a special file (a FIFO, which would wait for a writer; a
 * device such as /dev/zero, which never ends) is a usage error, one line
 * each, before anything is read. `-` is stdin where the option reads it.
 * `paths`: the option also takes folders and globs, which its reader expands
 * (and rejects when they give no file); a glob is a path with `*?[]{}` that
 * does not exist as written.
 */
export declare function requireFiles(option: string, files: readonly (string | undefined)[], cwd: string, options?: {
    stdin?: boolean;
    paths?: boolean;
}): void;
