import { describe, expect, it } from "vitest";
import type { Finding } from "../src/finding.js";
import { batched, joinChunks, jsonChunks, JsonArrayStream, lineChunks } from "../src/chunks.js";
import { getFormatter, type CheckResult } from "../src/report/index.js";

/** A deterministic generator of JSON-like values, some holding large arrays deep inside. */
function randomValue(seed: number): unknown {
  let state = seed >>> 0 || 1;
  const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const scalar = (): unknown => [() => null, () => undefined, () => Math.floor(next() * 1000) - 500, () => next() * 10, () => "t\"ext\n\u2028é", () => true, () => ""][Math.floor(next() * 7)]!();
  const make = (depth: number): unknown => {
    const pick = next();
    if (depth > 5 || pick < 0.3) return scalar();
    if (pick < 0.6) {
      const length = next() < 0.2 ? 257 + Math.floor(next() * 400) : Math.floor(next() * 4);
      return Array.from({ length }, () => (length > 256 ? { at: Math.floor(next() * 9), value: scalar() } : make(depth + 1)));
    }
    const object: Record<string, unknown> = {};
    for (let i = Math.floor(next() * 5); i > 0; i--) object[`k${Math.floor(next() * 6)}`] = make(depth + 1);
    return object;
  };
  return make(0);
}

describe("reports written in pieces", () => {
  it("jsonChunks joined is exactly JSON.stringify(value, null, 2)", () => {
    const cases: unknown[] = [
      {},
      [],
      { findings: [], summary: { files: 1 } },
      { findings: Array.from({ length: 1000 }, (_, i) => ({ line: i, message: `m${i}`, fix: i % 2 ? undefined : "f" })), summary: { errors: 3 } },
      { a: [Array.from({ length: 300 }, (_, i) => [i, undefined, () => 1])], b: undefined, c: () => 2 },
      { runs: [{ tool: { driver: { rules: [] } }, results: Array.from({ length: 400 }, (_, i) => ({ n: i })) }] },
    ];
    // The reports' values are objects: a bare undefined has no JSON text to compare.
    for (let seed = 1; seed <= 300; seed++) cases.push(randomValue(seed) ?? null);
    for (const value of cases) expect(joinChunks(jsonChunks(value))).toBe(JSON.stringify(value, null, 2));
  });

  it("writes a JsonArrayStream as the array of its items, made as they are written", () => {
    let made = 0;
    const items = function* () {
      for (let i = 0; i < 50_000; i++) {
        made++;
        yield { i, skip: undefined };
      }
    };
    const chunks = jsonChunks({ head: 1, runs: [{ results: new JsonArrayStream(items) }], empty: new JsonArrayStream(() => []) });
    const first = chunks.next();
    expect(first.done).toBe(false);
    expect(made).toBeLessThan(50_000);
    const text = (first.value as string) + joinChunks({ [Symbol.iterator]: () => chunks });
    expect(made).toBe(50_000);
    const all = Array.from({ length: 50_000 }, (_, i) => ({ i }));
    expect(text).toBe(JSON.stringify({ head: 1, runs: [{ results: all }], empty: [] }, null, 2));
  });

  it("a JsonArrayStream out of sight is an error, never an empty object", () => {
    const deep = { a: { b: { c: { d: { e: { f: new JsonArrayStream(() => [1]) } } } } } };
    expect(() => joinChunks(jsonChunks(deep))).toThrow(/deeper than jsonChunks looks/);
  });

  it("gathers small pieces into batches and keeps every character", () => {
    const pieces = Array.from({ length: 50_000 }, (_, i) => `line ${i}`);
    const batches = [...lineChunks(pieces)];
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.length).toBeLessThan(50);
    expect(batches.join("")).toBe(`${pieces.join("\n")}\n`);
    expect([...batched([])]).toEqual([]);
  });
});

describe("a report larger than one string can hold", () => {
  it("every format's pieces add up to more than V8's longest string, none of them long", { timeout: 120_000 }, () => {
    // 300,000 findings of 2,000-character messages (the cap on a message): about 700 million characters of JSON.
    const message = `${"x".repeat(1990)} (capped)`;
    const finding = (i: number): Finding => ({ ruleId: "image-tag", severity: "warning", message, file: "big.yaml", line: i + 1, column: 1, endLine: i + 1, endColumn: 5, path: "spec", object: { kind: "DaemonSet", name: `d${i}` } });
    const findings = Array.from({ length: 300_000 }, (_, i) => finding(i));
    const result: CheckResult = { findings, summary: { files: 1, documents: 1, objects: 1, daemonSets: 1, skipped: 0, errors: 0, warnings: findings.length, infos: 0 }, files: [] };
    const MAX_STRING = 2 ** 29 - 24;
    for (const name of ["json", "stylish"]) {
      let total = 0;
      let longest = 0;
      let last = "";
      for (const chunk of getFormatter(name)!.chunks(result)) {
        total += chunk.length;
        longest = Math.max(longest, chunk.length);
        last = (last + chunk).slice(-200);
      }
      expect(total, name).toBeGreaterThan(MAX_STRING);
      expect(longest, name).toBeLessThan(1 << 20);
      expect(last, name).toMatch(name === "json" ? /"warnings": 300000,\n    "infos": 0\n  }\n}\n$/ : /300000 problems/);
    }
  });
});
