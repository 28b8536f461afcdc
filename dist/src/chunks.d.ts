/**
 * Output written piece by piece: the check's reports (report/) and the
 * simulator's tables and JSON (simulate/format-*.ts). A report of a million
 * findings is more text than one JavaScript string may hold (about
 * 512 MiB), and building it whole holds it all in memory twice; so formats
 * yield their text in pieces and the command line writes each piece as it
 * comes.
 */
/** Pieces are gathered up to this many characters before they are handed on: few writes, little held. */
export declare const BATCH_CHARS: number;
/**
 * The text of `JSON.stringify(value, null, 2)`, in pieces: arrays with many
 * items (and whatever holds them) are walked, everything else is stringified
 * whole. For plain data (no toJSON, no cycles), the pieces joined are
 * exactly JSON.stringify's text.
 */
export declare function jsonChunks(value: unknown): Generator<string>;
/**
 * An array made item by item as it is written, never held: jsonChunks writes
 * it as JSON.stringify would write the array of its items.
 */
export declare class JsonArrayStream {
    readonly items: () => Iterable<unknown>;
    readonly smallItems: boolean;
    /** `smallItems`: no item holds a large array (findings), so each is stringified whole without looking. */
    constructor(items: () => Iterable<unknown>, smallItems?: boolean);
    /** Deeper than jsonChunks looks (LOOK_DEPTH), it would be written as {}: fail loudly instead. */
    toJSON(): never;
}
/** Small pieces gathered into pieces of about BATCH_CHARS characters. */
export declare function batched(pieces: Iterable<string>): Generator<string>;
/** Lines, each followed by a line break, in batches. */
export declare function lineChunks(lines: Iterable<string>): Generator<string>;
/** The pieces joined: for callers that want the whole text and know it is not huge. */
export declare function joinChunks(chunks: Iterable<string>): string;
