import { emptyConfig, type DslintConfig, type RuleSetting } from "../src/config/config.js";
import { loadRules } from "../src/rules/registry.js";

const rules = await loadRules();

/** A configuration with every rule off but one, so a test sees that rule's findings alone. */
export function onlyRule(ruleId: string, setting: RuleSetting = { severity: "warning" }, dir = process.cwd()): DslintConfig {
  const config = emptyConfig(dir);
  for (const r of rules) config.rules[r.meta.id] = { severity: "off" };
  config.rules[ruleId] = setting;
  return config;
}
