/**
 * One YAML document decoded as kubectl decodes it: sigs.k8s.io/yaml
 * YAMLToJSON, which is go-yaml v2 `Unmarshal` into an interface{} (the first
 * document of the text only), then `convertToJSONableObject` (map keys become
 * strings) and `json.Marshal`. The value is that JSON, nulls kept; beside it,
 * where each node was written (a PosNode tree for the source map).
 */
import type { PosMap, PosNode, PosScalar, PosSeq } from "../positions.js";
import { jsonKey, MERGE_TAG, resolveScalar, setJsonField, TagMismatch, type GoScalar } from "../yaml11.js";
import { YamlSyntaxError, type PortabilityNote, type ScalarStyle, type YamlEvent, type YamlEventSource } from "./events.js";
import { createEventSource } from "./parser.js";

/** Why kubectl cannot decode a document; offsets in the decoded text. */
export interface DecodeProblem {
  /** go-yaml's or sigs.k8s.io/yaml's problem, in their words where they have some. */
  problem: string;
  start: number;
  end: number;
  /** Syntax: the text is not YAML to go-yaml. Value: it is, but has no JSON form (or breaks a decoding limit). */
  kind: "syntax" | "value";
  /** The scanner's "while ..." context, for syntax problems. */
  context?: string;
}

/** A key given twice in one mapping: go-yaml keeps the last value and says nothing. */
export interface DuplicateKey {
  /** The JSON path of the mapping. */
  path: Array<string | number>;
  key: string;
  /** The earlier occurrence, whose value is lost. */
  first: [number, number];
  /** The occurrence that wins. */
  last: [number, number];
}

export interface DecodedDocument {
  /** The JSON value kubectl sends; undefined when it skips the document (empty, or null). */
  value?: unknown;
  /** Where each node was written; null for an empty document. */
  root: PosNode | null;
  /** Offsets of the document's content (its first and last event). */
  start: number;
  end: number;
  /** Set when kubectl cannot decode the document; value and root are then unset. */
  problem?: DecodeProblem;
  duplicates: DuplicateKey[];
  notes: readonly PortabilityNote[];
  /** Where a `...` marker ended the document: kubectl never reads the text after it. */
  endMarker?: number;
}

interface YNode {
  kind: "scalar" | "seq" | "map" | "alias";
  start: number;
  end: number;
  pos: PosNode | null;
  /** Scalar content, or the anchor name of an alias. */
  value: string;
  tag?: string;
  implicit: boolean;
  style?: ScalarStyle;
  /** Sequence items; mapping keys and values alternating. */
  children: YNode[];
  /** The node an alias refers to. */
  target?: YNode;
}

class DecodeFailure extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
  }
}

/** Deeper nesting than this is refused rather than risking the stack (go-yaml's own limit is 10,000). */
const MAX_DEPTH = 2000;

/** Decodes the first document of `text` as sigs.k8s.io/yaml.YAMLToJSON does. */
export function decodeDocument(text: string): DecodedDocument {
  const events = createEventSource(text);
  const result: DecodedDocument = { root: null, start: 0, end: 0, duplicates: [], notes: events.notes };
  let document: YNode | null;
  try {
    const composer = new Composer(events, text);
    document = composer.document();
    if (composer.endMarker !== undefined) result.endMarker = composer.endMarker;
  } catch (err) {
    if (err instanceof YamlSyntaxError) {
      result.problem = { problem: err.problem, start: err.offset, end: err.offset, kind: "syntax", ...(err.context ? { context: err.context } : {}) };
      return result;
    }
    if (err instanceof DecodeFailure) {
      result.problem = { problem: err.message, start: err.start, end: err.end, kind: "value" };
      return result;
    }
    throw err;
  }
  if (!document) return result;
  result.start = document.start;
  result.end = document.end;
  try {
    const decoder = new Decoder(result.duplicates);
    const go = decoder.unmarshal(document, 0);
    result.value = toJson(go, 0) ?? undefined;
    if (result.value === null) result.value = undefined;
  } catch (err) {
    if (!(err instanceof DecodeFailure)) throw err;
    result.problem = { problem: err.message, start: err.start, end: err.end, kind: "value" };
    result.duplicates = [];
    return result;
  }
  result.root = document.pos;
  return result;
}

/** Builds the node tree of the first document from the events (go-yaml yaml.go `parser.parse`). */
class Composer {
  private peeked: YamlEvent | undefined;
  private readonly anchors = new Map<string, YNode>();
  /** The end of an explicit `...` document end marker. */
  endMarker: number | undefined;

