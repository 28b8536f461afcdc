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
  /** Offsets of the document: from its `---` marker or its first node, to its last node. */
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
  /** A flow collection: it ends at its bracket, a block one where go-yaml closes it (at the next less indented token, so a list item's range covers its whole first line). */
  flow?: boolean;
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

/** Decodes the first document of `text` as sigs.k8s.io/yaml.YAMLToJSON does. */
export function decodeDocument(text: string): DecodedDocument {
  const events = createEventSource(text);
  const result: DecodedDocument = { root: null, start: 0, end: 0, duplicates: [], notes: events.notes };
  let document: YNode | null;
  let documentStart: number | undefined;
  try {
    const composer = new Composer(events, text);
    document = composer.document();
    documentStart = composer.documentStart;
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
  result.start = Math.min(document.start, documentStart ?? document.start);
  result.end = document.end;
  try {
    const go = new Decoder(result.duplicates).decode(document);
    result.value = toJson(go) ?? undefined;
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
  /** The start of an explicit `---` document start marker. */
  documentStart: number | undefined;

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
    const start = this.take(); // document-start
    if (start.type === "document-start" && !start.implicit) this.documentStart = start.start;
    const root = this.content();
    const end = this.take(); // document-end
    if (end.type === "document-end" && !end.implicit) this.endMarker = end.end;
    return root;
  }

  /** The node tree of one document's content, built with a stack of open collections (go-yaml nests up to 10,000 levels). */
  private content(): YNode {
    const open: YNode[] = [];
    let root: YNode | undefined;
    for (;;) {
      const event = this.take();
      if (event.type === "sequence-end" || event.type === "mapping-end") {
        const done = open.pop()!;
        const flow = done.flow === true;
        done.end = done.pos!.end = flow ? event.end : event.start;
        if (open.length === 0) return done;
        continue;
      }
      const node = this.leafOrCollection(event);
      const parent = open[open.length - 1];
      if (parent) this.attach(parent, node);
      else root = node;
      if (node.kind === "seq" || node.kind === "map") open.push(node);
      else if (!parent) return root!;
    }
  }

  /** Adds a child to an open collection; a mapping's children alternate keys and values. */
  private attach(parent: YNode, child: YNode): void {
    parent.children.push(child);
    const pos = parent.pos!;
    if (pos.kind === "seq") {
      pos.items.push(child.pos);
      return;
    }
    if (pos.kind !== "map" || parent.children.length % 2 === 1) return;
    const key = parent.children[parent.children.length - 2]!;
    const keyTarget = key.kind === "alias" ? key.target! : key;
    const name = keyTarget.kind === "scalar" ? scalarKeyName(keyTarget) : undefined;
    pos.keys.push(name ?? "");
    pos.keyNodes.push(name !== undefined && key.pos?.kind === "scalar" ? key.pos : null);
    pos.values.push(child.pos);
    if (isMerge(key)) (pos.merges ??= []).push(child.pos);
  }

  private leafOrCollection(event: YamlEvent): YNode {
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
        node.flow = event.flow;
        const pos: PosSeq = { kind: "seq", start, end: event.end, items: [] };
        node.pos = pos;
        return node;
      }
      case "mapping-start": {
        const start = this.contentStart(event);
        const node = this.newNode("map", start, event.end, "", event.anchor);
        node.flow = event.flow;
        const pos: PosMap = { kind: "map", start, end: event.end, keys: [], keyNodes: [], values: [] };
        node.pos = pos;
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

/** Where a decoded value goes: a slot of an array (a list's items, or a one-slot holder). */
interface Slot {
  into: GoValue[];
  at: number;
}

/** The path of the value being decoded, linked to its parent's, made into an array only for a duplicate key. */
interface PathLink {
  segment: string | number;
  parent: PathLink | null;
}

type Task =
  | { kind: "visit"; node: YNode; slot: Slot | null; into?: GoMap; path: PathLink | null }
  | { kind: "mapping"; node: YNode; map: GoMap; next: number; written: Map<string, YNode>; path: PathLink | null; slot: Slot | null }
  | { kind: "pair"; keyNode: YNode; valueNode: YNode; map: GoMap; written: Map<string, YNode>; results: GoValue[]; stage: number; path: PathLink | null }
  | { kind: "leave-alias"; node: YNode };

/**
 * go-yaml v2 decode.go for an interface{} target, step for step and in the
 * same order (its counts decide the alias limit), with a stack of tasks
 * instead of recursion: go-yaml accepts nesting 10,000 levels deep.
 */
class Decoder {
  private decodeCount = 0;
  private aliasCount = 0;
  private aliasDepth = 0;
  private readonly expanding = new Set<YNode>();
  private readonly tasks: Task[] = [];

  constructor(private readonly duplicates: DuplicateKey[]) {}

  decode(root: YNode): GoValue {
    const holder: GoValue[] = [];
    this.tasks.push({ kind: "visit", node: root, slot: { into: holder, at: 0 }, path: null });
    while (this.tasks.length > 0) this.step(this.tasks.pop()!);
    return holder[0]!;
  }

  private step(task: Task): void {
    switch (task.kind) {
      case "visit":
        return this.unmarshal(task.node, task.slot, task.into, task.path);
      case "leave-alias":
        this.aliasDepth--;
        this.expanding.delete(task.node);
        return;
      case "mapping":
        return this.mappingStep(task);
      case "pair":
        return this.pairStep(task);
    }
  }

  /** decode.go `unmarshal`: counts every node it visits, aliases expanded. */
  private unmarshal(node: YNode, slot: Slot | null, into: GoMap | undefined, path: PathLink | null): void {
    this.decodeCount++;
    if (this.aliasDepth > 0) this.aliasCount++;
    if (this.aliasCount > 100 && this.decodeCount > 1000 && this.aliasCount / this.decodeCount > allowedAliasRatio(this.decodeCount)) {
      throw new DecodeFailure("document contains excessive aliasing (an alias bomb?)", node.start, node.end);
    }
    switch (node.kind) {
      case "alias": {
        if (this.expanding.has(node)) throw new DecodeFailure(`anchor '${node.value}' value contains itself`, node.start, node.end);
        this.expanding.add(node);
        this.aliasDepth++;
        this.tasks.push({ kind: "leave-alias", node }, { kind: "visit", node: node.target!, slot, ...(into ? { into } : {}), path });
        return;
      }
      case "scalar":
        if (slot) slot.into[slot.at] = { kind: "scalar", scalar: this.scalar(node), node };
        return;
      case "seq": {
        const items = new Array<GoValue>(node.children.length);
        if (slot) slot.into[slot.at] = { kind: "seq", items, node };
        for (let i = node.children.length - 1; i >= 0; i--) {
          this.tasks.push({ kind: "visit", node: node.children[i]!, slot: { into: items, at: i }, path: { segment: i, parent: path } });
        }
        return;
      }
      case "map":
        this.tasks.push({ kind: "mapping", node, map: into ?? new Map(), next: 0, written: new Map(), path, slot });
        return;
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

  /** decode.go `mapping`: its pairs in order, a merge key merging where it stands. */
  private mappingStep(task: Extract<Task, { kind: "mapping" }>): void {
    const children = task.node.children;
    if (task.next >= children.length) {
      if (task.slot) task.slot.into[task.slot.at] = { kind: "map", map: task.map, node: task.node };
      return;
    }
    const keyNode = children[task.next]!;
    const valueNode = children[task.next + 1]!;
    task.next += 2;
    this.tasks.push(task);
    if (isMerge(keyNode)) {
      this.merge(valueNode, task.map, task.path);
      return;
    }
    this.tasks.push({ kind: "pair", keyNode, valueNode, map: task.map, written: task.written, results: [], stage: 0, path: task.path });
  }

  /** One key and its value: the key decoded, checked, then the value, then the entry set. */
  private pairStep(task: Extract<Task, { kind: "pair" }>): void {
    if (task.stage === 0) {
      task.stage = 1;
      this.tasks.push(task, { kind: "visit", node: task.keyNode, slot: { into: task.results, at: 0 }, path: task.path });
      return;
    }
    const key = task.results[0]!;
    if (key.kind !== "scalar") throw new DecodeFailure("invalid map key: a mapping key that is a list or a map has no JSON form", task.keyNode.start, task.keyNode.end);
    const name = jsonKey(key.scalar) ?? String(key.scalar.value);
    if (task.stage === 1) {
      task.stage = 2;
      this.tasks.push(task, { kind: "visit", node: task.valueNode, slot: { into: task.results, at: 1 }, path: { segment: name, parent: task.path } });
      return;
    }
    const identity = keyIdentity(key.scalar);
    const earlier = task.written.get(identity);
    if (earlier) this.duplicates.push({ path: pathOf(task.path), key: name, first: [earlier.start, earlier.end], last: [task.keyNode.start, task.keyNode.end] });
    task.written.set(identity, task.keyNode);
    // A key set again (here or by a merge before it) takes the later value, in the earlier key's place.
    const value = task.results[1]!;
    const existing = task.map.get(identity);
    if (existing) {
      existing.value = value;
      existing.keyNode = task.keyNode;
    } else task.map.set(identity, { key: key.scalar, keyNode: task.keyNode, value });
  }

  /** decode.go `merge`: a map, an alias of one, or a list of them, the earlier ones winning. */
  private merge(node: YNode, into: GoMap, path: PathLink | null): void {
    const wantMap = () => new DecodeFailure("map merge requires map or sequence of maps as the value", node.start, node.end);
    const isMap = (n: YNode) => (n.kind === "alias" ? n.target!.kind : n.kind) === "map";
    switch (node.kind) {
      case "map":
      case "alias":
        if (!isMap(node)) throw wantMap();
        this.tasks.push({ kind: "visit", node, slot: null, into, path });
        return;
      case "seq":
        if (!node.children.every(isMap)) throw wantMap();
        // Last to first, so the first one's keys win: the stack runs the last pushed first.
        for (const item of node.children) this.tasks.push({ kind: "visit", node: item, slot: null, into, path });
        return;
      default:
        throw wantMap();
    }
  }
}

function pathOf(link: PathLink | null): Array<string | number> {
  const path: Array<string | number> = [];
  for (let at = link; at; at = at.parent) path.push(at.segment);
  return path.reverse();
}

/** sigs.k8s.io/yaml convertToJSONableObject, then what json.Marshal refuses; with a stack, for any depth. */
function toJson(root: GoValue): unknown {
  const holder: unknown[] = [];
  const pending: Array<{ value: GoValue; set: (v: unknown) => void }> = [{ value: root, set: (v) => (holder[0] = v) }];
  while (pending.length > 0) {
    const { value, set } = pending.pop()!;
    switch (value.kind) {
      case "scalar": {
        const s = value.scalar;
        if (s.type === "float" && !Number.isFinite(s.value)) {
          const name = Number.isNaN(s.value) ? "NaN" : s.value > 0 ? "+Inf" : "-Inf";
          throw new DecodeFailure(`json: unsupported value: ${name} (JSON has no infinity or NaN)`, value.node.start, value.node.end);
        }
        set(s.value);
        break;
      }
      case "seq": {
        const out = new Array<unknown>(value.items.length);
        set(out);
        value.items.forEach((item, i) => pending.push({ value: item, set: (v) => (out[i] = v) }));
        break;
      }
      case "map": {
        const out: Record<string, unknown> = {};
        set(out);
        for (const entry of value.map.values()) {
          const name = jsonKey(entry.key);
          if (name === undefined) {
            const what = entry.key.type === "null" ? "a null key (~, null or nothing)" : `the integer key ${entry.key.type === "uint64" ? entry.key.digits : ""}, beyond int64`;
            throw new DecodeFailure(`unsupported map key: ${what} has no JSON form`, entry.keyNode.start, entry.keyNode.end);
          }
          // Placed now, so that the object keeps the order of the keys.
          setJsonField(out, name, null);
          pending.push({ value: entry.value, set: (v) => setJsonField(out, name, v) });
        }
        break;
      }
    }
  }
  return holder[0];
}
