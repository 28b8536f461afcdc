import { resolveEdits } from "../fix/resolve.js";
import { differsFromYaml12, resolvePlainYaml11 } from "./yaml11.js";
/**
 * Resolves field paths of one YAML document to source ranges. Lookups happen
 * only for paths that get a finding; the tree itself may be built on first
 * use (`root` is then a function).
 */
export class DocumentSourceMap {
    root;
    lines;
    documentRange;
    lineOffset;
    limit;
    tree;
    constructor(root, lines, 
    /** Offsets of the whole document, for a document without content. */
    documentRange, 
    /** Lines before the parsed text in its file (the stream is parsed in parts: load/prescan.ts). */
    lineOffset = 0, 
    /** The end of the file's own text: the line break kubectl adds to a last line without one is not in the file. */
    limit = Infinity) {
        this.root = root;
        this.lines = lines;
        this.documentRange = documentRange;
        this.lineOffset = lineOffset;
        this.limit = limit;
    }
    get rootNode() {
        if (this.tree === undefined)
            this.tree = typeof this.root === "function" ? this.root() : this.root;
        return this.tree;
    }
    locate(path, onKey = false) {
        const [start, end] = this.offsetsOf(path, onKey);
        return this.lines.range(Math.min(start, this.limit), Math.min(end, this.limit), this.lineOffset);
    }
    /**
     * Text edits in the file that make `edits` (src/fix/resolve.ts), in the
     * document's own layout; undefined when one of them cannot be made safely.
     */
    edits(edits) {
        const resolved = resolveEdits(this.rootNode, this.lines.text, edits, this.limit);
        if (!resolved)
            return undefined;
        return resolved.map((e) => ({ ...this.lines.range(e.start, e.end, this.lineOffset), text: e.text }));
    }
    scalar(path) {
        const found = this.walk(path);
        const node = found.node;
        if (found.rest !== 0 || node === null || node.kind !== "scalar")
            return undefined;
        const info = { source: node.text, plain: node.plain };
        if (node.plain) {
            const diff = differsFromYaml12(node.text, resolvePlainYaml11(node.text));
            if (diff)
                info.yaml12Value = diff.yaml12;
        }
        return info;
    }
    /** Offsets of the whole document, for problems about the object as a whole: its `kind:` line when present. */
    documentOffsets() {
        const root = this.rootNode;
        if (root?.kind === "map") {
            let index = root.keys.indexOf("kind");
            if (index < 0 || !root.keyNodes[index])
                index = 0;
            const key = root.keyNodes[index];
            if (key) {
                const value = root.values[index];
                const end = value?.kind === "scalar" ? value.end : key.end;
                return [key.start, end];
            }
        }
        if (!root)
            return [this.documentRange[0], Math.max(this.documentRange[0], this.documentRange[1])];
        return [root.start, Math.max(root.start, root.end)];
    }
    offsetsOf(path, onKey) {
        if (path.length === 0)
            return this.documentOffsets();
        const found = this.walk(path);
        if (found.rest === 0 && onKey && found.key)
            return [found.key.start, found.key.end];
        const node = found.node;
        if (node === null)
            return this.documentOffsets();
        if (node.kind === "scalar")
            return [node.start, node.end];
        // A collection: point at the key that introduces it (`securityContext:`),
        // or for a list item at its first line, rather than at the whole block.
        if (found.key)
            return [found.key.start, found.key.end];
        return [node.start, this.endOfFirstLine(node.start, node.end)];
    }
    endOfFirstLine(start, end) {
        const starts = this.lines.lineStarts();
        const { line } = this.lines.position(start);
        const next = starts[line];
        const lineEnd = next === undefined ? end : Math.min(end, next - 1);
        return Math.max(start + 1, lineEnd);
    }
    /** Follows the path as far as it exists; `rest` is how many segments were not found. */
    walk(path) {
        let node = this.rootNode;
        let key;
        for (let i = 0; i < path.length; i++) {
            const segment = path[i];
            let next;
            if (node?.kind === "map")
                next = findEntry(node, String(segment), 0);
            else if (node?.kind === "seq" && typeof segment === "number" && segment >= 0 && segment < node.items.length) {
                next = { node: node.items[segment] ?? null };
            }
            if (!next)
                return { node, key, rest: path.length - i };
            node = next.node;
            key = next.key;
        }
        return { node, key, rest: 0 };
    }
}
function findEntry(map, key, depth) {
    // The last duplicate wins, as in the decoded value.
    for (let i = map.keys.lastIndexOf(key); i >= 0; i = i > 0 ? map.keys.lastIndexOf(key, i - 1) : -1) {
        const keyNode = map.keyNodes[i];
        if (keyNode)
            return { node: map.values[i] ?? null, key: keyNode };
    }
    if (!map.merges || depth > 16)
        return undefined;
    for (const merged of map.merges) {
        const sources = merged?.kind === "seq" ? merged.items : [merged];
        for (const source of sources) {
            if (source?.kind !== "map")
                continue;
            const hit = findEntry(source, key, depth + 1);
            if (hit)
                return hit;
        }
    }
    return undefined;
}
