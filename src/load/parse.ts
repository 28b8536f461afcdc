import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node, type Pair, type Scalar } from "yaml";
import type { Finding } from "../finding.js";
import { formatPath, type Path, type PathSegment } from "../path.js";
import { checkBlockDocument, readBlockDocument } from "./block-reader.js";
import { DocumentSourceMap, LineIndex, type PosMap, type PosNode, type PosScalar } from "./positions.js";
import { splitDocuments } from "./prescan.js";
import type { ManifestObject, SourceRange } from "./types.js";
import { keyString, resolvePlainYaml11, resolveTagged, setField } from "./yaml11.js";

/** What loading one file yields: the objects in it and the problems that stop some of it from being checked. */
export interface LoadedFile {
  file: string;
  objects: ManifestObject[];
  /** Syntax problems, duplicate keys and the like, already placed in the file. */
  findings: Finding[];
  documentCount: number;
  /** Documents not decoded because no check needs their kind (load/prescan.ts); their syntax is checked. */
  skippedDocuments: number;
  /** The line range of each YAML document (1-based, inclusive), for comment suppressions. */
  documentLines: Array<[number, number]>;
}

/** Beyond this many nodes after alias expansion a document is refused (a "billion laughs" alias bomb). */
const MAX_EXPANDED_NODES = 1_000_000;
/** Deeper nesting than this is refused rather than risking the stack. */
const MAX_DEPTH = 200;

/**
 * A Go template outside a Helm chart (the chart's own are recognised by
 * load/sources.ts) is read as the YAML it is not yet; its errors say so.
 */
const TEMPLATE_FIX = "the document holds {{ }} template actions, which are not YAML: check what the template renders, e.g. helm template CHART | dslint check -";

