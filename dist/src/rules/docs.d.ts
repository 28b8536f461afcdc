import type { Rule } from "./types.js";
/** The rule table for `dslint rules` and the README: generated from the rule modules, never written twice. */
export declare function ruleTableMarkdown(rules: readonly Rule[]): string;
export declare function ruleTableText(rules: readonly Rule[]): string;
/** `dslint explain <id>`: everything about one rule, with a bad and a good example. */
export declare function explainRule(rule: Rule): string;
