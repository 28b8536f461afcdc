/**
 * A hostPath as the node resolves it, for comparison: repeated and trailing
 * slashes and `.` segments removed (`..` is rejected by the API server).
 * Windows paths (`C:\var\lib\kubelet`, `\\.\pipe\docker_engine`) get forward
 * slashes, no drive letter and lower case, as Windows compares paths.
 */
export declare function normalizeHostPath(raw: string): string;
/** Whether a normalised hostPath matches one of the globs (compiled once per glob: rules call this per mount). */
export declare function hostPathMatchesAny(path: string, globs: readonly string[]): boolean;
/**
 * Whether a hostPath (normalised) is a socket, a named pipe or a device, by its
 * `type` or its path, so that mounting it read-only protects nothing.
 */
export declare function readOnlyDoesNotProtect(type: string | undefined, path: string): boolean;
