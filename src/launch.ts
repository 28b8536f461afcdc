/**
 * Starts the command-line bundle (dist/dslint.cjs) from V8's code cache
 * (dist/dslint.cjs.cache, written by `npm run build`). A run then skips
 * compiling the bundle's 700 kB and the functions a check goes through: a
 * large part of a one-file check's start-up. A cache that V8 rejects (another
 * Node.js version, other V8 flags) or that belongs to another build is
 * ignored, and the bundle compiles as usual.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

const BUNDLE = join(dirname(fileURLToPath(import.meta.url)), "..", "dslint.cjs");
export const CODE_CACHE = `${BUNDLE}.cache`;

/** The bundle's first line names its build (scripts/bundle.ts). */
const BUILD_LINE = /^\/\* dslint build [0-9a-f]+ \*\//;

export interface Bundle {
  main(argv: readonly string[], io?: unknown): Promise<number>;
  useImporter(importer: (specifier: string) => Promise<unknown>): void;
}

export interface LoadedBundle {
  bundle: Bundle;
  /** V8's code cache for what has run so far, tagged with the build. */
  codeCache(): Buffer;
}

export function loadBundle(options: { useCache?: boolean } = {}): LoadedBundle {
  const source = readFileSync(BUNDLE, "utf8");
  // V8 checks a cache against the source's length only; the build line keeps another build's cache out.
  const build = Buffer.from(BUILD_LINE.exec(source)?.[0] ?? "\0", "latin1");
  let cachedData: Buffer | undefined;
  if (options.useCache !== false) {
    try {
      const cache = readFileSync(CODE_CACHE);
      if (cache.subarray(0, build.length).equals(build)) cachedData = cache.subarray(build.length);
    } catch {
      // No cache: compile as usual.
    }
  }
  // The CommonJS wrapper, on the bundle's first line so that stack traces keep their line numbers.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {"use strict";${source}\n})`, { filename: BUNDLE, cachedData });
  const module = { exports: {} as Bundle };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  module.exports.useImporter((specifier) => import(specifier));
  return { bundle: module.exports, codeCache: () => Buffer.concat([build, script.createCachedData()]) };
}
