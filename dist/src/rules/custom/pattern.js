/**
 * Reads a regular expression pattern (JavaScript syntax, already accepted by
 * V8 with the same flags) into a tree, with what each character atom may
 * match as a set of code points, over-approximated where exactness does not
 * matter (case folding, Unicode properties, legacy octal escapes). The
 * backtracking check (regex.ts) reads the sets; the matcher (match.ts) asks
 * V8 about each atom's characters, so it never depends on the sets.
 */
const MAX_CODE_POINT = 0x10ffff;
export const NOTHING = [];
export const EVERYTHING = [[0, MAX_CODE_POINT]];
function normalized(ranges) {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    const out = [];
    for (const [lo, hi] of sorted) {
        const last = out.at(-1);
        if (last && lo <= last[1] + 1)
            last[1] = Math.max(last[1], hi);
        else
            out.push([lo, hi]);
    }
    return out;
}
export function union(a, b) {
    if (a.length === 0)
        return b;
    if (b.length === 0)
        return a;
    // Both are sorted: merge them in linear time (sorting each union made the checks of long patterns cubic).
    const out = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        const [lo, hi] = j >= b.length || (i < a.length && a[i][0] <= b[j][0]) ? a[i++] : b[j++];
        const last = out.at(-1);
        if (last && lo <= last[1] + 1)
            last[1] = Math.max(last[1], hi);
        else
            out.push([lo, hi]);
    }
    return out;
}
export function overlaps(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        const [alo, ahi] = a[i];
        const [blo, bhi] = b[j];
        if (ahi < blo)
            i++;
        else if (bhi < alo)
            j++;
        else
            return true;
    }
    return false;
}
function complement(set) {
    const out = [];
    let next = 0;
    for (const [lo, hi] of set) {
        if (lo > next)
            out.push([next, lo - 1]);
        next = hi + 1;
    }
    if (next <= MAX_CODE_POINT)
        out.push([next, MAX_CODE_POINT]);
    return out;
}
const chars = (...codes) => normalized(codes.map((c) => [c, c]));
const DIGITS = [[0x30, 0x39]];
const WORD = normalized([[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]]);
// WhiteSpace and LineTerminator (ECMA-262 CharacterClassEscape \s).
const SPACE = normalized([
    [0x09, 0x0d],
    [0x20, 0x20],
    [0xa0, 0xa0],
    [0x1680, 0x1680],
    [0x2000, 0x200a],
    [0x2028, 0x2029],
    [0x202f, 0x202f],
    [0x205f, 0x205f],
    [0x3000, 0x3000],
    [0xfeff, 0xfeff],
]);
/**
 * The set with the `i` flag: both cases of ASCII letters; and any letter or
 * non-ASCII character may fold to a non-ASCII one (the Kelvin sign is a
 * `k`), so those sets take every non-ASCII character.
 */
