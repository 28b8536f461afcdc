/**
 * `npm run docs`: writes the rule table into README.md between the
 * `<!-- rules:start -->` and `<!-- rules:end -->` markers, from the rule
 * modules themselves (a test fails when the README is out of date).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ruleTableMarkdown } from "../src/rules/docs.js";
import { loadRules } from "../src/rules/registry.js";
import { packageRoot } from "../src/package.js";

const root = packageRoot();
const readmePath = join(root, "README.md");

export function withRuleTable(readme: string, table: string): string {
  const start = "<!-- rules:start -->";
  const end = "<!-- rules:end -->";
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) throw new Error("README.md has no rules:start / rules:end markers");
  return `${readme.slice(0, a + start.length)}\n${table}\n${readme.slice(b)}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rules = await loadRules();
  writeFileSync(readmePath, withRuleTable(readFileSync(readmePath, "utf8"), ruleTableMarkdown(rules)));
  console.log(`README.md: ${rules.length} rules`);
}
