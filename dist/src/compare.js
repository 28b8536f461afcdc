/**
 * Order of strings by UTF-16 code units: deterministic on every machine, and
 * cheap. (`localeCompare` loads ICU's collator on first use, about 10 ms of a
 * one-file run's start-up.)
 */
export function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
