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
/**
 * Texts written one after another to a temporary file and read back by
 * their index: what a run must keep to its end but need not hold (findings,
 * the facts of cross-document rules). Only offsets stay in memory.
 */
export declare class TextSpill {
    private readonly what;
    private holdChars;
    private dir;
    private fd;
    private held;
    private heldChars;
    private readonly offsets;
    private count;
    private written;
    private buffer;
    private used;
    private readonly blocks;
    /** `what` names the temporary folder; `holdChars` of text are kept in memory before any is written out. */
    constructor(what: string, holdChars?: number);
    get size(): number;
    /** Adds a text (without line breaks, as JSON text is) as the next index. */
    append(text: string): void;
    /**
     * Opens the temporary file. Where none can be made (a read-only or full
     * temporary folder), the texts stay in memory: a run uses more memory
     * rather than fail.
     */
    private open;
    private write;
    /** The `index`th text added. */
    text(index: number): string;
    /** Every text, in the order added. */
    texts(): Generator<string>;
    /** Removes the temporary file. */
    close(): void;
    private flush;
    /**
     * `length` bytes of the file from `start`, as text, through a few cached
     * blocks: report order reads the file in a few interleaved sequences (a
     * file's findings, the cross-document ones added at the end).
     */
    private read;
}
