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
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { Script } from "node:vm";
import type { ModuleLoader } from "./modules.js";

// CommonJS, so that bin/dslint.js loads it with require(): an ES module costs
// a few milliseconds more to load, on every run.
const DIST = join(__dirname, "..");
const PACKAGE_ROOT = join(DIST, "..");
const CODE_CACHE_DIR = join(DIST, "code-cache");
const BUNDLE = join(DIST, "dslint.cjs");

/** `/* dslint build 0123abcd *\/`, written by scripts/bundle.ts. */
const ID_LINE = /^\/\* dslint build [0-9a-f]+ \*\//;

/**
 * The CommonJS wrapper, on the file's first line so that stack traces keep
 * their line numbers. scripts/bundle.ts writes the bundles inside it: a
 * megabyte of text joined to it at run time is a copy V8 has to flatten,
 * 3 ms of every start.
 */
export const MODULE_WRAPPER = ["(function (exports, require, module, __filename, __dirname) {", "\n})"] as const;

export interface Bundle {
  main(argv: readonly string[], io?: unknown): Promise<number>;
  useModuleLoader(loader: ModuleLoader): void;
}

interface LoadedModule {
  exports: unknown;
  script: Script;
  id: string | undefined;
  /** Compiled from the cache (not rejected by V8). */
  fromCache: boolean;
}

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
export class CachedModules {
  private readonly modules = new Map<string, LoadedModule>();
  private readonly useCache: boolean;
  /** Whether the flags of a large run are set: caches made from now on would not match the next run's flags. */
  private flagsChanged = false;
  readonly cacheDir: string;

  constructor(options: { useCache?: boolean; cacheDir?: string } = {}) {
    this.useCache = options.useCache ?? true;
    this.cacheDir = options.cacheDir ?? CODE_CACHE_DIR;
  }

  /** The command-line bundle, with this loader for the modules it finds at run time. */
  bundle(): Bundle {
    const bundle = this.require(BUNDLE) as Bundle;
    bundle.useModuleLoader({ importModule: (specifier) => import(specifier), requireModule: (path) => this.require(path), largeRun: () => this.largeRun() });
    return bundle;
  }

  private largeRun(): void {
    if (this.flagsChanged) return;
    this.flagsChanged = true;
    const { setFlagsFromString } = require("node:v8") as typeof import("node:v8");
    for (const flag of LARGE_RUN_FLAGS) setFlagsFromString(flag);
  }

  require(file: string): unknown {
    const path = resolve(file);
    const known = this.modules.get(path);
    if (known) return known.exports;
    const source = readSource(path);
    // A copy, not a slice: V8 makes a substring a view of its parent, and the id is kept for the whole run.
    const idLine = ID_LINE.exec(source)?.[0];
    const id = idLine === undefined ? undefined : Buffer.from(idLine, "latin1").toString("latin1");
    const cachedData = id !== undefined && this.useCache ? this.readCache(path, id) : undefined;
    const [open, close] = MODULE_WRAPPER;
    const wrapped = idLine !== undefined && source.startsWith(open, idLine.length) && source.endsWith(close);
    const script = new Script(wrapped ? source : `${open}${source}${close}`, { filename: path, cachedData });
    const module = { exports: {} as unknown };
    this.modules.set(path, { exports: module.exports, script, id, fromCache: cachedData !== undefined && !script.cachedDataRejected });
    const require = createRequire(path);
    (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, require, module, path, dirname(path));
    this.modules.get(path)!.exports = module.exports;
    return module.exports;
  }

  /** Whether a file that has run was compiled from its cache. */
  fromCache(file: string): boolean {
    return this.modules.get(resolve(file))?.fromCache ?? false;
  }

  /** Writes the code cache of the files run so far (what has been compiled is in it). */
  writeCaches(): string[] {
    mkdirSync(this.cacheDir, { recursive: true });
    const written: string[] = [];
    for (const [path, { script, id }] of this.modules) {
      if (id === undefined) continue;
      writeFileSync(this.cacheFile(path), Buffer.concat([Buffer.from(id, "utf8"), script.createCachedData()]));
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
  writeMissingCaches(): void {
    if (this.flagsChanged) return;
    for (const [path, { script, id, fromCache }] of this.modules) {
      if (id === undefined || fromCache) continue;
      const file = this.cacheFile(path);
      // Another run may be writing the same cache: each writes its own file and renames it into place.
      const temp = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(this.cacheDir, { recursive: true });
        writeFileSync(temp, Buffer.concat([Buffer.from(id, "utf8"), script.createCachedData()]));
        renameSync(temp, file);
      } catch {
        try {
          rmSync(temp, { force: true });
        } catch {
          // nothing was written
        }
        return;
      }
    }
  }

  private cacheFile(path: string): string {
    return join(this.cacheDir, `${relative(PACKAGE_ROOT, path).replace(/[\\/:]/g, "_")}.cache`);
  }

  private readCache(path: string, id: string): Buffer | undefined {
    try {
      const cache = readFileSync(this.cacheFile(path));
      const tag = Buffer.from(id, "utf8");
      return cache.subarray(0, tag.length).equals(tag) ? cache.subarray(tag.length) : undefined;
    } catch {
      return undefined; // no cache: compile as usual
    }
  }
}

/**
 * A bundle's text. scripts/bundle.ts writes them in ASCII, so latin1 reads
 * them right, and it costs half of what readFileSync's UTF-8 path does for a
 * file of 1 MiB or more (8 against 15 ms on a 2-core machine).
 */
function readSource(path: string): string {
  return readFileSync(path, "latin1");
}
