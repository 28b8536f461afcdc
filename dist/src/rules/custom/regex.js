/**
 * Finds regular expressions that can backtrack catastrophically. dslint
 * runs a rule's `/.../.test(text)` on its own linear-time matcher
 * (match.ts), so no pattern can hang a run; but a pattern that makes a
 * backtracking engine (V8's, every editor's and test tool's) take
 * exponential time on a string that almost matches is a mistake in the rule
 * all the same, and is refused with the reason.
 *
 * The check is our own rather than a package's (safe-regex's star height
 * rejects the harmless `^[a-z]+(\.[a-z]+)*$` and misses `(a|a)*` and
 * `(a?a)*`). It reads the pattern into a tree and asks, inside every
 * repetition, whether each choice a backtracking matcher makes (which
 * alternative, take an optional part or not, repeat an inner repetition once
 * more or leave it) is decided by the next character: the first characters
 * of one option and of the other, followed by what may come next inside the
 * repetition (including its next round), must not overlap. When every choice
 * inside every repetition is decided that way, no text can be matched in two
 * ways within a repetition, and no exponential backtracking is possible.
 * Character sets are over-approximated (case folding, Unicode properties),
 * so the check can only err towards refusing. Back-references are refused
 * outright (with them matching is NP-hard), and so are lookbehinds and
 * patterns too large for the matcher.
 */
