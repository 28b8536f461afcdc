/**
 * Generates the YAML decoding vectors of test/vectors/yaml: YAML streams and
 * what kubectl makes of them, chunk by chunk (JSON value, skipped, or error),
 * as the oracle test/yaml-oracle (sigs.k8s.io/yaml + go-yaml v2.4.0, with
 * apimachinery's YAMLReader cutting) reports it.
 *
 * Deterministic for a given seed: the same seed writes byte-identical files.
 *
 *   npm run vectors:yaml -- [--seed N] [--out DIR]
 *
 * Needs Go and the sigs.k8s.io/yaml sources (Debian: apt-get install
 * golang-go golang-k8s-sigs-yaml-dev); the oracle is built in a temporary
 * directory, offline, in GOPATH mode.
 *
 * Categories (the first segment of every id):
 *   battery         go-yaml's YAML 1.1 scalar resolution (resolve.go) in every position, style and tag
 *   layouts         indentation, block and flow styles, comments, tabs, line ends, markers, directives
 *   anchors         anchors, aliases, merge keys, alias limits
 *   manila          a DaemonSet whose command is a flow sequence with a multi-line quoted item
 *   mutated-corpus  documents of test/corpus/daemonsets with 1–3 random mutations each
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { packageRoot } from "../src/package.js";

/** The seed the committed vectors were made with. */
export const COMMITTED_SEED = 20250;

export const CATEGORIES = ["battery", "layouts", "anchors", "manila", "mutated-corpus"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface VectorInput {
  id: string;
  input: string;
}

/** The oracle's verdict on one chunk. */
export interface OracleDocument {
  json?: unknown;
  skip?: true;
  error?: string;
  /** Keys that collide after conversion: kubectl keeps any one of the candidates (Go map order). */
  ambiguous?: { path: (string | number)[]; candidates: unknown[] }[];
  unstable?: true;
}

export interface OracleResult {
  documents: OracleDocument[];
  streamError?: string;
}

export interface Vector extends VectorInput {
  expect: OracleResult;
}

// ---------------------------------------------------------------------------
// Paths

export const repoRoot = packageRoot();
export const vectorsDir = join(repoRoot, "test", "vectors", "yaml");
export const oracleSource = join(repoRoot, "test", "yaml-oracle");

// ---------------------------------------------------------------------------
// A small seeded PRNG (mulberry32)

export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Mixes a seed with a label, so that each category draws from its own stream. */
function subSeed(seed: number, label: string): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const c of label) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

// ---------------------------------------------------------------------------
// The scalar battery (go-yaml v2 resolve.go)

/** Every word of resolve.go's tables. */
const TABLE_WORDS = [
  "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON",
  "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF",
  "", "~", "null", "Null", "NULL",
  ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
  "<<",
];

/** Near misses of the table words. */
const NEAR_WORDS = [
  "yES", "tRUE", "oN", "nO", "fALSE", "oFF", "NuLL", "nULL", "Nil", "nil", "none", "None", "YeS", "Yes!", "y2", "t", "f", "T", "F",
  "NaN", "nan", "Inf", "inf", "Infinity", "-Infinity", "+inf", "-inf", ".Nan", ".iNf", "+.nan", "-.nan", ".infinity", "..inf", "<", "<<<", "< <",
  "0", "O", "o", "x", "~~", "~a", "null~", "'", "true false",
];

const INT_WORDS = [
  "0", "-0", "+0", "1", "-1", "+1", "42", "007", "012", "-012", "08", "09", "0o12", "0O12", "-0o12", "0o8", "0x1F", "0X1F", "0x1f", "-0x1F", "+0x1F", "0x", "0xG",
  "0b101", "0B101", "-0b101", "+0b101", "0b", "0b102", "0b_101", "-0b_1",
  "1_000", "1__000", "_1", "1_", "0x_1F", "0b1_0", "1_0.5", "-1_000", "+_1",
  "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
  "18446744073709551615", "18446744073709551616", "-18446744073709551616", "123456789012345678901234567890",
  "0xFFFFFFFFFFFFFFFF", "0x10000000000000000", "0x7FFFFFFFFFFFFFFF", "-0x8000000000000000",
  "0b" + "1".repeat(63), "0b" + "1".repeat(64), "0b" + "1".repeat(65), "-0b" + "1".repeat(63), "-0b1" + "0".repeat(63), "-0b" + "1".repeat(64),
  "2147483647", "2147483648", "4294967296", "9007199254740993", "1:20", "190:20:30", "-1:20", "1:2:3:4",
];

const FLOAT_WORDS = [
  "1.0", "-1.0", "+1.0", "0.0", "-0.0", "+0.0", "0.1", "1.", "-1.", ".5", "-.5", "+.5", "5.e3", ".5e3", ".5E-3", ".", "..", ".e3", ".5e", "._5", "._",
  "1e3", "1E3", "1e+3", "1e-3", "-1e3", "+1e3", "1.5e3", "1.5E+03", "1e", "1e+", "e3", "1e3.5", "1.2.3", "1_000.5", "1_000e1_0",
  "1e400", "-1e400", "1e-400", "1.7976931348623157e308", "1.7976931348623159e308", "4.9e-324", "2.5e-324", "0.1234567890123456789",
  "3.14159265358979323846264338327950288", "100000000000000000000000", "1e21", "1e20", "0.000001", "0.0000001", "123456.789e-3",
  "0x1p3", "0x1.8p1", "0x1P-2", "1_2.3_4", "+-1", "-+1", "--1", "++1", "1-", "1+", "1 000", "1,000", "1.0.0", "v1.0", "1.0a", "NaN1",
];

const TIMESTAMP_WORDS = [
  "2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14T21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "2001-12-15T02:59:43.1Z",
  "2001-12-15 2:59:43.10", "2002-12-14", "2001-1-2", "2001-01-02T03:04:05Z", "2001-01-02T03:04:05+01:00", "2001-01-02T03:04:05.123456789Z",
  "2001-01-02T03:04:05.1234567891Z", "2001-01-02 03:04:05", "2001-01-02 03:04:05.5", "2001-01-02t03:04:05z", "2001-01-02T3:4:5Z",
  "2001-13-01", "2001-02-30", "2001-00-10", "20011-01-01", "201-01-01", "2001-12-14x", "2001-12-14T25:00:00Z", "2001-12-14T21:59:60Z",
  "2001-12-14T21:59Z", "2001-12-14 21:59:43 +01:00", "2001-12-14  21:59:43", "2001-12-14T21:59:43.10-0500", "2001-12", "2001-",
  "1999-01-01", "0000-01-01", "9999-12-31T23:59:59.999999999Z", "2024-02-29", "2023-02-29", "2001/12/14", "12-14-2001", "-2001-12-14",
];

const OTHER_WORDS = [
  "a", "abc", "hello world", "a:b", "a: b", "a #b", "a#b", "#a", "-", "- a", "--", "---", "...", "?", "? a", ":", "a:", "[a]", "{a}", "a,b",
  "&a", "*a", "!a", "%a", "@a", "`a", "|", ">", "'a'", "\"a\"", "a'b", "a\"b", "\\", "\\n", "é", "日本", "😀", "a b  c",
  "0a", "0.0.0.0", "127.0.0.1:8080", "::1", "10Gi", "100m", "1e3m", "0755", "0644", "08:00", "1.2.3.4/24", "true1", "yes.", "off-",
  "=", "<<a", "base64==", "YWJj", "aGVsbG8gd29ybGQ=", "!!binary", "0x2A", "null null",
];

const LONG_WORDS = [
  "1".repeat(19), "9".repeat(20), "1".repeat(40), "-" + "9".repeat(30), "0." + "1".repeat(40), "1".repeat(310) + ".0", "1" + "0".repeat(400),
  "0x" + "F".repeat(20), "a".repeat(1100), "1".repeat(1100), "x".repeat(5000),
];

export const BATTERY_WORDS = [...new Set([...TABLE_WORDS, ...NEAR_WORDS, ...INT_WORDS, ...FLOAT_WORDS, ...TIMESTAMP_WORDS, ...OTHER_WORDS, ...LONG_WORDS])];

const TAGS = ["!!str", "!!int", "!!float", "!!bool", "!!null", "!!timestamp", "!!binary", "!!map", "!!seq", "!!merge", "!foo", "!<tag:yaml.org,2002:str>", "!<tag:yaml.org,2002:int>", "!<!bar>", "!"];

type Style = "plain" | "single" | "double" | "literal" | "folded";
const STYLES: Style[] = ["plain", "single", "double", "literal", "folded"];

