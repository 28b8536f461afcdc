/** An input to check: a file on disk or text that arrived on stdin. */
export interface InputSource {
    /** The name used in reports (relative to the working directory where possible). */
    name: string;
    /** Absolute path on disk; undefined for stdin. */
    absolutePath?: string;
    /** Text given directly (stdin, editors); otherwise read from `absolutePath`. */
    text?: string;
}
/** A path that could not be turned into inputs: reported as one error line, the other inputs go on. */
export interface InputProblem {
    name: string;
    message: string;
}
/** Larger files are refused rather than parsed (no real manifest comes close). */
export declare const MAX_FILE_BYTES: number;
export interface ExpandOptions {
    cwd?: string;
    /** Globs (relative to cwd) of files and folders to leave out. */
    ignore?: readonly string[];
}
/**
 * Expands command-line paths into input files: files as given, folders
 * recursively (YAML and JSON only), globs. Every path named explicitly is
 * kept even without a manifest extension; folders and globs only yield
 * manifest files. Symlink loops and unreadable entries become problems.
 */
export declare function expandPaths(paths: readonly string[], options?: ExpandOptions): {
    inputs: InputSource[];
    problems: InputProblem[];
};
export declare function describeFsError(err: unknown): string;
/** Reads an input's text, or says why it cannot. */
export declare function readInput(input: InputSource): {
    text: string;
} | {
    problem: string;
};
