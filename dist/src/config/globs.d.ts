/**
 * Glob syntax mistakes. minimatch takes an unclosed `[` or `{` literally, so
 * `deploy/[prod/*.yaml` silently matches nothing (or a file nobody meant),
 * and a reversed range such as `[z-a]` never matches: both are reported
 * instead, for command-line globs and the configuration's alike.
 */
/** What is wrong with a glob's syntax, in one line, or undefined. */
export declare function globSyntaxProblem(glob: string): string | undefined;
