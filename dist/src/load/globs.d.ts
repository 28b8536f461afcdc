/** Globs relative to a folder. */
export interface FolderGlobs {
    dir: string;
    globs: readonly string[];
}
/**
 * Whether one of the globs, relative to `dir`, matches `absolutePath` or a
 * folder above it (everything in a matched folder is matched). A glob with
 * a slash (other than a trailing one) is a path from `dir`: `deploy/*.yaml`
 * is only the top of `deploy/`. A glob without one matches a file or folder
 * name at any depth below `dir`: `*.yaml`, `vendor`.
 */
export declare function matchesGlobs(absolutePath: string, { dir, globs }: FolderGlobs): boolean;
/** What is wrong with a glob's syntax, in one line, or undefined. */
export declare function globSyntaxProblem(glob: string): string | undefined;
