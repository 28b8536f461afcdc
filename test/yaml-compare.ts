/**
 * Holding dslint's kubectl-style YAML decoding (decodeStreamLikeKubectl) to
 * the oracle's expectations (test/vectors/yaml, test/yaml-oracle): shared by
 * test/yaml-vectors.test.ts (the committed vectors) and
 * test/e2e/yaml-oracle.test.ts (a fresh batch from the oracle).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { CATEGORIES, type Category, type OracleResult, type Vector } from "../scripts/yaml-vectors.js";
import { repoRoot } from "./data.js";

export { CATEGORIES, type Category, type OracleResult, type Vector };

/** The committed vectors, or a fresh batch (`npm run vectors:yaml -- --seed N --out DIR`) named by DSLINT_YAML_VECTORS. */
export const yamlVectorsDir = process.env.DSLINT_YAML_VECTORS ?? join(repoRoot, "test", "vectors", "yaml");

/** What decodeStreamLikeKubectl returns (src/load/yaml/stream.ts). */
export interface DecodedStream {
  documents: { value?: unknown; error?: { message: string; start: number; end: number } }[];
  streamError?: { message: string; start: number; end: number };
}
export type Decoder = (text: string) => DecodedStream;

/** The vectors of one category; a missing file is an error, never an empty list. */
export function readYamlVectors(category: Category): Vector[] {
  const path = join(yamlVectorsDir, `${category}.jsonl.gz`);
  if (!existsSync(path)) {
    throw new Error(`test data is missing: ${path} (it is part of the repository; restore it with \`git checkout -- test/vectors/yaml\`, or regenerate it: npm run vectors:yaml)`);
  }
  const text = gunzipSync(readFileSync(path)).toString("utf8");
  const vectors = text.split("\n").filter((l) => l.length > 0).map((l) => JSON.parse(l) as Vector);
  if (vectors.length === 0) throw new Error(`${path} holds no vectors`);
  return vectors;
}

export function readAllYamlVectors(): Vector[] {
  return CATEGORIES.flatMap((c) => readYamlVectors(c));
}

export function categoryOfId(id: string): Category {
  return id.slice(0, id.indexOf("/")) as Category;
}

type Verdict = "json" | "skip" | "error";

function expectedVerdict(d: OracleResult["documents"][number]): Verdict {
  if (d.error !== undefined) return "error";
  if (d.skip) return "skip";
  return "json";
}

function gotVerdict(d: DecodedStream["documents"][number]): Verdict {
  if (d.error !== undefined) return "error";
  if (d.value === undefined) return "skip";
  return "json";
}

