/**
 * Bundles the command line into dist/dslint.js, and the worker thread into
 * dist/worker.js, from tsc's output. One file instead of about a hundred ES
 * modules is what keeps a pre-commit or editor run close to bare `node`
 * start-up. The rule modules are imported statically here, so the bundle
 * needs no folder scan; the schema validators stay separate files, imported
 * only for the target version.
 */
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

function entry(main: string): string {
  return [`import ${JSON.stringify(provideFile)};`, `export * from ${JSON.stringify(join(dist, "src", main))};`].join("\n");
}

// `dslint lsp` is a bundle of its own: main.ts imports ./lsp-command.js only
// for that command, and without this the language server (vscode-languageserver
// and the protocol, a third of the bundle) would be parsed by every `dslint check`.
const lspApart: Plugin = {
  name: "lsp-apart",
  setup(b) {
    b.onResolve({ filter: /^\.\/lsp-command\.js$/ }, () => ({ path: "./lsp.js", external: true }));
  },
};

for (const [main, out, plugins] of [
  ["cli/main.js", "dslint.js", [lspApart]],
  ["worker.js", "worker.js", []],
  ["cli/lsp-command.js", "lsp.js", []],
] as const) {
  const entryFile = join(dist, `.entry-${out}`);
  writeFileSync(entryFile, entry(main));
  await build({
    entryPoints: [entryFile],
    outfile: join(dist, out),
    plugins: [...plugins],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    // Less text to compile at start-up; identifiers stay readable for internal-error stacks.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: "warning",
  });
}
console.log(`bundled dist/dslint.js, dist/worker.js and dist/lsp.js with ${ruleFiles.length} rules`);
