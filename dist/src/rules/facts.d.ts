/**
 * The facts of cross-document rules between the files that collect them and
 * the end of the run, where the rules read them: as text, a fraction of the
 * objects' size, held out of memory past a few megabytes, and read back one
 * rule at a time, one fact at a time, so that the end of a run holds what
 * one rule keeps, not every fact of every DaemonSet.
 */
import { type DslintConfig } from "../config/config.js";
import type { FileResult } from "../file-result.js";
import type { Finding } from "../finding.js";
import { TextSpill } from "../text-spill.js";
import { type CollectedFact } from "./engine.js";
import type { DefinedObjects, Rule } from "./types.js";
/** The facts of cross-document rules checked on this thread: held out of memory past a few megabytes. */
export declare function factSpill(): TextSpill;
/** One DaemonSet's facts as texts, until the cross-document rules read them. */
export declare function factTexts(facts: readonly CollectedFact[]): string[];
/** Every file's facts in input order, wherever each file was checked: read by rule, as often as needed. */
export declare class CollectedFacts {
    private readonly results;
    private readonly spill;
    constructor(results: readonly Pick<FileResult, "facts" | "factRange">[], spill: TextSpill);
    /** Whether any DaemonSet has a fact for the rule. */
    has(ruleId: string): boolean;
    /**
     * The rule's facts, parsed one at a time as they are read; the strings of
     * one reading shared (rules keep many equal names and labels).
     * JSON.parse makes a key named `__proto__` an own entry, as the rules' label maps have it (rules/view.ts).
     */
    of(ruleId: string): Generator<CollectedFact>;
    /** Removes the spill's temporary file. */
    close(): void;
    private texts;
}
/** The cross-document rules on every DaemonSet's facts, as findings at the DaemonSets they name; with the configuration's options. */
export declare function crossDocumentFindings(rules: readonly Rule[], config: DslintConfig, facts: CollectedFacts, defined: DefinedObjects): Finding[];
