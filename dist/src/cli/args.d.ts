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