function describePath(path: readonly (string | number)[]): string {
  return path.length === 0 ? "the root" : path.map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`)).join("");
}

function kind(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Compares a JSON value from the oracle (parsed) with dslint's, iteratively
 * (documents nest up to 10000 deep): objects by their own keys in any order,
 * arrays in order, numbers as numbers (-0 and 0 differ, as they do in the JSON
 * text). Returns where they first differ, or undefined.
 */
export function jsonDifference(expected: unknown, got: unknown): string | undefined {
  // Paths as linked lists: documents nest deep, and copying arrays would be quadratic.
  type Path = { parent: Path; key: string | number } | undefined;
  const describe = (p: Path) => {
    const keys: (string | number)[] = [];
    for (let q = p; q; q = q.parent) keys.push(q.key);
    return describePath(keys.reverse());
  };
  const stack: [unknown, unknown, Path][] = [[expected, got, undefined]];
  while (stack.length > 0) {
    const [e, g, p] = stack.pop()!;
    const path = { toString: () => describe(p) };
    if (kind(g) === "object" && !isPlainObject(g)) return `at ${path}: got a ${(g as object).constructor?.name ?? "non-plain object"}, not a plain object`;
    if (kind(e) !== kind(g)) return `at ${path}: expected ${kind(e)} ${safeJson(e, 80)}, got ${kind(g)} ${safeJson(g, 80)}`;
    if (Array.isArray(e)) {
      const ga = g as unknown[];
      if (e.length !== ga.length) return `at ${path}: expected ${e.length} items, got ${ga.length}`;
      for (let i = e.length - 1; i >= 0; i--) stack.push([e[i], ga[i], { parent: p, key: i }]);
    } else if (typeof e === "object" && e !== null) {
      const eo = e as Record<string, unknown>, go = g as Record<string, unknown>;
      const ek = Object.keys(eo), gk = Object.keys(go);
      for (const k of ek) if (!Object.hasOwn(go, k)) return `at ${path}: key ${JSON.stringify(k)} is missing`;
      for (const k of gk) if (!Object.hasOwn(eo, k)) return `at ${path}: unexpected key ${JSON.stringify(k)}`;
      for (const k of ek) stack.push([eo[k], go[k], { parent: p, key: k }]);
    } else if (!Object.is(e, g)) {
      return `at ${path}: expected ${JSON.stringify(e)}, got ${typeof g === "string" || typeof g === "number" ? JSON.stringify(g) : String(g)}`;
    }
  }
  return undefined;
}

function getAt(v: unknown, path: readonly (string | number)[]): { found: boolean; value?: unknown } {
  let cur = v;
  for (const p of path) {
    if (typeof p === "number" ? !Array.isArray(cur) || p >= cur.length : !isPlainObject(cur) || !Object.hasOwn(cur, p)) return { found: false };
    cur = (cur as Record<string | number, unknown>)[p];
  }
  return { found: true, value: cur };
}

function setAt(v: unknown, path: readonly (string | number)[], to: unknown): unknown {
  if (path.length === 0) return to;
  let cur = v as Record<string | number, unknown>;
  for (const p of path.slice(0, -1)) cur = cur[p] as Record<string | number, unknown>;
  cur[path[path.length - 1]!] = to;
  return v;
}

const AMBIGUOUS = "\u0000ambiguous";

/** Why dslint's result for one vector differs from kubectl's, or undefined when they agree. */
export function disagreement(vector: Vector, got: DecodedStream): string | undefined {
  const expected = vector.expect;
  if (!got || !Array.isArray(got.documents)) return "the result has no documents array";
  const len = vector.input.length;
  const badOffsets = (e: { start: number; end: number }) => !Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end > len || e.start > e.end;
  if ((expected.streamError !== undefined) !== (got.streamError !== undefined)) {
    return expected.streamError !== undefined
      ? `kubectl stops the stream (${expected.streamError}); dslint does not`
      : `dslint stops the stream (${got.streamError!.message}); kubectl does not`;
  }
  if (got.streamError && badOffsets(got.streamError)) return `the stream error's offsets ${got.streamError.start}-${got.streamError.end} are not in the text (length ${len})`;
  if (expected.documents.length !== got.documents.length) {
    return `kubectl cuts ${expected.documents.length} chunk(s), dslint ${got.documents.length}`;
  }
  for (let i = 0; i < expected.documents.length; i++) {
    const e = expected.documents[i]!, g = got.documents[i]!;
    const ev = expectedVerdict(e), gv = gotVerdict(g);
    if (ev !== gv) return `chunk ${i + 1}: kubectl ${ev === "json" ? "decodes it" : ev === "skip" ? "skips it" : `rejects it (${e.error})`}, dslint ${gv === "json" ? "decodes it" : gv === "skip" ? "skips it" : `rejects it (${g.error!.message})`}`;
    if (gv === "error" && badOffsets(g.error!)) return `chunk ${i + 1}: the error's offsets ${g.error!.start}-${g.error!.end} are not in the text (length ${len})`;
    if (ev !== "json") continue;
    let want = e.json, have = g.value;
    if (e.ambiguous?.length) {
      // kubectl keeps any one of the colliding values: dslint's must be one of them.
      want = structuredClone(want);
      have = structuredClone(have);
      for (const a of e.ambiguous) {
        const at = getAt(have, a.path);
        if (!at.found) return `chunk ${i + 1}: no value at ${describePath(a.path)}, where kubectl keeps one of ${JSON.stringify(a.candidates)}`;
        if (!a.candidates.some((c) => jsonDifference(c, at.value) === undefined)) {
          return `chunk ${i + 1}: at ${describePath(a.path)} kubectl keeps one of ${JSON.stringify(a.candidates)}, dslint ${safeJson(at.value)}`;
        }
        want = setAt(want, a.path, AMBIGUOUS);
        have = setAt(have, a.path, AMBIGUOUS);
      }
    }
    const diff = jsonDifference(want, have);
    if (diff !== undefined) return `chunk ${i + 1}: values differ ${diff}`;
  }
  return undefined;
}

