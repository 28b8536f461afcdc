/**
 * `/pattern/flags.test(text)` for custom rules, in time linear in the text:
 * the pattern becomes a program of a Thompson automaton, run as a Pike VM
 * (every thread in step, one pass over the text), so no pattern and no text
 * can make a test backtrack. V8 itself backtracks: `/(a|b)*c/` takes
 * seconds on 100,000 `a`s, `/a*a*b/` minutes on 10,000, and manifests hold
 * long strings (scripts in args, annotations).
 *
 * A test only answers whether the text has a match, so captures and greedy
 * or lazy order do not matter. What a character atom (`a`, `[a-z]`, `\w`,
 * `.`, `\p{L}`) matches is asked of V8 itself, one character at a time and
 * remembered, so case folding and Unicode properties mean what they mean in
 * JavaScript. Assertions (`^ $ \b \B`) and lookaheads are checked where the
 * threads stand; lookbehinds and back-references are not supported (the
 * static checks refuse them).
 */
import { readPattern } from "./pattern.js";
import { charge } from "./runtime.js";
/** A pattern whose program would be larger than this is refused: its repetitions count many times (`(?:[a-z]{1,63}\.){1,100}`). */
export const MAX_PROGRAM_SIZE = 20_000;
/** Thrown for a pattern the matcher cannot run: too large, or with a lookbehind or back-reference. */
export class MatcherLimit extends Error {
}
/** Work on threads is charged one step per this many thread visits. */
const VISITS_PER_STEP = 8;
/**
 * What one atom matches, asked of V8 with the pattern's flags and
 * remembered: a table for ASCII, a bounded map for the rest.
 */
