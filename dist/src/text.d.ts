/**
 * Text from the input, quoted back in messages and printed to terminals, CI
 * logs and reports: never longer than a reader can take in, and never able
 * to act on the medium (a line break that starts a GitHub workflow command
 * in a log, an escape sequence that rewrites a terminal).
 */
/** The longest value a message quotes whole; longer ones are shortened. */
export declare const MAX_QUOTED = 120;
/** The longest message or fix text; a longer one is cut with a note. */
export declare const MAX_MESSAGE = 2000;
/** Text with every control character written as an escape (`\n`, `\e`, `\u0007`), so that it stays on its line and does nothing. */
export declare function printable(text: string): string;
/** A value from the input as a message quotes it: as JSON (strings in quotes), shortened past MAX_QUOTED characters. */
export declare function quote(value: unknown): string;
/** A message or fix made safe for every output: one line, control characters escaped, at most MAX_MESSAGE characters. */
export declare function tidyMessage(text: string): string;