export function caseFolded(set) {
    const extra = [];
    let letterOrWide = false;
    for (const [lo, hi] of set) {
        for (const [from, to, shift] of [[0x41, 0x5a, 32], [0x61, 0x7a, -32]]) {
            const a = Math.max(lo, from);
            const b = Math.min(hi, to);
            if (a <= b) {
                extra.push([a + shift, b + shift]);
                letterOrWide = true;
            }
        }
        if (hi >= 0x80)
            letterOrWide = true;
    }
    if (letterOrWide)
        extra.push([0x80, MAX_CODE_POINT]);
    return extra.length === 0 ? set : union(set, normalized(extra));
}
/** Thrown for what the reader does not understand; V8 has accepted the pattern, so the pattern is refused as unsupported. */
export class UnsupportedPattern extends Error {
}
/** Reads a pattern V8 has accepted (with these flags) into a tree. */
class PatternReader {
    source;
    at = 0;
    unicode;
    /** What `.` matches: everything but line terminators, or everything with the s flag. */
    dot;
    constructor(source, flags) {
        this.source = source;
        this.unicode = flags.includes("u");
        this.dot = flags.includes("s") ? EVERYTHING : complement(chars(0x0a, 0x0d, 0x2028, 0x2029));
    }
    read() {
        const node = this.alternation();
        if (this.at < this.source.length)
            throw new UnsupportedPattern(`unexpected ${this.source[this.at]}`);
        return node;
    }
    peek(offset = 0) {
        return this.source[this.at + offset];
    }
    alternation() {
        const start = this.at;
        const branches = [this.sequence()];
        while (this.peek() === "|") {
            this.at++;
            branches.push(this.sequence());
        }
        return branches.length === 1 ? branches[0] : { t: "alt", branches, start, end: this.at };
    }
    sequence() {
        const start = this.at;
        const items = [];
        while (this.at < this.source.length && this.peek() !== "|" && this.peek() !== ")") {
            let atom = this.atom();
            for (let q = this.quantifier(); q; q = this.quantifier())
                atom = { t: "repeat", body: atom, min: q.min, max: q.max, start: atom.start, end: this.at };
            items.push(atom);
        }
        if (items.length === 1)
            return items[0];
        if (items.length === 0)
            return { t: "assert", start, end: start };
        return { t: "seq", items, start, end: this.at };
    }
    quantifier() {
        const c = this.peek();
        let bounds;
        if (c === "*")
            bounds = { min: 0, max: Infinity };
        else if (c === "+")
            bounds = { min: 1, max: Infinity };
        else if (c === "?")
            bounds = { min: 0, max: 1 };
        if (bounds)
            this.at++;
        else if (c === "{") {
            const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
            if (!m)
                return undefined;
            const min = Number(m[1]);
            bounds = { min, max: m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]) };
            this.at += m[0].length;
        }
        else
            return undefined;
        if (this.peek() === "?")
            this.at++; // lazy: the same choices, tried in another order
        return bounds;
    }
    atom() {
        const start = this.at;
        const c = this.source[this.at];
        switch (c) {
            case "^":
            case "$":
                this.at++;
                return { t: "assert", start, end: this.at };
            case ".":
                this.at++;
                return { t: "chars", set: this.dot, start, end: this.at };
            case "(":
                return this.group();
            case "[":
                return { t: "chars", set: this.characterClass(), start, end: this.at };
            case "\\":
                return this.escape();
            default: {
                const code = this.character();
                return { t: "chars", set: chars(code), start, end: this.at };
            }
        }
    }
    /** One literal character: a code point with the u flag, else a UTF-16 code unit. */
    character() {
        const code = this.unicode ? this.source.codePointAt(this.at) : this.source.charCodeAt(this.at);
        this.at += code > 0xffff ? 2 : 1;
        return code;
    }
    group() {
        const start = this.at;
        this.at++;
        let look;
        if (this.peek() === "?") {
            const next = this.peek(1);
            if (next === ":")
                this.at += 2;
            else if (next === "=" || next === "!") {
                this.at += 2;
                look = "ahead";
            }
            else if (next === "<" && (this.peek(2) === "=" || this.peek(2) === "!")) {
                this.at += 3;
                look = "behind";
            }
            else if (next === "<") {
                const close = this.source.indexOf(">", this.at);
                if (close < 0)
                    throw new UnsupportedPattern("group name");
                this.at = close + 1;
            }
            else
                throw new UnsupportedPattern(`group (?${next ?? ""}`);
        }
        const body = this.alternation();
        if (this.peek() !== ")")
            throw new UnsupportedPattern("unterminated group");
        this.at++;
        return look ? { t: "look", body, behind: look === "behind", start, end: this.at } : { t: "group", body, start, end: this.at };
    }
    escape() {
        const start = this.at;
        this.at++;
        const c = this.source[this.at];
        if (c === undefined)
            throw new UnsupportedPattern("trailing backslash");
        if (c === "b" || c === "B") {
            this.at++;
            return { t: "assert", start, end: this.at };
        }
        if (/[1-9]/.test(c)) {
            while (/[0-9]/.test(this.peek() ?? ""))
                this.at++;
            return { t: "backref", start, end: this.at };
        }
        if (c === "k" && this.peek(1) === "<") {
            const close = this.source.indexOf(">", this.at);
            this.at = close < 0 ? this.source.length : close + 1;
            return { t: "backref", start, end: this.at };
        }
        return { t: "chars", set: this.escapedSet(), start, end: this.at };
    }
    /** The characters an escape stands for, `this.at` being just after the backslash. */
    escapedSet(inClass = false) {
        const c = this.source[this.at];
        this.at++;
        switch (c) {
            case "d":
                return DIGITS;
            case "D":
                return complement(DIGITS);
            case "w":
                return WORD;
            case "W":
                return complement(WORD);
            case "s":
                return SPACE;
            case "S":
                return complement(SPACE);
            case "p":
            case "P":
                // A Unicode property (with u), else the letter: either way, at most everything.
                if (this.unicode && this.peek() === "{") {
                    const close = this.source.indexOf("}", this.at);
                    // V8 refuses `\p{` without its `}`; a pattern that did not pass V8 must not send the reader back to the start, forever.
                    if (close < 0)
                        throw new UnsupportedPattern("\\p{");
                    this.at = close + 1;
                }
                return this.unicode ? EVERYTHING : chars(c.charCodeAt(0));
            case "b":
                return inClass ? chars(8) : EVERYTHING;
            case "f":
                return chars(0x0c);
            case "n":
                return chars(0x0a);
            case "r":
                return chars(0x0d);
            case "t":
                return chars(0x09);
            case "v":
                return chars(0x0b);
            case "0":
                // \0, or a legacy octal escape without u: some character below 256.
                if (!this.unicode && /[0-7]/.test(this.peek() ?? "")) {
                    while (/[0-7]/.test(this.peek() ?? ""))
                        this.at++;
                    return [[0, 0xff]];
                }
                return chars(0);
            case "c": {
                const letter = this.peek();
                if (letter !== undefined && /[A-Za-z]/.test(letter)) {
                    this.at++;
                    return chars(letter.charCodeAt(0) % 32);
                }
                return chars(0x5c, 0x63); // Annex B: a backslash and a c
            }
            case "x": {
                const hex = /^[0-9A-Fa-f]{2}/.exec(this.source.slice(this.at));
                if (!hex)
                    return chars(0x78);
                this.at += 2;
                return chars(parseInt(hex[0], 16));
            }
            case "u":
                return chars(this.unicodeEscape());
            default:
                if (/[1-9]/.test(c)) {
                    // In a class, a legacy octal escape.
                    while (/[0-7]/.test(this.peek() ?? ""))
                        this.at++;
                    return [[0, 0xff]];
                }
                this.at--;
                return chars(this.character());
        }
    }
    /** After `\u`: the code point of `{…}` (u), `XXXX`, or a surrogate pair `\uD83D\uDE00` (u), else the letter u. */
    unicodeEscape() {
        const rest = this.source.slice(this.at);
        if (this.unicode && rest.startsWith("{")) {
            const m = /^\{([0-9A-Fa-f]+)\}/.exec(rest);
            if (!m)
                throw new UnsupportedPattern("\\u{");
            this.at += m[0].length;
            return parseInt(m[1], 16);
        }
        const m = /^[0-9A-Fa-f]{4}/.exec(rest);
        if (!m)
            return 0x75;
        this.at += 4;
        const lead = parseInt(m[0], 16);
        const trail = /^\\u([Dd][C-Fc-f][0-9A-Fa-f]{2})/.exec(this.source.slice(this.at));
        if (this.unicode && lead >= 0xd800 && lead <= 0xdbff && trail) {
            this.at += 6;
            return (lead - 0xd800) * 0x400 + (parseInt(trail[1], 16) - 0xdc00) + 0x10000;
        }
        return lead;
    }
    characterClass() {
        this.at++;
        const negated = this.peek() === "^";
        if (negated)
            this.at++;
        const ranges = [];
        let set = NOTHING;
        while (this.peek() !== "]") {
            if (this.at >= this.source.length)
                throw new UnsupportedPattern("unterminated class");
            const from = this.classAtom();
            if (this.peek() === "-" && this.peek(1) !== "]" && this.peek(1) !== undefined) {
                this.at++;
                const to = this.classAtom();
                const lo = single(from);
                const hi = single(to);
                if (lo !== undefined && hi !== undefined && lo <= hi)
                    ranges.push([lo, hi]);
                else
                    set = union(set, union(from, union(to, chars(0x2d)))); // Annex B: `[\w-x]` is \w, "-" and x
            }
            else
                set = union(set, from);
        }
        this.at++;
        set = union(set, normalized(ranges));
        return negated ? complement(set) : set;
    }
    classAtom() {
        if (this.peek() === "\\") {
            this.at++;
            if (this.peek() === "-") {
                this.at++;
                return chars(0x2d);
            }
            return this.escapedSet(true);
        }
        return chars(this.character());
    }
}
function single(set) {
    return set.length === 1 && set[0][0] === set[0][1] ? set[0][0] : undefined;
}
/** The tree of a pattern V8 has accepted with these flags; throws UnsupportedPattern for syntax this reader does not know. */
export function readPattern(source, flags) {
    return new PatternReader(source, flags).read();
}
