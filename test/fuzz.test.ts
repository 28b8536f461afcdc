import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { corpusDaemonSets } from "./data.js";
import { bin } from "./dslint-process.js";
import { Fuzzer, rangeProblem, showInput } from "./fuzz/invariants.js";
import { generate, MUTATION_NAMES, Random } from "./fuzz/mutate.js";

// A short seeded run of the fuzz harness (the long one: `npm run fuzz`, scripts/fuzz.ts).
const SEED = 20240611;
const INPUTS = 500;
const corpus = readdirSync(corpusDaemonSets)
  .filter((f) => f.endsWith(".yaml"))
  .sort()
  .map((f) => readFileSync(join(corpusDaemonSets, f), "utf8"));
const dir = mkdtempSync(join(tmpdir(), "dslint-fuzz-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the generator", () => {
  it("gives the same inputs for the same seed, and other inputs for another", () => {
    const a = Array.from({ length: 20 }, (_, i) => generate(corpus, 7, i).text);
    expect(Array.from({ length: 20 }, (_, i) => generate(corpus, 7, i).text)).toEqual(a);
    expect(Array.from({ length: 20 }, (_, i) => generate(corpus, 8, i).text)).not.toEqual(a);
  });

  it("uses every mutation", () => {
    const used = new Set(Array.from({ length: 400 }, (_, i) => generate(corpus, 1, i).steps).flat());
    expect([...used].sort()).toEqual([...MUTATION_NAMES].sort());
  });

  it("spreads integers evenly", () => {
    const random = new Random(3);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[random.int(4)]!++;
    for (const c of counts) expect(c).toBeGreaterThan(900);
  });
});

describe("the range invariant", () => {
  const at = (line: number, column: number, endLine: number, endColumn: number) => ({ ruleId: "r", severity: "error" as const, message: "", file: "f", path: "", line, column, endLine, endColumn });
  it("accepts the end of the last line and rejects what lies past it", () => {
    expect(rangeProblem(at(2, 2, 2, 2), "a\nb")).toBeUndefined();
    expect(rangeProblem(at(3, 1, 3, 1), "a\nb\n")).toBeUndefined();
    expect(rangeProblem(at(3, 1, 3, 1), "a\nb")).toMatch(/line past/);
    expect(rangeProblem(at(1, 3, 1, 3), "a\nb")).toMatch(/column past/);
    expect(rangeProblem(at(2, 2, 1, 1), "a\nb")).toMatch(/before it starts/);
  });
});

describe(`${INPUTS} mutated corpus DaemonSets (seed ${SEED})`, () => {
  it("keep every invariant: no exception, ranges inside the text, the same findings by text, file, stdin, CLI and a second run, none hanging", { timeout: 120_000 }, async () => {
    // A budget that only a hang exceeds: a unit test asserts no timing (npm run fuzz holds inputs to 2 s).
    const fuzzer = new Fuzzer({ dir, budget: 20, bin, minimise: true });
    for (let index = 0; index < INPUTS; index++) {
      const { text, steps } = generate(corpus, SEED, index);
      await fuzzer.api(index, text, steps);
      if (index % 30 === 0) fuzzer.sample(index, text, steps);
    }
    await fuzzer.compareSample(true);
    const report = fuzzer.violations.map((v) => `${v.kind} at input ${v.index} [${v.steps.join(", ")}]: ${v.detail}\n  minimised: ${showInput(v.minimised ?? v.text, 500)}`);
    expect(report).toEqual([]);
  });
});
