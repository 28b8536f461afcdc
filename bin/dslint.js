#!/usr/bin/env node
import { createRequire } from "node:module";

// process.env is backed by the C++ environment, so every read is a native
// call; the YAML parser reads an environment variable for every token. A
// plain copy keeps those reads cheap (child processes still get this env).
process.env = { ...process.env };

const { CachedModules } = createRequire(import.meta.url)("../dist/src/launch.cjs");
const modules = new CachedModules();
process.exitCode = await modules.bundle().main(process.argv.slice(2));
modules.writeMissingCaches();
