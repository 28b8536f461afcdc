import type { RuleDescriptor } from "../report/types.js";
import type { FindingKind } from "./types.js";
/** The README anchor of a kind's row: the documentation link of SARIF (helpUri) and of the README's tables. */
export declare function kindAnchor(id: string): string;
/** The rule table of the README: the rule modules. */
export declare function ruleTableMarkdown(kinds: readonly FindingKind[]): string;
/** The README's Findings table: what the other stages report, and what the configuration may make of it. */
export declare function findingTableMarkdown(kinds: readonly FindingKind[]): string;
/** `dslint rules`: every kind, whatever stage reports it. */
export declare function ruleTableText(kinds: readonly FindingKind[]): string;
/** `dslint rules --format json`. */
export declare function ruleListJson(kinds: readonly FindingKind[]): unknown[];
/** What a report says about each kind (SARIF's rule metadata); `home` is the README's address. */
export declare function ruleDescriptors(kinds: readonly FindingKind[], home: string): RuleDescriptor[];
/** `dslint explain <id>`: everything about one kind, with a bad and a good example where it has them. */
export declare function explainKind(kind: FindingKind): string;
/** `a, b or c` */
export declare function words(list: readonly string[], last?: "and" | "or"): string;
