/**
 * The Kubernetes minor versions dslint has schemas for. This list is the
 * single source: the generator builds exactly these versions and writes them
 * to `schemas/versions.json`. API schemas do not change between patch
 * releases, so a version is a minor version (`1.30`).
 */
export const KNOWN_VERSIONS = [
    "1.36",
    "1.35",
    "1.34",
    "1.33",
    "1.32",
    "1.31",
    "1.30",
    "1.29",
    "1.28",
    "1.27",
];
export const DEFAULT_VERSION = KNOWN_VERSIONS[0];
/**
 * Reduces what a user may type (`1.30`, `v1.30`, `1.30.2`, `v1.30.0-eks-1`)
 * to the minor version, or undefined when it is not a version at all. The
 * result may still be unknown: check it with `isKnownVersion`.
 */
export function normalizeVersion(input) {
    const m = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+][0-9A-Za-z.+-]*)?$/.exec(input.trim());
    if (!m)
        return undefined;
    return `${Number(m[1])}.${Number(m[2])}`;
}
export function isKnownVersion(version) {
    return KNOWN_VERSIONS.includes(version);
}
/** For a usage error: `known Kubernetes versions: 1.27 to 1.36`. */
export function describeKnownVersions() {
    return `known Kubernetes versions: ${KNOWN_VERSIONS.at(-1)} to ${KNOWN_VERSIONS[0]}`;
}
/** Orders versions numerically (`1.9` < `1.10`); negative when `a` is older. */
export function compareVersions(a, b) {
    const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
    const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
    return aMajor - bMajor || aMinor - bMinor;
}