  constructor(
    private readonly events: YamlEventSource,
    private readonly text: string,
  ) {}

  private peek(): YamlEvent {
    return (this.peeked ??= this.events.next());
  }

  private take(): YamlEvent {
    const event = this.peek();
    this.peeked = undefined;
    return event;
  }

  /** The document's root node, or null for a stream with no document. */
  document(): YNode | null {
    this.take(); // stream-start
    if (this.peek().type === "stream-end") return null;
    this.take(); // document-start
    const root = this.node(0);
    const end = this.take(); // document-end
    if (end.type === "document-end" && !end.implicit) this.endMarker = end.end;
    return root;
  }

  private node(depth: number): YNode {
    const event = this.take();
    if (depth > MAX_DEPTH) throw new DecodeFailure(`nesting deeper than ${MAX_DEPTH} levels is not a Kubernetes manifest`, event.start, event.end);
    switch (event.type) {
      case "scalar": {
        let start = this.contentStart(event);
        let end = event.end;
        if (event.style === "literal" || event.style === "folded") end = this.endOfBlockScalar(start, end);
        // An empty node after `- ` sits past the space, where its content would start.
        if (start === end && event.value === "" && this.text.charCodeAt(start) === 0x20) end = ++start;
        const node = this.newNode("scalar", start, end, event.value, event.anchor);
        node.tag = event.tag;
        node.implicit = event.implicit;
        node.style = event.style;
        const pos: PosScalar = { kind: "scalar", start, end, text: event.value, plain: event.style === "plain" && event.tag === undefined };
        node.pos = pos;
        return node;
      }
      case "alias": {
        const target = this.anchors.get(event.anchor);
        if (!target) throw new DecodeFailure(`unknown anchor '${event.anchor}' referenced`, event.start, event.end);
        const node = this.newNode("alias", event.start, event.end, event.anchor, undefined);
        node.target = target;
        node.pos = target.pos;
        return node;
      }
      case "sequence-start": {
        const start = this.contentStart(event);
        const node = this.newNode("seq", start, event.end, "", event.anchor);
        const pos: PosSeq = { kind: "seq", start, end: event.end, items: [] };
        node.pos = pos;
        while (this.peek().type !== "sequence-end") {
          const item = this.node(depth + 1);
          node.children.push(item);
          pos.items.push(item.pos);
        }
        node.end = pos.end = this.collectionEnd(event.flow, this.take());
        return node;
      }
      case "mapping-start": {
        const start = this.contentStart(event);
        const node = this.newNode("map", start, event.end, "", event.anchor);
        const pos: PosMap = { kind: "map", start, end: event.end, keys: [], keyNodes: [], values: [] };
        node.pos = pos;
        while (this.peek().type !== "mapping-end") {
          const key = this.node(depth + 1);
          const value = this.node(depth + 1);
          node.children.push(key, value);
          const keyTarget = key.kind === "alias" ? key.target! : key;
          const name = keyTarget.kind === "scalar" ? scalarKeyName(keyTarget) : undefined;
          pos.keys.push(name ?? "");
          pos.keyNodes.push(name !== undefined && key.pos?.kind === "scalar" ? key.pos : null);
          pos.values.push(value.pos);
          if (isMerge(key)) (pos.merges ??= []).push(value.pos);
        }
        node.end = pos.end = this.collectionEnd(event.flow, this.take());
        return node;
      }
      default:
        // The parser only emits these in their places; anything else is a bug to surface.
        throw new Error(`unexpected ${event.type} event at offset ${event.start}`);
    }
  }

  /**
   * Where a node's own content starts: past its anchor and tag, which
   * go-yaml counts as part of the node (`&x 1` is placed at the 1, and a
   * block mapping after `&m` on the line before at its first key).
   */
  private contentStart(event: YamlEvent & { anchor?: string; tag?: string }): number {
    let at = event.start;
    if (event.anchor === undefined && event.tag === undefined) return at;
    const text = this.text;
    for (let guard = 0; guard < 4 && at < event.end; guard++) {
      const c = text.charCodeAt(at);
      if (c !== 0x26 && c !== 0x21) break; // & or !
      while (at < event.end && !/[\s,\[\]{}]/.test(text[at]!)) at++;
      // Spaces, line breaks and comments between the properties and the content.
      for (;;) {
        while (at < event.end && /\s/.test(text[at]!)) at++;
        if (text.charCodeAt(at) !== 0x23 || at >= event.end) break;
        while (at < event.end && text.charCodeAt(at) !== 0x0a) at++;
      }
    }
    // An empty node has no content of its own: it sits where go-yaml put it.
    return at < event.end || event.type !== "scalar" ? Math.min(at, event.end) : event.end;
  }

