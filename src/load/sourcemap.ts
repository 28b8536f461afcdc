import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from "yaml";
import type { Path } from "../path.js";
import type { ScalarInfo, SourceRange } from "./types.js";
import { differsFromYaml12, resolvePlainYaml11 } from "./yaml11.js";

type Offsets = readonly [number, number];

/**
 * Resolves field paths of one YAML document to source ranges by walking the
 * document's syntax tree. Lookups happen only for paths that get a finding,
 * so nothing is precomputed.
 */
export class DocumentSourceMap {
  constructor(
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
    /** Lines before the parsed text in its file (the stream is parsed in parts: load/prescan.ts). */
    private readonly lineOffset = 0,
  ) {}

  locate(path: Path, onKey = false): SourceRange {
    return this.toRange(this.offsetsOf(path, onKey));
  }

  scalar(path: Path): ScalarInfo | undefined {
    const found = this.walk(path);
    if (found.rest !== 0 || !isScalar(found.node)) return undefined;
    const node = found.node;
    const source = typeof node.source === "string" ? node.source : String(node.value);
    const plain = node.type === "PLAIN" && !node.tag;
    const info: ScalarInfo = { source, plain };
    if (plain) {
      const diff = differsFromYaml12(source, resolvePlainYaml11(source));
      if (diff) info.yaml12Value = diff.yaml12;
    }
    return info;
  }

  /** Offsets of the whole document, for problems about the object as a whole: its `kind:` line when present. */
  private documentOffsets(): Offsets {
    const root = this.doc.contents;
    if (isMap(root)) {
      const kind = root.items.find((p) => isScalar(p.key) && p.key.value === "kind");
      const first = kind ?? root.items[0];
      if (first && isScalar(first.key) && first.key.range) {
        const end = isScalar(first.value) && first.value.range ? first.value.range[1] : first.key.range[1];
        return [first.key.range[0], end];
      }
    }
    const r = root?.range ?? this.doc.range;
    return [r[0], Math.max(r[0], r[1])];
  }

  private offsetsOf(path: Path, onKey: boolean): Offsets {
    if (path.length === 0) return this.documentOffsets();
    const found = this.walk(path);
    if (found.rest === 0 && onKey && found.pair && isScalar(found.pair.key) && found.pair.key.range) {
      return [found.pair.key.range[0], found.pair.key.range[1]];
    }
    const node = found.node;
    if (node === undefined || node === null) return this.documentOffsets();
    if (isScalar(node) && node.range) return [node.range[0], node.range[1]];
    // A collection: point at the key that introduces it (`securityContext:`),
    // or for a list item at its first line, rather than at the whole block.
    if (found.pair && isScalar(found.pair.key) && found.pair.key.range) {
      return [found.pair.key.range[0], found.pair.key.range[1]];
    }
    const r = (node as Node).range;
    if (!r) return this.documentOffsets();
    return [r[0], this.endOfFirstLine(r[0], r[1])];
  }

  private endOfFirstLine(start: number, end: number): number {
    const starts = this.lines.lineStarts;
    const { line } = this.lines.linePos(start);
    const next = starts[line];
    const lineEnd = next === undefined ? end : Math.min(end, next - 1);
    return Math.max(start + 1, lineEnd);
  }

  /** Follows the path as far as it exists; `rest` is how many segments were not found. */
  private walk(path: Path): { node: unknown; pair?: Pair; rest: number } {
    let node: unknown = this.doc.contents;
    let pair: Pair | undefined;
    for (let i = 0; i < path.length; i++) {
      node = this.deref(node);
      const segment = path[i]!;
      let next: { node: unknown; pair?: Pair } | undefined;
      if (isMap(node)) next = this.findPair(node.items as Pair[], String(segment));
      else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment];
        if (item !== undefined) next = { node: item };
      }
      if (!next) return { node, pair, rest: path.length - i };
      node = next.node;
      pair = next.pair;
    }
    return { node: this.deref(node), pair, rest: 0 };
  }

  private findPair(items: Pair[], key: string, depth = 0): { node: unknown; pair: Pair } | undefined {
    // The last duplicate wins, as in the decoded value.
    for (let i = items.length - 1; i >= 0; i--) {
      const p = items[i]!;
      if (isPair(p) && isScalar(p.key) && keyString(p.key.value, p.key.type) === key) return { node: p.value, pair: p };
    }
    if (depth > 16) return undefined;
    for (const p of items) {
      if (!isPair(p) || !isScalar(p.key) || p.key.value !== "<<" || p.key.type !== "PLAIN") continue;
      const sources = isSeq(this.deref(p.value)) ? (this.deref(p.value) as { items: unknown[] }).items : [p.value];
      for (const src of sources) {
        const m = this.deref(src);
        if (isMap(m)) {
          const hit = this.findPair(m.items as Pair[], key, depth + 1);
          if (hit) return hit;
        }
      }
    }
    return undefined;
  }

  private deref(node: unknown): unknown {
    let n = node;
    for (let i = 0; i < 32 && isAlias(n); i++) n = n.resolve(this.doc);
    return n;
  }

  private toRange([start, end]: Offsets): SourceRange {
    const a = this.lines.linePos(start);
    const b = this.lines.linePos(Math.max(start, end));
    return { line: a.line + this.lineOffset, column: a.col, endLine: b.line + this.lineOffset, endColumn: b.col };
  }
}

/** The string a mapping key becomes in JSON: YAML 1.1 resolution for plain keys (`on:` is the key "true"). */
export function keyString(value: unknown, type?: string): string {
  if (type === "PLAIN" && typeof value === "string") {
    const resolved = resolvePlainYaml11(value);
    return resolved === null ? "null" : String(resolved);
  }
  return String(value);
}
