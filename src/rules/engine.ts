import type { Anchor, Problem, Severity } from "../finding.js";
import type { ManifestObject } from "../load/types.js";
import type { CrossReport, DefinedObjects, Rule } from "./types.js";
import { DaemonSetView } from "./view.js";

/** A rule as configured for one file: its severity and its options (defaults merged). */
export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

/** What a cross-document rule collected next to one DaemonSet. */
export interface CollectedFact {
  ruleId: string;
  severity: Severity;
  fact: unknown;
  daemonSet: Anchor;
}

/** Runs the per-DaemonSet rules and collects the facts of cross-document ones. */
export function runRules(object: ManifestObject, kubernetesVersion: string, rules: readonly ActiveRule[]): { problems: Problem[]; facts: CollectedFact[] } {
  const view = new DaemonSetView(object, kubernetesVersion);
  const problems: Problem[] = [];
  const facts: CollectedFact[] = [];
  for (const { rule, severity, options } of rules) {
    rule.check?.(view, options, (r) => {
      const p: Problem = { ruleId: rule.meta.id, severity, message: r.message, path: r.path };
      if (r.onKey) p.onKey = true;
      if (r.fix) p.fix = r.fix;
      if (r.autofix) p.autofix = r.autofix;
      if (r.suggestions?.length) p.suggestions = r.suggestions;
      problems.push(p);
    });
    if (rule.collect) {
      const fact = rule.collect(view, options);
      if (fact !== undefined) facts.push({ ruleId: rule.meta.id, severity, fact, daemonSet: view.anchor([]) });
    }
  }
  return { problems, facts };
}

export interface CrossFinding extends CrossReport {
  ruleId: string;
  severity: Severity;
}

/** Runs the cross-document rules over the facts collected from every file. */
export function runCrossRules(
  rules: readonly Rule[],
  optionsFor: (ruleId: string) => Record<string, unknown>,
  facts: readonly CollectedFact[],
  defined: DefinedObjects,
): CrossFinding[] {
  const out: CrossFinding[] = [];
  for (const rule of rules) {
    if (!rule.checkAll) continue;
    const mine = facts.filter((f) => f.ruleId === rule.meta.id);
    if (mine.length === 0) continue;
    const severityAt = new Map(mine.map((f) => [objectKey(f.daemonSet), f.severity]));
    rule.checkAll(
      { facts: mine.map((f) => ({ fact: f.fact, daemonSet: f.daemonSet })), ...defined },
      optionsFor(rule.meta.id),
      (r) => out.push({ ...r, ruleId: rule.meta.id, severity: r.severity ?? severityAt.get(objectKey(r.at)) ?? mine[0]!.severity }),
    );
  }
  return out;
}

function objectKey(a: Anchor): string {
  return `${a.file}\u0000${a.object.namespace ?? ""}\u0000${a.object.name ?? ""}`;
}
