/**
 * A compiled custom rule as a rule like the built-in ones: it runs in the
 * rules stage, takes its severity from the configuration, and its findings
 * sit at the field its `assert` read (or its `at`), so suppressions, every
 * output format, `dslint rules` and the language server treat it alike.
 */
import type { Anchor } from "../../finding.js";
import { formatPath } from "../../path.js";
import type { Rule, RuleMeta } from "../types.js";
import type { DaemonSetView } from "../view.js";
import type { CompiledCustomRule } from "./compile.js";
import { BudgetExceeded, evaluator, STEP_BUDGET, type Evaluator } from "./language.js";
import { scopeItems } from "./scopes.js";
import type { CustomRuleSpec } from "./spec.js";

/** What a custom rule's configuration says of it, as a built-in rule's metadata. */
export function customRuleMeta(spec: CustomRuleSpec): RuleMeta {
  return {
    id: spec.id,
    severity: spec.severity,
    category: "custom",
    description: spec.description,
    rationale: spec.rationale ?? "",
    fix: spec.fix ?? "",
  };
}

/** Where one DaemonSet took a rule over its step budget. */
interface OverBudget {
  daemonSet: string;
}

/**
 * The rule. An evaluation over its step budget is no finding on the
 * DaemonSet: the rule is skipped there, and the cross-document pass reports
 * it once, at the rule in the configuration, as an error.
 */
export function customRule(compiled: CompiledCustomRule, budget = STEP_BUDGET): Rule<Record<string, never>, OverBudget> {
  const { spec, ir } = compiled;
  const make = (key: keyof typeof ir): Evaluator | undefined => (ir[key] === undefined ? undefined : evaluator(ir[key], { budget }));
  const when = make("when");
  const assert = make("assert")!;
  const message = make("message")!;
  const at = make("at");
  const overBudget = new WeakMap<DaemonSetView, OverBudget>();
  return {
    meta: customRuleMeta(spec),
    defaultOptions: {},
    check(view, _options, report) {
      try {
        for (const scope of scopeItems(view, spec.forEach)) {
          if (when && !when.evaluate(scope)) continue;
          if (assert.evaluate(scope)) continue;
          const path = (at ? at.path(scope) : assert.blame(scope)) ?? scope.at;
          const r: Parameters<typeof report>[0] = { message: message.text(scope), path };
          if (spec.fix) r.fix = spec.fix;
          report(r);
        }
      } catch (err) {
        if (!(err instanceof BudgetExceeded)) throw err;
        const at = view.anchor([]);
        overBudget.set(view, { daemonSet: `${at.file}:${at.range.line}:${at.range.column}${view.name ? ` (${view.name})` : ""}` });
      }
    },
    collect: (view) => overBudget.get(view),
    checkAll({ facts }, _options, report) {
      let first: OverBudget | undefined;
      let count = 0;
      for (const { fact } of facts) if (count++ === 0) first = fact;
      if (!first) return;
      const others = count > 1 ? ` and ${count - 1} other DaemonSet${count > 2 ? "s" : ""}` : "";
      report({
        at: configAnchor(spec),
        severity: "error",
        message: `custom rule "${spec.id}" took more than ${budget.toLocaleString("en-US")} steps on the DaemonSet at ${first.daemonSet}${others}, and was not checked there`,
        fix: "simplify the rule: fewer nested some/every/flatMap over large lists",
      });
    },
    examples: { valid: [], invalid: [] },
    custom: spec,
  };
}

/** The rule's place in the configuration, for what is wrong with the rule itself. */
function configAnchor(spec: CustomRuleSpec): Anchor {
  return { file: spec.place.file, range: spec.place.range, path: formatPath(["customRules", spec.id]), object: { kind: "CustomRule", name: spec.id } };
}
