const NO_PROGRESS = { tick() { }, clear() { } };
/** Redraws at most this often: a fast run writes nothing, a slow one a few lines a second. */
const REDRAW_MS = 200;
const CLEAR_LINE = "\r\u001b[K";
/** A progress line on `stream` over `total` items, or nothing when the stream is not a terminal. */
export function progressLine(stream, total, text) {
    if (stream.isTTY !== true || total <= 1)
        return NO_PROGRESS;
    let done = 0;
    let drawnAt = Date.now();
    let shown = false;
    return {
        tick() {
            done++;
            const now = Date.now();
            if (done >= total || now - drawnAt < REDRAW_MS)
                return;
            drawnAt = now;
            stream.write(`${CLEAR_LINE}${text(done, total)}`);
            shown = true;
        },
        clear() {
            if (!shown)
                return;
            stream.write(CLEAR_LINE);
            shown = false;
        },
    };
}
/** The chunks, with the progress line cleared before each is written. */
export function* clearingProgress(chunks, progress) {
    for (const chunk of chunks) {
        progress.clear();
        yield chunk;
    }
    progress.clear();
}
