import type { Problem } from "../finding.js";
import type { ActiveRule } from "./engine.js";
import type { Rule } from "./types.js";

/**
 * Findings of other stages that carry the id of a rule module (the API's
 * `selector-mismatch`) follow that rule's configured severity, or are
 * dropped when it is off.
 */
export function withConfiguredSeverity(problems: Problem[], active: readonly ActiveRule[], all: readonly Rule[]): Problem[] {
  return problems.flatMap((p) => {
    if (!all.some((r) => r.meta.id === p.ruleId)) return [p];
    const configured = active.find((r) => r.rule.meta.id === p.ruleId);
    return configured ? [{ ...p, severity: configured.severity }] : [];
  });
}
