/** A mistake in how dslint was called or configured: reported in one line, exit code 2. */
export declare class UsageError extends Error {
    name: string;
    /** A mark, not instanceof: each bundle (CLI, language server, worker) carries its own copy of the class. */
    readonly usageError = true;
}
export declare function isUsageError(err: unknown): err is UsageError;
export declare function resolveKubernetesVersion(input: string | undefined): string;
