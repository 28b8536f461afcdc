/**
 * The facts of cross-document rules between the files that collect them and
 * the end of the run, where the rules read them all: as JSON text, a
 * fraction of the objects' size, held out of memory past a few megabytes.
 */
import { type DslintConfig } from "../config/config.js";
import type { FileResult } from "../file-result.js";
import type { Finding } from "../finding.js";
import { TextSpill } from "../text-spill.js";
import { type CollectedFact } from "./engine.js";
import type { Rule } from "./types.js";
/** The facts of cross-document rules checked on this thread: held out of memory past a few megabytes. */
export declare function factSpill(): TextSpill;
/** One DaemonSet's facts as text, until the cross-document rules read them. */
export declare function factText(facts: readonly CollectedFact[]): string;
/** Every file's facts in input order, wherever each file was checked; then the spill is closed. */
export declare function revivedFacts(results: readonly Pick<FileResult, "facts" | "factRange">[], spill: TextSpill): CollectedFact[];
/** The cross-document rules on every DaemonSet's facts, as findings at the DaemonSets they name; with the configuration's options. */
export declare function crossDocumentFindings(rules: readonly Rule[], config: DslintConfig, facts: readonly CollectedFact[], priorityClasses: ReadonlySet<string>): Finding[];
