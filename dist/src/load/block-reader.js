import { jsonKey, resolvePlainYaml11, resolveScalar, setJsonField } from "./yaml11.js";
class Decline {
}
const DECLINE = new Decline();
/** Characters (besides \n and tab) the reader never accepts: CR, other controls, BOM, line separators, surrogates. */
const UNUSUAL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;
const MAX_DEPTH = 100;
/** go-yaml's alias limit starts after 100 decodes through aliases; past half that, the full reader decides. */
const MAX_EXPANDED = 50;
/** Beyond this many values (aliases counted at their size) the full path reads the document and reports it. */
const MAX_NODES = 1_000_000;
/** go-yaml refuses keys longer than 1024 characters (counted its way); longer ones than this go to the full reader. */
const MAX_KEY_LENGTH = 1000;
const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const DOT = 0x2e;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const PIPE = 0x7c;
const GREATER = 0x3e;
const AMPERSAND = 0x26;
const QUESTION = 0x3f;
const ASTERISK = 0x2a;
/** go-yaml's anchor and alias names: ASCII letters, digits, `-` and `_` (scannerc.go yaml_parser_scan_anchor, is_alpha). */
function isAnchorChar(c) {
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === DASH || c === 0x5f;
}
/** Characters a plain scalar may not start with (`-`, `?` and `:` are checked with what follows). */
function isReservedStart(c) {
    switch (c) {
        case HASH:
        case AMPERSAND:
        case ASTERISK:
        case 0x21: // !
        case PIPE:
        case GREATER:
        case APOSTROPHE:
        case QUOTE:
        case 0x25: // %
        case 0x40: // @
        case 0x60: // `
        case COMMA:
        case OPEN_BRACKET:
        case CLOSE_BRACKET:
        case OPEN_BRACE:
        case CLOSE_BRACE:
        case QUESTION:
        case COLON:
            return true;
        default:
            return false;
    }
}
/** Reads one document of a stream part (load/prescan.ts), or declines. */
export function readBlockDocument(text) {
    if (UNUSUAL.test(text))
        return undefined;
    try {
        return new BlockReader(text, false).document();
    }
    catch (err) {
        if (err === DECLINE)
            return undefined;
        throw err;
    }
}
/**
 * Checks the syntax of one document of a stream part without decoding it:
 * the line (0-based, in `text`) where the document starts when it is valid
 * YAML without duplicate keys; undefined when the reader declines, and the
 * `yaml` package must say what is wrong, if anything.
 */
export function checkBlockDocument(input) {
    return checkedDocument(input)?.startLine;
}
/**
 * `checkBlockDocument` that also decodes a few top-level fields and reads
 * the keys of a few others, leaving every other value undecoded: what is
 * kept of a ConfigMap or a Secret is its name and its data's keys, and its
 * values (a Secret's above all) are never built. Undefined when the reader
 * declines: the caller then decodes the document with the full reader.
 */
