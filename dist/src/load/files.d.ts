import { UsageError } from "../options.js";
import { describeFsError, MAX_FILE_BYTES } from "./fs-errors.js";
import { type FolderGlobs } from "./globs.js";
export { describeFsError };
/** An input to check: a file on disk or text that arrived on stdin. */
export interface InputSource {
    /** The name used in reports (relative to the working directory where possible). */
    name: string;
    /** Absolute path on disk; undefined for stdin. */
    absolutePath?: string;
    /** Text given directly (stdin, editors); otherwise read from `absolutePath`. */
    text?: string;
    /**
     * A file of a Helm chart or kustomization (load/sources.ts): not a
     * manifest. `syntax`: plain YAML whose syntax is still checked; `none`: a
     * template, not YAML until rendered.
     */
    templateSource?: "syntax" | "none";
}
/** A path that could not be turned into inputs: reported as one error line, the other inputs go on. */
export interface InputProblem {
    name: string;
    message: string;
}
/**
 * A path or pattern that gave nothing to check: a usage error (exit code 2)
 * unless the caller chose otherwise, because a run that checks nothing must
 * not look like a pass.
 */
export interface UnmatchedPath {
    /** The path or pattern as given. */
    path: string;
    /** One line saying why it gave no file. */
    message: string;
    /**
     * A file named explicitly that the ignore globs leave out. Tools that pass
     * every changed file (pre-commit, lint-staged) name such files, so it is
     * skipped quietly while the other paths give something to check.
     */
    ignoredFile?: boolean;
}
/** The names of dslint's own configuration file (config/config.ts), which is not a manifest. */
export declare const CONFIG_FILE_NAMES: readonly [".dslint.yaml", ".dslint.yml"];
export { MAX_FILE_BYTES };
export interface ExpandOptions {
    cwd?: string;
    /** Globs of files and folders to leave out, each list relative to its folder (see globs.ts for how they match). */
    ignore?: readonly FolderGlobs[];
}
/**
 * Expands command-line paths into input files: files as given, folders
 * recursively (YAML and JSON only, and `Kustomization` files), globs (a
 * folder a glob matches is searched like a folder given by name). Every path
 * named explicitly is kept even without a manifest extension; folders and
 * globs only yield manifest files. Unreadable entries, symlink loops and
 * special files (FIFOs, devices) become problems; paths that give no file at
 * all are listed in `unmatched`. A glob with a syntax mistake (an unclosed
 * `[` or `{`) throws a UsageError, one line each.
 */
export declare function expandPaths(paths: readonly string[], options?: ExpandOptions): {
    inputs: InputSource[];
    problems: InputProblem[];
    unmatched: UnmatchedPath[];
};
/** Text for the path `-` (stdin), and the name to report it under (`<stdin>` when none is given). */
export interface StdinInput {
    text: string;
    filename?: string;
}
/**
 * expandPaths, and the path `-` as the text given for it: the first input,
 * wherever it was named among the paths, and unmatched when empty.
 * `somethingToCheck`: an input or problem besides empty stdin, for
 * unmatchedPathsError.
 */
export declare function expandInputs(paths: readonly string[], options: ExpandOptions & {
    cwd: string;
    stdin?: StdinInput;
}): {
    inputs: InputSource[];
    problems: InputProblem[];
    unmatched: UnmatchedPath[];
    somethingToCheck: boolean;
};
/**
 * The usage error for paths that gave nothing to check, one line each, or
 * undefined when there is none. An ignored file named explicitly counts only
 * when nothing else is checked (`somethingElse`), so that the run is never an
 * empty pass.
 */
export declare function unmatchedPathsError(unmatched: readonly UnmatchedPath[], somethingElse: boolean): UsageError | undefined;
/**
 * Whether text read from stdin holds nothing to check: no bytes, or only
 * whitespace, comments and document markers (`---`, `...`), which is what a
 * template that renders nothing prints.
 */
export declare function isEmptyStdin(text: string): boolean;
export declare const EMPTY_STDIN_MESSAGE = "stdin is empty: no YAML or JSON document to check";
/** How a file is named in reports: relative to `cwd` with `/`, or absolute when outside it. */
export declare function displayPath(cwd: string, abs: string): string;
/** Files read a block at a time may be this large; one document in them, 32 MiB (MAX_DOCUMENT_CHARS). */
export declare const MAX_STREAMED_FILE_BYTES: number;
/** An input's text, whole or (a large file) in blocks; or why it cannot be read. */
export declare function openInput(input: InputSource): {
    text: string;
} | {
    blocks: Iterable<string>;
} | {
    problem: string;
};
/** Reads an input's text, or says why it cannot. */
export declare function readInput(input: InputSource): {
    text: string;
} | {
    problem: string;
};
