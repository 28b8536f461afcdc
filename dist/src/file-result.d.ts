import type { Finding } from "./finding.js";
import type { ReferencedObject } from "./load/referenced.js";
import type { CheckedFile } from "./report/types.js";
import type { Suppression } from "./rules/suppressions.js";
import type { PlacementSubject } from "./simulate/findings.js";
/** Everything one file contributes to the result. */
export interface FileResult {
    findings: Finding[];
    documents: number;
    objects: number;
    daemonSets: number;
    skipped: number;
    /** Facts for cross-document rules, as text (factTexts): small, and sharing nothing with the documents. */
    facts: string[];
    /** On the main thread the facts go to the run's TextSpill instead: these indexes of it. */
    factRange?: [number, number];
    /** The PriorityClass names the cross-document rules may need. */
    priorityClasses: string[];
    /** The ServiceAccounts, ConfigMaps and Secrets: names and data keys only. */
    referenced: ReferencedObject[];
    suppressions: Suppression[];
    /** The DaemonSets, for the placement check. */
    placements: PlacementSubject[];
    /** The file and the objects checked in it, clean or not (absent for a path that matched nothing). */
    checked?: CheckedFile;
}
export declare function emptyFileResult(): FileResult;