function singleQuoted(w: string): string {
  return "'" + w.replace(/'/g, "''") + "'";
}
function doubleQuoted(w: string): string {
  return '"' + w.replace(/\\/g, "\\\\").replace(/"/g, '\\"') + '"';
}

/** A scalar in a style, for a value position at `indent` (block scalars put their content on the next lines). */
function styled(w: string, style: Style, indent: number): string {
  const pad = " ".repeat(indent + 2);
  switch (style) {
    case "plain":
      return w;
    case "single":
      return singleQuoted(w);
    case "double":
      return doubleQuoted(w);
    case "literal":
      return "|\n" + pad + w;
    case "folded":
      return ">\n" + pad + w;
  }
}

type Context = "value" | "key" | "item" | "flow-map" | "flow-seq" | "nested-value" | "complex-key";
const CONTEXTS: Context[] = ["value", "key", "item", "flow-map", "flow-seq", "nested-value", "complex-key"];

function place(scalar: string, context: Context, blockScalar: boolean): string {
  switch (context) {
    case "value":
      return `metadata:\n  name: ds\nvalue: ${scalar}\nafter: x\n`;
    case "key":
      return blockScalar ? `? ${scalar}\n: v\nother: x\n` : `${scalar}: v\nother: x\n`;
    case "item":
      return `items:\n- ${scalar}\n- after\n`;
    case "flow-map":
      return `spec:\n  nodeSelector: {disk: ${scalar}}\n  labels: {a: ${scalar}, b: c}\n`;
    case "flow-seq":
      return `args: [a, ${scalar}, b]\n`;
    case "nested-value":
      return `spec:\n  template:\n    metadata:\n      labels:\n        app: ${scalar}\n`;
    case "complex-key":
      return `? ${scalar}\n: v\n`;
  }
}

/** The systematic battery: every word, in every context and style, with and without tags. */
function batterySystematic(out: VectorInput[]): void {
  let n = 0;
  const add = (kind: string, input: string) => out.push({ id: `battery/${kind}/${n++}`, input });
  BATTERY_WORDS.forEach((w) => {
    const long = w.length > 200;
    for (const context of long ? (["value", "key", "item"] as Context[]) : CONTEXTS) add(`plain-${context}`, place(w, context, false));
    for (const style of STYLES) {
      if (style === "plain") continue;
      const indent = 0;
      const blockScalar = style === "literal" || style === "folded";
      add(`${style}-value`, place(blockScalar ? styled(w, style, indent) : styled(w, style, 0), "value", blockScalar));
      if (!long) {
        if (!blockScalar) {
          add(`${style}-key`, place(styled(w, style, 0), "key", false));
          add(`${style}-flow-map`, place(styled(w, style, 0), "flow-map", false));
        } else {
          add(`${style}-item`, `items:\n- ${style === "literal" ? "|" : ">"}\n  ${w}\n- after\n`);
        }
      }
    }
    if (long) return;
    for (const tag of TAGS) {
      add(`tag-value`, place(`${tag} ${w}`, "value", false));
      add(`tag-key`, place(`${tag} ${w}`, "key", false));
      add(`tag-quoted`, place(`${tag} ${doubleQuoted(w)}`, "value", false));
    }
  });
  // Empty values in every position.
  const empties = [
    "a:\n", "a:\nb:\n", "a: \n", "a: # c\n", "nodeSelector: {disk: }\n", "nodeSelector: {disk:}\n", "labels: {a: ~}\n", "labels: {a: null, b: }\n",
    "labels: {a}\n", "labels: {a, b: c}\n", "labels: {: a}\n", "[a, , b]\n", "[a, ]\n", "[, a]\n", "- \n- a\n", "-\n-\n", "? \n: \n", "?\n", ": a\n",
    "a: ''\n", 'a: ""\n', "a: |\nb: 1\n", "a: >\nb: 1\n", "a: !!str\n", "a: !!null\n", "a: !!int\n", "a: !!map\n", "a: !!seq\n", "a: !foo\n",
    "a: &x\nb: *x\n", "- !!str\n- !!int\n", "{a: !!str , b: !!str}\n".replace(/^/, "m: "), "a: !!binary\n", "a: !!float ''\n", "a: !!bool ''\n", "a: !!timestamp ''\n",
  ];
  for (const e of empties) add("empty", e);
  // Non-string keys and keys that collide after conversion.
  const keys = [
    "~: 1\n", "null: 1\n", "NULL: 1\n", ": 1\n", "? \n: 1\n", "1: a\n", "-1: a\n", "0x10: a\n", "1.5: b\n", "1.0: b\n", "-0.0: b\n", "0.1234567890123: a\n", "123456789.123: a\n",
    "1e3: a\n", "1e40: a\n", "1e400: a\n", ".inf: a\n", "-.inf: a\n", ".nan: a\n", ".nan: a\n.NaN: b\n", "true: c\n", "yes: c\n", "off: c\n", "Y: c\n",
    "? [a, b]\n: 1\n", "? {a: 1}\n: 2\n", "[a, b]: 1\n", "{a: 1}: 2\n", "? - a\n  - b\n: 1\n", "? a: 1\n: 2\n", "9223372036854775807: a\n", "9223372036854775808: a\n",
    "18446744073709551615: a\n", "18446744073709551616: a\n", "-9223372036854775809: a\n", "2001-12-14: a\n", "!!timestamp 2001-12-14: a\n", "!!binary aGk=: a\n",
    "!!str 1: a\n", "!!int '1': a\n", "!!float 1: a\n", "!!bool yes: a\n", "!!null x: a\n", "<<: {a: 1}\n", "'<<': {a: 1}\n", "!!merge <<: {a: 1}\n", "!!str <<: {a: 1}\n",
    "1: a\n\"1\": b\n", "\"1\": b\n1: a\n", "1: a\n1.0: b\n", "1: a\n0x1: b\n", "1: a\n01: b\n", "true: a\n\"true\": b\n", "yes: a\n\"true\": b\n", "1.5: a\n\"1.5\": b\n",
    "1: x\n\"1\": x\n", "0.1: a\n0.10000000001: b\n", "1e3: a\n\"1000\": b\n", "a: 1\na: 2\n", "a: 1\n'a': 2\n", "~: 1\nnull: 2\n", "~: 1\n1: a\n\"1\": b\n",
    "m:\n  1: a\n  \"1\": b\nn:\n  true: a\n  \"true\": b\n", "- 1: a\n  \"1\": b\n- 2: c\n", "1: [a]\n\"1\": [b]\n", "1: {x: 1}\n\"1\": {x: 2}\n",
    "~: 1\nnull: 2\n? !!null x\n: 3\n", "[1]: a\n~: b\n", "a: {~: 1}\nb: {? !!timestamp 2001-01-01 : 2}\n", "1: {1: a, \"1\": b}\n\"1\": c\n",
    "' 1': a\n1: b\n", "\"\\x31\": a\n1: b\n", "1_0: a\n10: b\n", "0o10: a\n8: b\n", "!!str ~: a\n\"~\": b\n", "? |\n  1\n: a\n1: b\n",
  ];
  for (const k of keys) add("keys", k);
}

/** Random composite documents: several battery words placed at random in a DaemonSet-like document. */
function batteryRandom(rng: Rng, count: number, out: VectorInput[]): void {
  const words = BATTERY_WORDS.filter((w) => w.length < 200);
  for (let i = 0; i < count; i++) {
    const parts: string[] = ["apiVersion: apps/v1", "kind: DaemonSet", "metadata:", "  name: ds"];
    const n = rng.range(1, 5);
    for (let j = 0; j < n; j++) {
      const w = rng.pick(words);
      const style = rng.pick(STYLES);
      let scalar = style === "literal" || style === "folded" ? styled(w, style, 2) : styled(w, style, 0);
      if (rng.chance(0.25)) scalar = `${rng.pick(TAGS)} ${style === "literal" || style === "folded" ? singleQuoted(w) : scalar}`;
      const flowSafe = style !== "literal" && style !== "folded";
      switch (rng.int(6)) {
        case 0:
          parts.push(`  f${j}: ${scalar}`);
          break;
        case 1:
          parts.push(flowSafe ? `  ${scalar}: k${j}` : `  ? ${scalar}\n  : k${j}`);
          break;
        case 2:
          parts.push(`  l${j}:`, `  - ${scalar.replace(/\n {4}/g, "\n    ")}`);
          break;
        case 3:
          parts.push(flowSafe ? `  s${j}: {disk: ${scalar}}` : `  s${j}: ${scalar}`);
          break;
        case 4:
          parts.push(flowSafe ? `  q${j}: [${scalar}, x]` : `  q${j}: ${scalar}`);
          break;
        default:
          parts.push(`  n${j}:`, `    m: ${scalar.replace(/\n {4}/g, "\n      ")}`);
      }
    }
    out.push({ id: `battery/random/${i}`, input: parts.join("\n") + "\n" });
  }
}

// ---------------------------------------------------------------------------
// Layouts

const BLOCK_HEADERS = ["|", ">", "|-", "|+", ">-", ">+", "|1", "|2", "|3", "|9", ">1", ">2", "|1-", "|-1", "|2+", "|+2", ">2-", ">-2", "|0", "|10", "|--", "|1 # c", "| # c", ">  ", "|\t", "|a"];

function layoutsSystematic(out: VectorInput[]): void {
  let n = 0;
  const add = (kind: string, input: string) => out.push({ id: `layouts/${kind}/${n++}`, input });

  // Block scalars: every header, content at every indentation around the key's, with trailing lines.
  for (const header of BLOCK_HEADERS) {
    for (const keyIndent of [0, 2]) {
      const k = " ".repeat(keyIndent);
      const wrap = (body: string) => (keyIndent ? "spec:\n" : "") + body;
      for (let ci = 0; ci <= 5; ci++) {
        const c = " ".repeat(ci);
        for (const tail of ["", "\n", "\n\n", "   \n", `\n${k}after: x\n`, `${k}after: x\n`]) {
          add("block-scalar", wrap(`${k}script: ${header}\n${c}line one\n${c}  more indented\n\n${c}line three\n${tail}`));
        }
        add("block-scalar-leading-blank", wrap(`${k}script: ${header}\n\n${c}text\n${c} x\n`));
        add("block-scalar-leading-spaces", wrap(`${k}script: ${header}\n ${c}\n${c}text\n`));
        add("block-scalar-less-indented", wrap(`${k}script: ${header}\n${c}  text\n${c}less\n`));
        add("block-scalar-eof", wrap(`${k}script: ${header}\n${c}text`));
      }
    }
  }
  for (const header of ["|", ">", "|-", ">+"]) {
    add("block-scalar-folded-more", `s: ${header}\n  a\n  b\n\n   c\n  d\n\n\n  e\n`);
    add("block-scalar-tab-content", `s: ${header}\n  a\tb\n  \tc\n`);
    add("block-scalar-tab-indent", `s: ${header}\n\ta\n`);
    add("block-scalar-item", `- ${header}\n  a\n- ${header}\n  b\n`);
    add("block-scalar-indentless-item", `k:\n- ${header}\n  a\n- b\n`);
    add("block-scalar-doc", `--- ${header}\n  a\n`);
    add("block-scalar-root", `${header}\n a\n b\n`);
    add("block-scalar-comment-line", `s: ${header}\n  a\n  # not a comment\n# a comment\nt: 1\n`);
    add("block-scalar-crlf", `s: ${header}\r\n  a\r\n  b\r\n\r\nt: 1\r\n`);
  }

  // Quoted multi-line scalars: continuation lines at every column.
  for (const q of ['"', "'"]) {
    for (const keyIndent of [0, 2, 4]) {
      const k = " ".repeat(keyIndent);
      const head = keyIndent === 0 ? "" : keyIndent === 2 ? "spec:\n" : "spec:\n  inner:\n";
      for (let col = 0; col <= keyIndent + 3; col++) {
        const c = " ".repeat(col);
        add("quoted-multiline", `${head}${k}v: ${q}first\n${c}second${q}\n${k}w: 1\n`);
        add("quoted-multiline-blank", `${head}${k}v: ${q}first\n\n${c}third\n${c}fourth${q}\n`);
        add("quoted-multiline-close-alone", `${head}${k}v: ${q}first\n${c}${q}\n`);
        add("quoted-multiline-item", `${head}${k}- ${q}first\n${c}second${q}\n`);
        if (q === '"') add("quoted-multiline-escape", `${head}${k}v: "first\\\n${c}second\\\n${c}  third"\n`);
        add("plain-multiline", `${head}${k}v: first\n${c}second\n${k}w: 1\n`);
        add("plain-multiline-comment", `${head}${k}v: first\n${c}second # c\n${c}third\n`);
      }
    }
    add("quoted-trailing-spaces", `v: ${q}a   \n   b  ${q}\n`);
    add("quoted-tabs", `v: ${q}a\t\n\tb${q}\n`);
    add("quoted-doc-marker-inside", `v: ${q}a\n---\nb${q}\n`);
    add("quoted-doc-end-inside", `v: ${q}a\n...\nb${q}\n`);
    add("quoted-unterminated", `v: ${q}a\nw: 1\n`);
    add("quoted-key-multiline", `${q}a\n b${q}: 1\n`);
  }
  for (const esc of ["\\n", "\\t", "\\x41", "\\u00e9", "\\U0001F600", "\\N", "\\_", "\\L", "\\P", "\\0", "\\a", "\\e", "\\ ", "\\/", "\\q", "\\x4", "\\uD800", "\\U00110000", "\\\t"]) {
    add("double-escape", `v: "a${esc}b"\n`);
  }

  // Flow collections spanning lines, and the closing bracket at every column.
  for (let itemCol = 0; itemCol <= 6; itemCol++) {
    for (let closeCol = 0; closeCol <= 6; closeCol++) {
      const ic = " ".repeat(itemCol), cc = " ".repeat(closeCol);
      add("flow-seq-lines", `spec:\n  args: [\n${ic}a,\n${ic}"b",\n${cc}]\n  next: 1\n`);
      if (closeCol % 2 === 0) add("flow-map-lines", `spec:\n  sel: {\n${ic}a: 1,\n${ic}b: 2\n${cc}}\n`);
    }
  }
  const flows = [
    "a: [b, c]\n", "a: [b, c,]\n", "a: [b,c]\n", "a: [b ,c]\n", "a: [ ]\n", "a: []\n", "a: {}\n", "a: [[], {}]\n", "a: [b: c]\n", "a: [b: c, d]\n",
    "a: [? b : c]\n", "a: {b: [c, {d: e}]}\n", "a: {b, c}\n", "a: {b: c, b: d}\n", "a: [\"b\":c]\n", "a: {\"b\":c}\n", "a: {b:c}\n", "a: [b:c]\n",
    "a: [b\n  c]\n", "a: [b\nc]\n", "a: [b, # c\n  d]\n", "a: [b #c\n , d]\n", "a: [b, c] x\n", "a: [b, c]\n  x\n", "a: [b, c\n", "a: b, c]\n",
    "a: {b: c\n", "a: [b, c]]\n", "a: [{b: c}, {d}]\n", "[a, b]: c\n", "- [a, b]\n- {c: d}\n", "a: [- b]\n", "a: [b, - c]\n", "a: [&x b, *x]\n",
    "a: [!!str 1, !!int '2']\n", "a: ['b, c', \"d, e\"]\n", "a: [b c, d  e]\n", "a: [b # c]\n]\n", "a: {b: {c: {d: [e, [f, [g]]]}}}\n",
    "a: [\n]\n", "a: {\n}\n", "a:\n  [b, c]\n", "a:\n[b, c]\n", "a: [b,\n\n c]\n", "a: [b\n\n, c]\n", "a: [ 'b\n  c' ]\n", "a: [b:\n c]\n", "a: {b:\n c}\n",
    "a: {? b}\n", "a: {? b: c}\n", "a: [?]\n", "a: {:}\n", "a: [:]\n", "a: {b: c}: d\n", "a: [b]: c\n", "a: {,}\n", "a: [,]\n", "a: [b,,c]\n",
    "a: {b: c,, d: e}\n", "a: [\"\\\n b\"]\n", "a: [b]\n b: c\n", "- [a,\n- b]\n", "a: [b, {c: d,\n e: f}]\n",
  ];
  for (const f of flows) add("flow", f);

  // Indentless and mis-indented sequences.
  const seqs = [
    "a:\n- b\n- c\n", "a:\n- b\n-c\n", "a:\n - b\n- c\n", "a:\n- b\n - c\n", "a:\n  - b\n - c\n", "a:\n- b\nc: d\n", "a:\n- b\n  c: d\n- e\n",
    "a:\n- - b\n  - c\n- d\n", "a:\n-\n  b\n", "a:\n-\n b\n", "a:\n-\nb\n", "- a\n-  b\n-   c\n", "- a: 1\n  b: 2\n- c: 3\n   d: 4\n", "- a: 1\n b: 2\n",
    "a:\n  b:\n  - c\n  - d\n  e: f\n", "a:\n  b:\n  - c\n - d\n", "a: - b\n", "a:\n  - b\n  -\n  - c\n", "- - - a\n", "-   - a\n    - b\n", "- a\n  - b\n",
    "a:\n  -\tb\n", "a:\n  - b\n  -\tc\n", "-\t- a\n", "- \t- a\n",
  ];
  for (const s of seqs) add("sequence", s);

  // Comments everywhere.
  const comments = [
    "# c\na: 1\n", "a: 1 # c\n", "a: 1# c\n", "a: 1 #c\n", "a: # c\n  b: 1\n", "a:\n  # c\n  b: 1\n", "a:\n# c\n  b: 1\n", "a:\n    # c\n  b: 1\n",
    "- a # c\n- b\n", "- # c\n  a\n", "a: [b, # c\n c]\n", "a: {b: c # x\n }\n", "a: | # c\n  b\n", "a: |# c\n  b\n", "a: \"b\" # c\n", "a: \"b\"# c\n",
    "a: 'b'#c\n", "#c\n#d\n", "   # c\n", "a: 1\n  # c\n", "a: 1\n# c\n  b: 2\n", "? a # c\n: b # d\n", "a: &x # c\n  b\n", "a: !!str # c\n  b\n",
    "--- # c\na: 1\n", "a: 1\n... # c\n", "a: 1\n...# c\n", "# c\n---\n# d\n", "a: b #\n", "a: b ##\n", "a: b\t# c\n", "a: b # c # d\n", "a: 'b # c'\n",
    "a:\n  - b\n  # c\n  - d\n", "a:\n  - b\n# c\n  - d\n", "a: >\n  b\n  # c\n  d\n", "a: >\n  b\n # c\n", "a: >\n  b\n# c\n  d\n",
  ];
  for (const c of comments) add("comment", c);

  // Tabs in every position.
  const tabs = [
    "\t# c\na: 1\n", "a: 1\n\t# c\n", "a: 1\n  \t# c\n", "a: 1\t\n", "a:\t1\n", "a\t: 1\n", "a: 1\t# c\n", "\ta: 1\n", "a:\n\tb: 1\n", "a:\n  \tb: 1\n",
    "a:\n \t b: 1\n", "a: [b,\tc]\n", "a: [\tb]\n", "a: {b:\tc}\n", "a: {\tb: c}\n", "a: [b\t]\n", "a:\n- b\n-\tc\n", "-\ta\n", "- a\t\n", "a: b\tc\n",
    "a: \"b\tc\"\n", "a: 'b\tc'\n", "\t\n", "a: 1\n\t\nb: 2\n", "a:\n  b: 1\n\t\n  c: 2\n", "a: |\n  b\n\t\n  c\n", "a: |\n\tb\n", "a: 1\n\t", "\t", "a: [\n\tb\n]\n",
    "a: {\n\tb: c\n}\n", "---\t\na: 1\n", "--- \t# c\na: 1\n", "a: 1\n...\t\n", "? a\n:\tb\n", "?\ta\n: b\n", "a: &x\tb\n", "a: !!str\tb\n", "a: *x\t\n".replace(/^/, "x: &x 1\n"),
    "a: b\t\t\n", "a:  \t  b\n", "a:\n  b: |\n\t  c\n", "a:\n  - \tb\n",
  ];
  for (const t of tabs) add("tab", t);

  // Line ends, trailing spaces, BOM.
  const base = "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: ds\n  labels: {a: b}\nspec:\n  args:\n  - \"x\n    y\"\n  s: |\n    a\n\n    b\n";
  add("crlf", base.replace(/\n/g, "\r\n"));
  add("cr", base.replace(/\n/g, "\r"));
  add("crlf-no-final", base.replace(/\n/g, "\r\n").slice(0, -2));
  add("crlf-mixed", base.split("\n").map((l, i) => l + (i % 2 ? "\r\n" : "\n")).join("").slice(0, -1));
  add("cr-mixed", base.split("\n").map((l, i) => l + (i % 3 === 1 ? "\r" : "\n")).join(""));
  add("crlf-separators", "a: 1\r\n---\r\nb: 2\r\n--- # c\r\nc: 3\r\n");
  add("cr-separator", "a: 1\r---\rb: 2\r");
  add("crcr", "a: 1\r\r\nb: 2\r\n");
  add("trailing-spaces", base.replace(/\n/g, "   \n"));
  add("trailing-spaces-separator", "a: 1\n---   \nb: 2\n");
  add("trailing-tab-separator", "a: 1\n---\t\nb: 2\n");
  add("no-final-newline", "a: 1");
  add("only-newlines", "\n\n\n");
  add("only-spaces", "   ");
  add("empty", "");
  add("bom", "\uFEFF" + base);
  add("bom-separator", "\uFEFF---\na: 1\n");
  add("bom-separator-content", "\uFEFF--- a\n");
  add("bom-second-doc", "a: 1\n---\n\uFEFFb: 2\n");
  add("bom-mid-line", "a: \uFEFFb\n");
  add("bom-twice", "\uFEFF\uFEFFa: 1\n");
  add("bom-comment", "\uFEFF# c\n");
  add("bom-brace", "\uFEFF[a]\n");
  add("nel", "a: b\u0085c\n");
  add("nel-line", "a: 1\u0085b: 2\n");
  add("ls", "a: b\u2028c\n");
  add("ls-line", "a: 1\u2028b: 2\n");
  add("ps", "a: 1\u2029b: 2\n");
  add("nbsp", "a:\u00a0b\n");
  add("nbsp-indent", "a:\n\u00a0 b: 1\n");

  // Document markers and directives.
  const markers = [
    "---\na: 1\n", "--- \na: 1\n", "--- # c\na: 1\n", "---# c\na: 1\n", "--- a\n", "---a\n", "----\na: 1\n", "--- |\n  a\n", "--- >\n  a\n", "--- !!str\n",
    "--- []\n", "--- {}\n", "--- &x a\n", "--- 'a'\n", " ---\na: 1\n", "a: 1\n ---\nb: 2\n", "a: 1\n---\n", "a: 1\n---", "---\n---\na: 1\n", "---\n---\n---\n",
    "a: 1\n---\n---\nb: 2\n", "a: 1\n...\n", "a: 1\n...\nb: 2\n", "a: 1\n... # c\n", "a: 1\n... a\n", "...\na: 1\n", "a: 1\n...\n---\nb: 2\n",
    "a: 1\n...\n...\n", "...\n", "... # c\n---\na: 1\n", "a: 1\n....\n", "a: |\n  x\n---\nb: 2\n", "a: |\n  x\n...\nb: 2\n", "a: \"x\n---\ny\"\n",
    "a:\n- b\n---\n- c\n", "---\n# only a comment\n", "---\n~\n", "---\nnull\n", "---\n''\n", "---\n\"\"\n", "--- ~\n", "--- null\n", "---\n...\n",
    "a: 1\n---  \t # c\nb: 2\n", "a: 1\n---#\nb: 2\n", "a: 1\n--- #\nb: 2\n", "a: 1\n---\t#c\nb: 2\n", "a: 1\n---\u00a0\nb: 2\n", "a: 1\n---\u0085\nb: 2\n",
    "a: 1\n--- \u2028\nb: 2\n", "a: 1\n---\r\nb: 2\n", "a: 1\n---\rb: 2\n", "a: ---\n", "- ---\n", "a: 1\n--- a\nb: 2\n", "a: 1\n--- a # c\n---\nb: 2\n",
  ];
  for (const m of markers) add("marker", m);
  const directives = [
    "%YAML 1.1\n---\na: 1\n", "%YAML 1.2\n---\na: 1\n", "%YAML 2.0\n---\na: 1\n", "%YAML 1.1\na: 1\n", "%YAML 1.1\n%YAML 1.1\n---\na: 1\n", "%YAML\n---\na: 1\n",
    "%YAML 1.1 # c\n---\na: 1\n", "%YAML 1.1\n--- a: 1\n", "%TAG ! tag:example.com,2000:\n---\na: !foo b\n", "%TAG !e! tag:example.com,2000:\n---\na: !e!foo b\n",
    "%TAG !! tag:example.com,2000:\n---\na: !!str b\n", "%TAG !e! tag:e.com:\n---\na: !f!x b\n", "a: !e!foo b\n", "%FOO bar\n---\na: 1\n", "%\n---\na: 1\n",
    "a: 1\n%YAML 1.1\n---\nb: 2\n", "a: 1\n---\n%YAML 1.1\n---\nb: 2\n", "a: 1\n...\n%YAML 1.1\n---\nb: 2\n", "%YAML 1.1\n", "# c\n%YAML 1.1\n---\na: 1\n",
    " %YAML 1.1\n---\na: 1\n", "%TAG ! !\n---\na: !x b\n", "%YAML 1.1\n---\n%YAML 1.1\n---\na: 1\n",
  ];
  for (const d of directives) add("directive", d);

  // Multi-document streams.
  const docs = ["a: 1\n", "", "# c\n", "~\n", "- x\n", "b: [1, 2]\n", "bad: [\n", "~: 1\n", ".inf\n", "'s'\n", "\n\n", "c: |\n  x\n"];
  for (let i = 0; i < docs.length; i++) {
    for (let j = 0; j < docs.length; j++) {
      add("multi", docs[i] + "---\n" + docs[j]);
      if ((i + j) % 3 === 0) add("multi3", docs[i] + "---\n" + docs[j] + "--- # x\n" + docs[(i + j) % docs.length]);
    }
  }

  // Very long keys around go-yaml's 1024-character limit on simple keys.
  for (const len of [1000, 1022, 1023, 1024, 1025, 1026, 1030, 2000]) {
    const key = "k".repeat(len);
    add("long-key", `${key}: v\n`);
    add("long-key-nested", `a:\n  ${key}: v\n`);
    add("long-key-quoted", `"${key}": v\n`);
    add("long-key-flow", `a: {${key}: v}\n`);
    add("long-key-explicit", `? ${key}\n: v\n`);
    add("long-key-value-line", `a: ${key.slice(0, len - 4)}: v\n`);
  }
  add("long-value", `a: ${"v".repeat(100000)}\n`);
  add("long-line-crlf", `a: ${"v".repeat(5000)}\r\nb: 1\r\n`);

  // Deep nesting.
  for (const depth of [10, 50, 100, 500, 1000, 9999, 10000, 10001]) {
    add("deep-flow-seq", "a: " + "[".repeat(depth) + "]".repeat(depth) + "\n");
    if (depth <= 10000) add("deep-flow-map", "a: " + "{a: ".repeat(depth) + "1" + "}".repeat(depth) + "\n");
    if (depth <= 500) {
      let s = "";
      for (let i = 0; i < depth; i++) s += " ".repeat(i) + "k:\n";
      add("deep-block-map", s + " ".repeat(depth) + "v\n");
      if (depth > 100) continue;
      let q = "";
      for (let i = 0; i < depth; i++) q += " ".repeat(i * 2) + "-\n";
      add("deep-block-seq", q);
    }
  }
  add("deep-seq-dash", "- ".repeat(1000) + "a\n");
  add("deep-flow-unclosed", "a: " + "[".repeat(200) + "\n");
}

/** Random layouts: a DaemonSet-like document rendered with random spacing, styles, comments, tabs and line ends. */
function layoutsRandom(rng: Rng, count: number, out: VectorInput[]): void {
  for (let i = 0; i < count; i++) {
    const indentUnit = rng.pick([1, 2, 2, 2, 3, 4]);
    const ind = (d: number) => " ".repeat(d * indentUnit);
    const lines: string[] = [];
    const comment = () => (rng.chance(0.15) ? rng.pick([" # c", "\t# c", " #", " # x: y", "  # - a"]) : "");
    lines.push("apiVersion: apps/v1" + comment(), "kind: DaemonSet", "metadata:" + comment());
    lines.push(`${ind(1)}name: ${rng.pick(["ds", "'ds'", '"ds"', "ds # c"])}`);
    if (rng.chance(0.5)) lines.push(`${ind(1)}labels: ${rng.pick(["{app: x}", "{app: x, tier: y}", "{\n" + ind(2) + "app: x\n" + ind(1) + "}", "\n" + ind(2) + "app: x"])}`);
    lines.push("spec:");
    lines.push(`${ind(1)}template:`, `${ind(2)}spec:`, `${ind(3)}containers:`);
    const seqIndent = rng.chance(0.5) ? ind(3) : ind(4);
    lines.push(`${seqIndent}- name: c`);
    const itemIndent = seqIndent + "  ";
    const cmdStyle = rng.int(5);
    const closeCol = rng.range(0, itemIndent.length + 4);
    const contCol = rng.range(0, itemIndent.length + 6);
    switch (cmdStyle) {
      case 0:
        lines.push(`${itemIndent}command: [\n${" ".repeat(contCol)}"/bin/sh", "-c",\n${" ".repeat(contCol)}'rm -rf /a\n${" ".repeat(rng.range(0, 10))}/b'\n${" ".repeat(closeCol)}]`);
        break;
      case 1:
        lines.push(`${itemIndent}command:`, `${rng.chance(0.5) ? itemIndent : itemIndent + "  "}- sh`, `${itemIndent}${rng.chance(0.7) ? "" : " "}- -c`);
        break;
      case 2:
        lines.push(`${itemIndent}args: ${rng.pick(["|", ">", "|-", ">-", "|+", "|2", ">1"])}`, `${" ".repeat(contCol)}echo a`, `${" ".repeat(contCol + rng.range(0, 2))}echo b`);
        break;
      case 3:
        lines.push(`${itemIndent}args: "a\n${" ".repeat(contCol)}b${rng.chance(0.3) ? "\\" : ""}\n${" ".repeat(contCol)}c"`);
        break;
      default:
        lines.push(`${itemIndent}args: a\n${" ".repeat(contCol)}b`);
    }
    if (rng.chance(0.5)) lines.push(`${itemIndent}image: ${rng.pick(["nginx:1.0", "'nginx:1.0'", "nginx:1.0 # pinned", "nginx@sha256:abc"])}`);
    if (rng.chance(0.3)) lines.push(rng.pick(["", "#", "# comment", ind(1) + "# comment", "\t# c", "  \t"]));
    lines.push(`${ind(1)}selector: {matchLabels: {app: x}}`);
    let text = lines.join("\n") + "\n";
    if (rng.chance(0.15)) text = text.replace(/\n/g, () => (rng.chance(0.5) ? "\r\n" : "\n"));
    if (rng.chance(0.1)) text = text.replace(/\n/g, " \n");
    if (rng.chance(0.1)) {
      const ls = text.split("\n");
      const at = rng.int(ls.length);
      ls[at] = ls[at]!.replace(/^( *)/, (m) => (rng.chance(0.5) ? "\t" + m : m + "\t"));
      text = ls.join("\n");
    }
    if (rng.chance(0.1)) text = rng.pick(["---\n", "--- # c\n", "%YAML 1.1\n---\n", "\uFEFF", "# c\n---\n"]) + text;
    if (rng.chance(0.15)) text += rng.pick(["---\n", "...\n", "---\na: 1\n", "--- x\n", "---\n# c\n", "---\n~\n"]);
    out.push({ id: `layouts/random/${i}`, input: text });
  }
}

// ---------------------------------------------------------------------------
// Anchors, aliases, merge keys

function anchorsSystematic(out: VectorInput[]): void {
  let n = 0;
  const add = (kind: string, input: string) => out.push({ id: `anchors/${kind}/${n++}`, input });
  const cases: [string, string][] = [
    ["scalar", "a: &x 1\nb: *x\n"],
    ["scalar-str", "a: &x hello\nb: *x\nc: [*x, *x]\n"],
    ["map", "a: &x {p: 1}\nb: *x\n"],
    ["seq", "a: &x [1, 2]\nb: *x\n"],
    ["block-map", "a: &x\n  p: 1\n  q: 2\nb: *x\n"],
    ["block-seq", "a: &x\n  - 1\n  - 2\nb: *x\n"],
    ["anchor-on-key", "&k a: 1\nb: *k\n"],
    ["alias-as-key", "a: &k key\n*k : 1\n"],
    ["alias-as-key-nospace", "a: &k key\n*k: 1\n"],
    ["alias-int-key", "a: &k 1\n*k : x\n\"1\": y\n"],
    ["alias-null-key", "a: &k ~\n*k : x\n"],
    ["alias-map-key", "a: &k {b: 1}\n? *k\n: x\n"],
    ["alias-seq-key", "a: &k [b]\n? *k\n: x\n"],
    ["undefined", "a: *nope\n"],
    ["undefined-later", "a: *x\nb: &x 1\n"],
    ["redefined", "a: &x 1\nb: &x 2\nc: *x\n"],
    ["redefined-use-between", "a: &x 1\nb: *x\nc: &x 2\nd: *x\n"],
    ["self-reference-map", "a: &x\n  b: *x\n"],
    ["self-reference-seq", "a: &x [*x]\n"],
    ["self-reference-merge", "a: &x\n  <<: *x\n"],
    ["anchor-across-docs", "a: &x 1\n---\nb: *x\n"],
    ["anchor-after-doc-end", "a: &x 1\n...\nb: *x\n"],
    ["anchor-empty", "a: &x\nb: *x\n"],
    ["anchor-names", "a: &a-b.c_d 1\nb: *a-b.c_d\n"],
    ["anchor-unicode", "a: &ä 1\nb: *ä\n"],
    ["anchor-colon", "a: &x: 1\n"],
    ["anchor-then-tag", "a: &x !!str 1\nb: *x\n"],
    ["tag-then-anchor", "a: !!str &x 1\nb: *x\n"],
    ["alias-with-tag", "a: &x 1\nb: !!str *x\n"],
    ["alias-with-anchor", "a: &x 1\nb: &y *x\n"],
    ["alias-in-flow", "a: &x 1\nb: {c: *x, *x : d}\n"],
    ["alias-trailing", "a: &x 1\nb: *x  # c\n"],
    ["anchor-no-name", "a: & 1\n"],
    ["alias-no-name", "a: * \n"],
    ["double-anchor", "a: &x &y 1\n"],
    ["merge-one", "base: &b {x: 1, y: 2}\nd:\n  <<: *b\n  z: 3\n"],
    ["merge-list", "b1: &b1 {x: 1}\nb2: &b2 {x: 2, w: 2}\nd:\n  <<: [*b1, *b2]\n"],
    ["merge-list-order", "b1: &b1 {x: 1, w: 1}\nb2: &b2 {w: 2, z: 2}\nd:\n  <<: [*b2, *b1]\n"],
    ["merge-y-key", "b1: &b1 {x: 1, y: 1}\nb2: &b2 {y: 2, z: 2}\nd:\n  <<: [*b2, *b1]\n"],
    ["merge-override-after", "b: &b {x: 1}\nd:\n  <<: *b\n  x: 2\n"],
    ["merge-override-before", "b: &b {x: 1}\nd:\n  x: 2\n  <<: *b\n"],
    ["merge-twice", "b1: &b1 {x: 1}\nb2: &b2 {x: 2}\nd:\n  <<: *b1\n  <<: *b2\n"],
    ["merge-inline-map", "d:\n  <<: {x: 1}\n  y: 2\n"],
    ["merge-inline-list", "d:\n  <<: [{x: 1}, {x: 2, y: 2}]\n"],
    ["merge-scalar", "b: &b 1\nd:\n  <<: *b\n"],
    ["merge-inline-scalar", "d:\n  <<: 1\n"],
    ["merge-seq-alias", "b: &b [1]\nd:\n  <<: *b\n"],
    ["merge-list-with-scalar", "b: &b {x: 1}\nd:\n  <<: [*b, 1]\n"],
    ["merge-list-with-scalar-alias", "b: &b {x: 1}\ns: &s 1\nd:\n  <<: [*b, *s]\n"],
    ["merge-list-nested-list", "d:\n  <<: [[{x: 1}]]\n"],
    ["merge-null", "d:\n  <<: ~\n"],
    ["merge-empty", "d:\n  <<:\n"],
    ["merge-quoted-key", "b: &b {x: 1}\nd:\n  '<<': *b\n"],
    ["merge-tagged-key", "b: &b {x: 1}\nd:\n  !!merge <<: *b\n"],
    ["merge-str-tagged-key", "b: &b {x: 1}\nd:\n  !!str <<: *b\n"],
    ["merge-at-root", "b: &b {x: 1}\n<<: *b\n"],
    ["merge-nested", "a: &a {x: 1}\nb: &b\n  <<: *a\n  y: 2\nc:\n  <<: *b\n  z: 3\n"],
    ["merge-collision-types", "b: &b {1: a}\nd:\n  <<: *b\n  \"1\": b\n"],
    ["merge-null-key", "b: &b {~: a}\nd:\n  <<: *b\n"],
    ["merge-in-flow", "b: &b {x: 1}\nd: {<<: *b, y: 2}\n"],
    ["merge-in-seq-item", "b: &b {x: 1}\nd:\n- <<: *b\n  y: 2\n"],
    ["merge-into-seq", "b: &b {x: 1}\nd:\n- <<: *b\n"],
    ["merge-block-list", "b1: &b1 {x: 1}\nb2: &b2 {y: 1}\nd:\n  <<:\n  - *b1\n  - *b2\n"],
    ["merge-self", "d: &d\n  x: 1\n  <<: *d\n"],
    ["merge-undefined", "d:\n  <<: *nope\n"],
    ["merge-value-merge", "a: <<\n"],
    ["merge-as-seq-item", "- <<\n"],
    ["merge-flow-seq-of-maps", "d:\n  <<: [{a: 1}, {b: 2}, {a: 3}]\n"],
    ["merge-labels", "common: &labels\n  app: x\n  tier: y\nmetadata:\n  labels:\n    <<: *labels\n    tier: z\n"],
  ];
  for (const [kind, text] of cases) add(kind, text);

  // Alias expansion around go-yaml's alias-ratio limit.
  for (const [width, depth] of [[2, 5], [3, 5], [5, 4], [9, 3], [9, 4], [9, 5], [10, 5], [4, 8], [2, 12], [100, 2], [1, 101], [2, 10]] as const) {
    const lines = ["a0: &a0 [x, y]"];
    for (let d = 1; d <= depth; d++) lines.push(`a${d}: &a${d} [${Array(width).fill(`*a${d - 1}`).join(", ")}]`);
    add("alias-bomb", lines.join("\n") + "\n");
  }
  for (const count of [100, 101, 999, 1000, 1001, 2000]) {
    add("alias-many", "a: &a x\nb: [" + Array(count).fill("*a").join(", ") + "]\n");
    add("alias-many-map", "a: &a {p: 1, q: 2}\nb: [" + Array(count).fill("*a").join(", ") + "]\n");
  }
  // Plenty of real content to dilute many aliases.
  const plain = Array.from({ length: 1200 }, (_, i) => `k${i}: v${i}`).join("\n");
  add("alias-diluted", plain + "\na: &a x\nb: [" + Array(150).fill("*a").join(", ") + "]\n");
}

function anchorsRandom(rng: Rng, count: number, out: VectorInput[]): void {
  const values = ["1", "x", "~", "{p: 1}", "[1, 2]", "{p: {q: 1}}", "{1: a}", "{~: a}", "true", ".inf", "''"];
  for (let i = 0; i < count; i++) {
    const lines: string[] = [];
    const defined: string[] = [];
    const n = rng.range(2, 7);
    for (let j = 0; j < n; j++) {
      const r = rng.int(8);
      const name = rng.pick(["a", "b", "c", "base", "x"]);
      if (r < 3 || defined.length === 0) {
        lines.push(`k${j}: &${name} ${rng.pick(values)}`);
        defined.push(name);
      } else if (r < 5) {
        lines.push(`k${j}: ${rng.chance(0.9) ? "*" + rng.pick(defined) : "*zz"}`);
      } else if (r < 7) {
        const merges = rng.chance(0.5) ? "*" + rng.pick(defined) : `[${Array.from({ length: rng.range(1, 3) }, () => "*" + rng.pick(defined)).join(", ")}]`;
        const before = rng.chance(0.5) ? `\n  p: ${rng.pick(values)}` : "";
        const after = rng.chance(0.5) ? `\n  q: ${rng.pick(values)}` : "";
        lines.push(`k${j}:${before}\n  <<: ${merges}${after}`);
      } else {
        lines.push(`? *${rng.pick(defined)}\n: k${j}`);
      }
    }
    out.push({ id: `anchors/random/${i}`, input: lines.join("\n") + "\n" });
  }
}

// ---------------------------------------------------------------------------
// The manila-style manifest

const MANILA_HEAD = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: csi-nodeplugin
  namespace: kube-system
spec:
  selector:
    matchLabels:
      app: csi-nodeplugin
  template:
    metadata:
      labels:
        app: csi-nodeplugin
    spec:
      hostNetwork: true
      containers:
      - name: nodeplugin
        image: registry.example/plugin:v1.0.0
`;
const MANILA_TAIL = `        volumeMounts:
        - name: plugin-dir
          mountPath: /csi
      volumes:
      - name: plugin-dir
        hostPath:
          path: /var/lib/kubelet/plugins/csi
          type: DirectoryOrCreate
`;

export const MANILA_COMMAND = `        command: [
          "/bin/sh", "-c",
          'rm -rf /a
        /b'
          ]
`;

function manilaSystematic(out: VectorInput[]): void {
  let n = 0;
  const add = (kind: string, input: string) => out.push({ id: `manila/${kind}/${n++}`, input });
  add("original", MANILA_HEAD + MANILA_COMMAND + MANILA_TAIL);
  add("original-crlf", (MANILA_HEAD + MANILA_COMMAND + MANILA_TAIL).replace(/\n/g, "\r\n"));
  add("original-in-stream", "---\n" + MANILA_HEAD + MANILA_COMMAND + MANILA_TAIL + "---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: sa\n");
  for (let cont = 0; cont <= 12; cont++) {
    for (const close of [0, 4, 8, 9, 10, 12]) {
      for (const q of ["'", '"']) {
        const cmd = `        command: [\n          "/bin/sh", "-c",\n          ${q}rm -rf /a\n${" ".repeat(cont)}/b${q}\n${" ".repeat(close)}]\n`;
        add("variant", MANILA_HEAD + cmd + MANILA_TAIL);
      }
    }
    add("variant-plain", MANILA_HEAD + `        command: [\n          /bin/sh, -c,\n          rm -rf /a\n${" ".repeat(cont)}/b\n          ]\n` + MANILA_TAIL);
    add("variant-args", MANILA_HEAD + `        args: ["-c", "echo a\n${" ".repeat(cont)}echo b"]\n` + MANILA_TAIL);
  }
  add("variant-tab", MANILA_HEAD + MANILA_COMMAND.replace("        /b", "\t/b") + MANILA_TAIL);
  add("variant-comment", MANILA_HEAD + MANILA_COMMAND.replace('"-c",', '"-c", # shell') + MANILA_TAIL);
  add("variant-blank", MANILA_HEAD + MANILA_COMMAND.replace("        /b", "\n        /b") + MANILA_TAIL);
  add("variant-trailing-comma", MANILA_HEAD + MANILA_COMMAND.replace("/b'", "/b',") + MANILA_TAIL);
  add("variant-closing-same-line", MANILA_HEAD + MANILA_COMMAND.replace("/b'\n          ]", "/b']") + MANILA_TAIL);
  add("variant-unclosed", MANILA_HEAD + MANILA_COMMAND.replace("          ]\n", "") + MANILA_TAIL);
  add("variant-separator-inside", MANILA_HEAD + MANILA_COMMAND.replace("        /b", "---\n        /b") + MANILA_TAIL);
}

function manilaRandom(rng: Rng, count: number, out: VectorInput[]): void {
  for (let i = 0; i < count; i++) {
    const q = rng.pick(["'", '"', ""]);
    const parts = [`${" ".repeat(rng.range(0, 12))}"/bin/sh", "-c",`];
    const nlines = rng.range(1, 4);
    let item = `${q}rm -rf /a`;
    for (let j = 0; j < nlines; j++) item += `\n${" ".repeat(rng.range(0, 12))}${rng.chance(0.1) ? "\t" : ""}/p${j}${rng.chance(0.1) ? " # c" : ""}`;
    item += q;
    parts.push(" ".repeat(rng.range(0, 12)) + item);
    const cmd = `        ${rng.pick(["command", "args"])}: [\n${parts.join("\n")}\n${" ".repeat(rng.range(0, 12))}]${rng.chance(0.1) ? " x" : ""}\n`;
    out.push({ id: `manila/random/${i}`, input: MANILA_HEAD + cmd + MANILA_TAIL });
  }
}

// ---------------------------------------------------------------------------
// Mutated corpus documents

export interface CorpusDocument {
  file: string;
  text: string;
  daemonSet: boolean;
}

/** The documents of test/corpus/daemonsets, cut on `---` lines, in file order. */
export function corpusDocuments(): CorpusDocument[] {
  const dir = join(repoRoot, "test", "corpus", "daemonsets");
  const docs: CorpusDocument[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort()) {
    const text = readFileSync(join(dir, file), "utf8");
    for (const part of text.split(/^---[^\n]*\n?/m)) {
      if (!part.trim()) continue;
      const daemonSet = /^kind:\s*DaemonSet\s*$/m.test(part);
      if (daemonSet ? part.length <= 10000 : part.length <= 3000) docs.push({ file, text: part, daemonSet });
    }
  }
  return docs;
}

const UNICODE = ["é", "ß", "Ж", "中", "ā", "\u2028", "\u2029", "\u0085", "\u00a0", "\u200b", "\ufeff", "😀", "𝔘", "\u{10FFFF}", "\u0001", "\u0007", "\u001b", "\u007f", "\u0000", "\u0080", "\u009f", "\ufffe", "\uffff", "\u3000"];
const FLIP = [" ", "\t", "\n", ":", "#", "-", "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "'", '"', "%", "@", "`", "?", "a", "0", "\\", "~", "."];

function fixSurrogates(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "?");
}

type Mutation = (rng: Rng, text: string) => string;

function lineOp(text: string, f: (lines: string[]) => void): string {
  const lines = text.split("\n");
  f(lines);
  return lines.join("\n");
}

/** The index of a random line holding a `key: value` pair (or -1). */
function valueLine(rng: Rng, lines: string[]): number {
  const candidates = lines.map((l, i) => (/^\s*-?\s*[\w.\/-]+:\s+\S/.test(l) ? i : -1)).filter((i) => i >= 0);
  return candidates.length ? rng.pick(candidates) : -1;
}

const MUTATIONS: Record<string, Mutation> = {
  flip: (rng, t) => {
    const at = rng.int(t.length + 1);
    return t.slice(0, at) + rng.pick(FLIP) + t.slice(at + 1);
  },
  insertChar: (rng, t) => {
    const at = rng.int(t.length + 1);
    return t.slice(0, at) + rng.pick(FLIP) + t.slice(at);
  },
  deleteChar: (rng, t) => {
    const at = rng.int(t.length);
    return t.slice(0, at) + t.slice(at + 1);
  },
  indentLine: (rng, t) =>
    lineOp(t, (ls) => {
      const i = rng.int(ls.length);
      const d = rng.pick([-4, -2, -1, 1, 2, 4]);
      ls[i] = d > 0 ? " ".repeat(d) + ls[i] : ls[i]!.replace(new RegExp(`^ {0,${-d}}`), "");
    }),
  indentBlock: (rng, t) =>
    lineOp(t, (ls) => {
      const i = rng.int(ls.length);
      const len = rng.range(2, 10);
      const d = rng.pick([-2, -1, 1, 2]);
      for (let j = i; j < Math.min(ls.length, i + len); j++) ls[j] = d > 0 ? " ".repeat(d) + ls[j] : ls[j]!.replace(new RegExp(`^ {0,${-d}}`), "");
    }),
  tab: (rng, t) =>
    lineOp(t, (ls) => {
      const i = rng.int(ls.length);
      const l = ls[i]!;
      const where = rng.int(5);
      const indent = l.length - l.trimStart().length;
      if (where === 0) ls[i] = "\t" + l;
      else if (where === 1) ls[i] = l.slice(0, indent) + "\t" + l.slice(indent);
      else if (where === 2) ls[i] = l + "\t";
      else if (where === 3) ls[i] = l.replace(": ", rng.chance(0.5) ? ":\t" : ": \t");
      else ls[i] = l.slice(0, indent) + "\t# tab comment";
    }),
  deleteLine: (rng, t) => lineOp(t, (ls) => void ls.splice(rng.int(ls.length), 1)),
  duplicateLine: (rng, t) =>
    lineOp(t, (ls) => {
      const i = rng.int(ls.length);
      ls.splice(i, 0, ls[i]!);
    }),
  swapLines: (rng, t) =>
    lineOp(t, (ls) => {
      const i = rng.int(ls.length);
      const j = rng.chance(0.6) ? Math.min(ls.length - 1, i + 1) : rng.int(ls.length);
      [ls[i], ls[j]] = [ls[j]!, ls[i]!];
    }),
  quote: (rng, t) => {
    const r = rng.int(3);
    if (r === 0) {
      const at = rng.int(t.length + 1);
      return t.slice(0, at) + rng.pick(["'", '"']) + t.slice(at);
    }
    if (r === 1) {
      const idx = [...t.matchAll(/['"]/g)].map((m) => m.index!);
      if (!idx.length) return t;
      const at = rng.pick(idx);
      return t.slice(0, at) + t.slice(at + 1);
    }
    return lineOp(t, (ls) => {
      const i = valueLine(rng, ls);
      if (i >= 0) ls[i] = ls[i]!.replace(/:\s+(.*)$/, (_m, v: string) => ": " + (rng.chance(0.5) ? singleQuoted(v) : doubleQuoted(v)));
    });
  },
  joinLines: (rng, t) => {
    const idx = [...t.matchAll(/\n/g)].map((m) => m.index!);
    if (!idx.length) return t;
    const at = rng.pick(idx);
    return t.slice(0, at) + rng.pick(["", " "]) + t.slice(at + 1).trimStart();
  },
  splitLine: (rng, t) => {
    const at = rng.int(t.length + 1);
    return t.slice(0, at) + "\n" + " ".repeat(rng.range(0, 8)) + t.slice(at);
  },
  crlf: (rng, t) => {
    const r = rng.int(4);
    if (r === 0) return t.replace(/\n/g, "\r\n");
    if (r === 1) return t.replace(/\n/g, () => (rng.chance(0.3) ? "\r\n" : "\n"));
    if (r === 2) {
      const at = rng.int(t.length + 1);
      return t.slice(0, at) + "\r" + t.slice(at);
    }
    return t.replace(/\n/g, () => (rng.chance(0.05) ? "\r" : "\n"));
  },
  unicode: (rng, t) => {
    const at = rng.int(t.length + 1);
    const u = rng.pick(UNICODE);
    return rng.chance(0.5) ? t.slice(0, at) + u + t.slice(at) : t.slice(0, at) + u + t.slice(at + 1);
  },
  anchor: (rng, t) =>
    lineOp(t, (ls) => {
      const i = valueLine(rng, ls);
      if (i < 0) return;
      const r = rng.int(4);
      if (r === 0) ls[i] = ls[i]!.replace(/:\s+/, ": &m ");
      else if (r === 1) {
        ls[i] = ls[i]!.replace(/:\s+/, ": &m ");
        const j = valueLine(rng, ls);
        if (j >= 0 && j !== i) ls[j] = ls[j]!.replace(/:\s+.*$/, ": *m");
      } else if (r === 2) {
        const j = rng.int(ls.length);
        const indent = ls[j]!.length - ls[j]!.trimStart().length;
        ls.splice(j, 0, " ".repeat(indent) + rng.pick(["<<: *m", "<<: {merged: true}", "<<: [*m]", "<<: 1"]));
        ls[i] = ls[i]!.replace(/:\s+/, ": &m ");
      } else {
        ls[i] = ls[i]!.replace(/:\s+.*$/, ": *undefined");
      }
    }),
  mapAnchorMerge: (rng, t) =>
    lineOp(t, (ls) => {
      const maps = ls.map((l, i) => (/^\s*[\w.\/-]+:\s*$/.test(l) ? i : -1)).filter((i) => i >= 0);
      if (maps.length < 2) return;
      const a = rng.pick(maps), b = rng.pick(maps);
      ls[a] = ls[a] + " &mm";
      const indent = ls[b]!.length - ls[b]!.trimStart().length;
      ls.splice(b + 1, 0, " ".repeat(indent + 2) + "<<: *mm");
    }),
  tag: (rng, t) =>
    lineOp(t, (ls) => {
      const i = valueLine(rng, ls);
      if (i >= 0) ls[i] = ls[i]!.replace(/:\s+/, `: ${rng.pick(TAGS)} `);
    }),
  toFlow: (rng, t) =>
    lineOp(t, (ls) => {
      // A block sequence or mapping of scalars, made a flow collection (on one line or several).
      const starts = ls.map((l, i) => (/^\s*[\w.\/-]+:\s*$/.test(l) ? i : -1)).filter((i) => i >= 0);
      if (!starts.length) return;
      const s = rng.pick(starts);
      const indent = ls[s]!.length - ls[s]!.trimStart().length;
      const items: string[] = [];
      let j = s + 1;
      let seq: boolean | undefined;
      while (j < ls.length) {
        const l = ls[j]!;
        const li = l.length - l.trimStart().length;
        if (!l.trim() || li < indent || (li === indent && !l.trimStart().startsWith("- "))) break;
        const m = /^\s*- (.*)$/.exec(l);
        if (m && seq !== false) {
          seq = true;
          items.push(m[1]!);
        } else if (!m && seq !== true && /^\s*[\w.\/-]+:\s+\S/.test(l) && li > indent) {
          seq = false;
          items.push(l.trim());
        } else break;
        j++;
      }
      if (!items.length || seq === undefined) return;
      const multi = rng.chance(0.4);
      const inner = multi ? "\n" + items.map((x) => " ".repeat(rng.range(0, indent + 4)) + x).join(",\n") + "\n" + " ".repeat(rng.range(0, indent + 2)) : items.join(", ");
      const flow = seq ? `[${inner}]` : `{${inner}}`;
      ls.splice(s, j - s, ls[s] + " " + flow);
    }),
  longScalar: (rng, t) =>
    lineOp(t, (ls) => {
      const i = valueLine(rng, ls);
      if (i < 0) return;
      const long = rng.pick(["x", "ab ", "é", "0"]).repeat(rng.pick([1024, 2000, 5000]));
      if (rng.chance(0.7)) ls[i] = ls[i]!.replace(/:\s+.*$/, ": " + long);
      else ls[i] = ls[i]!.replace(/^(\s*-?\s*)[\w.\/-]+:/, `$1${long.replace(/ /g, "_")}:`);
    }),
  comment: (rng, t) =>
    lineOp(t, (ls) => {
      const i = rng.int(ls.length);
      ls[i] = rng.chance(0.5) ? ls[i] + rng.pick([" # c", "#c", " #", "\t# c"]) : rng.pick(["#", "# c", "  # c", "\t# c", "#---"]) + "\n" + ls[i];
    }),
  separator: (rng, t) =>
    lineOp(t, (ls) => {
      ls.splice(rng.int(ls.length + 1), 0, rng.pick(["---", "--- # c", "---x", "--- a: b", "...", "... # c", "----"]));
    }),
};
const MUTATION_NAMES = Object.keys(MUTATIONS);

function mutatedCorpus(rng: Rng, count: number, out: VectorInput[]): void {
  const docs = corpusDocuments();
  const ds = docs.filter((d) => d.daemonSet);
  const others = docs.filter((d) => !d.daemonSet);
  // Grouped by base document, so that similar inputs sit together (they compress well).
  const perDoc = Math.max(1, Math.round(count / (ds.length + Math.ceil(ds.length / 6))));
  const bases: CorpusDocument[] = [];
  while (bases.length * perDoc < count) {
    bases.push(bases.length % 7 === 6 ? rng.pick(others) : ds[bases.length % ds.length]!);
  }
  let n = 0;
  for (const base of bases) {
    for (let k = 0; k < perDoc && n < count; k++) {
      let text = base.text;
      const applied: string[] = [];
      for (let m = rng.range(1, 3); m > 0; m--) {
        const name = rng.pick(MUTATION_NAMES);
        text = MUTATIONS[name]!(rng, text);
        applied.push(name);
      }
      text = fixSurrogates(text);
      out.push({ id: `mutated-corpus/${base.file.replace(/\.yaml$/, "")}/${applied.join("+")}/${n++}`, input: text });
    }
  }
}

// ---------------------------------------------------------------------------
// Generation

export interface GenerateOptions {
  seed: number;
  /** Include the seed-independent enumerations (the committed set does; a fresh batch need not). */
  systematic?: boolean;
  /** How many random documents per category. */
  random?: Partial<Record<Category, number>>;
}

export const COMMITTED_RANDOM: Record<Category, number> = { battery: 2500, layouts: 2000, anchors: 600, manila: 300, "mutated-corpus": 4200 };

export function generateInputs(options: GenerateOptions): VectorInput[] {
  const systematic = options.systematic ?? true;
  const random = { ...COMMITTED_RANDOM, ...options.random };
  const out: VectorInput[] = [];
  const rng = (label: string) => new Rng(subSeed(options.seed, label));
  if (systematic) batterySystematic(out);
  batteryRandom(rng("battery"), random.battery, out);
  if (systematic) layoutsSystematic(out);
  layoutsRandom(rng("layouts"), random.layouts, out);
  if (systematic) anchorsSystematic(out);
  anchorsRandom(rng("anchors"), random.anchors, out);
  if (systematic) manilaSystematic(out);
  manilaRandom(rng("manila"), random.manila, out);
  mutatedCorpus(rng("mutated-corpus"), random["mutated-corpus"], out);
  return out;
}

export function categoryOf(id: string): Category {
  return id.slice(0, id.indexOf("/")) as Category;
}

// ---------------------------------------------------------------------------
// The oracle

/** GOPATH for building the oracle: Debian's /usr/share/gocode (golang-k8s-sigs-yaml-dev) and any GOPATH already set. */
function oracleGopath(work: string): string {
  const paths = ["/usr/share/gocode", ...(process.env.GOPATH ? process.env.GOPATH.split(delimiter) : []), join(work, "gopath")];
  return paths.join(delimiter);
}

/** Builds test/yaml-oracle into `dir` (GOPATH mode, offline); returns the binary's path. */
export function buildOracle(dir: string): string {
  const binary = join(dir, "yaml-oracle");
  const env = {
    ...process.env,
    GO111MODULE: "off",
    GOPATH: oracleGopath(dir),
    GOCACHE: process.env.GOCACHE ?? join(dir, "gocache"),
    GOFLAGS: "",
    GOPROXY: "off",
    CGO_ENABLED: "0",
  };
  const r = spawnSync("go", ["build", "-o", binary, "."], { cwd: oracleSource, env, encoding: "utf8" });
  if (r.error) throw new Error(`cannot run go: ${r.error.message} (install: apt-get install golang-go golang-k8s-sigs-yaml-dev)`);
  if (r.status !== 0) {
    throw new Error(`building the YAML oracle failed (it needs the sigs.k8s.io/yaml and gopkg.in/yaml.v2 sources: apt-get install golang-k8s-sigs-yaml-dev):\n${r.stderr}`);
  }
  return binary;
}

export interface OracleLine extends OracleResult {
  id: string;
  jsonStream?: true;
  /** The line's text from "documents" on, exactly as the oracle wrote it. */
  raw: string;
}

/** Runs the oracle on the inputs; one result per input, in order. */
export function runOracle(binary: string, inputs: readonly VectorInput[]): OracleLine[] {
  const request = inputs.map((v) => JSON.stringify({ id: v.id, input: v.input })).join("\n") + "\n";
  const r = spawnSync(binary, [], { input: request, encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`the YAML oracle failed (status ${r.status}):\n${r.stderr}`);
  const lines = r.stdout.split("\n").filter((l) => l.length > 0);
  if (lines.length !== inputs.length) throw new Error(`the YAML oracle answered ${lines.length} lines for ${inputs.length} inputs`);
  return lines.map((line, i) => {
    const parsed = JSON.parse(line) as OracleLine;
    const prefix = `{"id":${JSON.stringify(inputs[i]!.id)},`;
    if (parsed.id !== inputs[i]!.id || !line.startsWith(prefix)) throw new Error(`the YAML oracle's line ${i + 1} is not for ${inputs[i]!.id}`);
    parsed.raw = "{" + line.slice(prefix.length);
    return parsed;
  });
}

/** Whether a vector is usable: YAML (not kubectl's JSON path), with a canonical expectation. */
export function usable(line: OracleLine): boolean {
  return !line.jsonStream && !line.documents.some((d) => d.unstable);
}

/** A vector file's line; `expect` is the oracle's own text. */
function vectorLine(input: VectorInput, oracle: OracleLine): string {
  return `{"id":${JSON.stringify(input.id)},"input":${JSON.stringify(input.input)},"expect":${oracle.raw.replace(/^\{"jsonStream":true,/, "{")}}`;
}

export function vectorFile(category: Category): string {
  return join(vectorsDir, `${category}.jsonl.gz`);
}

export interface WriteSummary {
  category: Category;
  vectors: number;
  accepted: number;
  rejected: number;
  skipped: number;
  bytes: number;
}

/** Generates, asks the oracle, writes test/vectors/yaml/<category>.jsonl.gz (or into `outDir`). */
export function writeVectors(seed: number, outDir = vectorsDir): WriteSummary[] {
  const work = mkdtempSync(join(tmpdir(), "dslint-yaml-oracle-"));
  try {
    const binary = buildOracle(work);
    const inputs = generateInputs({ seed });
    const results = runOracle(binary, inputs);
    mkdirSync(outDir, { recursive: true });
    const summaries: WriteSummary[] = [];
    for (const category of CATEGORIES) {
      const lines: string[] = [];
      const summary: WriteSummary = { category, vectors: 0, accepted: 0, rejected: 0, skipped: 0, bytes: 0 };
      inputs.forEach((input, i) => {
        const result = results[i]!;
        if (categoryOf(input.id) !== category || !usable(result)) return;
        lines.push(vectorLine(input, result));
        summary.vectors++;
        if (result.streamError !== undefined || result.documents.some((d) => d.error !== undefined)) summary.rejected++;
        else if (result.documents.every((d) => d.skip)) summary.skipped++;
        else summary.accepted++;
      });
      const gz = gzipSync(Buffer.from(lines.join("\n") + "\n", "utf8"), { level: 9 });
      writeFileSync(join(outDir, `${category}.jsonl.gz`), gz);
      summary.bytes = gz.length;
      summaries.push(summary);
    }
    return summaries;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main(argv: string[]): void {
  let seed = COMMITTED_SEED;
  let out = vectorsDir;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--seed") seed = Number(argv[++i]);
    else if (argv[i] === "--out") out = resolve(argv[++i]!);
    else throw new Error(`unknown argument ${argv[i]} (usage: yaml-vectors [--seed N] [--out DIR])`);
  }
  if (!Number.isInteger(seed)) throw new Error("--seed takes an integer");
  const start = Date.now();
  const summaries = writeVectors(seed, out);
  for (const s of summaries) {
    console.log(`${s.category.padEnd(15)} ${String(s.vectors).padStart(6)} vectors: ${s.accepted} accepted, ${s.rejected} rejected, ${s.skipped} skipped; ${(s.bytes / 1024).toFixed(0)} KiB`);
  }
  const total = summaries.reduce((a, s) => a + s.vectors, 0);
  console.log(`${total} vectors (seed ${seed}) in ${out}, ${((Date.now() - start) / 1000).toFixed(1)} s`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
