/**
 * FieldEdits (src/fix/edits.ts) as text edits on one YAML or JSON document,
 * through its tree of source offsets (src/load/positions.ts).
 *
 * Edits are minimal and in the document's own layout: a replaced scalar
 * keeps its quoting, a new entry goes after the last one of its map at the
 * same column, nested values follow the document's indentation and sequence
 * style, flow collections and JSON stay on their lines with their
 * separators, a moved entry keeps its own text, re-indented. The edited
 * text is decoded again and must give the original value with the edits
 * applied; anything else is refused.
 */
import { LineIndex } from "../load/line-index.js";
import { readBlockDocument } from "../load/block-reader.js";
import { readJsonDocument } from "../load/json-reader.js";
import { decodeDocument } from "../load/yaml/decode.js";
import { blockItemsText, blockMapText, DEFAULT_FLOW, doubleQuoted, flowText, inlineBlockText, isCollection, prettyJsonText, scalarSource, Unwritable, } from "./render.js";
/**
 * `text` is the document's text as parsed; `limit` the end of the file's own
 * text in it (a last line without a line break was given one to parse).
 * Undefined when any of the edits cannot be made safely.
 */
export function resolveEdits(root, text, edits, limit = text.length) {
    if (edits.length === 0)
        return [];
    if (root === null || !independent(edits))
        return undefined;
    try {
        const resolver = new Resolver(root, text);
        for (const edit of edits)
            resolver.plan(edit);
        const result = clampToLimit(resolver.emit(), text, limit);
        if (!result || !verify(text, limit, result, edits, resolver.quoted, resolver.json))
            return undefined;
        return result;
    }
    catch (err) {
        if (err === REFUSED || err instanceof Unwritable)
            return undefined;
        throw err;
    }
}
const REFUSED = new Error("refused");
function refuse() {
    throw REFUSED;
}
/**
 * No edit's path leads into or through another's (a move's two paths count
 * as two): each is resolved against the original tree.
 */
function independent(edits) {
    const paths = edits.flatMap((edit) => (edit.op === "move" ? [edit.path, edit.to] : [edit.path]));
    for (let a = 0; a < paths.length; a++) {
        for (let b = a + 1; b < paths.length; b++) {
            const p = paths[a];
            const q = paths[b];
            const n = Math.min(p.length, q.length);
            let k = 0;
            while (k < n && p[k] === q[k])
                k++;
            if (k === n)
                return false;
        }
    }
    return true;
}
/** Maps made for missing path segments: the entries of two such edits merge. */
class Made {
    entries;
    constructor(entries = new Map()) {
        this.entries = entries;
    }
}
/**
 * A map entry moved from elsewhere in the document: its own text where it
 * can be kept, else its value as decoded.
 */
