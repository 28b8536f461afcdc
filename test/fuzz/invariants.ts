/**
 * The invariants every input must keep, whatever it holds:
 *   - no exception escapes check()/checkText(), and the CLI neither prints a
 *     stack trace nor exits 2 for a manifest problem;
 *   - every finding's range lies inside its file's text;
 *   - the same findings by file, by stdin, via the CLI and via the API, twice
 *     in one process, with and without worker threads;
 *   - every input is checked within a time budget.
 * Both the seeded run in `npm test` (test/fuzz.test.ts) and the long run
 * (`npm run fuzz`, scripts/fuzz.ts) drive inputs through `Fuzzer`.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { check, checkText } from "../../src/check.js";
import { isEmptyStdin } from "../../src/load/files.js";
import { parseManifests } from "../../src/load/parse.js";
import type { Finding } from "../../src/finding.js";
import type { CheckResult } from "../../src/report/types.js";

export type ViolationKind = "readers" | "exception" | "range" | "internal-error" | "slow" | "nondeterministic" | "file-vs-text" | "stdin-vs-file" | "cli-vs-api" | "cli-failure" | "threads";

export interface Violation {
  kind: ViolationKind;
  /** What went wrong, one line. */
  detail: string;
  /** The input (and its index in the run) that showed it. */
  index: number;
  steps: string[];
  text: string;
  /** The smallest input found that still shows it (the same kind of violation). */
  minimised?: string;
}

/** Where a finding's range leaves its file's text, or undefined when it lies inside. */
export function rangeProblem(f: Finding, text: string): string | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split("\n");
  const where = `${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
  const ints = [f.line, f.column, f.endLine, f.endColumn].every((n) => Number.isInteger(n) && n >= 1);
  if (!ints) return `${where}: not positive integers`;
  if (f.line > lines.length || f.endLine > lines.length) return `${where}: line past the file's ${lines.length} lines`;
  if (f.column > lines[f.line - 1]!.length + 1) return `${where}: column past line ${f.line}'s ${lines[f.line - 1]!.length} characters`;
  if (f.endColumn > lines[f.endLine - 1]!.length + 1) return `${where}: end column past line ${f.endLine}'s ${lines[f.endLine - 1]!.length} characters`;
  if (f.endLine < f.line || (f.endLine === f.line && f.endColumn < f.column)) return `${where}: ends before it starts`;
  return undefined;
}

export function rangeProblems(result: CheckResult, textOf: (file: string) => string | undefined): string[] {
  const problems: string[] = [];
  for (const f of result.findings) {
    const text = textOf(f.file);
    if (text === undefined) continue;
    const p = rangeProblem(f, text);
    if (p) problems.push(p);
  }
  return problems;
}

/** A finding that says dslint itself failed. */
export function internalErrors(result: CheckResult): string[] {
  return result.findings.filter((f) => /internal error/i.test(f.message) || f.apiError?.type === "InternalError").map((f) => `${f.ruleId}: ${f.message.slice(0, 200)}`);
}

/** The first difference between two results, or undefined when they agree. */
export function difference(a: Pick<CheckResult, "findings" | "summary">, b: Pick<CheckResult, "findings" | "summary">): string | undefined {
  const n = Math.max(a.findings.length, b.findings.length);
  for (let i = 0; i < n; i++) {
    const x = JSON.stringify(a.findings[i]);
    const y = JSON.stringify(b.findings[i]);
    if (x !== y) return `finding ${i} of ${a.findings.length}/${b.findings.length}: ${clip(x ?? "none", 300)} vs ${clip(y ?? "none", 300)}`;
  }
  const sa = JSON.stringify(a.summary);
  const sb = JSON.stringify(b.summary);
  return sa === sb ? undefined : `summary ${sa} vs ${sb}`;
}

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/** The text as JSON, so that control characters, CRs and tabs show; long texts clipped. */
export function showInput(text: string, max = 1500): string {
  return clip(JSON.stringify(text), max);
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(bin: string, args: readonly string[], cwd: string, input = ""): CliRun {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined }, maxBuffer: 1 << 30, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout ?? "", stderr: (r.stderr ?? "") + (r.error ? String(r.error) : "") };
}

