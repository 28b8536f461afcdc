import type { Anchor, Problem, Severity } from "../finding.js";
import type { ManifestObject } from "../load/types.js";
import type { CrossReport, DefinedObjects, Rule } from "./types.js";
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
export declare function runRules(object: ManifestObject, kubernetesVersion: string, rules: readonly ActiveRule[]): {
    problems: Problem[];
    facts: CollectedFact[];
};
export interface CrossFinding extends CrossReport {
    ruleId: string;
    severity: Severity;
}
/** The facts collected from every file, read one rule at a time (rules/facts.ts). */
export interface FactSource {
    has(ruleId: string): boolean;
    of(ruleId: string): Iterable<CollectedFact>;
}
/** Runs the cross-document rules over the facts collected from every file. */
export declare function runCrossRules(rules: readonly Rule[], optionsFor: (ruleId: string) => Record<string, unknown>, facts: FactSource, defined: DefinedObjects): CrossFinding[];