/** A stream part with no content: an optional `---` marker line, then blank and comment lines. */
const EMPTY_DOCUMENT = /^(?:---(?: +(?:#[^\n]*)?)?(?:\n|$))?(?: *(?:#[^\n]*)?\n)* *(?:#[^\n]*)?$/;

class LoadError extends Error {
  constructor(
    message: string,
    readonly ruleId: string,
    readonly offsets: readonly [number, number],
  ) {
    super(message);
  }
}

export interface ParseOptions {
  /** false: always use the `yaml` package (tests compare the two readers). */
  fastReader?: boolean;
  /**
   * Every document as one object, as written: no List items taken apart and
   * no documents skipped by kind. For files that are not manifests (the
   * configuration), where a `kind:` is a mistake to report, not a reason to skip.
   */
  wholeDocuments?: boolean;
}

/**
 * Parses one file's text (YAML stream or JSON) into Kubernetes objects decoded
 * as the API server would see them, each with a source map.
 */
export function parseManifests(input: string, file: string, options: ParseOptions = {}): LoadedFile {
  // A byte-order mark is not a column: drop it so positions match editors.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const result: LoadedFile = { file, objects: [], findings: [], documentCount: 0, skippedDocuments: 0, documentLines: [] };
  if (text.includes("\u0000")) {
    result.findings.push(loadFinding(file, "yaml-syntax", "binary file: not YAML or JSON (it contains NUL bytes)", { line: 1, column: 1, endLine: 1, endColumn: 1 }));
    return result;
  }
  let documentIndex = 0;
  for (const segment of splitDocuments(text)) {
    const part = text.slice(segment.start, segment.end);
    if (segment.skip && !options.wholeDocuments) {
      // No check reads this kind, but its syntax is checked: kubectl refuses
      // the whole file when any document of it is malformed (apply reads all
      // objects first, ApplyOptions.GetObjects in k8s.io/kubectl), and dslint
      // says where. The block reader checks without decoding; what it
      // declines, the `yaml` package reads and reports.
      const startLine = options.fastReader !== false ? checkBlockDocument(part) : undefined;
      if (startLine === undefined) {
        documentIndex = parseSegment(part, segment.lineOffset, documentIndex, result, { skip: true });
        continue;
      }
      result.documentLines.push([segment.lineOffset + startLine + 1, segment.endLine]);
      result.skippedDocuments++;
      result.documentCount++;
      documentIndex++;
      continue;
    }
    const fast = options.fastReader !== false && readBlockDocument(part);
    if (fast) {
      const lines = new LineIndex(part);
      result.documentLines.push(documentLines(lines, fast.start, part.length, segment.lineOffset));
      result.documentCount++;
      addObjects(result, documentIndex, fast.value, new DocumentSourceMap(fast.root, lines, [fast.start, part.length], segment.lineOffset), options.wholeDocuments);
      documentIndex++;
    } else if (EMPTY_DOCUMENT.test(part)) {
      // Only comments: what the yaml package reads as no document, or (after a marker) an empty one.
      if (part.startsWith("---")) {
        result.documentLines.push(documentLines(new LineIndex(part), 0, part.length, segment.lineOffset));
      }
      documentIndex++;
    } else {
      documentIndex = parseSegment(part, segment.lineOffset, documentIndex, result, { whole: options.wholeDocuments });
    }
  }
  return result;
}

/** The lines a document spans, from its start to the end of its text (for comment suppressions). */
function documentLines(lines: LineIndex, start: number, end: number, lineOffset: number): [number, number] {
  const range = lines.range(start, Math.max(start, end - 1), lineOffset);
  return [range.line, range.endLine];
}

function loadFinding(file: string, ruleId: string, message: string, range: SourceRange, path = "", fix?: string): Finding {
  const f: Finding = { ruleId, severity: "error", message, file, ...range, path };
  if (fix) f.fix = fix;
  return f;
}

/** The objects of one decoded document: the document itself, or the items of a List. */
function addObjects(result: LoadedFile, documentIndex: number, value: unknown, map: DocumentSourceMap, whole = false): void {
  const makeObject = (basePath: Path, objectValue: unknown): ManifestObject => ({
    file: result.file,
    documentIndex,
    basePath,
    value: objectValue,
    locate: (path, onKey) => map.locate(basePath.length ? [...basePath, ...path] : path, onKey),
    scalar: (path) => map.scalar(basePath.length ? [...basePath, ...path] : path),
  });
  if (!whole && isListObject(value)) {
    const items = (value as { items: unknown }).items;
    if (Array.isArray(items)) items.forEach((item, k) => result.objects.push(makeObject(["items", k], item)));
  } else {
    result.objects.push(makeObject([], value));
  }
}

/**
 * Parses one part of the stream (one or more documents) with the `yaml`
 * package: everything the block reader declines, and every syntax error.
 * With `skip` (a kind no check reads, load/prescan.ts) its first document
 * is only checked and counted; with `whole`, a List stays one object
 * (ParseOptions.wholeDocuments). Returns the next document index.
 */
function parseSegment(text: string, lineOffset: number, firstIndex: number, result: LoadedFile, { skip = false, whole = false } = {}): number {
  const { file } = result;
  const lines = new LineIndex(text);
  const at = (start: number, end: number): SourceRange => lines.range(start, end, lineOffset);
  const report = (ruleId: string, message: string, offsets: readonly [number, number], path = "", fix?: string) => {
    result.findings.push(loadFinding(file, ruleId, message, at(offsets[0], offsets[1]), path, fix));
  };

  let docs: Document.Parsed[];
  try {
    const parsed = parseAllDocuments(text, {
      // Tags are resolved by our own YAML 1.1 rules below; the parser only gives us strings.
      schema: "failsafe",
      uniqueKeys: false,
      prettyErrors: false,
      keepSourceTokens: false,
      merge: false,
    });
    docs = Array.isArray(parsed) ? (parsed as Document.Parsed[]) : [];
  } catch (err) {
    const message = err instanceof RangeError ? "nesting is too deep to parse" : `cannot parse: ${(err as Error).message}`;
    report("yaml-syntax", message, [0, 0]);
    return firstIndex + 1;
  }

  // A part the prescan cut as one skipped document holds more only after a marker line with content (`--- {a: 1}`).
  let skipNext = skip;
  docs.forEach((doc, i) => {
    const documentIndex = firstIndex + i;
    // The last document's lines run to the end of its part, as the block reader counts them (the `yaml`
    // package's range stops early when the document ends in an empty value followed by blank lines).
    result.documentLines.push(documentLines(lines, doc.range[0], i === docs.length - 1 ? text.length : doc.range[2], lineOffset));
    if (doc.errors.length > 0) {
      // One finding per syntax error; this document is not checked further, the others are.
      const fix = text.slice(doc.range[0], doc.range[2]).includes("{{") ? TEMPLATE_FIX : undefined;
      for (const e of doc.errors) report("yaml-syntax", describeYamlError(e.code, e.message), [e.pos[0], e.pos[1]], "", fix);
      skipNext = false;
      return;
    }
    if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === "" && isEmptyDoc(doc))) return;
    const skipped = skipNext;
    skipNext = false;
    result.documentCount++;
    let value: unknown;
    const duplicates: Array<{ path: Path; key: string; offsets: [number, number] }> = [];
    try {
      value = new Decoder(doc, duplicates).decode();
    } catch (err) {
      if (err instanceof LoadError) report(err.ruleId, err.message, err.offsets);
      else if (err instanceof RangeError) report("yaml-syntax", "nesting is too deep to check", [doc.range[0], doc.range[0]]);
      else throw err;
      return;
    }
    for (const d of duplicates) {
      report(
        "duplicate-key",
        `duplicate key "${d.key}"${d.path.length ? ` in ${formatPath(d.path)}` : ""}: only the last value is used, and strict validation (kubectl's default) rejects the document`,
        d.offsets,
        formatPath([...d.path, d.key]),
        "remove one of the two entries or merge them",
      );
    }
    if (skipped) {
      result.skippedDocuments++;
      return;
    }
    const map = new DocumentSourceMap(() => positionTree(doc), lines, [doc.range[0], doc.range[1]], lineOffset);
    addObjects(result, documentIndex, value, map, whole);
  });
  return firstIndex + Math.max(docs.length, 1);
}

function isEmptyDoc(doc: Document.Parsed): boolean {
  const c = doc.contents;
  return isScalar(c) && c.type === "PLAIN" && c.source === "";
}

/** `kind: List` and the typed lists (`DaemonSetList`, `NodeList`, ...) hold their objects in `items`. */
function isListObject(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const kind = (value as { kind?: unknown }).kind;
  return typeof kind === "string" && (kind === "List" || kind.endsWith("List")) && "items" in value;
}

function describeYamlError(code: string, message: string): string {
  const text = message.replace(/\s+at line \d+, column \d+.*$/s, "").trim();
  const hints: Record<string, string> = {
    BAD_INDENT: "check the indentation",
    TAB_AS_INDENT: "YAML indentation must use spaces, not tabs",
    MULTILINE_IMPLICIT_KEY: "a key must fit on one line; is a colon or quote missing?",
    BLOCK_AS_IMPLICIT_KEY: "is a line break or a quote missing?",
  };
  const hint = hints[code];
  return `YAML syntax error: ${text}${hint && !text.includes(hint) ? ` (${hint})` : ""}`;
}

/**
 * Turns the syntax tree into plain values the way sigs.k8s.io/yaml does:
 * YAML 1.1 scalars, merge keys, aliases shared (with an expansion budget),
 * null-valued fields dropped (Go's JSON decoding treats null as unset).
 */
class Decoder {
  private expanded = 0;
  private readonly sizes = new Map<Node, number>();
  private readonly values = new Map<Node, unknown>();

  constructor(
    private readonly doc: Document.Parsed,
    private readonly duplicates: Array<{ path: Path; key: string; offsets: [number, number] }>,
  ) {}

  decode(): unknown {
    return this.node(this.doc.contents, 0);
  }

  /** The path of the node being decoded: one shared stack, copied only for a duplicate key. */
  private readonly path: PathSegment[] = [];

  private node(node: unknown, depth: number): unknown {
    if (depth > MAX_DEPTH) {
      const r = (node as Node | null)?.range ?? this.doc.range;
      throw new LoadError(`nesting deeper than ${MAX_DEPTH} levels is not a Kubernetes manifest`, "yaml-syntax", [r[0], r[1]]);
    }
    if (node === null || node === undefined) return null;
    if (isAlias(node)) return this.alias(node, depth);
    const cached = this.values.get(node as Node);
    if (cached !== undefined) return cached;
    let value: unknown;
    if (isScalar(node)) value = scalarValue(node);
    else if (isMap(node)) value = this.map(node.items as Pair[], depth);
    else if (isSeq(node)) value = this.seq(node.items, depth);
    else value = null;
    if ((node as Node).anchor) this.values.set(node as Node, value);
    this.expanded++;
    return value;
  }

  private alias(node: { source: string; range?: [number, number, number] | null; resolve: (d: Document) => unknown }, depth: number): unknown {
    const target = node.resolve(this.doc) as Node | undefined;
    const r = node.range ?? this.doc.range;
    if (!target) throw new LoadError(`unknown alias *${node.source}`, "yaml-syntax", [r[0], r[1]]);
    this.expanded += this.sizeOf(target);
    if (this.expanded > MAX_EXPANDED_NODES) {
      throw new LoadError(
        `aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString("en-US")} nodes (an alias bomb?); the document is not checked`,
        "yaml-syntax",
        [r[0], r[1]],
      );
    }
    const value = this.values.get(target);
    return value !== undefined ? value : this.node(target, depth);
  }

  private sizeOf(node: unknown): number {
    if (node === null || typeof node !== "object") return 1;
    if (isAlias(node)) return this.sizeOf(node.resolve(this.doc));
    const known = this.sizes.get(node as Node);
    if (known !== undefined) return known;
    let size = 1;
    if (isMap(node)) for (const p of node.items as Pair[]) size += this.sizeOf(p.key) + this.sizeOf(p.value);
    else if (isSeq(node)) for (const item of node.items) size += this.sizeOf(item);
    size = Math.min(size, MAX_EXPANDED_NODES + 1);
    this.sizes.set(node as Node, size);
    return size;
  }

  private seq(items: unknown[], depth: number): unknown[] {
    const out = new Array<unknown>(items.length);
    for (let i = 0; i < items.length; i++) {
      this.path.push(i);
      out[i] = this.node(items[i], depth + 1);
      this.path.pop();
    }
    return out;
  }

  private map(items: Pair[], depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const seen = new Set<string>();
    const merges: unknown[] = [];
    for (const pair of items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      if (isScalar(keyNode) && keyNode.type === "PLAIN" && keyNode.value === "<<" && !keyNode.tag) {
        merges.push(pair.value);
        continue;
      }
      const key = this.key(keyNode);
      if (seen.has(key)) {
        const r = keyNode?.range ?? [0, 0];
        this.duplicates.push({ path: [...this.path], key, offsets: [r[0], r[1]] });
      }
      seen.add(key);
      this.path.push(key);
      const value = this.node(pair.value, depth + 1);
      this.path.pop();
      setField(out, key, value);
    }
    // Merge keys: explicit keys win, then earlier merged maps over later ones (go-yaml v2 `merge`).
    for (const m of merges) {
      const resolved = this.node(m, depth + 1);
      const sources = Array.isArray(resolved) ? resolved : [resolved];
      for (const src of sources) {
        if (typeof src !== "object" || src === null || Array.isArray(src)) continue;
        for (const [k, v] of Object.entries(src)) if (!(k in out) && !seen.has(k)) setField(out, k, v);
      }
    }
    return out;
  }

  private key(node: Node | null): string {
    if (isScalar(node)) return keyString(node.value, node.tag ? "TAGGED" : node.type);
    if (node === null) return "null";
    return JSON.stringify(this.node(node, MAX_DEPTH - 1));
  }
}

function scalarValue(node: Scalar): unknown {
  const text = String(node.value);
  if (node.tag && node.tag !== "!") return resolveTagged(node.tag, text);
  if (node.type === "PLAIN") return resolvePlainYaml11(text);
  return text;
}

/** The offsets of a `yaml` document's nodes; aliases share their anchor's node. */
function positionTree(doc: Document.Parsed): PosNode | null {
  const seen = new Map<Node, PosNode>();
  const convert = (node: unknown): PosNode | null => {
    let target = node;
    for (let i = 0; i < 32 && isAlias(target); i++) target = target.resolve(doc);
    if (target === null || typeof target !== "object" || isAlias(target)) return null;
    const known = seen.get(target as Node);
    if (known) return known;
    const [start, end] = (target as Node).range ?? [0, 0];
    if (isScalar(target)) {
      const text = typeof target.source === "string" ? target.source : String(target.value);
      const pos: PosScalar = { kind: "scalar", start, end, text, plain: target.type === "PLAIN" && !target.tag };
      seen.set(target, pos);
      return pos;
    }
    if (isMap(target)) {
      const pos: PosMap = { kind: "map", start, end, keys: [], keyNodes: [], values: [] };
      seen.set(target, pos);
      for (const pair of target.items as Pair[]) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) && pair.key.range ? (convert(pair.key) as PosScalar) : null;
        const value = convert(pair.value);
        pos.keys.push(key && isScalar(pair.key) ? keyString(pair.key.value, pair.key.type) : "");
        pos.keyNodes.push(key);
        pos.values.push(value);
        if (isScalar(pair.key) && pair.key.value === "<<" && pair.key.type === "PLAIN") (pos.merges ??= []).push(value);
      }
      return pos;
    }
    if (isSeq(target)) {
      const pos: PosNode = { kind: "seq", start, end, items: [] };
      seen.set(target, pos);
      for (const item of target.items) pos.items.push(convert(item));
      return pos;
    }
    return null;
  };
  return convert(doc.contents);
}
