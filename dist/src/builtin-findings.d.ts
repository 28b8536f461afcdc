import type { Severity } from "./finding.js";
import type { FindingCategory, Rule, Stage } from "./rules/types.js";
import type { RuleSeverity } from "./finding.js";
/**
 * A kind of finding that one of the pipeline's own stages reports, rather
 * than a rule module. The registry (src/rules/registry.ts) holds these
 * beside the rules: configured, listed, explained and documented alike.
 */
export interface StageFindingKind {
    stage: Exclude<Stage, "rules">;
    /** The severity the stage reports it at. */
    severity: Severity;
    category: FindingCategory;
    description: string;
    rationale?: string;
    fix: string;
    /**
     * What the configuration may set it to, when not every severity and off,
     * and why. A finding the API server would reject can be turned off like
     * any rule (the check may not apply, as a suppression can already say);
     * what means nothing else could be checked cannot be.
     */
    only?: {
        severities: readonly RuleSeverity[];
        because: string;
    };
    /** No suppression comment or annotation can hide it. */
    unsuppressible?: true;
    examples?: Rule["examples"];
}
/** The findings the pipeline's own stages report, by id. */
export declare const STAGE_FINDINGS: Readonly<Record<string, StageFindingKind>>;
/** The ids of the findings no suppression can hide. */
export declare const UNSUPPRESSIBLE: ReadonlySet<string>;
