import type { RuleDescriptor } from "./report/types.js";
/**
 * The findings the pipeline's own stages report (not rule modules), described
 * for reports that list every rule. The README's Findings table says the same.
 */
export declare const BUILT_IN_FINDINGS: Readonly<Record<string, Omit<RuleDescriptor, "id" | "helpUri">>>;
/** The ids of findings that come from the pipeline's stages rather than from rule modules. */
export declare const BUILT_IN_IDS: readonly string[];