export function outlineBlockDocument(input, request) {
    return checkedDocument(input, request);
}
function checkedDocument(input, request) {
    // A CRLF line end is a line break like LF (YAML 1.2 §5.4); a lone CR is declined below.
    const text = input.includes("\r") ? input.replace(/\r\n/g, "\n") : input;
    if (UNUSUAL.test(text))
        return undefined;
    try {
        const reader = new BlockReader(text, true, request);
        const { start } = reader.document();
        let line = 0;
        for (let at = text.indexOf("\n"); at >= 0 && at < start; at = text.indexOf("\n", at + 1))
            line++;
        return { startLine: line, fields: reader.outlineFields, keys: reader.outlineKeys };
    }
    catch (err) {
        if (err === DECLINE)
            return undefined;
        throw err;
    }
}
class BlockReader {
    s;
    check;
    outline;
    i = 0;
    /** Indentation of the line `i` is on (set by nextLine); -1 at the end of the text. */
    indent = -1;
    n;
    /** `checked`: anchored while only checking, so its value was not built. */
    anchors = new Map();
    /** Values read through aliases. */
    expanded = 0;
    aliased = false;
    /** Values read, aliases counted at their size: a budget against alias bombs. */
    count = 0;
    /** The decoded value of the node the last read returned (set beside the returned offsets, to spare an object per node). */
    value = null;
    /** What an outline decoded (OutlineRequest). */
    outlineFields = new Map();
    outlineKeys = new Map();
    /**
     * `check`: only check the syntax; values, decoded text and offsets are not
     * built, but for the top-level fields `outline` asks to decode.
     */
    constructor(s, check, outline) {
        this.s = s;
        this.check = check;
        this.outline = outline;
        this.n = s.length;
    }
    document() {
        const s = this.s;
        let start = -1;
        if (isMarker(s, 0, DASH)) {
            start = 0;
            this.i = 3;
            this.skipSpaces();
            this.endOfLine();
        }
        else if (isMarker(s, 0, DOT)) {
            throw DECLINE;
        }
        this.nextLine();
        if (this.indent !== 0)
            throw DECLINE;
        if (start < 0)
            start = this.i;
        const key = this.key();
        if (!key)
            throw DECLINE;
        const root = this.map(0, key, 0);
        return { value: this.value, root, start, aliased: this.aliased };
    }
    // --- lines -------------------------------------------------------------
    /**
     * Moves to the first character of the next line with content (skipping
     * blank and comment lines) and sets `indent`; -1 at the end. Call at the
     * start of a line.
     */
    nextLine() {
        const s = this.s;
        let i = this.i;
        while (i < this.n) {
            const lineStart = i;
            while (i < this.n && s.charCodeAt(i) === SPACE)
                i++;
            if (i >= this.n)
                break;
            const c = s.charCodeAt(i);
            if (c === NEWLINE) {
                i++;
                continue;
            }
            if (c === HASH) {
                const eol = s.indexOf("\n", i);
                i = eol < 0 ? this.n : eol + 1;
                continue;
            }
            if (c === TAB)
                throw DECLINE;
            if (i === lineStart && (isMarker(s, i, DASH) || isMarker(s, i, DOT)))
                throw DECLINE;
            this.i = i;
            this.indent = i - lineStart;
            return;
        }
        this.i = this.n;
        this.indent = -1;
    }
    skipSpaces() {
        const s = this.s;
        while (this.i < this.n && s.charCodeAt(this.i) === SPACE)
            this.i++;
        if (this.i < this.n && s.charCodeAt(this.i) === TAB)
            throw DECLINE;
    }
    /**
     * After a value: only spaces and a comment may follow on the line. Moves
     * to the start of the next line.
     */
    endOfLine() {
        const s = this.s;
        const before = this.i;
        this.skipSpaces();
        if (this.i >= this.n)
            return;
        const c = s.charCodeAt(this.i);
        if (c === HASH && (this.i > before || before === 0 || s.charCodeAt(before - 1) === SPACE)) {
            const eol = s.indexOf("\n", this.i);
            this.i = eol < 0 ? this.n : eol + 1;
            return;
        }
        if (c !== NEWLINE)
            throw DECLINE;
        this.i++;
    }
    // --- block collections ---------------------------------------------------
    /**
     * A block mapping whose keys sit at column `indent`; its first key has been
     * read. Leaves `i` on the next content line after the mapping.
     */
    map(indent, first, depth) {
        if (depth > MAX_DEPTH)
            throw DECLINE;
        const out = {};
        const node = { kind: "map", start: first.start, end: first.end, keys: [], keyNodes: [], values: [] };
        let key = first;
        for (;;) {
            // `i` is just past the colon.
            const outlined = depth === 0 && this.outline ? keyName(key) : undefined;
            const decode = outlined !== undefined && this.check && this.outline.decode.has(outlined);
            if (decode)
                this.check = false;
            const pos = this.read(indent, depth, false);
            if (decode) {
                this.check = true;
                this.outlineFields.set(outlined, this.value);
            }
            else if (outlined !== undefined && this.outline.keysOf.has(outlined)) {
                this.outlineKeys.set(outlined, pos.kind === "map" ? [...pos.keys] : []);
            }
            addEntry(node, this.check ? undefined : out, key, pos, this.value);
            node.end = this.lineEndBefore();
            if (this.indent !== indent) {
                if (this.indent > indent)
                    throw DECLINE;
                this.value = out;
                return node;
            }
            key = this.key();
            if (!key)
                throw DECLINE;
        }
    }
    /**
     * The value after `key:` or (`inSeq`) after the dash of a sequence item,
     * in a collection at column `indent`, with an optional anchor. Returns its
     * offsets and leaves the decoded value in `value` (as every read here
     * does), and `i` on the next content line.
     */
    read(indent, depth, inSeq) {
        this.skipSpaces();
        const counted = this.count;
        let anchor;
        if (this.s.charCodeAt(this.i) === AMPERSAND) {
            anchor = this.name();
            this.skipSpaces();
        }
        const at = this.i;
        const c = this.i < this.n ? this.s.charCodeAt(this.i) : NEWLINE;
        let result;
        if (c === NEWLINE || c === HASH) {
            // Nothing on this line: a nested collection below, or null.
            this.endOfLine();
            this.nextLine();
            if (this.indent > indent)
                result = this.nestedBlock(this.indent, indent, depth);
            else if (!inSeq && this.indent === indent && this.isSeqItem())
                result = this.seq(indent, depth);
            else {
                result = emptyScalar(at);
                this.value = null;
            }
        }
        else if (c === ASTERISK) {
            if (anchor !== undefined)
                throw DECLINE;
            result = this.alias();
        }
        else if (inSeq && c === DASH && this.isSeqItem()) {
            throw DECLINE; // `- - x`
        }
        else {
            const key = inSeq ? this.key() : undefined;
            if (key) {
                // `- name: x`: a mapping whose keys line up with the first one. (An anchor there would be the key's.)
                if (anchor !== undefined)
                    throw DECLINE;
                result = this.map(at - this.lineStartOf(at), key, depth + 1);
            }
            else {
                result = this.inlineValue(indent, depth);
            }
        }
        if (++this.count > MAX_NODES)
            throw DECLINE;
        if (anchor !== undefined)
            this.anchors.set(anchor, { value: this.value, pos: result, size: this.count - counted, checked: this.check });
        return result;
    }
    /** `&name` or `*name` at `i`: the name (letters, digits, `-` and `_`, as go-yaml takes them), followed by a space or the line's end. */
    name() {
        const s = this.s;
        const start = this.i + 1;
        let i = start;
        while (i < this.n) {
            const c = s.charCodeAt(i);
            if (c === SPACE || c === NEWLINE)
                break;
            if (!isAnchorChar(c))
                throw DECLINE;
            i++;
        }
        if (i === start)
            throw DECLINE;
        this.i = i;
        return s.slice(start, i);
    }
    /** `*name`: the anchored value itself, within the expansion budget. */
    alias() {
        const target = this.anchors.get(this.name());
        // A value anchored while only checking was not built: an outline decoding it leaves it to the full reader.
        if (!target || (target.checked && !this.check))
            throw DECLINE;
        this.aliased = true;
        this.count += target.size;
        this.expanded += target.size;
        // go-yaml refuses a document where aliases expand to too large a share of it: only the full reader
        // counts that its way, and below this it cannot happen (its count is at most twice this one).
        if (this.count > MAX_NODES || this.expanded > MAX_EXPANDED)
            throw DECLINE;
        this.endOfLine();
        this.nextLine();
        this.value = target.value;
        return target.pos;
    }
    /**
     * A value on its own lines at column `indent`, below the key or dash of a
     * collection at column `parent`: a collection, or (as Helm writes `{}`) a
     * scalar or flow collection.
     */
    nestedBlock(indent, parent, depth) {
        if (this.isSeqItem())
            return this.seq(indent, depth + 1);
        const key = this.key();
        if (!key)
            return this.inlineValue(parent, depth);
        return this.map(indent, key, depth + 1);
    }
    isSeqItem() {
        if (this.s.charCodeAt(this.i) !== DASH)
            return false;
        const next = this.i + 1 < this.n ? this.s.charCodeAt(this.i + 1) : NEWLINE;
        if (next === TAB)
            throw DECLINE;
        return next === SPACE || next === NEWLINE;
    }
    /** A block sequence whose dashes sit at column `indent`; `i` is on the first dash. */
    seq(indent, depth) {
        if (depth > MAX_DEPTH)
            throw DECLINE;
        const node = { kind: "seq", start: this.i, end: this.i, items: [] };
        const out = [];
        for (;;) {
            this.i++; // the dash
            const item = this.read(indent, depth, true);
            if (!this.check) {
                node.items.push(item);
                out.push(this.value);
            }
            node.end = this.lineEndBefore();
            if (this.indent !== indent || !this.isSeqItem()) {
                if (this.indent > indent)
                    throw DECLINE;
                this.value = out;
                return node;
            }
        }
    }
    /** End offset of the last line consumed: just past its newline (where `i`'s line starts, or the text's end). */
    lineEndBefore() {
        if (this.indent < 0)
            return this.n;
        return this.i - this.indent;
    }
    lineStartOf(at) {
        return this.s.lastIndexOf("\n", at - 1) + 1;
    }
    /**
     * A value that starts on the current line after `key: ` or `- `, in a
     * collection at column `indent`. Leaves `i` on the next content line.
     */
    inlineValue(indent, depth) {
        const c = this.s.charCodeAt(this.i);
        let result;
        if (c === PIPE || c === GREATER)
            return this.blockScalar(indent);
        if (c === QUOTE || c === APOSTROPHE) {
            // A quoted scalar may continue on lines indented past the collection only when checking: decoding leaves
            // the folding of such lines to the yaml package.
            result = this.quoted(this.check ? indent : -1);
            this.value = result.text;
        }
        else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
            result = this.flow(indent, depth + 1);
        }
        else {
            const pos = this.plain(false);
            this.continuePlain(pos, indent);
            this.value = plainValue(pos.text);
            result = pos;
        }
        this.endOfLine();
        this.nextLine();
        return result;
    }
    // --- keys and scalars ----------------------------------------------------
    /** A `key:` at `i` (plain or quoted, on one line, followed by `: ` or the line's end); undefined when `i` is not at a key. */
    key() {
        const s = this.s;
        const start = this.i;
        const c = s.charCodeAt(start);
        let node;
        if (c === QUOTE || c === APOSTROPHE) {
            // When checking, a quoted scalar that goes on past its line is a value (a key must fit on one line).
            if (this.check && !closesOnLine(s, start))
                return undefined;
            // Its text is kept even when checking: duplicate keys are found by it, and an outline reads keys.
            node = this.quoted(-1, true);
            if (s.charCodeAt(this.i) !== COLON) {
                this.i = start;
                return undefined;
            }
            // go-yaml takes a key of at most 1024 characters; the full reader judges long ones.
            if (this.i - start > MAX_KEY_LENGTH)
                throw DECLINE;
            const after = this.i + 1 < this.n ? s.charCodeAt(this.i + 1) : NEWLINE;
            if (after !== SPACE && after !== NEWLINE)
                throw DECLINE;
        }
        else {
            if (isReservedStart(c) || (c === DASH && this.isSeqItem()))
                return undefined;
            let i = start;
            let flowIndicator = false;
            for (;;) {
                if (i >= this.n)
                    return undefined;
                const d = s.charCodeAt(i);
                if (d === NEWLINE)
                    return undefined;
                if (d === COLON) {
                    const after = i + 1 < this.n ? s.charCodeAt(i + 1) : NEWLINE;
                    if (after === SPACE || after === NEWLINE)
                        break;
                    if (after === TAB)
                        throw DECLINE;
                }
                else if (d === OPEN_BRACKET || d === CLOSE_BRACKET || d === OPEN_BRACE || d === CLOSE_BRACE || d === COMMA) {
                    flowIndicator = true;
                }
                else if (d === TAB) {
                    throw DECLINE;
                }
                else if (d === HASH && s.charCodeAt(i - 1) === SPACE) {
                    return undefined;
                }
                i++;
            }
            // Flow indicators are possible in plain keys but never in a manifest's: let the full parser judge.
            if (flowIndicator || s.charCodeAt(i - 1) === SPACE || i - start > MAX_KEY_LENGTH)
                throw DECLINE;
            node = { kind: "scalar", start, end: i, text: s.slice(start, i), plain: true };
            this.i = i;
        }
        this.i++; // the colon
        return node;
    }
    /**
     * A plain scalar on one line; in a flow collection it also ends at `,`,
     * `]` and `}`, and a flow mapping's key at `: `. Elsewhere `: ` inside it
     * would start a nested mapping: declined. A `continuation` line of a
     * multi-line scalar may start with any character.
     */
    plain(inFlow, flowKey = false, continuation = false) {
        const s = this.s;
        const start = this.i;
        const c = s.charCodeAt(start);
        if (continuation) {
            // Only `: ` is special (checked below).
        }
        else if (c === COLON || c === QUESTION) {
            // `:2112` and `?x` are plain scalars in block context.
            const next = start + 1 < this.n ? s.charCodeAt(start + 1) : NEWLINE;
            if (inFlow || next === SPACE || next === NEWLINE || next === TAB)
                throw DECLINE;
        }
        else if (isReservedStart(c))
            throw DECLINE;
        if (c === DASH && !continuation) {
            const next = start + 1 < this.n ? s.charCodeAt(start + 1) : NEWLINE;
            if (next === SPACE || next === NEWLINE || next === TAB)
                throw DECLINE;
        }
        let i = start;
        let end = start;
        while (i < this.n) {
            const d = s.charCodeAt(i);
            if (d === NEWLINE)
                break;
            if (d === SPACE) {
                i++;
                continue;
            }
            if (d === TAB)
                throw DECLINE;
            if (d === HASH && s.charCodeAt(i - 1) === SPACE)
                break;
            if (d === COLON) {
                const after = i + 1 < this.n ? s.charCodeAt(i + 1) : NEWLINE;
                if (flowKey && after === SPACE)
                    break;
                if (after === SPACE || after === NEWLINE || after === TAB)
                    throw DECLINE;
                if (inFlow && (after === COMMA || after === CLOSE_BRACKET || after === CLOSE_BRACE))
                    throw DECLINE;
            }
            if (inFlow && (d === COMMA || d === CLOSE_BRACKET || d === CLOSE_BRACE))
                break;
            if (inFlow && (d === OPEN_BRACKET || d === OPEN_BRACE))
                throw DECLINE;
            i++;
            end = i;
        }
        this.i = end;
        return { kind: "scalar", start, end, text: s.slice(start, end), plain: true };
    }
    /**
     * The lines of a multi-line plain scalar, indented past `parent`: each line
     * break folds to a space, blank lines to line breaks. Leaves `i` after the
     * last line's text.
     */
    continuePlain(node, parent) {
        const s = this.s;
        let i = node.end;
        while (i < this.n && s.charCodeAt(i) === SPACE)
            i++;
        if (i >= this.n || s.charCodeAt(i) !== NEWLINE)
            return; // a comment ends it
        let blanks = 0;
        let text = node.text;
        i++;
        while (i < this.n) {
            const lineStart = i;
            while (i < this.n && s.charCodeAt(i) === SPACE)
                i++;
            const c = i < this.n ? s.charCodeAt(i) : NEWLINE;
            if (c === TAB)
                throw DECLINE;
            if (c === NEWLINE) {
                if (i >= this.n)
                    break;
                blanks++;
                i++;
                continue;
            }
            if (i - lineStart <= parent || c === HASH)
                break;
            // A continuation line: plain text to its end or to a comment. Any
            // character may start it (the `yaml` lexer's parsePlainScalar), but
            // decoding is held to what the reader was compared on.
            if (!this.check && (isReservedStart(c) || c === DASH))
                throw DECLINE;
            this.i = i;
            const line = this.plain(false, false, true);
            if (!this.check)
                text += (blanks > 0 ? "\n".repeat(blanks) : " ") + line.text;
            node.end = line.end;
            blanks = 0;
            i = line.end;
            while (i < this.n && s.charCodeAt(i) === SPACE)
                i++;
            if (i >= this.n || s.charCodeAt(i) !== NEWLINE)
                break;
            i++;
        }
        node.text = text;
        this.i = node.end;
    }
    /**
     * A quoted scalar that closes on its own line; or, with `parent` >= 0
     * (only when checking), one that goes on over lines that are blank or
     * indented past the collection at column `parent`, as the `yaml` package
     * requires of a flow scalar in block context.
     */
    quoted(parent, keepText = !this.check) {
        const s = this.s;
        const start = this.i;
        const quote = s.charCodeAt(start);
        let text = "";
        let from = start + 1;
        let i = from;
        for (;;) {
            if (i >= this.n)
                throw DECLINE;
            const d = s.charCodeAt(i);
            if (d === TAB)
                throw DECLINE;
            if (d === NEWLINE) {
                if (parent < 0)
                    throw DECLINE;
                let j = ++i;
                while (j < this.n && s.charCodeAt(j) === SPACE)
                    j++;
                const c = j < this.n ? s.charCodeAt(j) : NEWLINE;
                if (c === TAB || (c !== NEWLINE && j - i <= parent))
                    throw DECLINE;
                i = j;
                continue;
            }
            if (quote === APOSTROPHE) {
                if (d === APOSTROPHE) {
                    if (s.charCodeAt(i + 1) !== APOSTROPHE)
                        break;
                    if (keepText)
                        text += s.slice(from, i + 1);
                    i += 2;
                    from = i;
                    continue;
                }
            }
            else if (d === QUOTE) {
                break;
            }
            else if (d === BACKSLASH) {
                const escaped = unescape(s, i);
                if (keepText)
                    text += s.slice(from, i) + escaped.text;
                i += escaped.length;
                from = i;
                continue;
            }
            i++;
        }
        if (keepText)
            text += s.slice(from, i);
        this.i = i + 1;
        return { kind: "scalar", start, end: this.i, text, plain: false };
    }
    /** A literal (`|`) or folded (`>`) block scalar, its content indented past `indent`. */
    blockScalar(indent) {
        const s = this.s;
        const start = this.i;
        const folded = s.charCodeAt(start) === GREATER;
        this.i++;
        let chomp = "clip";
        const c = s.charCodeAt(this.i);
        if (c === DASH)
            chomp = "strip";
        else if (c === 0x2b)
            chomp = "keep"; // +
        if (chomp !== "clip")
            this.i++;
        const after = this.i < this.n ? s.charCodeAt(this.i) : NEWLINE;
        if (after !== SPACE && after !== NEWLINE)
            throw DECLINE; // an indentation indicator, or junk
        this.endOfLine();
        // Content lines: blank ones, and ones indented at least as far as the first non-blank one.
        const lines = [];
        let contentIndent = -1;
        let deepestLeadingBlank = 0;
        let lastContentEnd = this.i; // just past the newline of the last non-blank line
        let trailingBlanks = 0;
        let i = this.i;
        while (i < this.n) {
            let j = i;
            while (j < this.n && s.charCodeAt(j) === SPACE)
                j++;
            const eol = s.indexOf("\n", j);
            if (eol < 0)
                throw DECLINE; // no final line break: the chomping rules differ, leave it to the full parser
            const first = s.charCodeAt(j);
            const lineIndent = j - i;
            if (first === NEWLINE) {
                // A blank line; one with spaces past the content indentation would be content (valid, but not decoded here).
                if (contentIndent < 0)
                    deepestLeadingBlank = Math.max(deepestLeadingBlank, lineIndent);
                else if (lineIndent > contentIndent && !this.check)
                    throw DECLINE;
                if (!this.check)
                    lines.push("");
                trailingBlanks++;
                i = eol + 1;
                continue;
            }
            if (contentIndent < 0) {
                if (lineIndent <= indent)
                    break;
                if (first === TAB || deepestLeadingBlank > lineIndent)
                    throw DECLINE;
                contentIndent = lineIndent;
            }
            else if (lineIndent < contentIndent) {
                break;
            }
            if (!this.check)
                lines.push(s.slice(i + contentIndent, eol));
            else if (folded && (s.charCodeAt(i + contentIndent) === SPACE || s.charCodeAt(i + contentIndent) === TAB))
                throw DECLINE; // as fold() does
            trailingBlanks = 0;
            lastContentEnd = eol + 1;
            i = eol + 1;
        }
        if (contentIndent < 0 && !this.check)
            throw DECLINE; // an empty block scalar (valid, but not decoded here)
        let value = "";
        if (!this.check) {
            const content = lines.slice(0, lines.length - trailingBlanks);
            value = folded ? fold(content) : content.join("\n");
            if (chomp === "clip")
                value += "\n";
            else if (chomp === "keep")
                value += "\n".repeat(trailingBlanks + 1);
        }
        const end = chomp === "keep" ? i : lastContentEnd;
        this.i = i;
        this.nextLine();
        if (this.indent > indent && this.indent >= 0)
            throw DECLINE;
        this.value = value;
        return { kind: "scalar", start, end, text: value, plain: false };
    }
    /**
     * A flow collection of scalars: `[a, "b"]`, `{}`, `{a: 1}`, possibly over
     * several lines indented past `parent` (the closing bracket may sit at
     * `parent`'s column), with comments and a trailing comma.
     */
    flow(parent, depth) {
        if (depth > MAX_DEPTH)
            throw DECLINE;
        const s = this.s;
        const start = this.i;
        const isMap = s.charCodeAt(start) === OPEN_BRACE;
        const close = isMap ? CLOSE_BRACE : CLOSE_BRACKET;
        const seqNode = { kind: "seq", start, end: start, items: [] };
        const mapNode = { kind: "map", start, end: start, keys: [], keyNodes: [], values: [] };
        const list = [];
        const object = {};
        this.i++;
        this.flowSpace(parent, close);
        while (s.charCodeAt(this.i) !== close) {
            let key;
            if (isMap) {
                key = this.flowScalar(true);
                if (key.end - key.start > MAX_KEY_LENGTH)
                    throw DECLINE;
                if (s.charCodeAt(this.i) !== COLON || s.charCodeAt(this.i + 1) !== SPACE)
                    throw DECLINE;
                this.i++;
                this.skipSpaces();
            }
            const item = this.flowScalar();
            this.flowSpace(parent, close);
            const value = item.plain ? plainValue(item.text) : item.text;
            if (key) {
                addEntry(mapNode, this.check ? undefined : object, key, item, value);
            }
            else {
                list.push(value);
                seqNode.items.push(item);
            }
            const d = s.charCodeAt(this.i);
            if (d === COMMA) {
                this.i++;
                this.flowSpace(parent, close);
                if (s.charCodeAt(this.i) === COMMA)
                    throw DECLINE; // an empty entry
                continue;
            }
            if (d !== close)
                throw DECLINE;
        }
        this.i++;
        this.count += list.length + mapNode.keys.length;
        const node = isMap ? mapNode : seqNode;
        node.end = this.i;
        this.value = isMap ? object : list;
        return node;
    }
    /**
     * Spaces, comments and line breaks inside a flow collection. A new line's
     * content must be indented past `parent`; a closing bracket may sit at
     * `parent`'s column.
     */
    flowSpace(parent, close) {
        const s = this.s;
        let lineIndent = -1;
        for (;;) {
            this.skipSpaces();
            if (this.i >= this.n)
                throw DECLINE;
            const c = s.charCodeAt(this.i);
            if (c === HASH) {
                const before = s.charCodeAt(this.i - 1);
                if (before !== SPACE && before !== NEWLINE)
                    throw DECLINE;
                const eol = s.indexOf("\n", this.i);
                if (eol < 0)
                    throw DECLINE;
                this.i = eol;
                continue;
            }
            if (c !== NEWLINE)
                break;
            this.i++;
            const lineStart = this.i;
            this.skipSpaces();
            lineIndent = this.i - lineStart;
        }
        if (lineIndent >= 0) {
            const closing = s.charCodeAt(this.i) === close;
            if (closing ? lineIndent < parent : lineIndent <= parent)
                throw DECLINE;
        }
    }
    /** A scalar inside a flow collection, followed by optional spaces. */
    flowScalar(isKey = false) {
        const c = this.s.charCodeAt(this.i);
        let node;
        if (c === QUOTE || c === APOSTROPHE)
            node = this.quoted(-1, isKey || !this.check);
        else {
            node = this.plain(true, isKey);
            if (node.end === node.start)
                throw DECLINE;
        }
        this.skipSpaces();
        return node;
    }
}
/**
 * One mapping entry, decoded and placed (only its key is kept when checking:
 * `out` undefined); a merge key or a duplicate key is declined (the full
 * path handles both).
 */
