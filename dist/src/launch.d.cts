import type { ModuleLoader } from "./modules.js";
/**
 * The CommonJS wrapper, on the file's first line so that stack traces keep
 * their line numbers. scripts/bundle.ts writes the bundles inside it: a
 * megabyte of text joined to it at run time is a copy V8 has to flatten,
 * 3 ms of every start.
 */
export declare const MODULE_WRAPPER: readonly ["(function (exports, require, module, __filename, __dirname) {", "\n})"];
export interface Bundle {
    main(argv: readonly string[], io?: unknown): Promise<number>;
    useModuleLoader(loader: ModuleLoader): void;
}
/** Runs CommonJS files in ASCII (as scripts/bundle.ts writes them) through V8's code cache; each file once. */
export declare class CachedModules {
    private readonly modules;
    private readonly useCache;
    /** Whether the flags of a large run are set: caches made from now on would not match the next run's flags. */
    private flagsChanged;
    readonly cacheDir: string;
    constructor(options?: {
        useCache?: boolean;
        cacheDir?: string;
    });
    /** The command-line bundle, with this loader for the modules it finds at run time. */
    bundle(): Bundle;
    private largeRun;
    require(file: string): unknown;
    /** Whether a file that has run was compiled from its cache. */
    fromCache(file: string): boolean;
    /** Writes the code cache of the files run so far (what has been compiled is in it). */
    writeCaches(): string[];
    /**
     * Writes the cache of the files that ran without one: the first run of an
     * installed copy (the committed build and the npm package carry no cache,
     * which is specific to a Node.js version) makes the next ones start faster.
     * A folder that cannot be written (a read-only install) is left as it is,
     * and so is every cache after a large run changed the V8 flags.
     */
    writeMissingCaches(): void;
    private cacheFile;
    private readCache;
}
