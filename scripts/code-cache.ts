/**
 * Writes dist/dslint.cjs.cache: V8's code cache of the command-line bundle
 * after a representative run (checks of examples/ in the default and the JSON
 * format), so that later runs skip compiling what a check uses
 * (src/launch.ts). Run by scripts/bundle.ts in a fresh process, so the cache
 * holds exactly what such a run compiles.
 */
import { rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CODE_CACHE, loadBundle } from "../src/launch.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
rmSync(CODE_CACHE, { force: true });
const { bundle, codeCache } = loadBundle({ useCache: false });
const sink = { write: () => true };
const io = { stdout: sink, stderr: sink, readStdin: async () => "", env: {}, cwd: root };
const examples = join(root, "examples", "manifests");
for (const argv of [["check", examples], ["check", "--format", "json", examples]]) {
  await bundle.main(argv, io);
}
writeFileSync(CODE_CACHE, codeCache());
