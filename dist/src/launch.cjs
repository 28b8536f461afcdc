"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CachedModules = exports.MODULE_WRAPPER = void 0;
/**
 * Starts the command-line bundle (dist/dslint.cjs), and the yaml package's
 * (dist/yaml.cjs) when a run needs it, from V8's code cache, which the build
 * writes into dist/code-cache/ after a sample check (scripts/code-cache.ts).
 * A run then skips compiling the bundle's 1 MB and the functions a check
 * goes through: most of a one-file check's start-up.
 *
 * The first line of each such file names its build; V8 itself
 * compares only the source's length, so a cache is used only for the text
 * whose first line it carries. A cache V8 rejects (another Node.js version,
 * other V8 flags) is ignored, and the file compiles as usual.
 */
const node_fs_1 = require("node:fs");
const node_module_1 = require("node:module");
const node_path_1 = require("node:path");
const node_vm_1 = require("node:vm");
// CommonJS, so that bin/dslint.js loads it with require(): an ES module costs
// a few milliseconds more to load, on every run.
const DIST = (0, node_path_1.join)(__dirname, "..");
const PACKAGE_ROOT = (0, node_path_1.join)(DIST, "..");
const CODE_CACHE_DIR = (0, node_path_1.join)(DIST, "code-cache");
const BUNDLE = (0, node_path_1.join)(DIST, "dslint.cjs");
/** `/* dslint build 0123abcd *\/`, written by scripts/bundle.ts. */
const ID_LINE = /^\/\* dslint build [0-9a-f]+ \*\//;
/**
 * The CommonJS wrapper, on the file's first line so that stack traces keep
 * their line numbers. scripts/bundle.ts writes the bundles inside it: a
 * megabyte of text joined to it at run time is a copy V8 has to flatten,
 * 3 ms of every start.
 */
exports.MODULE_WRAPPER = ["(function (exports, require, module, __filename, __dirname) {", "\n})"];
/**
 * The V8 flags of a large run, set when the bundle says the run is large
 * (src/modules.ts largeRun). A run keeps little alive (about 20 MB of heap
 * for 5,000 DaemonSets) but allocates a lot, and V8 lets the heap grow to up
 * to four times what survived its last full collection before collecting
 * again; 1.5 times keeps the peak resident memory of a large run about 10%
 * lower at about the same CPU time. The heap controller reads the flag at
 * every collection. They are not set at start-up: loading node:v8 costs a
 * run of one file 4 ms, and a code cache is accepted only under the flags
 * it was made with, so the build makes it without them.
 */
const LARGE_RUN_FLAGS = ["--heap-growing-percent=50"];
/** Runs CommonJS files in ASCII (as scripts/bundle.ts writes them) through V8's code cache; each file once. */
class CachedModules {
    modules = new Map();
    useCache;
    /** Whether the flags of a large run are set: caches made from now on would not match the next run's flags. */
    flagsChanged = false;
    cacheDir;
    constructor(options = {}) {
        this.useCache = options.useCache ?? true;
        this.cacheDir = options.cacheDir ?? CODE_CACHE_DIR;
    }
    /** The command-line bundle, with this loader for the modules it finds at run time. */
    bundle() {
        const bundle = this.require(BUNDLE);
        bundle.useModuleLoader({ importModule: (specifier) => import(specifier), requireModule: (path) => this.require(path), largeRun: () => this.largeRun() });
        return bundle;
    }
    largeRun() {
        if (this.flagsChanged)
            return;
        this.flagsChanged = true;
        const { setFlagsFromString } = require("node:v8");
        for (const flag of LARGE_RUN_FLAGS)
            setFlagsFromString(flag);
    }
    require(file) {
        const path = (0, node_path_1.resolve)(file);
        const known = this.modules.get(path);
        if (known)
            return known.exports;
        const source = readSource(path);
        // A copy, not a slice: V8 makes a substring a view of its parent, and the id is kept for the whole run.
        const idLine = ID_LINE.exec(source)?.[0];
        const id = idLine === undefined ? undefined : Buffer.from(idLine, "latin1").toString("latin1");
        const cachedData = id !== undefined && this.useCache ? this.readCache(path, id) : undefined;
        const [open, close] = exports.MODULE_WRAPPER;
        const wrapped = idLine !== undefined && source.startsWith(open, idLine.length) && source.endsWith(close);
        const script = new node_vm_1.Script(wrapped ? source : `${open}${source}${close}`, { filename: path, cachedData });
        const module = { exports: {} };
        this.modules.set(path, { exports: module.exports, script, id, fromCache: cachedData !== undefined && !script.cachedDataRejected });
        const require = (0, node_module_1.createRequire)(path);
        script.runInThisContext()(module.exports, require, module, path, (0, node_path_1.dirname)(path));
        this.modules.get(path).exports = module.exports;
        return module.exports;
    }
    /** Whether a file that has run was compiled from its cache. */
    fromCache(file) {
        return this.modules.get((0, node_path_1.resolve)(file))?.fromCache ?? false;
    }
    /** Writes the code cache of the files run so far (what has been compiled is in it). */
    writeCaches() {
        (0, node_fs_1.mkdirSync)(this.cacheDir, { recursive: true });
        const written = [];
        for (const [path, { script, id }] of this.modules) {
            if (id === undefined)
                continue;
            (0, node_fs_1.writeFileSync)(this.cacheFile(path), Buffer.concat([Buffer.from(id, "utf8"), script.createCachedData()]));
            written.push(path);
        }
        return written;
    }
    /**
     * Writes the cache of the files that ran without one: the first run of an
     * installed copy (the committed build and the npm package carry no cache,
     * which is specific to a Node.js version) makes the next ones start faster.
     * A folder that cannot be written (a read-only install) is left as it is,
     * and so is every cache after a large run changed the V8 flags.
     */
    writeMissingCaches() {
        if (this.flagsChanged)
            return;
        for (const [path, { script, id, fromCache }] of this.modules) {
            if (id === undefined || fromCache)
                continue;
            const file = this.cacheFile(path);
            // Another run may be writing the same cache: each writes its own file and renames it into place.
            const temp = `${file}.${process.pid}.tmp`;
            try {
                (0, node_fs_1.mkdirSync)(this.cacheDir, { recursive: true });
                (0, node_fs_1.writeFileSync)(temp, Buffer.concat([Buffer.from(id, "utf8"), script.createCachedData()]));
                (0, node_fs_1.renameSync)(temp, file);
            }
            catch {
                try {
                    (0, node_fs_1.rmSync)(temp, { force: true });
                }
                catch {
                    // nothing was written
                }
                return;
            }
        }
    }
    cacheFile(path) {
        return (0, node_path_1.join)(this.cacheDir, `${(0, node_path_1.relative)(PACKAGE_ROOT, path).replace(/[\\/:]/g, "_")}.cache`);
    }
    readCache(path, id) {
        try {
            const cache = (0, node_fs_1.readFileSync)(this.cacheFile(path));
            const tag = Buffer.from(id, "utf8");
            return cache.subarray(0, tag.length).equals(tag) ? cache.subarray(tag.length) : undefined;
        }
        catch {
            return undefined; // no cache: compile as usual
        }
    }
}
exports.CachedModules = CachedModules;
/**
 * A bundle's text. scripts/bundle.ts writes them in ASCII, so latin1 reads
 * them right, and it costs half of what readFileSync's UTF-8 path does for a
 * file of 1 MiB or more (8 against 15 ms on a 2-core machine).
 */
function readSource(path) {
    return (0, node_fs_1.readFileSync)(path, "latin1");
}
