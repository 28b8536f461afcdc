/**
 * Report files (`--format NAME=FILE`, `--output-file FILE`): checked before
 * anything is checked, so that a run does not do all its work only to fail
 * at the end, and written without Node's recursive mkdir, which under /proc
 * retries without end (`--format json=/proc/nope/x.json` spun for minutes).
 */
import { accessSync, closeSync, constants, mkdirSync, openSync, statSync, unlinkSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { Output } from "./std-output.js";
import { describeFsError } from "../load/fs-errors.js";

const code = (err: unknown): string | undefined => (err as NodeJS.ErrnoException)?.code;

/**
 * Creates the folder and the missing folders above it, one level at a time.
 * Throws an Error whose message says which folder and why, in one line.
 */
export function ensureFolder(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    let stats;
    try {
      stats = statSync(d);
    } catch (err) {
      if (code(err) !== "ENOENT" || dirname(d) === d) throw new Error(`cannot use the folder ${d}: ${describeFsError(err)}`);
      missing.push(d);
      continue;
    }
    if (!stats.isDirectory()) throw new Error(`${d} is not a folder`);
    break;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (err) {
      if (code(err) !== "EEXIST") throw new Error(`cannot create the folder ${d}: ${describeFsError(err)}`);
    }
  }
}

/**
 * Why a report could not be written to `file`, or undefined when it can: its
 * folders are created, and the file is opened for writing without changing
 * it (a new file is created and removed again). A FIFO or device
 * (/dev/stdout, /dev/null) is only checked for permission: opening a FIFO
 * for writing waits for a reader.
 */
export function outputFileProblem(file: string): string | undefined {
  try {
    ensureFolder(dirname(file));
  } catch (err) {
    return (err as Error).message;
  }
  let stats;
  try {
    stats = statSync(file);
  } catch (err) {
    if (code(err) !== "ENOENT") return describeFsError(err);
    try {
      closeSync(openSync(file, "wx"));
      unlinkSync(file);
      return undefined;
    } catch (err) {
      return code(err) === "EEXIST" ? undefined : describeFsError(err);
    }
  }
  if (stats.isDirectory()) return "is a folder";
  try {
    if (stats.isFile()) closeSync(openSync(file, constants.O_WRONLY));
    else accessSync(file, constants.W_OK);
    return undefined;
  } catch (err) {
    return describeFsError(err);
  }
}

/** Writes a report piece by piece as it is made; throws an Error with a one-line message. */
export function writeReport(file: string, chunks: Iterable<string>): void {
  ensureFolder(dirname(file));
  let fd: number | undefined;
  try {
    fd = openSync(file, "w");
    for (const chunk of chunks) writeSync(fd, chunk);
  } catch (err) {
    throw new Error(describeFsError(err));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes a report to a stream piece by piece, waiting whenever the stream
 * asks to. A stream that fails or closes meanwhile (the reader of a pipe
 * stopped early) never drains: the writing stops there, and the rest of the
 * report is not made.
 */
export async function writeReportTo(stream: Output, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (isGone(stream)) return;
    if (!stream.write(chunk)) await drainedOrGone(stream);
  }
}

function isGone(stream: Output): boolean {
  const state = stream as { destroyed?: boolean; writableEnded?: boolean };
  return state.destroyed === true || state.writableEnded === true;
}

function drainedOrGone(stream: Output): Promise<void> {
  return new Promise((done) => {
    const settle = (): void => {
      stream.off("drain", settle);
      stream.off("error", settle);
      stream.off("close", settle);
      done();
    };
    stream.on("drain", settle);
    stream.on("error", settle);
    stream.on("close", settle);
  });
}