  /** A block scalar ends with its last line of content (go-yaml counts the blank lines after it too). */
  private endOfBlockScalar(start: number, end: number): number {
    const text = this.text;
    const header = text.slice(start, text.indexOf("\n", start) >>> 0);
    // With keep chomping (`|+`) the blank lines are content.
    if (/^[|>][0-9]?\+/.test(header)) return end;
    let at = end;
    while (at > start && /\s/.test(text[at - 1]!)) at--;
    const newline = text.indexOf("\n", at);
    return newline < 0 || newline >= end ? end : newline + 1;
  }

  /**
   * A flow collection ends at its bracket; a block one where go-yaml closes
   * it, at the next token of a lesser indentation (so a list item's range
   * covers its whole first line, comment included).
   */
  private collectionEnd(flow: boolean, close: YamlEvent): number {
    return flow ? close.end : close.start;
  }

  private newNode(kind: YNode["kind"], start: number, end: number, value: string, anchor: string | undefined): YNode {
    const node: YNode = { kind, start, end, pos: null, value, implicit: false, children: [] };
    // An anchor is known from its node on, its own content included (yaml.go `parser.anchor`).
    if (anchor !== undefined) this.anchors.set(anchor, node);
    return node;
  }
}

function scalarKeyName(node: YNode): string | undefined {
  try {
    return jsonKey(resolveScalar(node.value, node.tag, node.implicit));
  } catch {
    return undefined;
  }
}

/** decode.go isMerge: a plain `<<` key, or one tagged !!merge. */
function isMerge(node: YNode): boolean {
  return node.kind === "scalar" && node.value === "<<" && (node.implicit || node.tag === MERGE_TAG);
}

/** A decoded Go value: what go-yaml puts in an interface{}, with the node it came from. */
type GoValue = { kind: "scalar"; scalar: GoScalar; node: YNode } | { kind: "seq"; items: GoValue[]; node: YNode } | { kind: "map"; map: GoMap; node: YNode };

interface GoMapEntry {
  key: GoScalar;
  keyNode: YNode;
  value: GoValue;
}

/** map[interface{}]interface{}: keys are equal when their Go type and value are. */
type GoMap = Map<string, GoMapEntry>;

let nanKeys = 0;
function keyIdentity(key: GoScalar): string {
  switch (key.type) {
    case "int":
    case "uint64":
      return `${key.type}:${key.digits}`;
    case "float":
      // NaN is not equal to itself: every NaN key is a new entry.
      return Number.isNaN(key.value) ? `nan:${nanKeys++}` : `float:${key.value}`;
    default:
      return `${key.type}:${String(key.value)}`;
  }
}

// decode.go: the alias expansion budget.
const ALIAS_RATIO_RANGE_LOW = 400_000;
const ALIAS_RATIO_RANGE_HIGH = 4_000_000;

function allowedAliasRatio(decodeCount: number): number {
  if (decodeCount <= ALIAS_RATIO_RANGE_LOW) return 0.99;
  if (decodeCount >= ALIAS_RATIO_RANGE_HIGH) return 0.1;
  return 0.99 - 0.89 * ((decodeCount - ALIAS_RATIO_RANGE_LOW) / (ALIAS_RATIO_RANGE_HIGH - ALIAS_RATIO_RANGE_LOW));
}

/** go-yaml v2 decode.go for an interface{} target, step for step (its counts decide the alias limit). */
class Decoder {
  private decodeCount = 0;
  private aliasCount = 0;
  private aliasDepth = 0;
  private readonly expanding = new Set<YNode>();
  private readonly path: Array<string | number> = [];

  constructor(private readonly duplicates: DuplicateKey[]) {}

  unmarshal(node: YNode, depth: number, into?: GoMap): GoValue {
    this.decodeCount++;
    if (this.aliasDepth > 0) this.aliasCount++;
    if (this.aliasCount > 100 && this.decodeCount > 1000 && this.aliasCount / this.decodeCount > allowedAliasRatio(this.decodeCount)) {
      throw new DecodeFailure("document contains excessive aliasing (an alias bomb?)", node.start, node.end);
    }
    if (depth > MAX_DEPTH) throw new DecodeFailure(`nesting deeper than ${MAX_DEPTH} levels is not a Kubernetes manifest`, node.start, node.end);
    switch (node.kind) {
      case "alias":
        return this.alias(node, depth, into);
      case "scalar":
        return { kind: "scalar", scalar: this.scalar(node), node };
      case "seq":
        return { kind: "seq", items: node.children.map((child, i) => this.inPath(i, () => this.unmarshal(child, depth + 1))), node };
      case "map":
        return this.mapping(node, depth, into);
    }
  }

