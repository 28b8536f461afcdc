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

const NO_PROGRESS: Progress = { tick() {}, clear() {} };

/** Redraws at most this often: a fast run writes nothing, a slow one a few lines a second. */
const REDRAW_MS = 200;
const CLEAR_LINE = "\r\u001b[K";

/** A progress line on `stream` over `total` items, or nothing when the stream is not a terminal. */
export function progressLine(stream: Output, total: number, text: (done: number, total: number) => string): Progress {
  if (stream.isTTY !== true || total <= 1) return NO_PROGRESS;
  let done = 0;
  let drawnAt = Date.now();
  let shown = false;
  return {
    tick() {
      done++;
      const now = Date.now();
      if (done >= total || now - drawnAt < REDRAW_MS) return;
      drawnAt = now;
      stream.write(`${CLEAR_LINE}${text(done, total)}`);
      shown = true;
    },
    clear() {
      if (!shown) return;
      stream.write(CLEAR_LINE);
      shown = false;
    },
  };
}

/** The chunks, with the progress line cleared before each is written. */
export function* clearingProgress(chunks: Iterable<string>, progress: Progress): Generator<string> {
  for (const chunk of chunks) {
    progress.clear();
    yield chunk;
  }
  progress.clear();
}