function atomTest(atom, flags) {
    const pattern = new RegExp(`^(?:${atom})$`, flags.atomFlags);
    const ascii = new Int8Array(128);
    const others = new Map();
    const text = flags.unicode ? String.fromCodePoint : String.fromCharCode;
    return (code) => {
        if (code < 128) {
            let known = ascii[code];
            if (known === 0)
                ascii[code] = known = pattern.test(String.fromCharCode(code)) ? 1 : -1;
            return known === 1;
        }
        let known = others.get(code);
        if (known === undefined) {
            known = pattern.test(text(code));
            if (others.size < 4096)
                others.set(code, known);
        }
        return known;
    };
}
class Compiler {
    source;
    flags;
    code = [];
    constructor(source, flags) {
        this.source = source;
        this.flags = flags;
    }
    emit(instruction) {
        if (this.code.length >= MAX_PROGRAM_SIZE)
            throw new MatcherLimit("this regular expression is too large: its repetitions make it more than 20,000 steps long");
        this.code.push(instruction);
        return this.code.length - 1;
    }
    /** Emits the node; every instruction's `next` points past what has been emitted when it was written. */
    node(node) {
        switch (node.t) {
            case "chars":
                this.emit({ op: "char", test: atomTest(this.source.slice(node.start, node.end), this.flags), next: this.code.length + 1 });
                return;
            case "assert": {
                const text = this.source.slice(node.start, node.end);
                if (text === "^" || text === "$" || text === "\\b" || text === "\\B")
                    this.emit({ op: "assert", kind: text, next: this.code.length + 1 });
                return;
            }
            case "seq":
                for (const item of node.items)
                    this.node(item);
                return;
            case "group":
                this.node(node.body);
                return;
            case "alt": {
                // split L1, next; L1: branch 1; jump end; next: split L2, ...
                const jumps = [];
                node.branches.forEach((branch, i) => {
                    const last = i === node.branches.length - 1;
                    const split = last ? -1 : this.emit({ op: "split", next: this.code.length + 1, alt: -1 });
                    this.node(branch);
                    if (!last) {
                        jumps.push(this.emit({ op: "jump", next: -1 }));
                        this.code[split].alt = this.code.length;
                    }
                });
                for (const jump of jumps)
                    this.code[jump].next = this.code.length;
                return;
            }
            case "look": {
                if (node.behind)
                    throw new MatcherLimit("lookbehind assertions are not supported");
                const negate = this.source[node.start + 2] === "!";
                this.emit({ op: "look", program: compileNode(node.body, this.source, this.flags), negate, next: this.code.length + 1 });
                return;
            }
            case "repeat": {
                for (let i = 0; i < node.min; i++)
                    this.node(node.body);
                if (node.max === Infinity) {
                    // loop: split body, end; body; jump loop
                    const loop = this.emit({ op: "split", next: this.code.length + 1, alt: -1 });
                    this.node(node.body);
                    this.emit({ op: "jump", next: loop });
                    this.code[loop].alt = this.code.length;
                }
                else {
                    const splits = [];
                    for (let i = node.min; i < node.max; i++) {
                        splits.push(this.emit({ op: "split", next: this.code.length + 1, alt: -1 }));
                        this.node(node.body);
                    }
                    for (const split of splits)
                        this.code[split].alt = this.code.length;
                }
                return;
            }
            case "backref":
                throw new MatcherLimit("back-references are not supported");
        }
    }
}
function compileNode(node, source, flags) {
    const compiler = new Compiler(source, flags);
    compiler.node(node);
    compiler.code.push({ op: "match" });
    const code = compiler.code;
    const first = code[0];
    const size = code.length;
    return {
        code,
        anchored: !flags.multiline && first.op === "assert" && first.kind === "^",
        seen: new Uint32Array(size),
        stamp: 0,
        current: new Int32Array(size),
        next: new Int32Array(size),
        // Each thread visited pushes at most two.
        stack: new Int32Array(2 * size + 1),
    };
}
function flagsOf(flags) {
    const atomFlags = [...flags].filter((f) => f === "i" || f === "s" || f === "u").join("");
    const partial = { unicode: flags.includes("u"), multiline: flags.includes("m"), atomFlags };
    return { ...partial, isWord: atomTest("\\w", { ...partial, isWord: () => false }) };
}
/** The program of a pattern (for the static checks: throws MatcherLimit when the matcher cannot run it). */
export function compileProgram(source, flags) {
    const program = compileNode(readPattern(source, flags), source, flagsOf(flags));
    return { size: program.code.length };
}
function isLineTerminator(code) {
    return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}
