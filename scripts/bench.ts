/**
 * `npm run bench`: prints dslint's speed figures. Nothing here asserts; it
 * measures and prints.
 *   1. cold start: `dslint check` on one DaemonSet file vs bare `node -e 0`
 *   2. throughput: documents per second on several thousand documents built
 *      from the corpus (test/corpus/daemonsets)
 *   3. simulation: 5,000 nodes x 20 DaemonSets and 65,000 nodes x 1
 *      DaemonSet, inventory parsing included (scripts/bench-simulate.ts)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { benchSimulate } from "./bench-simulate.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bin = join(root, "bin", "dslint.js");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeCommand(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], cwd: root });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (r.status === 2) throw new Error(`dslint failed: ${r.stderr.toString()}`);
  }
  return median(times);
}

/** Runs each command in turn, `rounds` times, so that both see the same machine load; the median of each. */
function timeAlternating(commands: string[][], rounds: number): number[] {
  const times = commands.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) commands.forEach((args, i) => times[i]!.push(timeCommand(args, 1)));
  return times.map(median);
}

function coldStart(): void {
  const file = join(root, "examples", "manifests", "node-exporter.yaml");
  timeCommand(["-e", "0"], 2); // warm the file system cache
  timeCommand([bin, "check", "--no-color", file], 2);
  const [bare, dslint] = timeAlternating([["-e", "0"], [bin, "check", "--no-color", file]], 21) as [number, number];
  console.log("cold start (median of 21 runs, alternating)");
  console.log(`  node -e 0                        ${bare.toFixed(0)} ms`);
  console.log(`  dslint check <one DaemonSet>     ${dslint.toFixed(0)} ms  (${(dslint / bare).toFixed(2)}x bare node)`);
}

/** Copies corpus files into a temporary tree until it holds at least `target` documents. */
function buildThroughputInput(target: number): { dir: string; documents: number; files: number; bytes: number } {
  const source = join(root, "test", "corpus", "daemonsets");
  if (!existsSync(source)) throw new Error(`the benchmark input is missing: ${source} (part of the repository)`);
  const texts = readdirSync(source)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => readFileSync(join(source, f), "utf8"));
  const docsIn = (t: string) => t.split(/^---\s*$/m).filter((d) => /^\s*kind:/m.test(d)).length;
  const dir = mkdtempSync(join(tmpdir(), "dslint-bench-"));
  let documents = 0;
  let files = 0;
  let bytes = 0;
  for (let round = 0; documents < target; round++) {
    const sub = join(dir, `r${round}`);
    mkdirSync(sub);
    texts.forEach((t, i) => {
      writeFileSync(join(sub, `f${i}.yaml`), t);
      documents += docsIn(t);
      files++;
      bytes += t.length;
    });
  }
  return { dir, documents, files, bytes };
}

function throughput(): void {
  const input = buildThroughputInput(5000);
  try {
    timeCommand([bin, "check", "--format", "json", input.dir], 1);
    const ms = timeCommand([bin, "check", "--format", "json", input.dir], 5);
    console.log(`throughput (median of 5 runs, whole process)`);
    console.log(
      `  ${input.documents} documents in ${input.files} files (${(input.bytes / 1e6).toFixed(1)} MB): ${ms.toFixed(0)} ms, ${Math.round(input.documents / (ms / 1000))} documents/s`,
    );
  } finally {
    rmSync(input.dir, { recursive: true, force: true });
  }
}

coldStart();
throughput();
benchSimulate();
