import { isRecord } from "../values.js";
/** Deeper nesting is rare and left to the full reader, which knows go-yaml's limits. */
const MAX_DEPTH = 100;
/** From an implicit key's start to its colon, go-yaml allows 1024 characters; the fast reader stays well under. */
const MAX_KEY_SPAN = 1000;
/** Digits a double holds exactly (every digit is counted, leading zeros too): beyond them, the full reader decides. */
const MAX_NUMBER_DIGITS = 15;
/** Expanded items of a List kept at once: findings of one item are located together. */
const ITEM_CACHE_SIZE = 8;
const TAB = 0x09;
const NEWLINE = 0x0a;
const SPACE = 0x20;
const QUOTE = 0x22;
const COMMA = 0x2c;
const DASH = 0x2d;
const SLASH = 0x2f;
const COLON = 0x3a;
const OPEN_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const LETTER_U = 0x75;
/** Controls but tab and line feed, C1 controls and DEL, YAML's Unicode line breaks, BOM and the non-characters go-yaml refuses. */
const UNUSUAL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Reads a document of JSON text, or declines (undefined) and leaves it to the full reader. */
export function readJsonDocument(text) {
    let start = 0;
    while (text.charCodeAt(start) === SPACE || text.charCodeAt(start) === NEWLINE)
        start++;
    if (text.charCodeAt(start) !== OPEN_BRACE)
        return undefined;
    if (UNUSUAL.test(text) || (/[\ud800-\udfff]/.test(text) && LONE_SURROGATE.test(text)))
        return undefined;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!isRecord(value))
        return undefined;
    const scan = scanJson(text, start);
    // JSON.parse keeps one entry of a key written twice: fewer keys than the text has means a duplicate.
    if (scan === undefined || countKeys(value) !== scan.keys)
        return undefined;
    return { value: value, root: () => new PositionBuilder(text).document(start), start, end: scan.end };
}
/**
 * One pass over JSON.parse's accepted text, building nothing: whether the
 * full reader reads it alike, with the number of keys written and where the
 * top-level object ends.
 */
function scanJson(text, start) {
    const n = text.length;
    // Whether each open collection is an object, by depth.
    const isObject = new Uint8Array(MAX_DEPTH + 2);
    let depth = 0;
    let expectKey = false;
    let keys = 0;
    let at = start;
    for (;;) {
        const c = text.charCodeAt(at);
        if (c === QUOTE) {
            const end = stringEnd(text, at);
            if (end < 0)
                return undefined;
            if (expectKey) {
                keys++;
                expectKey = false;
                let colon = end;
                while (text.charCodeAt(colon) === SPACE || text.charCodeAt(colon) === TAB)
                    colon++;
                if (text.charCodeAt(colon) !== COLON || colon - at > MAX_KEY_SPAN)
                    return undefined;
                at = colon + 1;
            }
            else
                at = end;
            continue;
        }
        if (c === OPEN_BRACE || c === OPEN_BRACKET) {
            if (++depth > MAX_DEPTH)
                return undefined;
            isObject[depth] = c === OPEN_BRACE ? 1 : 0;
            expectKey = c === OPEN_BRACE;
        }
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
            if (--depth === 0)
                return trailingSpaceOnly(text, at + 1) ? { keys, end: at + 1 } : undefined;
            expectKey = false;
        }
        else if (c === COMMA) {
            expectKey = isObject[depth] === 1;
        }
        else if (c === DASH || (c >= 0x30 && c <= 0x39)) {
            const end = numberEnd(text, at);
            if (end < 0)
                return undefined;
            at = end;
            continue;
        }
        else if (c !== SPACE && c !== NEWLINE && c !== TAB) {
            // true, false, null: JSON.parse has checked them.
            if (c !== 0x74 && c !== 0x66 && c !== 0x6e)
                return undefined;
            at += c === 0x66 ? 5 : 4;
            continue;
        }
        if (++at >= n)
            return undefined;
    }
}
/** Past the closing quote of the string at `at`, or -1 for an escape the full reader reads otherwise. */
function stringEnd(text, at) {
    for (let i = at + 1;; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE)
            return i + 1;
        if (c !== BACKSLASH)
            continue;
        const escaped = text.charCodeAt(++i);
        if (escaped === SLASH)
            return -1;
        if (escaped === LETTER_U) {
            const code = parseInt(text.slice(i + 1, i + 5), 16);
            if (code >= 0xd800 && code <= 0xdfff)
                return -1;
            i += 4;
        }
    }
}
/** Past the number at `at`, or -1 for one the full reader may read otherwise. */
function numberEnd(text, at) {
    let digits = 0;
    let nonZero = false;
    let i = at;
    for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x30 && c <= 0x39) {
            digits++;
            if (c !== 0x30)
                nonZero = true;
        }
        else if (c === 0x65 || c === 0x45)
            return -1; // an exponent
        else if (c !== DASH && c !== 0x2e && c !== 0x2b)
            break;
    }
    if (digits > MAX_NUMBER_DIGITS)
        return -1;
    if (!nonZero && text.charCodeAt(at) === DASH)
        return -1;
    return i;
}
function trailingSpaceOnly(text, at) {
    for (let i = at; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c !== SPACE && c !== NEWLINE)
            return false;
    }
    return true;
}
/** The keys of every object in a value, counted as JSON.parse kept them. */
function countKeys(value) {
    if (typeof value !== "object" || value === null)
        return 0;
    let count = 0;
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++)
            count += countKeys(value[i]);
        return count;
    }
    // for-in, not Object.keys: no array per object. JSON.parse's objects inherit nothing enumerable.
    for (const name in value) {
        count++;
        const item = value[name];
        if (typeof item === "object" && item !== null)
            count += countKeys(item);
    }
    return count;
}
/**
 * The position tree of accepted JSON text, with the offsets decodeDocument
 * records: collections from bracket to bracket, quoted scalars with their
 * quotes (text: the decoded string), numbers and words as written (plain).
 */
