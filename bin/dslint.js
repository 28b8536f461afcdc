#!/usr/bin/env node
"use strict";
// CommonJS (bin/package.json says so): an ES module entry point costs a few
// milliseconds more to start, on every run.

// process.env is backed by the C++ environment, so every read is a native
// call; the YAML parser reads an environment variable for every token. A
// plain copy keeps those reads cheap (child processes still get this env).
process.env = { ...process.env };

const { CachedModules } = require("../dist/src/launch.cjs");
const modules = new CachedModules();
modules
  .bundle()
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
    modules.writeMissingCaches();
  });
