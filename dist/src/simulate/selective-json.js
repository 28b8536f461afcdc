export class JsonSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(`${message} at byte ${offset}`);
        this.offset = offset;
        this.name = "JsonSyntaxError";
    }
}
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const encoder = new TextEncoder();
function compile(shape) {
    if (shape === true || shape === "interned")
        return shape;
    const compiled = { keys: new Map(), byLength: new Map() };
    for (const [key, sub] of Object.entries(shape)) {
        if (key === "[]") {
            compiled.element = compile(sub);
            continue;
        }
        compiled.keys.set(key, compile(sub));
        const bytes = encoder.encode(key);
        const bucket = compiled.byLength.get(bytes.length) ?? [];
        bucket.push({ bytes, key });
        compiled.byLength.set(bytes.length, bucket);
    }
    return compiled;
}
class Reader {
    pos = 0;
    /** Indexed byte by byte: plain typed-array access is what V8 optimises best. */
    bytes;
    /** The same memory, for decoding slices. */
    buffer;
    /** Expected closing brackets of the containers being skipped. */
    closers = new Uint8Array(256);
    /** Parsed `"interned"` values by their text. */
    interned = new Map();
    constructor(bytes) {
        this.bytes = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        this.buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        // A UTF-8 byte order mark is not JSON but editors write it.
        if (this.bytes[0] === 0xef && this.bytes[1] === 0xbb && this.bytes[2] === 0xbf)
            this.pos = 3;
    }
    document(shape) {
        const value = this.value(shape);
        this.end();
        return value;
    }
    /** See `readJsonItems`. */
    items(item, rest, key, onItem) {
        this.whitespace();
        const first = this.bytes[this.pos];
        if (first === OPEN_BRACKET) {
            this.elements(item, (value, i) => onItem(value, [i]));
            this.end();
            return { form: "array" };
        }
        if (first !== OPEN_BRACE)
            return { form: "other", value: this.document(rest) };
        let streamed = false;
        const value = this.object(rest, (name) => {
            this.whitespace();
            if (name !== key || this.bytes[this.pos] !== OPEN_BRACKET)
                return false;
            this.elements(item, (element, i) => onItem(element, [key, i]));
            streamed = true;
            return true;
        });
        this.end();
        return { form: "object", value, streamed };
    }
    end() {
        this.whitespace();
        if (this.pos !== this.bytes.length)
            throw new JsonSyntaxError("unexpected content after the document", this.pos);
    }
    whitespace() {
        const b = this.bytes;
        const length = b.length;
        let p = this.pos;
        while (p < length) {
            const c = b[p];
            if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)
                break;
            p++;
        }
        this.pos = p;
    }
    /** The index just past the closing quote of the string opening at `start`. */
    stringEnd(start) {
        const b = this.bytes;
        const length = b.length;
        let p = start + 1;
        while (p < length) {
            const c = b[p];
            if (c === QUOTE)
                return p + 1;
            p += c === BACKSLASH ? 2 : 1;
        }
        throw new JsonSyntaxError("unterminated string", start);
    }
    /** Steps over one value, checking that brackets balance and strings end. */
    skip() {
        this.whitespace();
        const b = this.bytes;
        const length = b.length;
        let p = this.pos;
        const first = b[p];
        if (first === undefined)
            throw new JsonSyntaxError("unexpected end of input", p);
        if (first === QUOTE) {
            this.pos = this.stringEnd(p);
            return;
        }
        if (first === OPEN_BRACE || first === OPEN_BRACKET) {
            let depth = 0;
            while (p < length) {
                const c = b[p++];
                if (c === QUOTE) {
                    // Inlined stringEnd: skipped values are mostly strings.
                    for (;;) {
                        if (p >= length)
                            throw new JsonSyntaxError("unterminated string", p);
                        const d = b[p++];
                        if (d === QUOTE)
                            break;
                        if (d === BACKSLASH)
                            p++;
                    }
                }
                else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
                    if (depth === this.closers.length) {
                        const deeper = new Uint8Array(depth * 2);
                        deeper.set(this.closers);
                        this.closers = deeper;
                    }
                    this.closers[depth++] = c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
                }
                else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
                    if (depth === 0 || this.closers[--depth] !== c)
                        throw new JsonSyntaxError("mismatched bracket", p - 1);
                    if (depth === 0) {
                        this.pos = p;
                        return;
                    }
                }
            }
            throw new JsonSyntaxError("unterminated object or array", this.pos);
        }
        // A number or literal: up to the next delimiter.
        while (p < length) {
            const c = b[p];
            if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
                break;
            p++;
        }
        if (p === this.pos)
            throw new JsonSyntaxError("expected a value", p);
        this.pos = p;
    }
    /** The value at the cursor, parsed by `JSON.parse`; with `interned`, once per distinct text. */
    whole(interned = false) {
        this.whitespace();
        const start = this.pos;
        this.skip();
        if (this.bytes[start] === QUOTE && !this.hasEscape(start + 1, this.pos - 1)) {
            // A string without escapes decodes as it is.
            return this.buffer.toString("utf8", start + 1, this.pos - 1);
        }
        const text = this.buffer.toString("utf8", start, this.pos);
        if (interned) {
            const parsed = this.interned.get(text);
            if (parsed !== undefined)
                return parsed;
        }
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            throw new JsonSyntaxError(error.message, start);
        }
        if (interned)
            this.interned.set(text, value);
        return value;
    }
    value(shape) {
        if (shape === true)
            return this.whole();
        if (shape === "interned")
            return this.whole(true);
        this.whitespace();
        const c = this.bytes[this.pos];
        if (c === OPEN_BRACE && shape.keys.size > 0)
            return this.object(shape);
        if (c === OPEN_BRACKET && shape.element !== undefined)
            return this.array(shape.element);
        return this.whole();
    }
    expect(byte, what) {
        this.whitespace();
        if (this.bytes[this.pos] !== byte)
            throw new JsonSyntaxError(`expected ${what}`, this.pos);
        this.pos++;
    }
    hasEscape(from, to) {
        const b = this.bytes;
        for (let i = from; i < to; i++)
            if (b[i] === BACKSLASH)
                return true;
        return false;
    }
    /** Which kept key the string at `start..end` (quotes included) is, or undefined. */
    keyAt(start, end, shape) {
        const b = this.bytes;
        const length = end - start - 2;
        if (this.hasEscape(start + 1, end - 1)) {
            // An escaped key: decode it (rare, and keys are short).
            const key = JSON.parse(this.buffer.toString("utf8", start, end));
            return shape.keys.has(key) ? key : undefined;
        }
        const bucket = shape.byLength.get(length);
        if (!bucket)
            return undefined;
        for (const candidate of bucket) {
            let same = true;
            for (let i = 0; i < length; i++) {
                if (b[start + 1 + i] !== candidate.bytes[i]) {
                    same = false;
                    break;
                }
            }
            if (same)
                return candidate.key;
        }
        return undefined;
    }
    /**
     * An object with the shape's keys. `claim` may consume a key's value itself
     * (and return true); the key is then left out of the result.
     */
    object(shape, claim) {
        const out = {};
        this.pos++;
        this.whitespace();
        if (this.bytes[this.pos] === CLOSE_BRACE) {
            this.pos++;
            return out;
        }
        for (;;) {
            this.whitespace();
            const start = this.pos;
            if (this.bytes[start] !== QUOTE)
                throw new JsonSyntaxError("expected a key", start);
            const end = this.stringEnd(start);
            this.pos = end;
            const key = claim ? JSON.parse(this.buffer.toString("utf8", start, end)) : this.keyAt(start, end, shape);
            this.expect(COLON, "':'");
            if (claim?.(key)) {
                // consumed by the caller
            }
            else if (key === undefined || !shape.keys.has(key))
                this.skip();
            else
                out[key] = this.value(shape.keys.get(key));
            this.whitespace();
            const next = this.bytes[this.pos];
            this.pos++;
            if (next === COMMA)
                continue;
            if (next === CLOSE_BRACE)
                return out;
            throw new JsonSyntaxError("expected ',' or '}'", this.pos - 1);
        }
    }
    array(element) {
        const out = [];
        this.elements(element, (value) => out.push(value));
        return out;
    }
    /** Reads the array at the cursor, handing each element, read with `element`, to `each`. */
    elements(element, each) {
        this.pos++;
        this.whitespace();
        if (this.bytes[this.pos] === CLOSE_BRACKET) {
            this.pos++;
            return;
        }
        for (let index = 0;; index++) {
            each(this.value(element), index);
            this.whitespace();
            const next = this.bytes[this.pos];
            this.pos++;
            if (next === COMMA)
                continue;
            if (next === CLOSE_BRACKET)
                return;
            throw new JsonSyntaxError("expected ',' or ']'", this.pos - 1);
        }
    }
}
/**
 * Parses a JSON document keeping only what `shape` asks for. Throws
 * `JsonSyntaxError` when the document is not JSON; inside skipped values only
 * the structure (strings, brackets) is checked.
 */
export function readJsonSelectively(bytes, shape) {
    return new Reader(bytes).document(compile(shape));
}
/**
 * Reads a document of many objects, handing each to `onItem` as soon as it
 * is read so that it can be turned into something smaller while the rest is
 * read: the elements of a bare array (path `[i]`), or of the `key` array of a
 * top-level object (path `[key, i]`), each read with `item`. The rest of a
 * top-level object is read with `rest` and returned.
 */
export function readJsonItems(bytes, item, rest, onItem, key = "items") {
    return new Reader(bytes).items(compile(item), compile(rest), key, onItem);
}
