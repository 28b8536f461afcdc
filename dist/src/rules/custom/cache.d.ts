/**
 * `DSLINT_CACHE_DIR`, else the platform's user cache folder
 * (`$XDG_CACHE_HOME/dslint`, `~/.cache/dslint`, `%LOCALAPPDATA%\dslint`).
 * An empty `DSLINT_CACHE_DIR` turns the cache off.
 */
export declare function cacheDir(env?: NodeJS.ProcessEnv): string | undefined;
/** The value stored under `key`, or undefined. */
export declare function readCache<T>(key: string): T | undefined;
/** Stores `value` under `key`: written aside and renamed, so that a reader never sees half a file. */
export declare function writeCache<T>(key: string, value: T): void;
