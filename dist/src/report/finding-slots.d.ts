import type { Finding } from "../finding.js";
import type { FindingStore } from "./finding-store.js";
/** What a finding's file reading (0), its objects (1) and a chart or kustomization note (2) add. */
export type EmitFinding = (finding: Finding, phase: 0 | 1 | 2) => void;
/**
 * Findings added to the store in any order, ranked as the stages found
 * them: slot by slot (the paths that could not be read, then each input,
 * then placement, cross-document rules and suppressions), within a slot by
 * phase, then one by one. What the sort cannot tell apart keeps that order.
 */
export declare class FindingSlots {
    readonly store: FindingStore;
    /** Slots of the paths and inputs; placement, cross-document and suppression findings come after. */
    readonly inputSlots: number;
    /** The other stages' findings at the severity configured for their kind (config/config.ts); undefined drops one. */
    readonly configure: (finding: Finding) => Finding | undefined;
    private readonly emitters;
    constructor(store: FindingStore, 
    /** Slots of the paths and inputs; placement, cross-document and suppression findings come after. */
    inputSlots: number, 
    /** The other stages' findings at the severity configured for their kind (config/config.ts); undefined drops one. */
    configure: (finding: Finding) => Finding | undefined);
    emitter(slot: number): EmitFinding;
    /** Findings about the suppressions, after every other slot, at their configured severity. */
    addLast(findings: readonly Finding[]): void;
}
