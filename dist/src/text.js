/**
 * Text from the input, quoted back in messages and printed to terminals, CI
 * logs and reports: never longer than a reader can take in, and never able
 * to act on the medium (a line break that starts a GitHub workflow command
 * in a log, an escape sequence that rewrites a terminal).
 */
/** The longest value a message quotes whole; longer ones are shortened. */
export const MAX_QUOTED = 120;
/** The longest message or fix text; a longer one is cut with a note. */
export const MAX_MESSAGE = 2000;
/** Control characters (C0, DEL, C1), line and paragraph separators, and the bidirectional controls. */
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED = { "\n": "\\n", "\r": "\\r", "\u001b": "\\e" };
/** Text with every control character written as an escape (`\n`, `\e`, `\u0007`), so that it stays on its line and does nothing. */
export function printable(text) {
    UNPRINTABLE.lastIndex = 0;
    if (!UNPRINTABLE.test(text))
        return text;
    return text.replace(UNPRINTABLE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
/** A value from the input as a message quotes it: as JSON (strings in quotes), shortened past MAX_QUOTED characters. */
export function quote(value) {
    let text;
    try {
        text = typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
    }
    catch {
        text = String(value);
    }
    if (text.length <= MAX_QUOTED)
        return text;
    const length = typeof value === "string" ? value.length : text.length;
    const head = text.slice(0, MAX_QUOTED - 20);
    // Do not end inside a surrogate pair or an escape.
    const cut = head.replace(/[\ud800-\udbff]$/, "").replace(/\\[^"]{0,5}$/, "");
    return `${cut}…${typeof value === "string" ? '"' : ""} (${length.toLocaleString("en-US")} characters)`;
}
/** A message or fix made safe for every output: one line, control characters escaped, at most MAX_MESSAGE characters. */
export function tidyMessage(text) {
    const safe = printable(text);
    if (safe.length <= MAX_MESSAGE)
        return safe;
    return `${safe.slice(0, MAX_MESSAGE).replace(/[\ud800-\udbff]$/, "")}… (message cut at ${MAX_MESSAGE.toLocaleString("en-US")} characters)`;
}