export function safeJson(v: unknown, max = 300): string {
  let s: string;
  try {
    s = v === undefined ? "undefined" : JSON.stringify(v);
  } catch (e) {
    s = `<${(e as Error).message}>`;
  }
  return s.length > max ? s.slice(0, max) + `… (${s.length} chars)` : s;
}

/** Input text with escapes visible (\t, \r, \n, U+2028, ...), shortened. */
export function excerpt(text: string, max = 240): string {
  const s = JSON.stringify(text.length > max ? text.slice(0, max) : text).replace(/[\u0080-\u00a0\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return text.length > max ? s + `… (${text.length} chars)` : s;
}

export interface Disagreement {
  vector: Vector;
  reason: string;
  got: DecodedStream | undefined;
}

export interface Agreement {
  perCategory: Map<Category, { total: number; agree: number }>;
  disagreements: Disagreement[];
  total: number;
}

/** Runs the decoder on every vector and compares. A decoder that throws disagrees. */
export function checkVectors(vectors: readonly Vector[], decode: Decoder): Agreement {
  const perCategory = new Map<Category, { total: number; agree: number }>();
  const disagreements: Disagreement[] = [];
  for (const vector of vectors) {
    const category = categoryOfId(vector.id);
    const entry = perCategory.get(category) ?? { total: 0, agree: 0 };
    perCategory.set(category, entry);
    entry.total++;
    let got: DecodedStream | undefined;
    let reason: string | undefined;
    try {
      got = decode(vector.input);
      reason = disagreement(vector, got);
    } catch (e) {
      reason = `decodeStreamLikeKubectl threw: ${(e as Error)?.stack ?? String(e)}`.split("\n").slice(0, 4).join("\n");
    }
    if (reason === undefined) entry.agree++;
    else disagreements.push({ vector, reason, got });
  }
  return { perCategory, disagreements, total: vectors.length };
}

function describeExpected(r: OracleResult): string {
  const docs = r.documents.map((d) => (d.error !== undefined ? `error(${d.error})` : d.skip ? "skip" : safeJson(d.json, 160)));
  return `[${docs.join(", ")}]${r.streamError !== undefined ? ` then stream error (${r.streamError})` : ""}`;
}

function describeGot(r: DecodedStream | undefined): string {
  if (!r || !Array.isArray(r.documents)) return safeJson(r);
  const docs = r.documents.map((d) => (d.error !== undefined ? `error(${d.error.message})` : d.value === undefined ? "skip" : safeJson(d.value, 160)));
  return `[${docs.join(", ")}]${r.streamError !== undefined ? ` then stream error (${r.streamError.message})` : ""}`;
}

/** Agreement per category, then the first `limit` disagreements with what was expected and what came. */
export function formatAgreement(a: Agreement, limit = 20): string {
  const lines: string[] = [];
  const agree = [...a.perCategory.values()].reduce((s, e) => s + e.agree, 0);
  lines.push(`agreement with kubectl: ${agree}/${a.total} (${((100 * agree) / Math.max(1, a.total)).toFixed(2)}%)`);
  for (const [category, e] of a.perCategory) {
    lines.push(`  ${category.padEnd(15)} ${e.agree}/${e.total} (${((100 * e.agree) / e.total).toFixed(2)}%)`);
  }
  if (a.disagreements.length) lines.push(`first ${Math.min(limit, a.disagreements.length)} of ${a.disagreements.length} disagreements:`);
  for (const d of a.disagreements.slice(0, limit)) {
    lines.push(`- ${d.vector.id}: ${d.reason}`);
    lines.push(`    input:    ${excerpt(d.vector.input)}`);
    lines.push(`    expected: ${describeExpected(d.vector.expect)}`);
    lines.push(`    got:      ${describeGot(d.got)}`);
  }
  return lines.join("\n");
}
