/**
 * A progress line on a terminal for runs that take a while: `dslint:
 * simulated 37 of 100 DaemonSets`, rewritten in place and cleared when done.
 * Written only to a terminal: a pipe, a file or a CI log never sees it.
 */
import type { Output } from "./std-output.js";
export interface Progress {
    /** One more item done. */
    tick(): void;
    /** Takes the line off the screen before other output is written; the next tick draws it again. */
    clear(): void;
}
/** A progress line on `stream` over `total` items, or nothing when the stream is not a terminal. */
export declare function progressLine(stream: Output, total: number, text: (done: number, total: number) => string): Progress;
/** The chunks, with the progress line cleared before each is written. */
export declare function clearingProgress(chunks: Iterable<string>, progress: Progress): Generator<string>;
