/**
 * Writes dist/code-cache/: V8's code cache of the command-line bundle and of
 * the schema validators, after checks of examples/ against every Kubernetes
 * version and in the default and JSON formats, so that later runs skip
 * compiling what a check uses (src/launch.ts). Run by scripts/bundle.ts in a
 * fresh process, so the caches hold what such runs compile.
 */
import { rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CachedModules } from "../src/launch.js";
import { KNOWN_VERSIONS } from "../src/schema/versions.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const modules = new CachedModules({ useCache: false });
rmSync(modules.cacheDir, { recursive: true, force: true });
const bundle = modules.bundle();
const sink = { write: () => true };
const io = { stdout: sink, stderr: sink, readStdin: async () => "", env: {}, cwd: root };
const examples = join(root, "examples", "manifests");
for (const version of KNOWN_VERSIONS) await bundle.main(["check", "--kubernetes-version", version, examples], io);
await bundle.main(["check", "--format", "json", examples], io);
modules.writeCaches();
