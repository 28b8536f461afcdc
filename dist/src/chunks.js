/**
 * Output written piece by piece: the check's reports (report/) and the
 * simulator's tables and JSON (simulate/format-*.ts). A report of a million
 * findings is more text than one JavaScript string may hold (about
 * 512 MiB), and building it whole holds it all in memory twice; so formats
 * yield their text in pieces and the command line writes each piece as it
 * comes.
 */
/** Pieces are gathered up to this many characters before they are handed on: few writes, little held. */
export const BATCH_CHARS = 1 << 16;
/** Arrays longer than this are written item by item; shorter ones (and everything in them) in one JSON.stringify. */
const LARGE_ARRAY = 256;
/**
 * The text of `JSON.stringify(value, null, 2)`, in pieces: arrays with many
 * items (and whatever holds them) are walked, everything else is stringified
 * whole. For plain data (no toJSON, no cycles), the pieces joined are
 * exactly JSON.stringify's text.
 */
export function* jsonChunks(value) {
    yield* batched(jsonPieces(value, ""));
}
/**
 * An array made item by item as it is written, never held: jsonChunks writes
 * it as JSON.stringify would write the array of its items.
 */
export class JsonArrayStream {
    items;
    smallItems;
    /** `smallItems`: no item holds a large array (findings), so each is stringified whole without looking. */
    constructor(items, smallItems = false) {
        this.items = items;
        this.smallItems = smallItems;
    }
    /** Deeper than jsonChunks looks (LOOK_DEPTH), it would be written as {}: fail loudly instead. */
    toJSON() {
        throw new Error("a JsonArrayStream lies deeper than jsonChunks looks for large arrays");
    }
}
/** How many levels below a value jsonChunks looks for large arrays and streams. */
const LOOK_DEPTH = 5;
function* jsonPieces(value, indent) {
    if (value instanceof JsonArrayStream) {
        let count = 0;
        const inner = `${indent}  `;
        for (const item of value.items()) {
            yield `${count++ > 0 ? "," : "["}\n${inner}`;
            const json = item === undefined || typeof item === "function" || typeof item === "symbol" ? null : item;
            if (value.smallItems)
                yield JSON.stringify(json, null, 2).replaceAll("\n", `\n${inner}`);
            else
                yield* jsonPieces(json, inner);
        }
        yield count > 0 ? `\n${indent}]` : "[]";
        return;
    }
    if (!holdsLargeArray(value, LOOK_DEPTH)) {
        // JSON strings never hold a raw line break, so indenting after each one indents every line.
        const text = JSON.stringify(value, null, 2);
        yield indent === "" ? text : text.replaceAll("\n", `\n${indent}`);
        return;
    }
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
        // holdsLargeArray: not empty.
        yield "[";
        for (let i = 0; i < value.length; i++) {
            yield `${i > 0 ? "," : ""}\n${inner}`;
            const item = value[i];
            // As JSON.stringify writes them in an array.
            if (item === undefined || typeof item === "function" || typeof item === "symbol")
                yield "null";
            else
                yield* jsonPieces(item, inner);
        }
        yield `\n${indent}]`;
        return;
    }
    const record = value;
    let first = true;
    yield "{";
    for (const key of Object.keys(record)) {
        const item = record[key];
        // As JSON.stringify leaves them out of an object.
        if (item === undefined || typeof item === "function" || typeof item === "symbol")
            continue;
        yield `${first ? "" : ","}\n${inner}${JSON.stringify(key)}: `;
        first = false;
        yield* jsonPieces(item, inner);
    }
    yield first ? "}" : `\n${indent}}`;
}
/** Whether a large array lies within `depth` levels of `value` (the value itself at level 1). */
function holdsLargeArray(value, depth) {
    if (typeof value !== "object" || value === null || depth === 0)
        return false;
    if (value instanceof JsonArrayStream)
        return true;
    if (typeof value.toJSON === "function")
        return false;
    if (Array.isArray(value))
        return value.length > LARGE_ARRAY || value.some((v) => holdsLargeArray(v, depth - 1));
    for (const key in value)
        if (Object.hasOwn(value, key) && holdsLargeArray(value[key], depth - 1))
            return true;
    return false;
}
/** Small pieces gathered into pieces of about BATCH_CHARS characters. */
export function* batched(pieces) {
    let buffer = "";
    for (const piece of pieces) {
        buffer += piece;
        if (buffer.length >= BATCH_CHARS) {
            yield buffer;
            buffer = "";
        }
    }
    if (buffer !== "")
        yield buffer;
}
/** Lines, each followed by a line break, in batches. */
export function* lineChunks(lines) {
    yield* batched(withLineBreaks(lines));
}
function* withLineBreaks(lines) {
    for (const line of lines)
        yield `${line}\n`;
}
/** The pieces joined: for callers that want the whole text and know it is not huge. */
export function joinChunks(chunks) {
    let text = "";
    for (const chunk of chunks)
        text += chunk;
    return text;
}
