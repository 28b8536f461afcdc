import type { Finding, Severity } from "../finding.js";
/** Findings as the reports read them: in order, counted, and by index. An array is one. */
export interface FindingList extends Iterable<Finding> {
    readonly length: number;
    at(index: number): Finding | undefined;
}
export interface FindingStoreOptions {
    /** How many findings stay objects in memory; past that, all go to a temporary file. Infinity: never. */
    spillAfter?: number;
}
export declare class FindingStore {
    private readonly spillAfter;
    private objects;
    private count;
    private readonly fileIds;
    private readonly lines;
    private readonly columns;
    private readonly severityRules;
    private readonly ranks;
    private readonly removed;
    private readonly fileNames;
    private readonly fileIndex;
    private readonly ruleNames;
    private readonly ruleIndex;
    private spilled;
    constructor(options?: FindingStoreOptions);
    get size(): number;
    /**
     * Adds a finding. `rank` orders findings the sort cannot tell apart (same
     * file, position, severity, rule and message): lower first.
     */
    add(finding: Finding, rank: number): void;
    /** The finding added as the `index`th (0-based). */
    get(index: number): Finding;
    /** What the sort and the counts read, without reading the finding itself. */
    severityOf(index: number): Severity;
    fileOf(index: number): string;
    lineOf(index: number): number;
    /** Leaves a finding out of what `sorted` returns. */
    remove(index: number): void;
    isRemoved(index: number): boolean;
    /**
     * The findings that were not removed, in report order: files in the order
     * they first appear (by rank), then line, column, severity (most severe
     * first), rule and message; ties by rank.
     */
    sorted(): FindingList;
    /** Removes the temporary file; the store is empty afterwards. */
    close(): void;
    private idOf;
    private spill;
}