class PositionBuilder {
    text;
    at = 0;
    items;
    constructor(text) {
        this.text = text;
    }
    /**
     * The top-level object. The objects of its `items` (a List) are expanded
     * only when a path leads into one: a List of thousands of objects is
     * looked into one object at a time.
     */
    document(start) {
        this.at = start;
        return this.map(true);
    }
    /** The node of the value at `start`, whole. */
    nodeAt(start) {
        this.at = start;
        return this.value();
    }
    value() {
        const text = this.text;
        this.skipSpace();
        const c = text.charCodeAt(this.at);
        if (c === OPEN_BRACE)
            return this.map(false);
        if (c === OPEN_BRACKET)
            return this.seq();
        if (c === QUOTE)
            return this.string();
        const start = this.at;
        let end = start;
        while (end < text.length && !isDelimiter(text.charCodeAt(end)))
            end++;
        this.at = end;
        return { kind: "scalar", start, end, text: text.slice(start, end), plain: true };
    }
    string() {
        const text = this.text;
        const start = this.at;
        let escaped = false;
        let end = start + 1;
        for (let c = text.charCodeAt(end); c !== QUOTE; c = text.charCodeAt(end)) {
            if (c === BACKSLASH) {
                escaped = true;
                end += 2;
            }
            else
                end++;
        }
        this.at = ++end;
        const value = escaped ? JSON.parse(text.slice(start, end)) : text.slice(start + 1, end - 1);
        return { kind: "scalar", start, end, text: value, plain: false };
    }
    map(topLevel) {
        const text = this.text;
        const start = this.at++;
        const map = { kind: "map", start, end: start, keys: [], keyNodes: [], values: [] };
        this.skipSpace();
        while (text.charCodeAt(this.at) !== CLOSE_BRACE) {
            const key = this.string();
            this.skipSpace();
            this.at++; // the colon
            this.skipSpace();
            const value = topLevel && key.text === "items" && text.charCodeAt(this.at) === OPEN_BRACKET ? this.lazyItems() : this.value();
            map.keys.push(key.text);
            map.keyNodes.push(key);
            map.values.push(value);
            this.skipSeparator();
        }
        map.end = ++this.at;
        return map;
    }
    seq() {
        const text = this.text;
        const start = this.at++;
        const seq = { kind: "seq", start, end: start, items: [] };
        this.skipSpace();
        while (text.charCodeAt(this.at) !== CLOSE_BRACKET) {
            seq.items.push(this.value());
            this.skipSeparator();
        }
        seq.end = ++this.at;
        return seq;
    }
    /** A List's items: each object only where it starts and ends, expanded on first look. */
    lazyItems() {
        const text = this.text;
        const start = this.at++;
        const seq = { kind: "seq", start, end: start, items: [] };
        const cache = (this.items ??= new ItemCache(this.text));
        this.skipSpace();
        while (text.charCodeAt(this.at) !== CLOSE_BRACKET) {
            if (text.charCodeAt(this.at) === OPEN_BRACE) {
                const itemStart = this.at;
                this.at = collectionEnd(text, itemStart);
                seq.items.push(new LazyMap(cache, itemStart, this.at));
            }
            else
                seq.items.push(this.value());
            this.skipSeparator();
        }
        seq.end = ++this.at;
        return seq;
    }
    /** The space after a value, and the comma and space after that, if there is one. */
    skipSeparator() {
        this.skipSpace();
        if (this.text.charCodeAt(this.at) === COMMA) {
            this.at++;
            this.skipSpace();
        }
    }
    skipSpace() {
        const text = this.text;
        for (;;) {
            const c = text.charCodeAt(this.at);
            if (c !== SPACE && c !== NEWLINE && c !== TAB)
                return;
            this.at++;
        }
    }
}
function isDelimiter(c) {
    return c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || c === SPACE || c === NEWLINE || c === TAB;
}
/** Just past the object or array opening at `start`, skipping what is inside strings. */
function collectionEnd(text, start) {
    let depth = 0;
    for (let at = start;; at++) {
        const c = text.charCodeAt(at);
        if (c === QUOTE) {
            for (at++;; at++) {
                const s = text.charCodeAt(at);
                if (s === BACKSLASH)
                    at++;
                else if (s === QUOTE)
                    break;
            }
        }
        else if (c === OPEN_BRACE || c === OPEN_BRACKET)
            depth++;
        else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0)
            return at + 1;
    }
}
/** The last few List items expanded, rebuilt when looked into again: a long List's positions never all live at once. */
class ItemCache {
    text;
    built = new Map();
    constructor(text) {
        this.text = text;
    }
    mapAt(start) {
        let map = this.built.get(start);
        if (map === undefined) {
            map = new PositionBuilder(this.text).nodeAt(start);
            if (this.built.size >= ITEM_CACHE_SIZE)
                this.built.delete(this.built.keys().next().value);
            this.built.set(start, map);
        }
        return map;
    }
}
/** An object of a List's items: its offsets known, its entries built when asked for. */
class LazyMap {
    cache;
    start;
    end;
    kind = "map";
    constructor(cache, start, end) {
        this.cache = cache;
        this.start = start;
        this.end = end;
    }
    get keys() {
        return this.cache.mapAt(this.start).keys;
    }
    get keyNodes() {
        return this.cache.mapAt(this.start).keyNodes;
    }
    get values() {
        return this.cache.mapAt(this.start).values;
    }
}
