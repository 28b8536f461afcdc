/**
 * Writes dist/code-cache/: V8's code cache of the command-line bundle
 * (src/launch.cts). It is taken after one check of examples/ in the default
 * format, the common run: what it compiles is in the cache, and a larger
 * cache would cost every run more to load than the lazily compiled rest
 * costs the runs that need it. Run by scripts/bundle.ts in a fresh process.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { CachedModules } from "../src/launch.cjs";
import { packageRoot } from "../src/package.js";

const root = packageRoot();
const modules = new CachedModules({ useCache: false });
rmSync(modules.cacheDir, { recursive: true, force: true });
const bundle = modules.bundle();
const sink = { write: () => true };
const io = { stdout: sink, stderr: sink, readStdin: async () => "", env: {}, cwd: root };
const examples = join(root, "examples", "manifests");
await bundle.main(["check", examples], io);
modules.writeCaches();
