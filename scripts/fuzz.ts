/**
 * `npm run fuzz -- --runs 100000 [--seed N]`: checks mutated corpus
 * DaemonSets (test/fuzz/mutate.ts) against dslint's invariants
 * (test/fuzz/invariants.ts). Every input goes through the API (by text, by
 * file, and again after the next input); every `--sample`th input is also
 * compared through the CLI, by stdin and with worker threads. Prints
 * progress, the figures, the slowest inputs and every violation with a
 * minimised input; exits 1 when there was one.
 *
 *   --runs N       inputs (default 1000)
 *   --seed N       the seed (default: the time; printed, so a run can be repeated)
 *   --budget S     seconds one input may take (default 2)
 *   --deep N       check by file, with both readers and again after the next input only every Nth input (default 1: every one)
 *   --sample N     compare every Nth input through the CLI and threads (default 50; 0: never)
 *   --start I      the first input's index (default 0: a long run can be split between processes)
 *   --index I      only input I of the seed (to reproduce one violation)
 *   --only A,B     only these mutations (names in test/fuzz/mutate.ts)
 *   --no-minimise  report violations without shrinking their inputs
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Fuzzer, showInput } from "../test/fuzz/invariants.js";
import { generate, MUTATION_NAMES } from "../test/fuzz/mutate.js";
import { packageRoot } from "../src/package.js";

const root = packageRoot();

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function numberOption(name: string, fallback: number): number {
  const raw = option(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} needs a number, not ${JSON.stringify(raw)}`);
  return n;
}

async function main(): Promise<number> {
  const runs = numberOption("--runs", 1000);
  const seed = numberOption("--seed", Date.now() % 1_000_000);
  const budget = numberOption("--budget", 2);
  const sampleEvery = numberOption("--sample", 50);
  const deepEvery = Math.max(1, numberOption("--deep", 1));
  const onlyIndex = option("--index");
  const only = option("--only")?.split(",").filter(Boolean);
  for (const name of only ?? []) if (!MUTATION_NAMES.includes(name)) throw new Error(`no mutation ${name}; there are ${MUTATION_NAMES.join(", ")}`);
  const corpusDir = join(root, "test", "corpus", "daemonsets");
  const corpus = readdirSync(corpusDir).filter((f) => f.endsWith(".yaml")).sort().map((f) => readFileSync(join(corpusDir, f), "utf8"));
  const dir = mkdtempSync(join(tmpdir(), "dslint-fuzz-"));
  const fuzzer = new Fuzzer({ dir, budget, bin: join(root, "bin", "dslint.js"), threads: true, minimise: !process.argv.includes("--no-minimise") });
  const first = numberOption("--start", 0);
  const indexes = onlyIndex !== undefined ? [Number(onlyIndex)] : Array.from({ length: runs }, (_, i) => first + i);
  console.log(`fuzz: ${indexes.length} inputs from ${indexes[0]}, seed ${seed}, budget ${budget} s per input; by file, both readers and twice on every ${deepEvery > 1 ? `${deepEvery}th ` : ""}input; CLI/stdin/threads on every ${sampleEvery || "no"}th (${corpus.length} corpus files)`);
  const started = performance.now();
  let lastReport = started;
  let samples = 0;
  try {
    for (const [k, index] of indexes.entries()) {
      const { text, steps } = generate(corpus, seed, index, only);
      const before = fuzzer.violations.length;
      await fuzzer.api(index, text, steps, index % deepEvery === 0);
      if (onlyIndex !== undefined || (sampleEvery > 0 && index % sampleEvery === 0)) {
        fuzzer.sample(index, text, steps);
        samples++;
        // Ten sampled files per comparison run; stdin through the CLI on every tenth batch (a process per file).
        if (samples % 10 === 0 || k === indexes.length - 1) await fuzzer.compareSample(samples % 100 === 0 || onlyIndex !== undefined);
      }
      for (const v of fuzzer.violations.slice(before)) console.log(`  violation at input ${v.index} [${v.steps.join(", ")}] ${v.kind}: ${v.detail}`);
      const now = performance.now();
      if (now - lastReport > 10_000) {
        lastReport = now;
        const done = k + 1;
        console.log(`  ${done}/${indexes.length} inputs, ${((now - started) / 1000).toFixed(0)} s, ${(done / ((now - started) / 1000)).toFixed(0)} inputs/s, ${fuzzer.violations.length} violations`);
      }
    }
    await fuzzer.compareSample(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`\n${indexes.length} inputs (seed ${seed}) in ${seconds.toFixed(1)} s (${(indexes.length / seconds).toFixed(0)} inputs/s): ${fuzzer.violations.length} violations`);
  console.log("slowest inputs (check by text):");
  for (const t of fuzzer.slowest) console.log(`  input ${t.index}: ${t.ms.toFixed(0)} ms, ${t.size} characters [${t.steps.join(", ")}]`);
  for (const v of fuzzer.violations) {
    console.log(`\n${v.kind} at input ${v.index} (--seed ${seed} --index ${v.index}) [${v.steps.join(", ")}]: ${v.detail}`);
    console.log(`  minimised: ${v.minimised !== undefined ? showInput(v.minimised) : "(not minimised)"}`);
  }
  return fuzzer.violations.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(2);
  },
);
