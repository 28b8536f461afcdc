import type { Output } from "./std-output.js";
/**
 * Creates the folder and the missing folders above it, one level at a time.
 * Throws an Error whose message says which folder and why, in one line.
 */
export declare function ensureFolder(dir: string): void;
/**
 * Why a report could not be written to `file`, or undefined when it can: its
 * folders are created, and the file is opened for writing without changing
 * it (a new file is created and removed again). A FIFO or device
 * (/dev/stdout, /dev/null) is only checked for permission: opening a FIFO
 * for writing waits for a reader.
 */
export declare function outputFileProblem(file: string): string | undefined;
/** Writes a report piece by piece as it is made; throws an Error with a one-line message. */
export declare function writeReport(file: string, chunks: Iterable<string>): void;
/**
 * Writes a report to a stream piece by piece, waiting whenever the stream
 * asks to. A stream that fails or closes meanwhile (the reader of a pipe
 * stopped early) never drains: the writing stops there, and the rest of the
 * report is not made.
 */
export declare function writeReportTo(stream: Output, chunks: Iterable<string>): Promise<void>;
