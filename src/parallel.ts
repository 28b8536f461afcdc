import { existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { RunContext } from "./config/run.js";
import type { FileResult } from "./file-result.js";
import type { InputSource } from "./load/files.js";
import { builtin, largeRun } from "./modules.js";

/** Below this much input a worker's start-up (~50 ms) costs more than it saves. */
const MIN_BYTES_FOR_WORKERS = 1_500_000;

/**
 * From this much input on, a run is large (src/modules.ts largeRun): about
 * 300 DaemonSets. Said before the first is checked, because the heap
 * settings keep the peak down only if the heap grows under them from the
 * start (148 against 133 MiB when set after the first 100 of 5,000).
 */
const LARGE_RUN_BYTES = 1 << 20;

// The compiled worker next to this module.
const WORKER_URL = new URL("./worker.js", import.meta.url);

export interface WorkerRequest {
  inputs: InputSource[];
  run: RunContext;
}

/**
 * Checks the inputs and returns the results in input order: on this thread,
 * or with worker threads each taking an equal share of the bytes. Their size
 * also says whether the run is large.
 */
export async function checkInputs(
  inputs: readonly InputSource[],
  run: RunContext,
  requested: number | undefined,
  checkHere: (input: InputSource, index: number) => Promise<FileResult>,
): Promise<FileResult[]> {
  const sizes = inputs.map(inputSize);
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total >= LARGE_RUN_BYTES) largeRun();
  const workers = workerCount(inputs, requested, total);
  if (workers > 0) return checkInParallel(inputs, sizes, run, workers, checkHere);
  const results: FileResult[] = [];
  for (let i = 0; i < inputs.length; i++) results.push(await checkHere(inputs[i]!, i));
  return results;
}

/**
 * How many worker threads: `requested` (`--threads`) when given; otherwise
 * none for the usual pre-commit or editor run of a few files, and for a whole
 * repository one per core beyond two. A Node.js process already keeps a
 * second core busy compiling and collecting garbage in the background, and
 * each worker has to compile everything again: on two cores a worker thread
 * made checking the throughput benchmark slower, not faster.
 */
function workerCount(inputs: readonly InputSource[], requested: number | undefined, totalBytes: number): number {
  // The compiled worker is absent when running from TypeScript sources (under vitest).
  if (inputs.length < 2 || !existsSync(fileURLToPath(WORKER_URL))) return 0;
  if (requested !== undefined) return Math.min(requested, inputs.length - 1);
  const spare = availableParallelism() - 2;
  if (spare < 1 || inputs.length < 4) return 0;
  if (totalBytes < MIN_BYTES_FOR_WORKERS) return 0;
  return Math.min(spare, Math.floor(inputs.length / 2), 7);
}

async function checkInParallel(
  inputs: readonly InputSource[],
  sizes: readonly number[],
  run: RunContext,
  workers: number,
  checkHere: (input: InputSource, index: number) => Promise<FileResult>,
): Promise<FileResult[]> {
  const shares = splitBySize(inputs.length, sizes, workers + 1);
  const results: FileResult[] = new Array(inputs.length);
  const running = shares.slice(1).map(
    (share) =>
      new Promise<void>((resolve, reject) => {
        const request: WorkerRequest = { inputs: share.map((i) => inputs[i]!), run };
        const { Worker } = builtin<typeof import("node:worker_threads")>("node:worker_threads");
        const worker = new Worker(WORKER_URL, { workerData: request });
        worker.once("message", (fileResults: FileResult[]) => {
          share.forEach((inputIndex, k) => (results[inputIndex] = fileResults[k]!));
          resolve();
        });
        worker.once("error", reject);
        worker.once("exit", (code) => {
          if (code !== 0) reject(new Error(`a worker thread stopped with exit code ${code}`));
        });
      }),
  );
  for (const i of shares[0] ?? []) results[i] = await checkHere(inputs[i]!, i);
  await Promise.all(running);
  return results;
}

function inputSize(input: InputSource): number {
  if (input.text !== undefined) return input.text.length;
  try {
    return statSync(input.absolutePath!).size;
  } catch {
    return 0;
  }
}

/** Greedy split: the largest inputs first, each to the share with the fewest bytes so far. */
function splitBySize(count: number, sizes: readonly number[], parts: number): number[][] {
  const shares: number[][] = Array.from({ length: parts }, () => []);
  const totals = new Array<number>(parts).fill(0);
  const order = [...Array(count).keys()].sort((a, b) => sizes[b]! - sizes[a]!);
  for (const i of order) {
    let best = 0;
    for (let p = 1; p < parts; p++) if (totals[p]! < totals[best]!) best = p;
    shares[best]!.push(i);
    totals[best]! += sizes[i]!;
  }
  for (const share of shares) share.sort((a, b) => a - b);
  return shares;
}
