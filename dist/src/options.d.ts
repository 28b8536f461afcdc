/** A mistake in how dslint was called or configured: reported in one line, exit code 2. */
export declare class UsageError extends Error {
    name: string;
}
export declare function resolveKubernetesVersion(input: string | undefined): string;