class Moved {
    keyText;
    entry;
    flowText;
    inlineText;
    style;
    read;
    constructor(
    /** The key as written in a block map (`inFlow` false) or a flow map. */
    keyText, 
    /** A block entry's text after its key, to the end of its last line; `column` is where its key was. */
    entry, 
    /** The value's own text when it may be written in a flow collection as it is, with its key's column. */
    flowText, 
    /** The value's text when it is on one line, for a block entry made from a flow one. */
    inlineText, 
    /** The quoting of a scalar value, for writing it again. */
    style, read) {
        this.keyText = keyText;
        this.entry = entry;
        this.flowText = flowText;
        this.inlineText = inlineText;
        this.style = style;
        this.read = read;
    }
    get value() {
        return this.read();
    }
}
function plainValue(value) {
    if (value instanceof Moved)
        return value.value;
    if (!(value instanceof Made))
        return value;
    const out = {};
    for (const [key, item] of value.entries)
        Object.defineProperty(out, key, { value: plainValue(item), enumerable: true, writable: true, configurable: true });
    return out;
}
function merge(a, b) {
    if (!(a instanceof Made) || !(b instanceof Made))
        refuse();
    for (const [key, item] of b.entries) {
        const old = a.entries.get(key);
        a.entries.set(key, old === undefined ? item : merge(old, item));
    }
    return a;
}
/** The value of the missing segments `rest` with `value` at their end; a missing list is made with index 0 only. */
function build(rest, value) {
    let out = value;
    for (let i = rest.length - 1; i >= 0; i--) {
        const segment = rest[i];
        if (typeof segment === "string") {
            const made = new Made();
            made.entries.set(segment, out);
            out = made;
        }
        else if (segment === 0)
            out = [plainValue(out)];
        else
            refuse();
    }
    return out;
}
/** `text` with every line after its first moved right by `delta` columns (left as far as its spaces go, when negative). */
function shiftLines(text, delta) {
    if (delta > 0)
        return text.replace(/\n(?=[^\r\n])/g, `\n${" ".repeat(delta)}`);
    if (delta < 0)
        return text.replace(new RegExp(`\\n {1,${-delta}}`, "g"), "\n");
    return text;
}
const SPACE = 0x20;
const NEWLINE = 0x0a;
const TAB = 0x09;
const HASH = 0x23;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
function isBlank(c) {
    return c === SPACE || c === NEWLINE || c === TAB || Number.isNaN(c);
}
const NULL_WORDS = new Set(["", "~", "null", "Null", "NULL"]);
class Resolver {
    root;
    text;
    lines;
    /** A JSON document: everything written is JSON. */
    json;
    /** Quoted scalars' texts, for checking the result. */
    quoted = new Map();
    layoutCache;
    aliasesCache;
    decodedCache;
    additions = new Map();
    insertions = new Map();
    replacements = new Map();
    removals = new Map();
    out = [];
    constructor(root, text) {
        this.root = root;
        this.text = text;
        this.lines = new LineIndex(text);
        this.json = root.kind === "map" && text.charCodeAt(root.start) === 0x7b && (root.keyNodes.length === 0 || text.charCodeAt(root.keyNodes[0]?.start ?? 0) === QUOTE);
    }
    // --- planning ----------------------------------------------------------
    plan(edit) {
        switch (edit.op) {
            case "set":
                return this.planSet(edit.path, edit.value);
            case "insert":
                return this.planInsert(edit.path, edit.value);
            case "remove":
                return this.planRemove(edit.path);
            case "rename":
                return this.planRename(edit.path, edit.key);
            case "quote":
                return this.planQuote(edit);
            case "move":
                return this.planMove(edit.path, edit.to);
            case "removeDuplicate":
                return this.planRemoveDuplicate(edit.path);
        }
    }
    planSet(path, value) {
        const { steps, rest } = this.walk(path);
        if (rest === 0) {
            if (steps.length === 1)
                refuse();
            this.replace(steps, value);
            return;
        }
        this.create(steps, path.slice(path.length - rest), value);
    }
    /** Adds `value` at the missing segments `rest` below the last step. */
    create(steps, rest, value) {
        const at = steps[steps.length - 1];
        const node = at.node;
        const first = rest[0];
        if (at.alias)
            refuse();
        if (node?.kind === "map") {
            if (typeof first !== "string")
                refuse();
            this.add(steps, node, first, build(rest.slice(1), value));
        }
        else if (node?.kind === "seq") {
            if (first !== node.items.length)
                refuse();
            this.insert(steps, node, first, plainValue(build(rest.slice(1), value)));
        }
        else if (node?.kind === "scalar" && node.plain && NULL_WORDS.has(node.text) && steps.length > 1) {
            this.replace(steps, build(rest, value));
        }
        else
            refuse();
    }
    planInsert(path, value) {
        const index = path[path.length - 1];
        if (typeof index !== "number")
            refuse();
        const list = path.slice(0, -1);
        const { steps, rest } = this.walk(list);
        const { node, alias } = steps[steps.length - 1];
        if (alias)
            refuse();
        if (rest > 0) {
            if (index !== 0)
                refuse();
            this.create(steps, list.slice(list.length - rest), [value]);
        }
        else if (node?.kind === "seq") {
            if (!Number.isInteger(index) || index < 0 || index > node.items.length)
                refuse();
            this.insert(steps, node, index, value);
        }
        else if (node?.kind === "scalar" && node.plain && NULL_WORDS.has(node.text) && index === 0 && steps.length > 1) {
            this.replace(steps, [value]);
        }
        else
            refuse();
    }
    planRemove(path) {
        const { steps, rest } = this.walk(path);
        const at = steps[steps.length - 1];
        if (rest > 0 || !at.parent)
            refuse();
        const parent = at.parent;
        if (parent.kind === "map")
            this.checkSingleKey(parent, at.index);
        this.removeAt(steps.slice(0, -1), parent, at.index);
    }
    removeAt(steps, parent, index) {
        let entry = this.removals.get(parent);
        if (!entry)
            this.removals.set(parent, (entry = { steps, indices: new Set() }));
        entry.indices.add(index);
    }
    planMove(path, to) {
        const name = to[to.length - 1];
        if (typeof name !== "string" || typeof path[path.length - 1] !== "string")
            refuse();
        const { steps, rest } = this.walk(path);
        const at = steps[steps.length - 1];
        const map = at.parent;
        if (rest > 0 || map?.kind !== "map" || at.alias || !at.node)
            refuse();
        this.checkSingleKey(map, at.index);
        const target = this.walk(to);
        if (target.rest === 0)
            refuse();
        const moved = this.moved(at, map, path, name);
        this.removeAt(steps.slice(0, -1), map, at.index);
        this.create(target.steps, to.slice(to.length - target.rest), moved);
    }
    /** The entry `at` of `map` as it is moved under the key `name`. */
    moved(at, map, path, name) {
        const text = this.text;
        const key = map.keyNodes[at.index];
        const node = at.node;
        const written = text.slice(key.start, key.end);
        const style = this.styleOf(key);
        const same = name === map.keys[at.index];
        const keyText = (inFlow, json) => {
            // A plain key of a block map may hold what ends a key in a flow one.
            if (same && (!inFlow || (at.inFlow && (!json || style === "double"))))
                return written;
            return scalarSource(name, style, inFlow, json);
        };
        const column = this.column(key.start);
        let entry;
        if (!at.inFlow) {
            const dashShared = at.index === 0 && this.dashShared(map);
            if (!dashShared && !this.firstOnLine(key.start))
                refuse();
            let rest = text.slice(key.end, this.nextLineStart(this.entryLastLine(map, at.index)));
            if (!rest.endsWith("\n"))
                rest += "\n";
            entry = { rest, column };
        }
        const own = node.start === node.end ? undefined : text.slice(at.start, node.end);
        // A plain scalar of a block map may hold `,` or `[`, and a block scalar has no flow form.
        const flowSafe = own !== undefined && (at.inFlow || (node.kind !== "scalar" && this.isFlow(node)));
        return new Moved(keyText, entry, flowSafe ? { text: own, column } : undefined, own !== undefined && !own.includes("\n") ? own : undefined, node.kind === "scalar" ? this.styleOf(node) : "plain", () => this.decodedAt(path));
    }
    planRemoveDuplicate(path) {
        const { steps, rest } = this.walk(path);
        const at = steps[steps.length - 1];
        const map = at.parent;
        if (rest > 0 || map?.kind !== "map" || map.merges?.length)
            refuse();
        // The walk found the last entry of the key: the one decoded.
        const name = map.keys[at.index];
        let found = false;
        for (let i = 0; i < at.index; i++) {
            if (map.keys[i] !== name)
                continue;
            if (!map.keyNodes[i])
                refuse();
            this.removeAt(steps.slice(0, -1), map, i);
            found = true;
        }
        if (!found)
            refuse();
    }
    planRename(path, name) {
        const { steps, rest } = this.walk(path);
        const at = steps[steps.length - 1];
        const parent = at.parent;
        if (rest > 0 || parent?.kind !== "map")
            refuse();
        this.checkSingleKey(parent, at.index);
        if (parent.keys.includes(name))
            refuse();
        const key = parent.keyNodes[at.index];
        // An anchor or tag on the key stays where it is.
        const style = this.styleOf(key);
        this.push(key.start, key.end, scalarSource(name, style, at.inFlow, this.json || this.jsonStyle(parent)), steps.length);
    }
    planQuote(edit) {
        const { steps, rest } = this.walk(edit.path);
        const at = steps[steps.length - 1];
        const node = at.node;
        if (rest > 0 || !at.parent || at.alias || node?.kind !== "scalar" || !node.plain || node.start === node.end || at.start !== node.start)
            refuse();
        this.quoted.set(edit, node.text);
        this.push(node.start, node.end, doubleQuoted(node.text), steps.length);
    }
    /** A key written once in a map without merges: removing or renaming it changes that key alone. */
    checkSingleKey(map, index) {
        const name = map.keys[index];
        if (map.merges?.length || map.keys.indexOf(name) !== index)
            refuse();
    }
    add(steps, map, key, value) {
        let entry = this.additions.get(map);
        if (!entry)
            this.additions.set(map, (entry = { steps, entries: new Map() }));
        const old = entry.entries.get(key);
        entry.entries.set(key, old === undefined ? value : merge(old, value));
    }
    insert(steps, seq, index, value) {
        let entry = this.insertions.get(seq);
        if (!entry)
            this.insertions.set(seq, (entry = { steps, at: new Map() }));
        const values = entry.at.get(index) ?? [];
        values.push(value);
        entry.at.set(index, values);
    }
    replace(steps, value) {
        const { node, alias } = steps[steps.length - 1];
        if (!node || alias)
            refuse();
        const old = this.replacements.get(node);
        this.replacements.set(node, { steps, value: old === undefined ? value : merge(old.value, value) });
    }
    // --- the tree ----------------------------------------------------------
    /**
     * Follows `path` as far as it exists; `rest` is how many segments are
     * missing. Refuses a path through an alias, a merge key, a non-scalar key
     * or an anchored node that an alias may repeat.
     */
    walk(path) {
        const root = this.root;
        const steps = [{ node: root, parent: null, index: -1, start: root.start, inFlow: false, alias: false }];
        let i = 0;
        for (; i < path.length; i++) {
            const at = steps[steps.length - 1];
            const node = at.node;
            if (at.alias)
                refuse();
            const segment = path[i];
            if (node === null || node.kind === "scalar")
                break;
            const inFlow = at.inFlow || this.isFlow(node);
            if (node.kind === "map") {
                if (typeof segment !== "string")
                    refuse();
                const index = node.keys.lastIndexOf(segment);
                if (index < 0) {
                    // The key may come from a merged map.
                    if (node.merges?.length)
                        refuse();
                    break;
                }
                // A merge after the key overrides it (go-yaml v2 merges where the `<<` stands).
                if (node.merges?.length && node.keys.lastIndexOf("<<") > index)
                    refuse();
                const key = node.keyNodes[index];
                const before = index > 0 ? node.keyNodes[index - 1] : undefined;
                if (!key || key.start < node.start || before === null || (before && before.start >= key.start))
                    refuse();
                const value = node.values[index];
                if (!value)
                    refuse();
                const alias = value.start < key.end;
                steps.push({ node: value, parent: node, index, start: alias ? -1 : this.contentStart(key.end, value, false), inFlow, alias });
            }
            else {
                if (typeof segment !== "number" || !Number.isInteger(segment) || segment < 0 || segment > node.items.length)
                    refuse();
                if (segment === node.items.length)
                    break;
                const from = this.itemGapStart(node, segment);
                const item = node.items[segment];
                if (!item)
                    refuse();
                const alias = item.start < from;
                steps.push({ node: item, parent: node, index: segment, start: alias ? -1 : this.contentStart(from, item, false), inFlow, alias });
            }
        }
        return { steps, rest: path.length - i };
    }
    /** Where the text before item `index` starts: past every earlier item (an alias starts before it). */
    itemGapStart(seq, index) {
        let from = seq.start;
        for (let k = 0; k < index; k++)
            from = Math.max(from, seq.items[k]?.end ?? from);
        return from;
    }
    /**
     * The start of a node with its properties: at its tag (or its anchor, with
     * `anchors`). An anchor an alias may refer to is refused: what is done to
     * the node would be done where the alias is too.
     */
    contentStart(from, node, anchors) {
        const text = this.text;
        let first = -1;
        for (let i = from; i < node.start; i++) {
            const c = text.charCodeAt(i);
            if (c === HASH && (i === 0 || isBlank(text.charCodeAt(i - 1)))) {
                const eol = text.indexOf("\n", i);
                i = eol < 0 ? node.start : eol;
                continue;
            }
            if (c === 0x26 || c === 0x21) {
                if (c === 0x26 && this.hasAliases())
                    refuse();
                if (first < 0 && (c === 0x21 || anchors))
                    first = i;
                while (i < node.start && !isBlank(text.charCodeAt(i)))
                    i++;
            }
        }
        return first < 0 ? node.start : first;
    }
    /** The decoded value at `path` of the original document. */
    decodedAt(path) {
        this.decodedCache ??= { value: decode(this.text, this.json) };
        let at = this.decodedCache.value;
        for (const segment of path) {
            if (typeof at !== "object" || at === null || !Object.hasOwn(at, segment))
                refuse();
            at = at[segment];
        }
        if (at === undefined)
            refuse();
        return at;
    }
    hasAliases() {
        return (this.aliasesCache ??= /(?:^|[\s[{,])\*[^\s,[\]{}]/.test(this.text));
    }
    isFlow(node) {
        if (node.kind === "scalar")
            return false;
        const c = this.text.charCodeAt(node.start);
        return c === 0x7b || c === 0x5b;
    }
    /** A flow map whose keys are all double-quoted, or a flow list of double-quoted strings: written as JSON. */
    jsonStyle(c) {
        if (!this.isFlow(c))
            return false;
        const nodes = c.kind === "map" ? c.keyNodes : c.items;
        return nodes.length > 0 && nodes.every((n) => n?.kind === "scalar" && this.text.charCodeAt(n.start) === QUOTE);
    }
    styleOf(node) {
        const c = this.text.charCodeAt(node.start);
        return c === QUOTE ? "double" : c === APOSTROPHE ? "single" : "plain";
    }
    /** Offset of the last character of a node's own text (a block scalar's: its final line break). */
    lastOffset(node) {
        let best = -1;
        for (let at = node; at !== null;) {
            if (at.kind === "scalar" || this.isFlow(at))
                return Math.max(best, at.end > at.start ? at.end - 1 : at.start);
            if (at.kind === "map") {
                const n = at.keyNodes.length;
                const key = at.keyNodes[n - 1];
                if (key)
                    best = Math.max(best, key.end - 1);
                at = at.values[n - 1] ?? null;
            }
            else {
                best = Math.max(best, at.start);
                at = at.items[at.items.length - 1] ?? null;
            }
        }
        return best;
    }
    // --- lines ---------------------------------------------------------------
    lineOf(offset) {
        return this.lines.lineOf(offset);
    }
    lineStart(line) {
        return this.lines.lineStarts()[line] ?? this.text.length;
    }
    /** Just past a line's line break. */
    nextLineStart(line) {
        return this.lines.lineStarts()[line + 1] ?? this.text.length;
    }
    /** The offset of a line's line break. */
    lineEnd(line) {
        const next = this.lines.lineStarts()[line + 1];
        return next === undefined ? this.text.length : next - 1;
    }
    column(offset) {
        return offset - this.lineStart(this.lineOf(offset));
    }
    firstOnLine(offset) {
        for (let i = this.lineStart(this.lineOf(offset)); i < offset; i++)
            if (this.text.charCodeAt(i) !== SPACE)
                return false;
        return true;
    }
    /** A line's indentation and what it holds: content, a comment, or nothing. */
    lineInfo(line) {
        const text = this.text;
        let i = this.lineStart(line);
        const start = i;
        while (text.charCodeAt(i) === SPACE)
            i++;
        const c = text.charCodeAt(i);
        if (c === NEWLINE || i >= text.length)
            return { indent: i - start, kind: "blank" };
        return { indent: i - start, kind: c === HASH ? "comment" : "content" };
    }
    lineCount() {
        // The text ends with a line break: the empty string after it is no line.
        return this.text.endsWith("\n") ? this.lines.lineStarts().length - 1 : this.lines.lineStarts().length;
    }
    /**
     * The last line of a block entry or item whose key or dash sits at
     * `column`: from `from` (its last line known from the tree), on over the
     * lines indented deeper, then over comment lines indented deeper that
     * follow directly; never at or past `bound`. `dashes`: a sequence at
     * `column` is its value (`key:\n- a`), so its dashes go on too.
     */
    lastLine(from, column, bound, dashes) {
        const end = Math.min(bound, this.lineCount());
        let last = from;
        let line = from + 1;
        for (; line < end; line++) {
            const info = this.lineInfo(line);
            if (info.kind !== "content")
                continue;
            if (info.indent > column || (dashes && info.indent === column && this.isDashLine(line, column)))
                last = line;
            else
                break;
        }
        for (line = last + 1; line < end; line++) {
            const info = this.lineInfo(line);
            if (info.kind !== "comment" || info.indent <= column)
                break;
            last = line;
        }
        return last;
    }
    isDashLine(line, column) {
        const at = this.lineStart(line) + column;
        return this.text.charCodeAt(at) === 0x2d && isBlank(this.text.charCodeAt(at + 1));
    }
    /** The last line of a block map's entry `index`. */
    entryLastLine(map, index) {
        const key = map.keyNodes[index];
        if (!key)
            refuse();
        const column = this.column(map.keyNodes[0].start);
        const value = map.values[index] ?? null;
        const from = Math.max(this.lineOf(key.start), value && value.start >= key.end ? this.lineOf(this.lastOffset(value)) : 0);
        const next = map.keyNodes[index + 1];
        const bound = next ? this.lineOf(next.start) : Infinity;
        const dashes = value?.kind === "seq" && value.start >= key.end && !this.isFlow(value) && this.column(value.start) === column;
        return this.lastLine(from, column, bound, dashes);
    }
    /** The dash lines of a block sequence's items; refused unless each dash starts its line at the first one's column. */
    dashLines(seq) {
        if (!this.firstOnLine(seq.start) || this.text.charCodeAt(seq.start) !== 0x2d)
            refuse();
        const column = this.column(seq.start);
        const lines = [this.lineOf(seq.start)];
        for (let i = 1; i < seq.items.length; i++) {
            let line = Math.max(lines[i - 1], this.lineOf(this.lastOffset(seq.items[i - 1] ?? null))) + 1;
            for (; line < this.lineCount(); line++) {
                const info = this.lineInfo(line);
                if (info.kind === "content" && info.indent <= column)
                    break;
            }
            if (line >= this.lineCount() || this.lineInfo(line).indent !== column || !this.isDashLine(line, column))
                refuse();
            lines.push(line);
        }
        return lines;
    }
    itemLastLine(seq, dashLines, index) {
        const item = seq.items[index] ?? null;
        const from = Math.max(dashLines[index], item && item.start > seq.start ? this.lineOf(this.lastOffset(item)) : 0);
        return this.lastLine(from, this.column(seq.start), dashLines[index + 1] ?? Infinity, false);
    }
    /** The offset of the `:` after a key. */
    colonAfter(key) {
        let i = key.end;
        while (this.text.charCodeAt(i) === SPACE)
            i++;
        if (this.text.charCodeAt(i) !== 0x3a)
            refuse();
        return i;
    }
    /** A block map written on the line of its sequence item's dash: `- name: a`. */
    dashShared(map) {
        const key = map.keyNodes[0];
        if (!key || this.firstOnLine(key.start))
            return false;
        if (!/^ *-( +)$/.test(this.text.slice(this.lineStart(this.lineOf(key.start)), key.start)))
            refuse();
        return true;
    }
    /** The indentation of nested block values, as the document has it (2 and indented sequences when it shows none). */
    layout() {
        if (this.layoutCache)
            return this.layoutCache;
        let step;
        let seqIndent;
        let itemIndent;
        const pending = [this.root];
        for (let budget = 10000; pending.length > 0 && budget > 0 && (step === undefined || seqIndent === undefined || itemIndent === undefined); budget--) {
            const node = pending.pop();
            if (node === null || node.kind === "scalar" || this.isFlow(node))
                continue;
            if (node.kind === "map") {
                for (let i = node.keyNodes.length - 1; i >= 0; i--) {
                    const key = node.keyNodes[i];
                    const value = node.values[i] ?? null;
                    if (!key || !value || value.start < key.end || value.kind === "scalar" || this.isFlow(value))
                        continue;
                    const keyColumn = this.column(key.start);
                    if (value.kind === "map" && value.keyNodes[0] && this.firstOnLine(value.keyNodes[0].start)) {
                        const d = this.column(value.keyNodes[0].start) - keyColumn;
                        if (d > 0)
                            step ??= d;
                    }
                    else if (value.kind === "seq" && this.firstOnLine(value.start)) {
                        const d = this.column(value.start) - keyColumn;
                        if (d >= 0)
                            seqIndent ??= d;
                    }
                    pending.push(value);
                }
            }
            else {
                for (let i = node.items.length - 1; i >= 0; i--) {
                    const item = node.items[i] ?? null;
                    if (item?.kind === "map" && item.start > node.start && !this.isFlow(item) && item.keyNodes[0] && !this.firstOnLine(item.keyNodes[0].start)) {
                        const d = this.column(item.keyNodes[0].start) - this.column(node.start);
                        if (d >= 2)
                            itemIndent ??= d;
                    }
                    pending.push(item);
                }
            }
        }
        step ??= 2;
        return (this.layoutCache = { step, seqIndent: seqIndent ?? step, itemIndent: itemIndent ?? 2 });
    }
    /** A JSON document with its entries on lines of their own. */
    jsonPretty() {
        const first = this.root.keyNodes[0];
        return this.json && first !== undefined && first !== null && this.lineOf(first.start) !== this.lineOf(this.root.start);
    }
    /** The indentation step of a pretty-printed JSON document. */
    jsonStep() {
        const root = this.root;
        const first = root.keyNodes[0];
        if (!first || this.lineOf(first.start) === this.lineOf(root.start))
            return 2;
        const step = this.column(first.start) - this.lineInfo(this.lineOf(root.start)).indent;
        return step > 0 ? step : 2;
    }
    // --- text ----------------------------------------------------------------
    push(start, end, text, depth) {
        if (start === end && text === "")
            return;
        this.out.push({ start, end, text, depth });
    }
    /** Every planned edit as text edits, sorted, those at one offset joined; refused where two overlap. */
    emit() {
        this.replaceEmptied();
        for (const [map, { steps, entries }] of this.additions)
            this.emitAdditions(steps, map, entries);
        for (const [seq, { steps, at }] of this.insertions)
            this.emitInsertions(steps, seq, at);
        for (const { steps, value } of this.replacements.values())
            this.emitReplacement(steps, plainValue(value));
        for (const [collection, { steps, indices }] of this.removals)
            this.emitRemovals(steps, collection, indices);
        const sorted = this.out
            .map((edit, order) => ({ edit, order }))
            .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || b.edit.depth - a.edit.depth || a.order - b.order)
            .map(({ edit }) => edit);
        const result = [];
        for (const edit of sorted) {
            const last = result[result.length - 1];
            if (last && last.start === last.end && last.start === edit.start) {
                last.text += edit.text;
                last.end = edit.end;
                continue;
            }
            if (last && last.end > edit.start)
                refuse();
            result.push({ start: edit.start, end: edit.end, text: edit.text });
        }
        return result;
    }
    /** A collection whose every entry goes while others come is replaced by the new ones. */
    replaceEmptied() {
        for (const [c, { steps, indices }] of this.removals) {
            const n = c.kind === "map" ? c.keyNodes.length : c.items.length;
            const added = c.kind === "map" ? this.additions.get(c) : this.insertions.get(c);
            if (indices.size < n || !added)
                continue;
            let value;
            if (c.kind === "map") {
                const entries = added.entries;
                value = plainValue(new Made(entries));
                this.additions.delete(c);
            }
            else {
                const at = added.at;
                value = [...at.keys()].sort((x, y) => x - y).flatMap((index) => at.get(index));
                this.insertions.delete(c);
            }
            this.removals.delete(c);
            this.replace(steps, value);
        }
    }
    /** How a flow collection is laid out, for what is added to it. */
    flowPlace(c) {
        const text = this.text;
        const json = this.json || this.jsonStyle(c);
        const n = c.kind === "map" ? c.keyNodes.length : c.items.length;
        if (n === 0) {
            const inner = text.slice(c.start + 1, c.end - 1);
            if (/\S/.test(inner))
                refuse();
            return { layout: { json, spaced: inner.length > 0 && !inner.includes("\n"), ...this.separators(c, json) }, multiline: false, column: 0, pretty: false };
        }
        const first = this.flowStart(c, 0);
        const multiline = text.slice(c.start, first).includes("\n") && this.firstOnLine(first);
        const { colon, comma } = this.separators(c, json);
        const layout = { json, spaced: !multiline && text.charCodeAt(c.start + 1) === SPACE, colon, comma };
        return { layout, multiline, column: multiline ? this.column(first) : 0, pretty: multiline && this.json };
    }
    /**
     * A flow collection's `:` and `,` with their spaces: its own, else the
     * document's (a JSON document's top-level object), else `: ` and `, `.
     */
    separators(c, json) {
        const text = this.text;
        let colon;
        let comma;
        for (const at of [c, this.root]) {
            if (at.kind === "scalar" || !this.isFlow(at) || (at !== c && !this.json))
                continue;
            if (colon === undefined && at.kind === "map" && at.keyNodes[0] && at.values[0]) {
                const between = text.slice(at.keyNodes[0].end, at.values[0].start);
                if (/^ *: *$/.test(between) && (json || between.endsWith(" ")))
                    colon = between;
            }
            const n = at.kind === "map" ? at.keyNodes.length : at.items.length;
            if (comma === undefined && n > 1) {
                const between = text.slice(this.flowEnd(at, 0), this.flowStart(at, 1));
                if (/^ *, *$/.test(between))
                    comma = between;
            }
        }
        return { colon: colon ?? ": ", comma: comma ?? ", " };
    }
    /** Where entry or item `index` of a flow collection starts (at its tag, for an item). */
    flowStart(c, index) {
        if (c.kind === "map")
            return c.keyNodes[index]?.start ?? refuse();
        const from = this.itemGapStart(c, index);
        const item = c.items[index];
        if (!item || item.start < from)
            refuse();
        return this.contentStart(from, item, true);
    }
    flowEnd(c, index) {
        if (c.kind === "seq")
            return c.items[index]?.end ?? refuse();
        const key = c.keyNodes[index];
        const value = c.values[index];
        if (!key || (value && value.start < key.end))
            refuse();
        return value ? value.end : key.end;
    }
    /** A value written into a flow collection: on one line, or as pretty JSON whose closing bracket sits at `column`. */
    flowValue(value, layout, pretty, column) {
        return pretty ? prettyJsonText(value, column, this.jsonStep()) : flowText(value, layout);
    }
    flowEntry(key, value, layout, pretty, column) {
        return scalarSource(key, "plain", true, layout.json) + layout.colon + this.flowValue(value, layout, pretty, column);
    }
    /** Fills an empty flow collection: on its line, or (pretty JSON) one entry a line. */
    fillEmpty(c, parts, depth) {
        const [open, close] = c.kind === "map" ? ["{", "}"] : ["[", "]"];
        const { layout } = this.flowPlace(c);
        if (this.jsonPretty()) {
            const indent = this.lineInfo(this.lineOf(c.start)).indent;
            const column = indent + this.jsonStep();
            const pad = " ".repeat(column);
            this.push(c.start, c.end, `${open}\n${pad}${parts(layout, true, column).join(`,\n${pad}`)}\n${" ".repeat(indent)}${close}`, depth);
            return;
        }
        const pad = layout.spaced ? " " : "";
        this.push(c.start, c.end, open + pad + parts(layout, false, 0).join(layout.comma) + pad + close, depth);
    }
    emitAdditions(steps, map, entries) {
        const depth = steps.length;
        const list = [...entries];
        if (this.isFlow(map)) {
            const n = map.keyNodes.length;
            if (n === 0) {
                this.fillEmpty(map, (layout, pretty, column) => list.map(([key, value]) => this.flowPart(key, value, layout, pretty, column, pretty)), depth);
                return;
            }
            const { layout, multiline, column, pretty } = this.flowPlace(map);
            const parts = list.map(([key, value]) => this.flowPart(key, value, layout, pretty, column, multiline));
            const separator = multiline ? `,\n${" ".repeat(column)}` : layout.comma;
            this.push(this.flowEnd(map, n - 1), this.flowEnd(map, n - 1), parts.map((part) => separator + part).join(""), depth);
            return;
        }
        const first = map.keyNodes[0];
        if (!first)
            refuse();
        const column = this.column(first.start);
        const at = this.nextLineStart(this.entryLastLine(map, map.keyNodes.length - 1));
        this.push(at, at, list.map(([key, value]) => this.blockEntry(key, value, column)).join(""), depth);
    }
    /** Lines of a block map entry whose key sits at `column`; a moved entry in its own text, re-indented. */
    blockEntry(key, value, column) {
        const layout = this.layout();
        const indent = " ".repeat(column);
        if (value instanceof Made) {
            const head = `${indent}${scalarSource(key, "plain", false, false)}:\n`;
            return head + [...value.entries].map(([name, item]) => this.blockEntry(name, item, column + layout.step)).join("");
        }
        if (!(value instanceof Moved))
            return blockMapText({ [key]: value }, column, layout);
        const keyText = value.keyText(false, false);
        if (value.entry)
            return indent + keyText + shiftLines(value.entry.rest, column - value.entry.column);
        const head = `${indent}${keyText}:`;
        if (value.inlineText !== undefined)
            return `${head} ${value.inlineText}\n`;
        const decoded = value.value;
        const inline = inlineBlockText(decoded, value.style);
        if (inline !== undefined)
            return `${head} ${inline}\n`;
        if (Array.isArray(decoded))
            return `${head}\n${blockItemsText(decoded, column + layout.seqIndent, layout)}`;
        return `${head}\n${blockMapText(decoded, column + layout.step, layout)}`;
    }
    /** An entry added to a flow map; a moved one in its own text when it fits the map's lines. */
    flowPart(key, value, layout, pretty, column, multiline) {
        if (!(value instanceof Moved))
            return this.flowEntry(key, plainValue(value), layout, pretty, column);
        const head = value.keyText(true, layout.json) + layout.colon;
        const own = value.flowText;
        if (own && (multiline || !own.text.includes("\n")))
            return head + shiftLines(own.text, column - own.column);
        const decoded = value.value;
        return head + (isCollection(decoded) ? this.flowValue(decoded, layout, pretty, column) : scalarSource(decoded, value.style, true, layout.json));
    }
    emitInsertions(steps, seq, at) {
        const depth = steps.length;
        const n = seq.items.length;
        const indices = [...at.keys()].sort((a, b) => a - b);
        if (this.isFlow(seq)) {
            if (n === 0) {
                this.fillEmpty(seq, (layout, pretty, column) => at.get(0).map((value) => this.flowValue(value, layout, pretty, column)), depth);
                return;
            }
            const { layout, multiline, column, pretty } = this.flowPlace(seq);
            const separator = multiline ? `,\n${" ".repeat(column)}` : layout.comma;
            for (const index of indices) {
                const parts = at.get(index).map((value) => this.flowValue(value, layout, pretty, column));
                if (index < n) {
                    const start = this.flowStart(seq, index);
                    this.push(start, start, parts.map((part) => part + separator).join(""), depth);
                }
                else {
                    const end = this.flowEnd(seq, n - 1);
                    this.push(end, end, parts.map((part) => separator + part).join(""), depth);
                }
            }
            return;
        }
        const lines = this.dashLines(seq);
        const column = this.column(seq.start);
        const layout = { ...this.layout(), itemIndent: this.itemIndent(seq) };
        for (const index of indices) {
            const offset = index < n ? this.lineStart(lines[index]) : this.nextLineStart(this.itemLastLine(seq, lines, n - 1));
            this.push(offset, offset, blockItemsText(at.get(index), column, layout), depth);
        }
    }
    /** Columns from a sequence's dashes to the keys of its map items, as its items have them. */
    itemIndent(seq) {
        for (const item of seq.items) {
            if (item?.kind === "map" && item.start > seq.start && !this.isFlow(item) && item.keyNodes[0] && !this.firstOnLine(item.keyNodes[0].start)) {
                const d = this.column(item.keyNodes[0].start) - this.column(seq.start);
                if (d >= 2)
                    return d;
            }
        }
        return this.layout().itemIndent;
    }
    emitReplacement(steps, value) {
        const step = steps[steps.length - 1];
        const node = step.node;
        const parent = step.parent;
        if (!node || !parent)
            refuse();
        const depth = steps.length;
        const oldInline = node.kind === "scalar" || this.isFlow(node);
        const style = node.kind === "scalar" ? this.styleOf(node) : "plain";
        // A block scalar's last line break stays: it ends the line.
        const oldEnd = node.kind === "scalar" && node.end > node.start && this.text.charCodeAt(node.end - 1) === NEWLINE ? node.end - 1 : node.end;
        if (step.inFlow) {
            if (node.start === node.end)
                refuse();
            let text;
            if (!isCollection(value) && node.kind === "scalar")
                text = scalarSource(value, style, true, this.json || this.jsonStyle(parent));
            else {
                const place = this.flowPlace(parent);
                text = this.flowValue(value, place.layout, place.pretty, place.column);
            }
            this.push(step.start, node.end, text, depth);
            return;
        }
        // A flow collection with entries stays one, in its own spacing (an empty `{}` is a placeholder).
        if (this.isFlow(node) && isCollection(value) && (node.kind === "map" ? node.keyNodes.length : node.items.length) > 0) {
            this.push(step.start, node.end, flowText(value, this.flowPlace(node).layout), depth);
            return;
        }
        // A tag on a block collection sits on the line before its content.
        if (!oldInline && step.start !== node.start)
            refuse();
        const layout = this.layout();
        if (parent.kind === "map") {
            const key = parent.keyNodes[step.index];
            const colon = this.colonAfter(key);
            const inline = inlineBlockText(value, style);
            const lastLine = this.entryLastLine(parent, step.index);
            if (inline !== undefined) {
                if (node.start === node.end)
                    this.push(colon + 1, colon + 1, ` ${inline}`, depth);
                else if (oldInline)
                    this.push(step.start, oldEnd, inline, depth);
                else {
                    this.push(colon + 1, colon + 1, ` ${inline}`, depth);
                    this.push(this.lineStart(this.lineOf(node.start)), this.nextLineStart(lastLine), "", depth);
                }
                return;
            }
            const keyColumn = this.column(key.start);
            const lines = Array.isArray(value) ? blockItemsText(value, keyColumn + layout.seqIndent, layout) : blockMapText(value, keyColumn + layout.step, layout);
            if (!oldInline) {
                this.push(this.lineStart(this.lineOf(node.start)), this.nextLineStart(lastLine), lines, depth);
                return;
            }
            if (node.start !== node.end)
                this.push(colon + 1, oldEnd, "", depth);
            const at = this.nextLineStart(this.lineOf(Math.max(colon, oldEnd - 1)));
            this.push(at, at, lines, depth);
            return;
        }
        // An item of a block sequence.
        const lines = this.dashLines(parent);
        const lastLine = this.itemLastLine(parent, lines, step.index);
        const dashShared = node.kind === "map" && !this.isFlow(node) && this.dashShared(node);
        if (!oldInline && !dashShared)
            refuse();
        const end = oldInline ? oldEnd : this.lineEnd(lastLine);
        const inline = inlineBlockText(value, style) ?? (Array.isArray(value) ? flowText(value, DEFAULT_FLOW) : undefined);
        if (inline !== undefined) {
            if (node.start === node.end)
                this.push(node.start, node.start, this.text.charCodeAt(node.start - 1) === SPACE ? inline : ` ${inline}`, depth);
            else
                this.push(step.start, end, inline, depth);
            return;
        }
        if (node.start === node.end)
            refuse();
        const column = this.column(step.start);
        this.push(step.start, end, blockMapText(value, column, layout).slice(column, -1), depth);
    }
    emitRemovals(steps, c, indices) {
        const depth = steps.length;
        const n = c.kind === "map" ? c.keyNodes.length : c.items.length;
        const all = indices.size === n;
        const sorted = [...indices].sort((a, b) => a - b);
        const runs = [];
        for (const index of sorted) {
            const run = runs[runs.length - 1];
            if (run && run[1] === index - 1)
                run[1] = index;
            else
                runs.push([index, index]);
        }
        if (this.isFlow(c)) {
            if (all) {
                this.push(c.start, c.end, c.kind === "map" ? "{}" : "[]", depth);
                return;
            }
            for (const [i, j] of runs) {
                if (j < n - 1)
                    this.push(this.flowStart(c, i), this.flowStart(c, j + 1), "", depth);
                else
                    this.push(this.flowEnd(c, i - 1), this.flowEnd(c, j), "", depth);
            }
            return;
        }
        if (c.kind === "map") {
            const dashShared = this.dashShared(c);
            if (all)
                return this.emptyBlock(steps, c, this.lineOf(c.keyNodes[0].start), this.entryLastLine(c, n - 1), dashShared);
            for (const [i, j] of runs) {
                const key = c.keyNodes[i];
                if (i === 0 && dashShared) {
                    // The next entry moves up onto the dash's line.
                    this.push(key.start, c.keyNodes[j + 1].start, "", depth);
                }
                else {
                    if (!this.firstOnLine(key.start))
                        refuse();
                    this.push(this.lineStart(this.lineOf(key.start)), this.nextLineStart(this.entryLastLine(c, j)), "", depth);
                }
            }
            return;
        }
        const lines = this.dashLines(c);
        if (all)
            return this.emptyBlock(steps, c, lines[0], this.itemLastLine(c, lines, n - 1), false);
        for (const [i, j] of runs)
            this.push(this.lineStart(lines[i]), this.nextLineStart(this.itemLastLine(c, lines, j)), "", depth);
    }
    /** A block collection whose every entry goes: `key: {}` (or `[]`), or `- {}` for a map on its dash's line. */
    emptyBlock(steps, c, firstLine, lastLine, dashShared) {
        const depth = steps.length;
        const step = steps[steps.length - 1];
        const parent = step.parent;
        if (!parent || step.start !== c.start)
            refuse();
        const empty = c.kind === "map" ? "{}" : "[]";
        if (parent.kind === "map" && !this.isFlow(parent)) {
            const colon = this.colonAfter(parent.keyNodes[step.index]);
            this.push(colon + 1, colon + 1, ` ${empty}`, depth);
            this.push(this.lineStart(firstLine), this.nextLineStart(lastLine), "", depth);
        }
        else if (dashShared) {
            this.push(c.start, this.lineEnd(lastLine), empty, depth);
        }
        else
            refuse();
    }
}
/**
 * Edits that stay within the file's own text: when its last line had no
 * line break, what was written past it starts with one instead, and no
 * final line break is added.
 */
function clampToLimit(edits, text, limit) {
    if (limit >= text.length)
        return edits;
    const out = [];
    for (const edit of edits) {
        let { start, end, text: replacement } = edit;
        if (end > limit) {
            if (start > limit) {
                start = limit;
                replacement = `\n${replacement}`;
            }
            else if (replacement === "" && start > 0 && text.charCodeAt(start - 1) === NEWLINE) {
                // The removed lines were the last: the line before them becomes the last, without its line break.
                start--;
            }
            end = limit;
            if (replacement.endsWith("\n"))
                replacement = replacement.slice(0, -1);
        }
        const last = out[out.length - 1];
        if (last && last.end > start)
            return undefined;
        if (start !== end || replacement !== "")
            out.push({ start, end, text: replacement });
    }
    return out;
}
// --- checking the result ------------------------------------------------------
/** Decodes the edited text: it must give the original value with the edits applied, and nothing else changed. */
function verify(text, limit, result, edits, quoted, json) {
    let edited = text.slice(0, limit);
    for (let i = result.length - 1; i >= 0; i--) {
        const edit = result[i];
        edited = edited.slice(0, edit.start) + edit.text + edited.slice(edit.end);
    }
    if (!edited.endsWith("\n"))
        edited += "\n";
    const before = decode(text, json);
    const after = decode(edited, json);
    if (before === undefined || after === undefined)
        return false;
    const expected = applyToValue(before, edits, quoted);
    return expected !== undefined && sameValue(expected, after);
}
/** A document's value as parsing reads it: the fast readers first, which give what the full one gives or decline. */
function decode(text, json) {
    const fast = json ? readJsonDocument(text) : readBlockDocument(text);
    if (fast)
        return fast.value;
    const decoded = decodeDocument(text);
    return decoded.problem ? undefined : decoded.value;
}
/** The edits applied to a decoded value, list items by their original indices. */
function applyToValue(value, edits, quoted) {
    // The value is this check's own decoding: changed in place.
    const root = { value: value };
    const lists = new Map();
    const listOps = (list) => {
        let ops = lists.get(list);
        if (!ops)
            lists.set(list, (ops = { inserts: new Map(), removed: new Set() }));
        return ops;
    };
    const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    /** The container at `path` (made where missing or null: a list when `list`), or undefined. */
    const containerAt = (path, make, list) => {
        let at = root.value;
        for (let i = 0; i < path.length; i++) {
            const segment = path[i];
            const nextIsIndex = i + 1 < path.length ? typeof path[i + 1] === "number" : list;
            const fresh = () => (nextIsIndex ? [] : {});
            if (Array.isArray(at) && typeof segment === "number") {
                if (segment === at.length && make)
                    at.push(fresh());
                const item = at[segment];
                if (item === undefined)
                    return undefined;
                if (item === null && make)
                    at[segment] = fresh();
                at = at[segment];
            }
            else if (isObject(at) && typeof segment === "string") {
                if (!Object.hasOwn(at, segment) || at[segment] === null) {
                    if (!make)
                        return undefined;
                    Object.defineProperty(at, segment, { value: fresh(), enumerable: true, writable: true, configurable: true });
                }
                at = at[segment];
            }
            else
                return undefined;
        }
        return at;
    };
    const setField = (target, key, item) => Object.defineProperty(target, key, { value: item, enumerable: true, writable: true, configurable: true });
    for (const edit of edits) {
        const path = edit.path;
        const last = path[path.length - 1];
        if (last === undefined)
            return undefined;
        if (edit.op === "removeDuplicate") {
            // The last entry is the one decoded: the value stays as it is.
            const parent = containerAt(path.slice(0, -1), false, false);
            if (!isObject(parent) || typeof last !== "string" || !Object.hasOwn(parent, last))
                return undefined;
            continue;
        }
        if (edit.op === "move") {
            const from = containerAt(path.slice(0, -1), false, false);
            const key = edit.to[edit.to.length - 1];
            if (!isObject(from) || typeof last !== "string" || typeof key !== "string" || !Object.hasOwn(from, last))
                return undefined;
            const item = from[last];
            delete from[last];
            const target = containerAt(edit.to.slice(0, -1), true, false);
            if (!isObject(target) || Object.hasOwn(target, key))
                return undefined;
            setField(target, key, item);
            continue;
        }
        if (edit.op === "insert") {
            const list = containerAt(path.slice(0, -1), true, true);
            if (!Array.isArray(list) || typeof last !== "number" || last > list.length)
                return undefined;
            listOps(list).inserts.set(last, [...(listOps(list).inserts.get(last) ?? []), edit.value]);
            continue;
        }
        const parent = containerAt(path.slice(0, -1), edit.op === "set", typeof last === "number");
        if (parent === undefined)
            return undefined;
        if (Array.isArray(parent)) {
            if (typeof last !== "number")
                return undefined;
            if (edit.op === "remove")
                listOps(parent).removed.add(last);
            else if (edit.op === "set" && last === parent.length)
                listOps(parent).inserts.set(last, [edit.value]);
            else if (edit.op === "set")
                parent[last] = edit.value;
            else if (edit.op === "quote")
                parent[last] = quoted.get(edit);
            else
                return undefined;
        }
        else if (isObject(parent) && typeof last === "string") {
            if (edit.op === "set")
                setField(parent, last, edit.value);
            else if (edit.op === "quote")
                setField(parent, last, quoted.get(edit));
            else if (edit.op === "remove")
                delete parent[last];
            else if (edit.op === "rename") {
                const item = parent[last];
                delete parent[last];
                setField(parent, edit.key, item);
            }
            else
                return undefined;
        }
        else
            return undefined;
    }
    for (const [list, { inserts, removed }] of lists) {
        const rebuilt = [];
        for (let i = 0; i <= list.length; i++) {
            rebuilt.push(...(inserts.get(i) ?? []));
            if (i < list.length && !removed.has(i))
                rebuilt.push(list[i]);
        }
        list.splice(0, list.length, ...rebuilt);
    }
    return root.value;
}
function sameValue(a, b) {
    if (a === b)
        return true;
    if (typeof a !== "object" || typeof b !== "object" || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a))
        return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
}
