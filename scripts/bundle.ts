/**
 * Bundles the command line into dist/dslint.cjs, the worker thread into
 * dist/worker.js and the language server into dist/lsp.js, from tsc's output.
 * One file instead of about a hundred ES modules is what keeps a pre-commit
 * or editor run close to bare `node` start-up. The rule modules come in
 * through rules/index.ts, the registry's one list of them; the schema
 * validators stay separate files, imported only for the target version.
 *
 * The command line is a CommonJS bundle so that src/launch.cts can run it
 * from V8's code cache, which this script writes last (scripts/code-cache.ts).
 *
 * The bundles are committed (the GitHub Action and the pre-commit hook run
 * them without building), so the same sources must give the same bytes: the
 * build id is a hash of the bundle's text, and the licences of the packages
 * bundled in are collected into dist/THIRD-PARTY-LICENSES.txt.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Metafile, type Plugin } from "esbuild";
import { MODULE_WRAPPER } from "../src/launch.cjs";

const dist = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const modules = join(dist, "src", "modules.js");

function entry(main: string, ...more: string[]): string {
  return [`export * from ${JSON.stringify(join(dist, "src", main))};`, ...more].join("\n");
}

/** Replaces the module that `specifier` names (as its importer writes it) with `contents`, resolved from dist/; `module` names it in the bundle. */
function replaceModule(name: string, module: string, specifier: RegExp, contents: string[]): Plugin {
  return {
    name,
    setup(b) {
      b.onResolve({ filter: specifier }, () => ({ path: module, namespace: name }));
      b.onLoad({ filter: /.*/, namespace: name }, () => ({ contents: contents.join("\n"), resolveDir: dist, loader: "js" }));
    },
  };
}

// `dslint lsp` is a bundle of its own: main.ts imports ./lsp-command.js only
// for that command, and without this the language server (vscode-languageserver
// and the protocol, a third of the bundle) would be parsed by every `dslint check`.
// The command line reaches it through importModule (src/modules.ts).
const lspApart = replaceModule("lsp-apart", "lsp-command", /^\.\/lsp-command\.js$/, [
  `import { importModule } from ${JSON.stringify(modules)};`,
  `export async function runLsp(args, io) {`,
  `  return (await importModule(new URL("./lsp.js", import.meta.url).href)).runLsp(args, io);`,
  `}`,
]);

// The yaml package is needed only for charts and kustomizations
// (src/load/yaml-package.ts): the bundles leave it out and load
// dist/yaml.cjs, built below, the first time one is read.
const yamlApart = replaceModule("yaml-apart", "yaml-package", /^\.\/yaml-package\.js$/, [
  `import { fileURLToPath } from "node:url";`,
  `import { requireModule } from ${JSON.stringify(modules)};`,
  `let loaded;`,
  `export function yamlPackage() {`,
  `  return (loaded ??= requireModule(fileURLToPath(new URL("./yaml.cjs", import.meta.url))));`,
  `}`,
]);

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  // Less text to compile at start-up; identifiers stay readable for internal-error stacks.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
  // Loaded from node_modules on first use, only to compile custom rules (src/modules.ts: dependency).
  external: ["@typescript-eslint/typescript-estree", "typescript"] as string[],
} as const;

const metafiles: Metafile[] = [];

// The command line, as CommonJS: import.meta.url becomes the bundle's own URL.
const cliEntry = join(dist, ".entry-dslint.js");
// The launcher (src/launch.cts) hands the bundle its module loader.
writeFileSync(cliEntry, entry("cli/main.js", `export { useModuleLoader } from ${JSON.stringify(modules)};`));
const cli = await build({
  ...common,
  entryPoints: [cliEntry],
  outfile: join(dist, "dslint.cjs"),
  plugins: [lspApart, yamlApart],
  format: "cjs",
  define: { "import.meta.url": "__bundleUrl" },
  banner: { js: `"use strict";var __bundleUrl = require("node:url").pathToFileURL(__filename).href;` },
  write: false,
  metafile: true,
});
metafiles.push(cli.metafile);
/**
 * Writes a bundle that src/launch.cts runs from the code cache. Its first
 * line names the build (the launcher uses a cache only for the text it was
 * made from) and opens the module wrapper the launcher compiles it in, and
 * its text is ASCII, which esbuild's default charset ensures and the
 * launcher relies on to read it as latin1.
 */
function writeLaunchedBundle(file: string, text: string): void {
  if (!/^[\x00-\x7f]*$/.test(text)) throw new Error(`${file}: the bundle is not ASCII`);
  const [open, close] = MODULE_WRAPPER;
  writeFileSync(join(dist, file), `/* dslint build ${createHash("sha256").update(text).digest("hex").slice(0, 16)} */${open}${text}${close}`);
}

writeLaunchedBundle("dslint.cjs", cli.outputFiles[0]!.text);

// The worker thread and the language server, as ES modules.
for (const [main, out] of [
  ["worker.js", "worker.js"],
  ["cli/lsp-command.js", "lsp.js"],
] as const) {
  const entryFile = join(dist, `.entry-${out}`);
  writeFileSync(entryFile, entry(main));
  const result = await build({
    ...common,
    entryPoints: [entryFile],
    outfile: join(dist, out),
    format: "esm",
    plugins: [yamlApart],
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    metafile: true,
  });
  metafiles.push(result.metafile);
}

const yaml = await build({
  ...common,
  stdin: { contents: `module.exports = require("yaml");`, resolveDir: dist, loader: "js" },
  format: "cjs",
  write: false,
  metafile: true,
});
metafiles.push(yaml.metafile);
writeLaunchedBundle("yaml.cjs", yaml.outputFiles[0]!.text);

writeFileSync(join(dist, "THIRD-PARTY-LICENSES.txt"), thirdPartyLicenses(metafiles));

/** The name, version, licence and licence text of every package the bundles include, sorted by name. */
function thirdPartyLicenses(metas: readonly Metafile[]): string {
  const packageDirs = new Set<string>();
  for (const meta of metas) {
    for (const input of Object.keys(meta.inputs)) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (match) packageDirs.add(resolve(match[1]!));
    }
  }
  const sections = [...packageDirs]
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string; version: string; license?: string };
      const licenceFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
      if (!licenceFile) throw new Error(`${pkg.name} has no licence file to ship with the bundle`);
      return { name: pkg.name, text: `${pkg.name} ${pkg.version} (${pkg.license ?? "see below"})\n\n${readFileSync(join(dir, licenceFile), "utf8").trim()}\n` };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const rule = `\n${"-".repeat(78)}\n\n`;
  return `Packages included in dslint's bundles (dist/dslint.cjs, dist/worker.js, dist/lsp.js)\n${rule}${sections.map((s) => s.text).join(rule)}`;
}

// V8's code cache of the command line after a representative run, in a fresh process.
const cache = spawnSync(process.execPath, [join(dist, "scripts", "code-cache.js")], { stdio: "inherit" });
if (cache.status !== 0) throw new Error("writing the code cache failed");
console.log("bundled dist/dslint.cjs (with its code cache), dist/worker.js, dist/lsp.js and dist/yaml.cjs");
