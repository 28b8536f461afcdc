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
/** A column of numbers that grows a page at a time: no copying when it grows, at most one page unused. Unset entries read 0. */
export declare class Column {
    private readonly make;
    private readonly pages;
    constructor(make: (length: number) => Int32Array | Float64Array | Uint8Array);
    get(index: number): number;
    set(index: number, value: number): void;
}
