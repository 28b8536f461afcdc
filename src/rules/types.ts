import type { FixProposal } from "../fix/edits.js";
import type { Anchor, RuleSeverity, Severity } from "../finding.js";
import type { Path } from "../path.js";
import type { CustomRuleSpec } from "./custom/spec.js";
import type { InputObjects } from "./input-objects.js";
import type { DaemonSetView } from "./view.js";

/** "custom": the configuration's own rules (`customRules`). */
export type RuleCategory = "api" | "scheduling" | "security" | "pod-security" | "reliability" | "operations" | "best-practice" | "custom";

/** The categories of the findings other stages report. */
export type FindingCategory = RuleCategory | "input" | "placement" | "suppressions";

/** The stage of the pipeline that reports a kind of finding (the folders of src/, README: Layout). */
export type Stage = "load" | "schema" | "validate" | "rules" | "simulate" | "suppressions";

/** A rule option, documented and validated from this description; the configuration schema is generated from it. */
export interface RuleOptionSpec {
  /** `taint[]`: a list of `{key, value?, effect}` as in `node.spec.taints`. */
  type: "boolean" | "string" | "number" | "string[]" | "enum" | "enum[]" | "taint[]";
  description: string;
  /** For `enum` and `enum[]`. */
  values?: readonly string[];
  /** For `string`: a regular expression the text must match, as written (an unquoted 1.30 is "1.30"). */
  pattern?: string;
  /** What `pattern` accepts, in the words of a message: `"latest" or a version such as "v1.30"`. */
  patternText?: string;
  /**
   * For `string` with a `pattern`: the JSON Schema of the unquoted numbers
   * that match it as written. Editors read YAML 1.2, where they are numbers.
   */
  numberSchema?: Readonly<Record<string, unknown>>;
}

/**
 * A top-level setting of `.dslint.yaml` that gives a rule's options, so that
 * the setting reads as what it means (`podSecurity: {level, version}` for
 * the pod-security rule). Rule settings in `rules` and `overrides` win.
 */
export interface TopLevelSetting {
  key: string;
  /** For the configuration schema. */
  description: string;
  /** Giving this option there turns a rule that is off by default on, at this severity. */
  enables?: { option: string; severity: Severity };
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
  /** A top-level setting that gives the rule's options (the same ones). */
  setting?: TopLevelSetting;
  /**
   * Rules that say more about some of the fields this one reports: where one
   * of them reports the same field of a DaemonSet, this rule's finding there is
   * dropped, so the field gets one finding. While they are off, this rule
   * reports the field.
   */
  yieldsTo?: readonly string[];
}

/**
 * One kind of finding as the registry (rules/registry.ts) describes it,
 * whatever stage reports it: what configuration validation, `dslint rules`
 * and `explain`, the README tables, SARIF and the configuration schema read.
 */
export interface FindingKind {
  id: string;
  stage: Stage;
  /** Severity when the configuration does not say otherwise; "off" = opt-in. */
  severity: RuleSeverity;
  category: FindingCategory;
  /** One line. */
  description: string;
  /** Why it matters, where more than the description says it. */
  rationale?: string;
  /** How to fix it, in general. */
  fix: string;
  /** What `.dslint.yaml` may set it to. */
  severities: readonly RuleSeverity[];
  /** Why it cannot be set to the others, when `severities` is not all of them. */
  severitiesBecause?: string;
  /** Whether a suppression comment or annotation can hide one. */
  suppressible: boolean;
  options: Readonly<Record<string, RuleOptionSpec>>;
  defaultOptions: Readonly<Record<string, unknown>>;
  setting?: TopLevelSetting;
  examples?: Rule["examples"];
  /** The rule module, for the kinds the rules stage reports. */
  rule?: Rule;
  /** The configuration's rule, for a custom rule. */
  custom?: CustomRuleSpec;
}

/** A manifest the test suite checks for one kind of finding (ESLint's RuleTester cases). */
interface RuleExampleBase {
  /** What the example shows. */
  name: string;
  /** YAML, possibly several documents (cross-document rules). */
  manifest: string;
  options?: Readonly<Record<string, unknown>>;
}

/** A manifest that must get no finding of the kind. */
export interface ValidExample extends RuleExampleBase {
  /** Never: a valid example that lists findings is a type error, not a silently ignored list. */
  findings?: never;
}

/** One finding an invalid example must produce. Lines and columns are 1-based; the end is exclusive, as in `Finding`. */
export interface ExpectedFinding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The whole message. */
  message: string;
}

/** A manifest that must get findings of the kind: every one of them, in order. */
export interface RuleExamples {
  valid: readonly ValidExample[];
  invalid: readonly InvalidExample[];
}

export interface InvalidExample extends RuleExampleBase {
  findings: readonly [ExpectedFinding, ...ExpectedFinding[]];
}

/** What a rule reports about one DaemonSet. */
export interface RuleReport {
  message: string;
  /** Field in the DaemonSet; the deepest existing node is highlighted. */
  path: Path;
  onKey?: boolean;
  /** The hint: what to do, in words. */
  fix?: string;
  /** The edits `--fix` applies: the author's intent kept, nothing a reviewer must think about (src/fix/edits.ts). */
  autofix?: FixProposal;
  /** Edits offered in the editor and by --fix-dry-run, applied only on request: they change what runs. */
  suggestions?: FixProposal[];
}

export interface CrossReport {
  at: Anchor;
  message: string;
  fix?: string;
  /** Instead of the severity the rule has at the DaemonSet: for a problem with the rule itself, reported in the configuration. */
  severity?: Severity;
}

/** The objects of the input other than DaemonSets that cross-document rules look up, as little of each as they need. */
export interface DefinedObjects {
  /** Names of the PriorityClass objects in the input. */
  priorityClasses: ReadonlySet<string>;
  /** The ServiceAccounts, ConfigMaps and Secrets: names and data keys. */
  objects: InputObjects;
}

/**
 * What a cross-document rule sees: one fact per DaemonSet, plus the objects the input defines.
 * The facts are read from where the run keeps them as they are iterated: a rule keeps what it needs of each.
 */
export interface InputFacts<F> extends DefinedObjects {
  facts: Iterable<{ fact: F; daemonSet: Anchor }>;
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
  /**
   * Rule modules write it as a getter (`get examples(): RuleExamples`): the
   * examples are built only when tests, docs or `dslint rules test` read
   * them, so a run neither builds nor loads them from the code cache.
   */
  examples: RuleExamples;
  /** The configuration's rule this one was compiled from (`customRules`). */
  custom?: CustomRuleSpec;
}

/** Helps rule modules keep their option types without repeating them. */
export function defineRule<O extends Record<string, unknown>, F = unknown>(rule: Rule<O, F>): Rule<O, F> {
  return rule;
}
