/** The newest policy version any check knows about; `latest` evaluates as this version. */
export const LATEST_PSS_VERSION = 37;
/**
 * The minor number of a policy version: `"latest"` → 37, `"v1.30"` or
 * `"1.30"` → 30. Versions newer than the latest known one evaluate as it
 * (`registry.go` caps them). Returns undefined for anything else.
 */
export function parsePssVersion(version) {
    if (version === "latest")
        return LATEST_PSS_VERSION;
    const match = /^v?1\.(0|[1-9][0-9]*)$/.exec(version);
    if (!match)
        return undefined;
    return Math.min(Number(match[1]), LATEST_PSS_VERSION);
}
