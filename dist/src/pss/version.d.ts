/** The newest policy version any check knows about; `latest` evaluates as this version. */
export declare const LATEST_PSS_VERSION = 37;
/**
 * The minor number of a policy version: `"latest"` → 37, `"v1.30"` or
 * `"1.30"` → 30. Versions newer than the latest known one evaluate as it
 * (`registry.go` caps them). Returns undefined for anything else.
 */
export declare function parsePssVersion(version: string): number | undefined;
