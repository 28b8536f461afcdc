import type { Anchor, RuleSeverity } from "../finding.js";
import type { Path } from "../path.js";
import type { DaemonSetView } from "./view.js";

export type RuleCategory = "api" | "scheduling" | "security" | "pod-security" | "reliability" | "operations" | "best-practice";

/** A rule option, documented and validated from this description. */
export interface RuleOptionSpec {
  type: "boolean" | "string" | "number" | "string[]" | "enum";
  description: string;
  /** For `enum`. */
  values?: readonly string[];
}

export interface RuleMeta {
  /** Stable kebab-case id. */
  id: string;
  /** Severity when the configuration does not say otherwise; "off" = opt-in. */
  severity: RuleSeverity;
  category: RuleCategory;
  /** One line, shown in `dslint rules` and the README table. */
  description: string;
  /** Why it matters: a few sentences for `dslint explain`. */
  rationale: string;
  /** How to fix it, in general. */
  fix: string;
  options?: Readonly<Record<string, RuleOptionSpec>>;
}

/** A manifest with what the rule must (invalid) or must not (valid) report; run by the test suite. */
export interface RuleExample {
  /** What the example shows. */
  name: string;
  /** YAML, possibly several documents (cross-document rules). */
  manifest: string;
  options?: Readonly<Record<string, unknown>>;
  /** For invalid examples: the findings of this rule, in order, by start position and a piece of the message. */
  findings?: ReadonlyArray<{ line: number; column: number; message?: string }>;
}

/** What a rule reports about one DaemonSet. */
export interface RuleReport {
  message: string;
  /** Field in the DaemonSet; the deepest existing node is highlighted. */
  path: Path;
  onKey?: boolean;
  fix?: string;
}

export interface CrossReport {
  at: Anchor;
  message: string;
  fix?: string;
}

/** What a cross-document rule sees: one fact per DaemonSet, plus the PriorityClasses in the input. */
export interface InputFacts<F> {
  facts: ReadonlyArray<{ fact: F; daemonSet: Anchor }>;
  /** Names of the PriorityClass objects in the input. */
  priorityClasses: ReadonlySet<string>;
}

export interface Rule<O extends Record<string, unknown> = Record<string, unknown>, F = unknown> {
  meta: RuleMeta;
  defaultOptions: O;
  /** Checks one DaemonSet. */
  check?(ds: DaemonSetView, options: O, report: (r: RuleReport) => void): void;
  /**
   * Cross-document rules: `collect` runs next to each DaemonSet (possibly on a
   * worker thread) and returns a serialisable fact; `checkAll` sees them all.
   */
  collect?(ds: DaemonSetView, options: O): F | undefined;
  checkAll?(input: InputFacts<F>, options: O, report: (r: CrossReport) => void): void;
  examples: { valid: readonly RuleExample[]; invalid: readonly RuleExample[] };
}

/** Helps rule modules keep their option types without repeating them. */
export function defineRule<O extends Record<string, unknown>, F = unknown>(rule: Rule<O, F>): Rule<O, F> {
  return rule;
}