/** The keys of maps with many entries, as sets: a ConfigMap of 100,000 keys is not checked for duplicates key by key. */
const keySets = new WeakMap();
function hasKey(node, name) {
    if (node.keys.length < 32)
        return node.keys.includes(name);
    let set = keySets.get(node);
    if (!set)
        keySets.set(node, (set = new Set(node.keys)));
    return set.has(name);
}
/** A key's name as JSON has it; undefined for one JSON cannot hold. */
function keyName(key) {
    return key.plain ? jsonKey(resolveScalar(key.text, undefined, true)) : key.text;
}
function addEntry(node, out, key, pos, value) {
    if (key.plain && key.text === "<<")
        throw DECLINE;
    const name = keyName(key);
    // A key JSON cannot hold (null, beyond int64) fails kubectl: the full path reports it.
    if (name === undefined || hasKey(node, name))
        throw DECLINE;
    node.keys.push(name);
    keySets.get(node)?.add(name);
    if (out === undefined)
        return;
    node.keyNodes.push(key);
    node.values.push(pos);
    setJsonField(out, name, value);
}
/** A plain scalar's value; one JSON cannot hold (.inf, .nan) fails kubectl, and the full path reports it. */
function plainValue(text) {
    const value = resolvePlainYaml11(text);
    if (typeof value === "number" && !Number.isFinite(value))
        throw DECLINE;
    return value;
}
/** Whether the quoted scalar at `start` closes on its line. */
function closesOnLine(s, start) {
    const quote = s.charCodeAt(start);
    for (let i = start + 1; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === NEWLINE)
            return false;
        if (quote === APOSTROPHE) {
            if (c === APOSTROPHE) {
                if (s.charCodeAt(i + 1) !== APOSTROPHE)
                    return true;
                i++;
            }
        }
        else if (c === BACKSLASH)
            i++;
        else if (c === QUOTE)
            return true;
    }
    return false;
}
function emptyScalar(at) {
    return { kind: "scalar", start: at, end: at, text: "", plain: true };
}
/** `---` or `...` at `i`, followed by a space, a line break or the end. */
function isMarker(s, i, c) {
    if (s.charCodeAt(i) !== c || s.charCodeAt(i + 1) !== c || s.charCodeAt(i + 2) !== c)
        return false;
    const after = i + 3 < s.length ? s.charCodeAt(i + 3) : NEWLINE;
    return after === SPACE || after === NEWLINE || after === TAB;
}
/** Folding of a `>` block scalar's lines: a line break between two text lines becomes a space, blank lines stay. */
function fold(lines) {
    let out = "";
    let pendingBreaks = 0;
    let started = false;
    for (const line of lines) {
        if (line === "") {
            pendingBreaks++;
            continue;
        }
        // More-indented lines keep their line breaks under rules this reader does not implement.
        if (line.charCodeAt(0) === SPACE || line.charCodeAt(0) === TAB)
            throw DECLINE;
        if (started)
            out += pendingBreaks > 0 ? "\n".repeat(pendingBreaks) : " ";
        else
            out += "\n".repeat(pendingBreaks);
        out += line;
        started = true;
        pendingBreaks = 0;
    }
    return out;
}
const SIMPLE_ESCAPES = {
    "0": "\0",
    a: "\x07",
    b: "\b",
    t: "\t",
    n: "\n",
    v: "\v",
    f: "\f",
    r: "\r",
    e: "\x1b",
    " ": " ",
    '"': '"',
    "\\": "\\",
    N: "\u0085",
    _: "\u00a0",
    L: "\u2028",
    P: "\u2029",
};
/** A double-quoted escape at `i` (the backslash). */
function unescape(s, i) {
    const c = s[i + 1];
    if (c === undefined)
        throw DECLINE;
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined)
        return { text: simple, length: 2 };
    const digits = c === "x" ? 2 : c === "u" ? 4 : c === "U" ? 8 : 0;
    if (digits === 0)
        throw DECLINE;
    const hex = s.slice(i + 2, i + 2 + digits);
    if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex))
        throw DECLINE;
    const code = parseInt(hex, 16);
    if ((code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff)
        throw DECLINE;
    return { text: String.fromCodePoint(code), length: 2 + digits };
}
