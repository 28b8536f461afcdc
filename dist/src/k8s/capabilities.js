/**
 * Linux capability names as the container runtime reads them.
 */
/**
 * A capability as the container runtime reads it: case-insensitive, with or
 * without the `CAP_` prefix (containerd's WithCapabilities upper-cases the
 * name and adds the prefix; Docker's TweakCapabilities does the same).
 * API validation and Pod Security compare the names as written; this is what
 * the container ends up with.
 */
export function capabilityName(value) {
    const upper = value.trim().toUpperCase();
    return upper.startsWith("CAP_") ? upper.slice(4) : upper;
}
