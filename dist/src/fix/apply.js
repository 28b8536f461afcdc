/** Start offsets of the lines of `text`. */
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1))
        starts.push(i + 1);
    return starts;
}
/** The offset of a 1-based line and column; undefined past its line (a column may be just past its last character, before the line break). */
function offsetOf(text, starts, line, column) {
    let start = starts[line - 1];
    if (start === undefined || column < 1)
        return undefined;
    // Positions are counted after a byte order mark, which the reader drops.
    if (line === 1 && text.charCodeAt(0) === 0xfeff)
        start++;
    let end = line < starts.length ? starts[line] - 1 : text.length;
    if (end > start && text[end - 1] === "\r")
        end--;
    const offset = start + column - 1;
    return offset <= end ? offset : undefined;
}
/** The line break the file uses: CRLF when its first line ends with one. */
function lineBreak(text) {
    const lf = text.indexOf("\n");
    return lf > 0 && text[lf - 1] === "\r" ? "\r\n" : "\n";
}
/** A correction's edits as offsets in `text`; undefined if one lies outside it. */
function offsetsOf(text, starts, edits, eol) {
    const out = [];
    for (const e of edits) {
        const start = offsetOf(text, starts, e.line, e.column);
        const end = offsetOf(text, starts, e.endLine, e.endColumn);
        if (start === undefined || end === undefined || end < start)
            return undefined;
        out.push({ start, end, text: eol === "\n" ? e.text : e.text.replace(/\r?\n/g, eol) });
    }
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
/**
 * Applies whole corrections in the order given, skipping one that overlaps an
 * edit already taken (as ESLint does: another pass may apply it to the new
 * text) or that does not fit the text.
 */
export function applyCorrections(text, corrections) {
    const starts = lineStarts(text);
    const eol = lineBreak(text);
    const taken = [];
    const applied = [];
    const deferred = [];
    for (const c of corrections) {
        const edits = offsetsOf(text, starts, c.edits, eol);
        if (!edits || hasOverlap(edits))
            continue;
        if (edits.some((e) => taken.some((t) => overlaps(e, t)))) {
            deferred.push(c);
            continue;
        }
        taken.push(...edits);
        applied.push(c);
    }
    taken.sort((a, b) => b.start - a.start || b.end - a.end);
    let out = text;
    for (const e of taken)
        out = out.slice(0, e.start) + e.text + out.slice(e.end);
    return { text: out, applied, deferred };
}
/** Two edits touch the same text, or insert at the same place (their order would be a guess). */
function overlaps(a, b) {
    if (a.start === b.start)
        return true;
    return a.start < b.end && b.start < a.end;
}
function hasOverlap(sorted) {
    for (let i = 1; i < sorted.length; i++)
        if (overlaps(sorted[i - 1], sorted[i]))
            return true;
    return false;
}
/** Lines of context around each change, as `diff -u` and git show them. */
const CONTEXT = 3;
/**
 * The unified diff of `before` and `after` for one file (`a/` and `b/`
 * prefixes, as `git apply` reads them); "" when they are equal. Lines are
 * compared whole; the common head and tail are found first, so a diff of a
 * few edits in a large file costs a pass over it.
 */
export function unifiedDiff(file, before, after) {
    if (before === after)
        return "";
    const a = splitLines(before);
    const b = splitLines(after);
    const hunks = diffLines(a.lines, b.lines);
    const name = file.replace(/\\/g, "/");
    let out = `--- a/${name}\n+++ b/${name}\n`;
    for (const h of hunks) {
        out += `@@ -${rangeText(h.aStart, h.aEnd - h.aStart)} +${rangeText(h.bStart, h.bEnd - h.bStart)} @@\n`;
        for (const line of h.lines)
            out += line;
    }
    return out;
}
function rangeText(start, count) {
    // diff -u: an empty range names the line before it.
    return count === 1 ? `${start + 1}` : `${count === 0 ? start : start + 1},${count}`;
}
/**
 * The lines of a text, each with its line break. A last line without one
 * carries diff's marker instead: it then differs from the same text with a
 * break, and prints as diff -u prints it.
 */
function splitLines(text) {
    const lines = text.split("\n").map((l) => `${l}\n`);
    const last = lines.pop();
    if (last !== "\n")
        lines.push(`${last}\\ No newline at end of file\n`);
    return { lines };
}
/** The hunks between two lists of lines: a longest-common-subsequence diff of what lies between their common head and tail. */
function diffLines(a, b) {
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head])
        head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail])
        tail++;
    const first = Math.max(0, head - CONTEXT);
    const ops = [
        ...a.slice(first, head).map((line) => ({ op: " ", line })),
        ...middleOps(a.slice(head, a.length - tail), b.slice(head, b.length - tail)),
        ...a.slice(a.length - tail, Math.min(a.length, a.length - tail + CONTEXT)).map((line) => ({ op: " ", line })),
    ];
    const changes = ops.flatMap((o, k) => (o.op === " " ? [] : [k]));
    // Changes closer than twice the context share a hunk.
    const groups = [];
    for (const k of changes) {
        const last = groups.at(-1);
        if (last && k - last[1] <= 2 * CONTEXT + 1)
            last[1] = k;
        else
            groups.push([k, k]);
    }
    const hunks = [];
    let ai = first;
    let bi = first;
    let at = 0;
    for (const [from, to] of groups) {
        const start = Math.max(0, from - CONTEXT);
        const end = Math.min(ops.length, to + CONTEXT + 1);
        for (; at < start; at++)
            advance(ops[at]);
        const hunk = { aStart: ai, aEnd: ai, bStart: bi, bEnd: bi, lines: [] };
        for (; at < end; at++) {
            const o = ops[at];
            hunk.lines.push(`${o.op}${o.line}`);
            advance(o);
        }
        hunk.aEnd = ai;
        hunk.bEnd = bi;
        hunks.push(hunk);
    }
    return hunks;
    function advance(o) {
        if (o.op !== "+")
            ai++;
        if (o.op !== "-")
            bi++;
    }
}
/** A line-by-line LCS of two short runs of lines; a long run falls back to all removed, then all added. */
function middleOps(a, b) {
    if (a.length * b.length > 4_000_000)
        return [...a.map((line) => ({ op: "-", line })), ...b.map((line) => ({ op: "+", line }))];
    const n = a.length;
    const m = b.length;
    // lengths[i][j]: LCS of a[i..] and b[j..].
    const lengths = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--)
        for (let j = m - 1; j >= 0; j--)
            lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    const out = [];
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] === b[j]) {
            out.push({ op: " ", line: a[i] });
            i++;
            j++;
        }
        else if (i < n && (j === m || lengths[i + 1][j] >= lengths[i][j + 1]))
            out.push({ op: "-", line: a[i++] });
        else
            out.push({ op: "+", line: b[j++] });
    }
    return out;
}
