/**
 * The facts of cross-document rules between the files that collect them and
 * the end of the run, where the rules read them all: as JSON text, a
 * fraction of the objects' size, held out of memory past a few megabytes.
 */
import { activeRulesFor, type DslintConfig } from "../config/config.js";
import type { FileResult } from "../file-result.js";
import type { Finding } from "../finding.js";
import { TextSpill } from "../text-spill.js";
import { appendAll, sharingStrings } from "../values.js";
import { runCrossRules, type CollectedFact } from "./engine.js";
import type { DefinedObjects, Rule } from "./types.js";

/** The facts of cross-document rules checked on this thread: held out of memory past a few megabytes. */
export function factSpill(): TextSpill {
  return new TextSpill("facts", 4 * 1024 * 1024);
}

/** One DaemonSet's facts as text, until the cross-document rules read them. */
export function factText(facts: readonly CollectedFact[]): string {
  return JSON.stringify(facts);
}

/**
 * The facts again, sharing their strings with the facts revived before (`strings`).
 * JSON.parse makes a key named `__proto__` an own entry, as the rules' label maps have it (rules/view.ts).
 */
function factsOf(text: string, strings: Map<string, string>): CollectedFact[] {
  return sharingStrings(JSON.parse(text) as CollectedFact[], strings);
}

/** Every file's facts in input order, wherever each file was checked; then the spill is closed. */
export function revivedFacts(results: readonly Pick<FileResult, "facts" | "factRange">[], spill: TextSpill): CollectedFact[] {
  const facts: CollectedFact[] = [];
  const strings = new Map<string, string>();
  for (const r of results) {
    if (r.factRange) for (let i = r.factRange[0]; i < r.factRange[1]; i++) appendAll(facts, factsOf(spill.text(i), strings));
    for (const text of r.facts) appendAll(facts, factsOf(text, strings));
  }
  strings.clear();
  spill.close();
  return facts;
}

/** The cross-document rules on every DaemonSet's facts, as findings at the DaemonSets they name; with the configuration's options. */
export function crossDocumentFindings(rules: readonly Rule[], config: DslintConfig, facts: readonly CollectedFact[], defined: DefinedObjects): Finding[] {
  const active = activeRulesFor(config, rules, undefined);
  const optionsFor = (id: string) => active.find((r) => r.rule.meta.id === id)?.options ?? {};
  return runCrossRules(rules, optionsFor, facts, defined).map((c) => {
    const f: Finding = { ruleId: c.ruleId, severity: c.severity, message: c.message, file: c.at.file, ...c.at.range, path: c.at.path, object: c.at.object };
    if (c.fix) f.fix = c.fix;
    return f;
  });
}