/** What is wrong with a CLI run on manifests, or undefined: exit 0 or 1, no stack trace, a JSON report. */
export function cliFailure(run: CliRun): string | undefined {
  if (run.code !== 0 && run.code !== 1) return `exit code ${run.code}: ${clip(run.stderr.trim(), 400)}`;
  if (/\n\s+at .+[:(]/.test(run.stderr)) return `stack trace on stderr: ${clip(run.stderr.trim(), 400)}`;
  try {
    JSON.parse(run.stdout);
  } catch {
    return `the report is not JSON: ${clip(run.stdout, 200)}`;
  }
  return undefined;
}

export interface FuzzerOptions {
  /** A scratch folder for the files the inputs are written to. */
  dir: string;
  /** Seconds one check of one input may take. */
  budget: number;
  /** bin/dslint.js, for the CLI comparisons; none without it. */
  bin?: string;
  /** Compare with worker threads (needs the compiled worker: not under vitest). */
  threads?: boolean;
  /** Shrink each violation's input (costs time). */
  minimise?: boolean;
}

export interface Timing {
  index: number;
  ms: number;
  steps: string[];
  size: number;
}

/**
 * Runs inputs through the API (by text, by file, and again after the next
 * input), and on request through the CLI (by file and by stdin) and with
 * worker threads; collects violations and the slowest inputs.
 */
export class Fuzzer {
  readonly violations: Violation[] = [];
  readonly slowest: Timing[] = [];
  private previous: { index: number; steps: string[]; text: string; name: string; result: CheckResult } | undefined;
  private sampled: Array<{ name: string; text: string; index: number; steps: string[] }> = [];

  constructor(private readonly options: FuzzerOptions) {
    mkdirSync(options.dir, { recursive: true });
  }

  private fileName(index: number, text: string): string {
    return `in${index}.${/^\s*[[{]/.test(text) ? "json" : "yaml"}`;
  }

  private add(v: Omit<Violation, "minimised">, reproduce?: (text: string) => Promise<boolean>): Promise<void> {
    const violation: Violation = { ...v };
    this.violations.push(violation);
    if (!this.options.minimise || !reproduce) return Promise.resolve();
    return minimise(v.text, reproduce).then((m) => {
      violation.minimised = m;
    });
  }

  /** The API invariants for one input: exceptions, ranges, internal errors, time; when `deep`, also both readers, file vs text and a second run after the next input. */
  async api(index: number, text: string, steps: string[], deep = true): Promise<void> {
    const name = this.fileName(index, text);
    const cwd = this.options.dir;
    const started = performance.now();
    let result: CheckResult;
    try {
      result = await checkText(text, name, { cwd });
    } catch (err) {
      await this.add({ kind: "exception", detail: describeError(err), index, steps, text }, async (t) => (await attempt(() => checkText(t, name, { cwd }))).error !== undefined);
      return;
    }
    const ms = performance.now() - started;
    this.recordTime({ index, ms, steps, size: text.length });
    if (ms > this.options.budget * 1000) {
      const limit = this.options.budget * 1000;
      await this.add({ kind: "slow", detail: `${(ms / 1000).toFixed(2)} s (budget ${this.options.budget} s)`, index, steps, text }, async (t) => {
        const s = performance.now();
        await attempt(() => checkText(t, name, { cwd }));
        return performance.now() - s > limit;
      });
    }
    const ranges = rangeProblems(result, (f) => (f === name ? text : undefined));
    if (ranges.length > 0) {
      await this.add({ kind: "range", detail: `${ranges.length} findings outside the text, e.g. ${ranges[0]}`, index, steps, text }, async (t) => {
        const r = await attempt(() => checkText(t, name, { cwd }));
        return r.result !== undefined && rangeProblems(r.result, (f) => (f === name ? t : undefined)).length > 0;
      });
    }
    const internal = internalErrors(result);
    if (internal.length > 0) {
      await this.add({ kind: "internal-error", detail: internal[0]!, index, steps, text }, async (t) => {
        const r = await attempt(() => checkText(t, name, { cwd }));
        return r.result !== undefined && internalErrors(r.result).length > 0;
      });
    }
    if (!deep) return;
    // The block reader gives the full reader's answer or declines.
    const readers = readerDifference(text);
    if (readers) await this.add({ kind: "readers", detail: readers, index, steps, text }, async (t) => readerDifference(t) !== undefined);
    // By file: the same findings as by text.
    writeFileSync(join(cwd, name), text);
    const byFile = await attempt(() => check([name], { cwd, threads: 0 }));
    const fileDiff = byFile.error ? `check([file]) threw ${byFile.error}` : difference(result, byFile.result!);
    if (fileDiff) {
      await this.add({ kind: "file-vs-text", detail: fileDiff, index, steps, text }, async (t) => {
        writeFileSync(join(cwd, name), t);
        const [a, b] = await Promise.all([attempt(() => checkText(t, name, { cwd })), attempt(() => check([name], { cwd, threads: 0 }))]);
        return a.result !== undefined && (b.error !== undefined || difference(a.result, b.result!) !== undefined);
      });
    }
    // The previous input again, after this one: nothing of one run leaks into the next.
    const prev = this.previous;
    if (prev) {
      const again = await attempt(() => checkText(prev.text, prev.name, { cwd }));
      const diff = again.error ? `second run threw ${again.error}` : difference(prev.result, again.result!);
      if (diff) {
        await this.add({ kind: "nondeterministic", detail: `second run in one process: ${diff}`, index: prev.index, steps: prev.steps, text: prev.text }, async (t) => {
          const a = await attempt(() => checkText(t, prev.name, { cwd }));
          await attempt(() => checkText(text, name, { cwd }));
          const b = await attempt(() => checkText(t, prev.name, { cwd }));
          return a.result !== undefined && (b.error !== undefined || difference(a.result, b.result!) !== undefined);
        });
      }
    }
    this.previous = { index, steps, text, name, result };
  }

  /** Keeps this input for the CLI and thread comparisons of `compareSample`. */
  sample(index: number, text: string, steps: string[]): void {
    const name = this.fileName(index, text);
    writeFileSync(join(this.options.dir, name), text);
    this.sampled.push({ name, text, index, steps });
  }

  /**
   * The sampled inputs through the CLI (all files in one run, and each by
   * stdin when `stdin`), through check() by stdin, and with worker threads:
   * the same findings as check() on the files. Empties the sample.
   */
  async compareSample(stdin: boolean): Promise<void> {
    const batch = this.sampled;
    this.sampled = [];
    if (batch.length === 0) return;
    const cwd = this.options.dir;
    const names = batch.map((b) => b.name);
    const first = batch[0]!;
    const api = await attempt(() => check(names, { cwd, threads: 0 }));
    if (!api.result) {
      await this.add({ kind: "exception", detail: `check() on ${names.length} files: ${api.error}`, index: first.index, steps: first.steps, text: first.text });
      return;
    }
    // Empty stdin is a usage error by design (an empty file is not): nothing to compare.
    const piped = batch.filter((b) => !isEmptyStdin(b.text));
    for (const b of piped) {
      const own = await attempt(() => check(["-"], { cwd, stdin: { text: b.text, filename: b.name } }));
      const alone = await attempt(() => check([b.name], { cwd, threads: 0 }));
      const diff = own.error ?? alone.error ?? difference(own.result!, alone.result!);
      if (diff) await this.add({ kind: "stdin-vs-file", detail: `check() by stdin vs by file: ${diff}`, index: b.index, steps: b.steps, text: b.text });
    }
    if (this.options.threads && batch.length > 1) {
      const threaded = await attempt(() => check(names, { cwd, threads: Math.min(2, batch.length - 1) }));
      const diff = threaded.error ?? difference(api.result, threaded.result!);
      if (diff) await this.add({ kind: "threads", detail: `with worker threads: ${diff}`, index: first.index, steps: first.steps, text: first.text });
    }
    const bin = this.options.bin;
    if (!bin) return;
    const cli = runCli(bin, ["check", "--format", "json", "--threads", "0", ...names], cwd);
    const failure = cliFailure(cli);
    if (failure) {
      // Which input: the first one whose own run fails.
      const culprit = batch.find((b) => cliFailure(runCli(bin, ["check", "--format", "json", b.name], cwd))) ?? first;
      await this.add({ kind: "cli-failure", detail: failure, index: culprit.index, steps: culprit.steps, text: culprit.text }, async (t) => {
        writeFileSync(join(cwd, culprit.name), t);
        return cliFailure(runCli(bin, ["check", "--format", "json", culprit.name], cwd)) !== undefined;
      });
      return;
    }
    const diff = difference(api.result, JSON.parse(cli.stdout) as CheckResult);
    if (diff) await this.add({ kind: "cli-vs-api", detail: `CLI vs check() on ${names.length} files: ${diff}`, index: first.index, steps: first.steps, text: first.text });
    if (this.options.threads && batch.length > 1) {
      const threaded = runCli(bin, ["check", "--format", "json", "--threads", "2", ...names], cwd);
      const d = cliFailure(threaded) ?? difference(api.result, JSON.parse(threaded.stdout) as CheckResult);
      if (d) await this.add({ kind: "threads", detail: `CLI --threads 2: ${d}`, index: first.index, steps: first.steps, text: first.text });
    }
    if (!stdin) return;
    for (const b of piped) {
      const run = runCli(bin, ["check", "--format", "json", "-", "--stdin-filename", b.name], cwd, b.text);
      const f = cliFailure(run);
      const alone = await attempt(() => check([b.name], { cwd, threads: 0 }));
      const d = f ?? alone.error ?? difference(alone.result!, JSON.parse(run.stdout) as CheckResult);
      if (d) await this.add({ kind: "stdin-vs-file", detail: `CLI by stdin vs check() by file: ${d}`, index: b.index, steps: b.steps, text: b.text });
    }
  }

  private recordTime(t: Timing): void {
    this.slowest.push(t);
    this.slowest.sort((a, b) => b.ms - a.ms);
    if (this.slowest.length > 10) this.slowest.length = 10;
  }
}

/** Where the block reader's reading differs from the full reader's, or undefined. */
export function readerDifference(text: string): string | undefined {
  try {
    const fast = parseManifests(text, "x.yaml");
    const full = parseManifests(text, "x.yaml", { fastReader: false });
    const a = JSON.stringify([fast.objects.map((o) => o.value), fast.findings, fast.documentCount]);
    const b = JSON.stringify([full.objects.map((o) => o.value), full.findings, full.documentCount]);
    if (a === b) return undefined;
    let i = 0;
    while (a[i] === b[i]) i++;
    return `block reader vs full reader, from character ${i}: ${clip(a.slice(Math.max(0, i - 60), i + 200), 300)} vs ${clip(b.slice(Math.max(0, i - 60), i + 200), 300)}`;
  } catch (err) {
    return `parseManifests threw ${describeError(err)}`;
  }
}

function describeError(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${clip(err.message, 300)}${err.stack ? ` at ${clip(err.stack.split("\n").slice(1, 4).map((l) => l.trim()).join(" < "), 400)}` : ""}`;
  return String(err);
}

async function attempt<T>(run: () => Promise<T>): Promise<{ result?: T; error?: string }> {
  try {
    return { result: await run() };
  } catch (err) {
    return { error: describeError(err) };
  }
}

/**
 * The smallest text found that still `fails`: whole lines first, then
 * characters, removing ever smaller chunks (delta debugging), within a
 * bounded number of tries and seconds.
 */
export async function minimise(text: string, fails: (text: string) => Promise<boolean>, tries = 300, seconds = 30): Promise<string> {
  let current = text;
  let left = tries;
  const deadline = performance.now() + seconds * 1000;
  const test = fails;
  fails = async (t) => {
    if (performance.now() > deadline) left = 0;
    return left > 0 && (await test(t));
  };
  const shrink = async (split: (t: string) => string[], join: string): Promise<void> => {
    let parts = split(current);
    let chunk = Math.max(1, parts.length >> 1);
    while (left > 0) {
      let removed = false;
      for (let start = 0; start < parts.length && left > 0; ) {
        const candidate = [...parts.slice(0, start), ...parts.slice(start + chunk)];
        left--;
        if (candidate.length < parts.length && (await fails(candidate.join(join)))) {
          parts = candidate;
          removed = true;
        } else start += chunk;
      }
      current = parts.join(join);
      if (!removed) {
        if (chunk === 1) break;
        chunk = Math.max(1, chunk >> 1);
      }
    }
  };
  await shrink((t) => t.split("\n"), "\n");
  if (current.length <= 4000) await shrink((t) => [...t], "");
  return current;
}
