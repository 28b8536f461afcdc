/**
 * The Kubernetes minor versions dslint has schemas for. This list is the
 * single source: the generator builds exactly these versions and writes them
 * to `schemas/versions.json`. API schemas do not change between patch
 * releases, so a version is a minor version (`1.30`).
 */
export declare const KNOWN_VERSIONS: readonly string[];
export declare const DEFAULT_VERSION: string;
/**
 * Reduces what a user may type (`1.30`, `v1.30`, `1.30.2`, `v1.30.0-eks-1`)
 * to the minor version, or undefined when it is not a version at all. The
 * result may still be unknown: check it with `isKnownVersion`.
 */
export declare function normalizeVersion(input: string): string | undefined;
export declare function isKnownVersion(version: string): boolean;
/** For a usage error: `known Kubernetes versions: 1.27 to 1.36`. */
export declare function describeKnownVersions(): string;
/** Orders versions numerically (`1.9` < `1.10`); negative when `a` is older. */
export declare function compareVersions(a: string, b: string): number;