/** One test: the text, the flags, the meter and the lookaheads already answered. */
class Run {
    text;
    flags;
    meter;
    visits = 0;
    lookaheads;
    constructor(text, flags, meter) {
        this.text = text;
        this.flags = flags;
        this.meter = meter;
    }
    codeAt(position) {
        return this.flags.unicode ? this.text.codePointAt(position) : this.text.charCodeAt(position);
    }
    codeBefore(position) {
        if (position === 0)
            return -1;
        const unit = this.text.charCodeAt(position - 1);
        if (this.flags.unicode && unit >= 0xdc00 && unit <= 0xdfff && position >= 2) {
            const lead = this.text.charCodeAt(position - 2);
            if (lead >= 0xd800 && lead <= 0xdbff)
                return this.text.codePointAt(position - 2);
        }
        return unit;
    }
    /** Whether `position` falls between the two halves of a surrogate pair. */
    splitsPair(position) {
        if (position === 0)
            return false;
        const unit = this.text.charCodeAt(position);
        const before = this.text.charCodeAt(position - 1);
        return unit >= 0xdc00 && unit <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
    }
    holds(kind, position) {
        switch (kind) {
            case "^":
                return position === 0 || (this.flags.multiline && isLineTerminator(this.codeBefore(position)));
            case "$":
                return position === this.text.length || (this.flags.multiline && isLineTerminator(this.codeAt(position)));
            default: {
                const before = position > 0 && this.flags.isWord(this.codeBefore(position));
                const after = position < this.text.length && this.flags.isWord(this.codeAt(position));
                return (before !== after) === (kind === "\\b");
            }
        }
    }
    /** Whether the lookahead's program matches at `position`, each position answered once. */
    lookahead(instruction, position) {
        this.lookaheads ??= new Map();
        let answers = this.lookaheads.get(instruction.program);
        if (!answers)
            this.lookaheads.set(instruction.program, (answers = new Map()));
        let found = answers.get(position);
        if (found === undefined) {
            found = this.search(instruction.program, position, true);
            answers.set(position, found);
        }
        return found !== instruction.negate;
    }
    chargeVisits() {
        if (this.visits >= VISITS_PER_STEP) {
            charge(this.meter, Math.floor(this.visits / VISITS_PER_STEP));
            this.visits %= VISITS_PER_STEP;
        }
    }
    /**
     * Adds the thread at `pc`, and every thread it reaches without reading a
     * character at `position`, to `list` (of `length` threads); returns the
     * new length, or -1 when one of them matches.
     */
    add(program, list, length, pc, position) {
        const { code, seen, stack } = program;
        const stamp = program.stamp;
        let top = 0;
        stack[top++] = pc;
        while (top > 0) {
            const at = stack[--top];
            if (seen[at] === stamp)
                continue;
            seen[at] = stamp;
            this.visits++;
            const instruction = code[at];
            switch (instruction.op) {
                case "match":
                    return -1;
                case "char":
                    list[length++] = at;
                    break;
                case "jump":
                    stack[top++] = instruction.next;
                    break;
                case "split":
                    stack[top++] = instruction.alt;
                    stack[top++] = instruction.next;
                    break;
                case "assert":
                    if (this.holds(instruction.kind, position))
                        stack[top++] = instruction.next;
                    break;
                case "look":
                    if (this.lookahead(instruction, position))
                        stack[top++] = instruction.next;
                    break;
            }
        }
        return length;
    }
    nextStamp(program) {
        if (program.stamp === 0xffffffff) {
            program.seen.fill(0);
            program.stamp = 0;
        }
        program.stamp++;
    }
    /** Whether the program matches somewhere from `start` on (at `start` exactly when `anchored`). */
    search(program, start, anchored) {
        const code = program.code;
        let current = program.current;
        let next = program.next;
        let count = 0;
        const onlyAtStart = anchored || program.anchored;
        this.nextStamp(program);
        for (let position = start;;) {
            if (!onlyAtStart || position === start) {
                count = this.add(program, current, count, 0, position);
                if (count < 0)
                    return true;
            }
            if (position >= this.text.length || (count === 0 && onlyAtStart))
                return false;
            // With the u flag V8 still tries a match between the halves of a surrogate pair, where only assertions can hold
            // (`/\B/u` matches "1😀k" at 2) and no character can be read.
            const inPair = this.flags.unicode && this.splitsPair(position);
            const character = inPair ? -1 : this.codeAt(position);
            const after = position + (character > 0xffff ? 2 : 1);
            if (after === position + 2 && !onlyAtStart) {
                this.nextStamp(program);
                if (this.add(program, next, 0, 0, position + 1) < 0)
                    return true;
            }
            this.nextStamp(program);
            let nextCount = 0;
            for (let i = 0; i < count && !inPair; i++) {
                const instruction = code[current[i]];
                this.visits++;
                if (instruction.test(character)) {
                    nextCount = this.add(program, next, nextCount, instruction.next, after);
                    if (nextCount < 0)
                        return true;
                }
            }
            this.chargeVisits();
            const swap = current;
            current = next;
            next = swap;
            count = nextCount;
            position = after;
        }
    }
}
/** A compiled `/source/flags`: tests a text in linear time, charging the meter for the work. */
export function compileMatcher(source, flags) {
    const parsedFlags = flagsOf(flags);
    const program = compileNode(readPattern(source, flags), source, parsedFlags);
    return (meter, text) => {
        charge(meter, 1);
        return new Run(text, parsedFlags, meter).search(program, 0, false);
    };
}
