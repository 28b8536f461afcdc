/**
 * Bundles the command line into dist/dslint.cjs, the worker thread into
 * dist/worker.js and the language server into dist/lsp.js, from tsc's output.
 * One file instead of about a hundred ES modules is what keeps a pre-commit
 * or editor run close to bare `node` start-up. The rule modules are imported
 * statically here, so the bundle needs no folder scan; the schema validators
 * stay separate files, imported only for the target version.
 *
 * The command line is a CommonJS bundle so that src/launch.cts can run it
 * from V8's code cache, which this script writes last (scripts/code-cache.ts).
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";

const dist = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const rulesDir = join(dist, "rules");
const ruleFiles = readdirSync(rulesDir).filter((f) => f.endsWith(".js")).sort();

// Imported first by each entry, so the rules are in place before any module
// body runs (ES modules evaluate their imports in order; the worker starts
// checking as soon as its module is evaluated).
const provideFile = join(dist, ".entry-rules.js");
writeFileSync(
  provideFile,
  [
    `import { provideRules } from ${JSON.stringify(join(dist, "src", "rules", "registry.js"))};`,
    ...ruleFiles.map((f, i) => `import rule${i} from ${JSON.stringify(join(rulesDir, f))};`),
    `provideRules([${ruleFiles.map((_, i) => `rule${i}`).join(", ")}]);`,
  ].join("\n"),
);

const modules = join(dist, "src", "modules.js");

function entry(main: string, ...more: string[]): string {
  return [`import ${JSON.stringify(provideFile)};`, `export * from ${JSON.stringify(join(dist, "src", main))};`, ...more].join("\n");
}

// `dslint lsp` is a bundle of its own: main.ts imports ./lsp-command.js only
// for that command, and without this the language server (vscode-languageserver
// and the protocol, a third of the bundle) would be parsed by every `dslint check`.
// The command line reaches it through importModule (src/modules.ts).
const lspApart: Plugin = {
  name: "lsp-apart",
  setup(b) {
    b.onResolve({ filter: /^\.\/lsp-command\.js$/ }, () => ({ path: "lsp-command", namespace: "lsp-apart" }));
    b.onLoad({ filter: /.*/, namespace: "lsp-apart" }, () => ({
      contents: [
        `import { importModule } from ${JSON.stringify(modules)};`,
        `export async function runLsp(args, io) {`,
        `  return (await importModule(new URL("./lsp.js", import.meta.url).href)).runLsp(args, io);`,
        `}`,
      ].join("\n"),
      resolveDir: dist,
      loader: "js",
    }));
  },
};

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  // Less text to compile at start-up; identifiers stay readable for internal-error stacks.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
} as const;

// The command line, as CommonJS: import.meta.url becomes the bundle's own URL.
const buildLine = `/* dslint build ${randomBytes(8).toString("hex")} */`;
const cliEntry = join(dist, ".entry-dslint.js");
// The launcher (src/launch.cts) hands the bundle its module loader.
writeFileSync(cliEntry, entry("cli/main.js", `export { useModuleLoader } from ${JSON.stringify(modules)};`));
await build({
  ...common,
  entryPoints: [cliEntry],
  outfile: join(dist, "dslint.cjs"),
  plugins: [lspApart],
  format: "cjs",
  define: { "import.meta.url": "__bundleUrl" },
  banner: { js: `${buildLine}"use strict";var __bundleUrl = require("node:url").pathToFileURL(__filename).href;` },
});

// The worker thread and the language server, as ES modules.
for (const [main, out] of [
  ["worker.js", "worker.js"],
  ["cli/lsp-command.js", "lsp.js"],
] as const) {
  const entryFile = join(dist, `.entry-${out}`);
  writeFileSync(entryFile, entry(main));
  await build({
    ...common,
    entryPoints: [entryFile],
    outfile: join(dist, out),
    format: "esm",
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  });
}

// V8's code cache of the command line after a representative run, in a fresh process.
const cache = spawnSync(process.execPath, [join(dist, "scripts", "code-cache.js")], { stdio: "inherit" });
if (cache.status !== 0) throw new Error("writing the code cache failed");
console.log(`bundled dist/dslint.cjs (with its code cache), dist/worker.js and dist/lsp.js with ${ruleFiles.length} rules`);
