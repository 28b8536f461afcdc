import { describe, expect, it } from "vitest";
import { compareText } from "../src/compare.js";
import { SEVERITY_RANK, type Finding, type Severity } from "../src/finding.js";
import { FindingStore } from "../src/report/finding-store.js";
import { TextSpill } from "../src/text-spill.js";

function findings(count: number, seed: number): Finding[] {
  let state = seed;
  const next = (n: number) => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) % n);
  const severities: Severity[] = ["error", "warning", "info"];
  return Array.from({ length: count }, (_, i) => {
    const f: Finding = {
      ruleId: ["image-tag", "run-as-root", "api-validation", "schema"][next(4)]!,
      severity: severities[next(3)]!,
      // Ties on every sort key but the message, and on the message too: the order added decides.
      message: ["a", "b", "é ünïcode ✓", "quote \" and \\n"][next(4)]!,
      file: ["a.yaml", "dir/b.yaml", "ç.yaml"][next(3)]!,
      line: 1 + next(20),
      column: 1 + next(3),
      endLine: 30,
      endColumn: 1 + next(9),
      path: `spec.x[${i}]`,
    };
    if (next(2)) f.object = { kind: "DaemonSet", name: `d${next(5)}` };
    if (next(3) === 0) f.fix = "fix it";
    return f;
  });
}

/** The order reports had before the store: files by first appearance, then position, severity, rule, message; stable. */
function referenceOrder(list: Finding[]): Finding[] {
  const fileOrder = new Map<string, number>();
  for (const f of list) if (!fileOrder.has(f.file)) fileOrder.set(f.file, fileOrder.size);
  return [...list].sort(
    (a, b) =>
      fileOrder.get(a.file)! - fileOrder.get(b.file)! ||
      a.line - b.line ||
      a.column - b.column ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.message, b.message),
  );
}

describe("the finding store", () => {
  for (const spillAfter of [Infinity, 0, 7, 500]) {
    it(`orders, counts and removes findings as the in-memory sort did (${spillAfter === Infinity ? "never written out" : `written out after ${spillAfter}`})`, () => {
      for (const seed of [1, 2, 3]) {
        const list = findings(3000, seed);
        const store = new FindingStore({ spillAfter });
        // Added in a shuffled order, ranked by the original one.
        const order = list.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 3001) - ((b * 7919 + seed) % 3001));
        for (const i of order) store.add(structuredClone(list[i]!), i);
        expect(store.size).toBe(list.length);
        // Removed: every fifth, by the index it was added under.
        const removed = new Set<number>();
        for (let k = 0; k < store.size; k += 5) {
          store.remove(k);
          removed.add(order[k]!);
        }
        const expected = referenceOrder(list.filter((_, i) => !removed.has(i)));
        const sorted = store.sorted();
        expect(sorted.length).toBe(expected.length);
        expect([...sorted]).toEqual(expected);
        // By index, forwards and backwards, as the stylish and JUnit reports read it.
        for (let i = expected.length - 1; i >= 0; i -= 97) expect(sorted.at(i)).toEqual(expected[i]);
        expect(sorted.at(-1)).toEqual(expected.at(-1));
        expect(sorted.at(expected.length)).toBeUndefined();
        store.close();
      }
    });
  }

  it("reads what is still being written, and a store closed is empty", () => {
    const store = new FindingStore({ spillAfter: 2 });
    const list = findings(10, 9);
    list.forEach((f, i) => store.add(f, i));
    expect(store.get(9)).toEqual(list[9]);
    store.add(list[0]!, 10);
    expect(store.get(10)).toEqual(list[0]);
    expect(store.fileOf(3)).toBe(list[3]!.file);
    expect(store.severityOf(4)).toBe(list[4]!.severity);
    store.close();
    expect(store.size).toBe(0);
  });
});

describe("texts kept out of memory", () => {
  for (const holdChars of [0, 50, Infinity]) {
    it(`gives back every text by index and in order (${holdChars === Infinity ? "all held" : `written out past ${holdChars} characters`})`, () => {
      const spill = new TextSpill("test", holdChars);
      const texts = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ i, s: "ü✓".repeat(i % 7), long: i % 1000 === 0 ? "x".repeat(70_000) : "" }));
      texts.forEach((t, i) => {
        spill.append(t);
        // Read while still writing: what is pending is flushed first.
        if (i % 997 === 0) expect(spill.text(i)).toBe(t);
      });
      expect(spill.size).toBe(texts.length);
      expect([...spill.texts()]).toEqual(texts);
      for (let i = texts.length - 1; i >= 0; i -= 131) expect(spill.text(i)).toBe(texts[i]);
      spill.close();
      expect(spill.size).toBe(0);
    });
  }
});

describe("without a temporary folder", () => {
  it("keeps the texts in memory instead of failing", () => {
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = "/nonexistent/dslint-no-tmp";
    try {
      const store = new FindingStore({ spillAfter: 1 });
      const list = findings(50, 4);
      list.forEach((f, i) => store.add(f, i));
      expect([...store.sorted()]).toEqual(referenceOrder(list));
      store.close();
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });
});
