/**
 * A seeded generator of hostile manifests: each input is a corpus DaemonSet
 * file with one to three mutations applied, chosen from the ways real input
 * goes wrong (byte flips, indentation shifts, values of the wrong type at a
 * random path, unicode, tabs, CRLF mixes, anchors and merge keys, very long
 * scalars, fields named like Object.prototype members, deep nesting, many
 * documents, unclosed brackets), in YAML and as JSON. The same seed gives
 * the same inputs on every machine: only this file's generator decides.
 */
import { parseAllDocuments, stringify } from "yaml";

/** A small, fast, seeded generator (mulberry32). */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [low, high]. */
  between(low: number, high: number): number {
    return low + this.int(high - low + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

/** The seed of input `index` of a run with seed `seed`: every input can be regenerated alone. */
export function inputSeed(seed: number, index: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
}

export const PROTOTYPE_NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf", "__defineGetter__", "propertyIsEnumerable"] as const;

/** Characters a byte flip writes: YAML indicators, control characters, line breaks, unicode. */
const FLIP_CHARS = [
  ":", "-", "[", "]", "{", "}", ",", "\"", "'", "#", "&", "*", "!", "|", ">", "%", "@", "`", "?", "\t", "\n", "\r", " ", "\\",
  "\u0000", "\u0001", "\u0007", "\u001b", "\u007f", "\u0085", "\u00a0", "\u2028", "\u2029", "\ufeff", "\ufffe", "\uffff",
  "\ud800", "\udc00", "é", "ß", "中", "😀", "\u0301", "\u202e", "0", "9", "y", "n", "~", "=", ".",
];

const UNICODE_SNIPPETS = [
  "é", "naïve", "中文", "日本語ラベル", "😀", "👨‍👩‍👧", "\u0301", "\u202eevil", "\u200b", "\ufeff", "\u00a0", "\u2028", "\u2029", "\u0085",
  "\ud83d", "\ude00", "\ufffd", "𝕏", "Ω", "ﬁ", "İ", "\u0000", "\u0008",
];

/** Values of every JSON type (and YAML 1.1 traps) for type swaps. */
const SWAP_VALUES: unknown[] = [
  "", "x", "yes", "on", "0755", "1.10", "null", "true", "1e3", "200MB", "-1",
  0, 1, -1, 1.5, 2 ** 31, 2 ** 53 + 1, -0, 1e300,
  true, false, null,
  [], ["a"], [1, 2], [null], [[]], [{}],
  {}, { a: "b" }, { "": 1 }, { constructor: 1 }, { __proto__x: 1 }, { matchLabels: { app: "x" } },
];

const SWAP_YAML = ["", "x", "yes", "on", "0755", "1.10", "~", "null", "true", "false", "1e3", "0x1F", ".inf", "-.inf", ".nan", "[]", "{}", "[a, 1]", "{a: b}", "!!int abc", "!!binary aGk=", "\"\"", "''", "2001-12-14", "1_000", "0b101", "+12", "|\n  block", ">-\n  folded", "!!str 1", "*undefined", "&a x", "? a", "-"];

export interface Mutated {
  text: string;
  /** The mutations applied, in order, for reports. */
  steps: string[];
}

type Mutation = (text: string, random: Random, corpus: readonly string[]) => string;

function lines(text: string): string[] {
  return text.split("\n");
}

function position(text: string, random: Random): number {
  return random.int(text.length + 1);
}

/** Lines that hold `key: value` or `key:` (block mapping entries), by index. */
function entryLines(all: readonly string[]): number[] {
  const found: number[] = [];
  all.forEach((line, i) => {
    if (/^\s*(- )?[A-Za-z_][\w.\/-]*:( |$)/.test(line)) found.push(i);
  });
  return found;
}

function indentOf(line: string): string {
  return /^[ \t]*(- )?/.exec(line)![0].replace("- ", "  ");
}

const MUTATIONS: Record<string, Mutation> = {
  byteFlip(text, random) {
    let out = text;
    const flips = random.between(1, 8);
    for (let k = 0; k < flips; k++) {
      const at = random.int(out.length || 1);
      const c = random.pick(FLIP_CHARS);
      out = random.chance(0.5) ? out.slice(0, at) + c + out.slice(at + 1) : out.slice(0, at) + c + out.slice(at);
    }
    return out;
  },
  deleteRange(text, random) {
    const at = position(text, random);
    return text.slice(0, at) + text.slice(at + random.between(1, 200));
  },
  truncate(text, random) {
    return text.slice(0, position(text, random));
  },
  indentShift(text, random) {
    const all = lines(text);
    const count = random.between(1, 4);
    for (let k = 0; k < count; k++) {
      const i = random.int(all.length);
      const shift = random.pick([-4, -2, -1, 1, 2, 3, 4]);
      const line = all[i]!;
      if (shift > 0) all[i] = " ".repeat(shift) + line;
      else all[i] = line.replace(new RegExp(`^ {0,${-shift}}`), "");
      // Sometimes the whole block below moves with it.
      if (random.chance(0.3)) for (let j = i + 1; j < Math.min(all.length, i + random.between(1, 20)); j++) all[j] = shift > 0 ? " ".repeat(shift) + all[j] : all[j]!.replace(new RegExp(`^ {0,${-shift}}`), "");
    }
    return all.join("\n");
  },
  typeSwapText(text, random) {
    const all = lines(text);
    const entries = entryLines(all);
    if (entries.length === 0) return text;
    const count = random.between(1, 3);
    for (let k = 0; k < count; k++) {
      const i = random.pick(entries);
      const line = all[i]!;
      const colon = line.indexOf(": ") >= 0 ? line.indexOf(": ") : line.length - 1;
      const value = random.pick(SWAP_YAML).replace(/\n/g, "\n" + indentOf(line) + "  ");
      all[i] = line.slice(0, colon) + ": " + value;
    }
    return all.join("\n");
  },
  typeSwapTree(text, random) {
    return rewriteTree(text, random, (root) => {
      const target = randomPath(root, random);
      if (target) setAt(root, target, structuredClone(random.pick(SWAP_VALUES)));
      return root;
    });
  },
  asJson(text, random) {
    return rewriteTree(text, random, (root) => root, "json");
  },
  unicode(text, random) {
    let out = text;
    const count = random.between(1, 5);
    for (let k = 0; k < count; k++) {
      const at = position(out, random);
      out = out.slice(0, at) + random.pick(UNICODE_SNIPPETS) + out.slice(at);
    }
    return out;
  },
  unicodeValues(text, random) {
    return text.replace(/(name|app|image|key|value): ([\w.-]+)/g, (whole, key: string, value: string) => (random.chance(0.3) ? `${key}: ${value}${random.pick(UNICODE_SNIPPETS)}` : whole));
  },
  tabs(text, random) {
    const all = lines(text);
    const count = random.between(1, 6);
    for (let k = 0; k < count; k++) {
      const i = random.int(all.length);
      const line = all[i]!;
      switch (random.int(4)) {
        case 0:
          all[i] = line.replace(/^ {2}/, "\t");
          break;
        case 1:
          all[i] = line.replace(": ", ":\t");
          break;
        case 2:
          all[i] = line + "\t# comment";
          break;
        default:
          all[i] = "\t" + line;
      }
    }
    return all.join("\n");
  },
  crlf(text, random) {
    const mode = random.int(4);
    if (mode === 0) return text.replace(/\n/g, "\r\n");
    if (mode === 1) return text.replace(/\n/g, (n) => (random.chance(0.5) ? "\r\n" : n));
    if (mode === 2) return text.replace(/\n/g, (n) => (random.chance(0.1) ? "\r" : n));
    return text.replace(/\n/g, (n) => (random.chance(0.1) ? "\r\r\n" : n));
  },
  anchors(text, random) {
    const all = lines(text);
    const entries = entryLines(all).filter((i) => /:\s*$/.test(all[i]!) || /: \S/.test(all[i]!));
    if (entries.length < 2) return text;
    const count = random.between(1, 4);
    for (let k = 0; k < count; k++) {
      const from = random.pick(entries);
      const to = random.pick(entries);
      const name = `a${k}`;
      const source = all[from]!;
      all[from] = source.replace(/:(\s|$)/, `: &${name}$1`);
      const target = all[to]!;
      if (random.chance(0.5)) {
        // A merge key at the target's indentation.
        all.splice(to + 1, 0, `${indentOf(target)}<<: *${name}`);
      } else {
        const colon = target.indexOf(":");
        all[to] = target.slice(0, colon) + `: *${name}`;
      }
    }
    return all.join("\n");
  },
  mergeList(text, random) {
    const all = lines(text);
    const entries = entryLines(all);
    if (entries.length === 0) return text;
    const i = random.pick(entries);
    const ind = indentOf(all[i]!);
    const snippet = random.pick([
      `${ind}<<: [{a: 1}, {b: 2}]`,
      `${ind}<<: {constructor: x}`,
      `${ind}<<: 1`,
      `${ind}<<: [1, x]`,
      `${ind}<<: *nowhere`,
      `${ind}x: &m {app: a, tier: b}\n${ind}<<: [*m, *m, *m]`,
    ]);
    all.splice(i + 1, 0, snippet);
    return all.join("\n");
  },
  aliasFan(text, random) {
    const n = random.pick([100, 1000, 5000, 20000]);
    return `${text}\n---\nx: &a [1, 2]\ny: [${Array(n).fill("*a").join(", ")}]\n`;
  },
  longScalar(text, random) {
    const all = lines(text);
    const entries = entryLines(all);
    if (entries.length === 0) return text;
    const i = random.pick(entries);
    const line = all[i]!;
    const long = random.pick(["x", "ab", "a-", "9", " ", "é"]).repeat(random.pick([300, 5000, 70000, 300000]));
    all[i] = random.chance(0.3) ? `${indentOf(line)}${long}: 1` : line.replace(/:.*$/, `: ${random.chance(0.5) ? long : JSON.stringify(long)}`);
    return all.join("\n");
  },
  prototypeKeys(text, random) {
    const all = lines(text);
    const entries = entryLines(all);
    if (entries.length === 0) return text;
    const count = random.between(1, 4);
    for (let k = 0; k < count; k++) {
      const i = random.pick(entries);
      const line = all[i]!;
      const name = random.pick(PROTOTYPE_NAMES);
      if (random.chance(0.5)) {
        // Rename the key.
        all[i] = line.replace(/^(\s*(?:- )?)[A-Za-z_][\w.\/-]*:/, `$1${name}:`);
      } else {
        all.splice(i + 1, 0, `${indentOf(line)}${name}: ${random.pick(["1", "x", "{}", "[]", "{a: b}", "null", `{${name}: 1}`])}`);
      }
    }
    return all.join("\n");
  },
  prototypeValues(text, random) {
    // Label keys and values, selector keys, names and the like that read like Object.prototype members.
    const name = random.pick(PROTOTYPE_NAMES);
    return text.replace(/(app|name|k8s-app|component|priorityClassName|serviceAccountName|key|operator|effect|mountPath|type): ([\w.\/-]+)/g, (whole, key: string) =>
      random.chance(0.4) ? `${key}: ${name}` : whole,
    ).replace(/^(\s+)(app|k8s-app|name): /gm, (whole, ind: string) => (random.chance(0.3) ? `${ind}${name}: ` : whole));
  },
  deepNesting(text, random) {
    const depth = random.pick([50, 500, 2000, 12000]);
    const kind = random.int(4);
    const at = random.chance(0.5) ? text.length : position(text, random);
    const insert =
      kind === 0 ? "[".repeat(depth) + "]".repeat(random.chance(0.5) ? depth : 0)
      : kind === 1 ? "{a: ".repeat(depth) + "}".repeat(depth)
      : kind === 2 ? Array.from({ length: Math.min(depth, 3000) }, (_, i) => " ".repeat(i) + "a:").join("\n")
      : "- ".repeat(depth) + "x";
    return text.slice(0, at) + "\nx: " + insert + "\n" + text.slice(at);
  },
  unclosed(text, random) {
    const c = random.pick(["[", "{", "\"", "'", "[{", "{[", "[\n"]);
    return text + "\n" + c.repeat(random.pick([1, 10, 1000, 10000]));
  },
  manyDocuments(text, random) {
    const n = Math.min(random.pick([2, 10, 100, 500, 2000]), Math.ceil(MAX_INPUT / Math.max(1, text.length)));
    const separator = random.pick(["\n---\n", "\n--- \n", "\n---\r\n", "\n--- # c\n", "\n...\n---\n"]);
    return Array(n).fill(text).join(separator);
  },
  asList(text, random) {
    return rewriteTree(text, random, (root) => ({ apiVersion: "v1", kind: random.pick(["List", "DaemonSetList"]), items: [root, root, random.pick(SWAP_VALUES)] }), random.chance(0.5) ? "json" : "yaml");
  },
  splice(text, random, corpus) {
    const other = random.pick(corpus);
    const a = position(text, random);
    const b = position(other, random);
    return text.slice(0, a) + other.slice(b, b + random.between(1, 2000)) + text.slice(a);
  },
  duplicateLines(text, random) {
    const all = lines(text);
    const i = random.int(all.length);
    const n = random.between(1, 30);
    all.splice(i, 0, ...all.slice(i, i + n));
    return all.join("\n");
  },
  directives(text, random) {
    return random.pick(["%YAML 1.1\n---\n", "%TAG ! tag:x,2000:\n---\n", "%YAML 1.3\n---\n", "--- !!map\n", "--- |\n", "\ufeff", "...\n", "# only\n---\n---\n"]) + text;
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** Parses the first YAML document, lets `change` rewrite it, and writes it back as YAML or JSON. */
function rewriteTree(text: string, random: Random, change: (root: unknown) => unknown, as: "yaml" | "json" = random.chance(0.5) ? "json" : "yaml"): string {
  let root: unknown;
  try {
    const docs = parseAllDocuments(text, { uniqueKeys: false, logLevel: "error" });
    const first = Array.isArray(docs) ? docs.find((d) => d.errors.length === 0) : undefined;
    if (!first) return text;
    root = first.toJS({ maxAliasCount: 100 });
  } catch {
    return text;
  }
  if (typeof root !== "object" || root === null) return text;
  const changed = change(root);
  if (as === "json") {
    const indent = random.pick([0, 1, 2, 4, "\t"]);
    try {
      return JSON.stringify(changed, null, indent) ?? text;
    } catch {
      // A recursive alias: no JSON.
      return text;
    }
  }
  try {
    return stringify(changed, { aliasDuplicateObjects: false });
  } catch {
    return text;
  }
}

type Segment = string | number;

function randomPath(root: unknown, random: Random): Segment[] | undefined {
  const path: Segment[] = [];
  let node = root;
  for (;;) {
    if (Array.isArray(node) && node.length > 0) {
      const i = random.int(node.length);
      path.push(i);
      node = node[i];
    } else if (typeof node === "object" && node !== null && Object.keys(node).length > 0) {
      const key = random.pick(Object.keys(node));
      path.push(key);
      node = (node as Record<string, unknown>)[key];
    } else break;
    if (random.chance(0.25)) break;
  }
  return path.length > 0 ? path : undefined;
}

function setAt(root: unknown, path: Segment[], value: unknown): void {
  let node = root as Record<Segment, unknown>;
  for (const s of path.slice(0, -1)) node = node[s] as Record<Segment, unknown>;
  Object.defineProperty(node, path.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
}

/** Mutations that make large inputs: chosen less often, so that a run spends its time on variety. */
const HEAVY: ReadonlySet<string> = new Set(["aliasFan", "deepNesting", "manyDocuments", "longScalar", "unclosed", "asList"]);

/** Inputs stay below this many characters (a mutation that would pass it is left out). */
export const MAX_INPUT = 1_000_000;

/** One input: a corpus file with one to three mutations (`only` restricts them to the named ones). */
export function mutate(corpus: readonly string[], random: Random, only?: readonly string[]): Mutated {
  const names = only && only.length > 0 ? only : MUTATION_NAMES;
  let text = random.pick(corpus);
  const steps: string[] = [];
  const count = random.chance(0.6) ? 1 : random.between(2, 3);
  for (let k = 0; k < count; k++) {
    let name = random.pick(names);
    if (HEAVY.has(name) && names.length > HEAVY.size && random.chance(0.8)) name = random.pick(names);
    const next = MUTATIONS[name]!(text, random, corpus);
    if (next.length > MAX_INPUT) continue;
    steps.push(name);
    text = next;
  }
  // What a file holds: lone surrogates become U+FFFD when written as UTF-8.
  return { text: Buffer.from(text, "utf8").toString("utf8"), steps };
}

/** The input `index` of a run with `seed`: the same text every time. */
export function generate(corpus: readonly string[], seed: number, index: number, only?: readonly string[]): Mutated {
  return mutate(corpus, new Random(inputSeed(seed, index)), only);
}