import { MAX_PROGRAM_SIZE, MatcherLimit, compileProgram } from "./match.js";
import { EVERYTHING, NOTHING, UnsupportedPattern, caseFolded, overlaps, readPattern, union } from "./pattern.js";
/** What a node can start with and whether it can match the empty string, computed once per node. */
class Facts {
    fold;
    firsts = new Map();
    empties = new Map();
    constructor(fold) {
        this.fold = fold;
    }
    first(node) {
        let set = this.firsts.get(node);
        if (set === undefined) {
            set = this.computeFirst(node);
            this.firsts.set(node, set);
        }
        return set;
    }
    nullable(node) {
        let empty = this.empties.get(node);
        if (empty === undefined) {
            empty = this.computeNullable(node);
            this.empties.set(node, empty);
        }
        return empty;
    }
    /** The first characters of `items[from..]` followed by `after`. */
    firstOfRest(items, from, after) {
        let set = NOTHING;
        for (let i = from; i < items.length; i++) {
            set = union(set, this.first(items[i]));
            if (!this.nullable(items[i]))
                return set;
        }
        return union(set, after);
    }
    computeFirst(node) {
        switch (node.t) {
            case "chars":
                return this.fold ? caseFolded(node.set) : node.set;
            case "assert":
            case "look":
                return NOTHING;
            case "backref":
                return EVERYTHING;
            case "seq":
                return this.firstOfRest(node.items, 0, NOTHING);
            case "alt":
                return node.branches.reduce((set, branch) => union(set, this.first(branch)), NOTHING);
            case "group":
                return this.first(node.body);
            case "repeat":
                return node.max === 0 ? NOTHING : this.first(node.body);
        }
    }
    computeNullable(node) {
        switch (node.t) {
            case "chars":
                return false;
            case "assert":
            case "look":
            case "backref":
                return true;
            case "seq":
                return node.items.every((item) => this.nullable(item));
            case "alt":
                return node.branches.some((branch) => this.nullable(branch));
            case "group":
                return this.nullable(node.body);
            case "repeat":
                return node.min === 0 || this.nullable(node.body);
        }
    }
}
/** The number of instructions the matcher's program for the node has (match.ts: Compiler), stopping past the limit; a lookahead's own program counts too. */
function programSize(node) {
    const over = MAX_PROGRAM_SIZE + 1;
    switch (node.t) {
        case "chars":
            return 1;
        case "assert":
            return node.end > node.start ? 1 : 0;
        case "backref":
            return 0;
        case "group":
            return programSize(node.body);
        case "look":
            return programSize(node.body) > MAX_PROGRAM_SIZE ? over : 1;
        case "seq":
        case "alt": {
            const parts = node.t === "seq" ? node.items : node.branches;
            let size = node.t === "alt" ? 2 * (parts.length - 1) : 0;
            for (const part of parts) {
                size += programSize(part);
                if (size > MAX_PROGRAM_SIZE)
                    return over;
            }
            return size;
        }
        case "repeat": {
            const body = programSize(node.body);
            const size = node.min * body + (node.max === Infinity ? body + 2 : (node.max - node.min) * (body + 1));
            return Math.min(size, over);
        }
    }
}
/** Whether two of the sets overlap: one sweep over all their ranges (comparing every pair was quadratic in the alternatives). */
function anyTwoOverlap(sets) {
    const ranges = [];
    for (const set of sets)
        ranges.push(...set);
    ranges.sort((a, b) => a[0] - b[0]);
    // The ranges of one set are disjoint, so any two ranges that overlap come from two sets.
    let end = -1;
    for (const [lo, hi] of ranges) {
        if (lo <= end)
            return true;
        end = Math.max(end, hi);
    }
    return false;
}
/** The problems of one pattern, V8 having accepted it with these flags. */
export function regexProblems(source, flags) {
    let root;
    try {
        root = readPattern(source, flags);
    }
    catch (err) {
        if (!(err instanceof UnsupportedPattern))
            throw err;
        return [{ start: 0, end: source.length, message: `this regular expression uses syntax dslint cannot check for catastrophic backtracking (${err.message})` }];
    }
    const facts = new Facts(flags.includes("i"));
    const problems = [];
    // Too large for the matcher: said before anything else is checked, which would take time in the size of the pattern squared.
    if (programSize(root) > MAX_PROGRAM_SIZE) {
        return [{ start: 0, end: source.length, message: `this regular expression is too large: its repetitions make it more than ${MAX_PROGRAM_SIZE.toLocaleString("en-US")} steps long` }];
    }
    /** One problem per repetition: the one whose reason comes first in the pattern (the outer one of two that start together). */
    const reported = new Map();
    const text = (node) => `"${source.slice(node.start, node.end)}"`;
    const report = (loop, reason, message) => {
        const earlier = reported.get(loop);
        if (earlier && (earlier.reason.start < reason.start || (earlier.reason.start === reason.start && earlier.reason.end >= reason.end)))
            return;
        reported.set(loop, {
            reason,
            problem: { start: loop.start, end: loop.end, message: `${message}: a backtracking matcher, such as JavaScript's, can take exponential time on it (catastrophic backtracking)` },
        });
    };
    /**
     * `after`: what may follow the node inside the nearest repetition `loop`
     * (up to and including that repetition's next round); null outside any.
     */
    const visit = (node, after, loop) => {
        switch (node.t) {
            case "chars":
            case "assert":
                return;
            case "backref":
                problems.push({
                    start: node.start,
                    end: node.end,
                    message: `back-reference ${text(node)}: a test with back-references can take exponential time, so they are not allowed`,
                });
                return;
            case "look":
                if (node.behind) {
                    problems.push({ start: node.start, end: node.end, message: `lookbehind ${text(node)}: lookbehind assertions are not supported` });
                    return;
                }
                // Its own context: V8 does not backtrack into a lookaround once it has matched.
                visit(node.body, null, null);
                return;
            case "group":
                visit(node.body, after, loop);
                return;
            case "seq": {
                // Visited from the end, with what may follow each item built up in one pass (item by item from the start it was
                // cubic in the length); `report` keeps the first reason in the pattern whatever the order.
                let rest = after;
                for (let i = node.items.length - 1; i >= 0; i--) {
                    const item = node.items[i];
                    visit(item, rest, loop);
                    if (rest)
                        rest = facts.nullable(item) ? union(facts.first(item), rest) : facts.first(item);
                }
                return;
            }
            case "alt":
                if (after && loop) {
                    const starts = node.branches.map((branch) => (facts.nullable(branch) ? union(facts.first(branch), after) : facts.first(branch)));
                    if (anyTwoOverlap(starts))
                        report(loop, node, `the alternatives of ${text(node)} can match the same text, and ${text(loop)} repeats them`);
                }
                for (const branch of node.branches)
                    visit(branch, after, loop);
                return;
            case "repeat": {
                const body = node.body;
                if (node.max > 1) {
                    if (after && loop) {
                        if (facts.nullable(body))
                            report(loop, node, `${text(node)} can match empty text inside the repetition ${text(loop)}`);
                        else if (node.min < node.max && overlaps(facts.first(body), after)) {
                            report(loop, node, `nested quantifiers: ${text(node)} inside ${text(loop)} can match the same text as what follows it`);
                        }
                    }
                    // After one round: another round, or whatever follows the repetition inside the enclosing one.
                    visit(body, union(facts.first(body), after ?? NOTHING), node);
                }
                else {
                    if (after && loop && node.min < node.max && (facts.nullable(body) || overlaps(facts.first(body), after))) {
                        report(loop, node, `${text(node)} is optional inside the repetition ${text(loop)} and can match the same text as what follows it`);
                    }
                    visit(body, after, loop);
                }
                return;
            }
        }
    };
    visit(root, null, null);
    for (const { problem } of reported.values())
        problems.push(problem);
    if (problems.length === 0) {
        try {
            compileProgram(source, flags);
        }
        catch (err) {
            if (!(err instanceof MatcherLimit))
                throw err;
            problems.push({ start: 0, end: source.length, message: err.message });
        }
    }
    return problems.sort((a, b) => a.start - b.start);
}
