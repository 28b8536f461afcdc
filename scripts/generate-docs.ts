/**
 * `npm run docs`: writes what is generated from the registry of finding
 * kinds (src/rules/registry.ts): the README's rule table (between
 * `<!-- rules:start -->` and `<!-- rules:end -->`), its Findings table
 * (`<!-- findings:start -->` ... `<!-- findings:end -->`) and the
 * configuration's JSON Schema, schemas/dslint-config.schema.json. Tests fail
 * when any of them is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { configSchemaText } from "../src/config/config-schema.js";
import { findingTableMarkdown, ruleTableMarkdown } from "../src/rules/docs.js";
import { loadFindingKinds, type FindingKinds } from "../src/rules/registry.js";
import { packageRoot } from "../src/package.js";

const root = packageRoot();
const readmePath = join(root, "README.md");
const schemaPath = join(root, "schemas", "dslint-config.schema.json");

/** The README with its generated tables as the registry gives them. */
export function withGeneratedTables(readme: string, kinds: FindingKinds): string {
  return withTable(withTable(readme, "rules", ruleTableMarkdown(kinds.all)), "findings", findingTableMarkdown(kinds.all));
}

function withTable(readme: string, name: string, table: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md has no ${name}:start / ${name}:end markers`);
  return `${readme.slice(0, a + start.length)}\n${table}\n${readme.slice(b)}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const kinds = await loadFindingKinds();
  writeFileSync(readmePath, withGeneratedTables(readFileSync(readmePath, "utf8"), kinds));
  writeFileSync(schemaPath, configSchemaText(kinds));
  console.log(`README.md and schemas/dslint-config.schema.json: ${kinds.all.length} kinds of finding (${kinds.all.filter((k) => k.rule).length} rules)`);
}