  private inPath<T>(segment: string | number, run: () => T): T {
    this.path.push(segment);
    try {
      return run();
    } finally {
      this.path.pop();
    }
  }

  private alias(node: YNode, depth: number, into?: GoMap): GoValue {
    if (this.expanding.has(node)) throw new DecodeFailure(`anchor '${node.value}' value contains itself`, node.start, node.end);
    this.expanding.add(node);
    this.aliasDepth++;
    try {
      return this.unmarshal(node.target!, depth + 1, into);
    } finally {
      this.aliasDepth--;
      this.expanding.delete(node);
    }
  }

  private scalar(node: YNode): GoScalar {
    try {
      return resolveScalar(node.value, node.tag, node.implicit);
    } catch (err) {
      if (err instanceof TagMismatch) throw new DecodeFailure(err.message, node.start, node.end);
      throw err;
    }
  }

  private mapping(node: YNode, depth: number, into?: GoMap): GoValue {
    const map: GoMap = into ?? new Map();
    const written = new Map<string, YNode>();
    const children = node.children;
    for (let i = 0; i < children.length; i += 2) {
      const keyNode = children[i]!;
      const valueNode = children[i + 1]!;
      if (isMerge(keyNode)) {
        this.merge(valueNode, depth, map);
        continue;
      }
      const key = this.unmarshal(keyNode, depth + 1);
      if (key.kind !== "scalar") throw new DecodeFailure("invalid map key: a mapping key that is a list or a map has no JSON form", keyNode.start, keyNode.end);
      const identity = keyIdentity(key.scalar);
      const name = jsonKey(key.scalar) ?? String(key.scalar.value);
      const value = this.inPath(name, () => this.unmarshal(valueNode, depth + 1));
      const earlier = written.get(identity);
      if (earlier) this.duplicates.push({ path: [...this.path], key: name, first: [earlier.start, earlier.end], last: [keyNode.start, keyNode.end] });
      written.set(identity, keyNode);
      // A key set again (here or by a merge before it) takes the later value, in the earlier key's place.
      const existing = map.get(identity);
      if (existing) {
        existing.value = value;
        existing.keyNode = keyNode;
      } else map.set(identity, { key: key.scalar, keyNode, value });
    }
    return { kind: "map", map, node };
  }

  /** decode.go `merge`: a map, an alias of one, or a list of them, the earlier ones winning. */
  private merge(node: YNode, depth: number, into: GoMap): void {
    const wantMap = () => new DecodeFailure("map merge requires map or sequence of maps as the value", node.start, node.end);
    switch (node.kind) {
      case "map":
        this.unmarshal(node, depth + 1, into);
        return;
      case "alias":
        if (node.target!.kind !== "map") throw wantMap();
        this.unmarshal(node, depth + 1, into);
        return;
      case "seq":
        for (let i = node.children.length - 1; i >= 0; i--) {
          const item = node.children[i]!;
          if ((item.kind === "alias" ? item.target!.kind : item.kind) !== "map") throw wantMap();
          this.unmarshal(item, depth + 1, into);
        }
        return;
      default:
        throw wantMap();
    }
  }
}

/** sigs.k8s.io/yaml convertToJSONableObject, then what json.Marshal refuses. */
function toJson(value: GoValue, depth: number): unknown {
  switch (value.kind) {
    case "scalar": {
      const s = value.scalar;
      if (s.type === "float" && !Number.isFinite(s.value)) {
        const name = Number.isNaN(s.value) ? "NaN" : s.value > 0 ? "+Inf" : "-Inf";
        throw new DecodeFailure(`json: unsupported value: ${name} (JSON has no infinity or NaN)`, value.node.start, value.node.end);
      }
      return s.value;
    }
    case "seq":
      return value.items.map((item) => toJson(item, depth + 1));
    case "map": {
      const out: Record<string, unknown> = {};
      for (const entry of value.map.values()) {
        const name = jsonKey(entry.key);
        if (name === undefined) {
          const what = entry.key.type === "null" ? "a null key (~, null or nothing)" : `the integer key ${entry.key.type === "uint64" ? entry.key.digits : ""}, beyond int64`;
          throw new DecodeFailure(`unsupported map key: ${what} has no JSON form`, entry.keyNode.start, entry.keyNode.end);
        }
        setJsonField(out, name, toJson(entry.value, depth + 1));
      }
      return out;
    }
  }
}
