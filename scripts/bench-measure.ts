/**
 * Measuring helpers shared by the benchmarks: runs a command as a separate
 * process and reads its wall time and peak resident set size.
 *
 * Peak RSS comes from GNU time (`/usr/bin/time -v`, the kernel's ru_maxrss)
 * when it is installed: the largest resident set of the measured process,
 * worker threads included (they share the process); dslint starts no child
 * processes. Without GNU time, a Node command is started with a preloaded
 * module that writes `process.resourceUsage().maxRSS` at exit (the same
 * figure, read from inside); other commands get no RSS figure. Setting
 * DSLINT_BENCH_RSS=self picks that way even where GNU time is installed.
 */
import { spawnSync } from "node:child_process";
import { accessSync, closeSync, constants, existsSync, openSync, readFileSync, readSync, rmSync, fstatSync, writeFileSync } from "node:fs";
import { constants as osConstants } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";

const signals = osConstants.signals as unknown as Record<string, number>;

export const GNU_TIME = "/usr/bin/time";

export interface Measurement {
  /** Wall time of the whole process, from spawn to exit. */
  ms: number;
  /** Peak resident set size in bytes, when it could be read. */
  maxRssBytes?: number;
  status: number | null;
  signal: NodeJS.Signals | null;
  /** The last lines of standard error (the measuring tool's own lines removed). */
  stderr: string;
}

export interface MeasureOptions {
  cwd?: string;
  /** A file to feed on standard input. */
  stdinFile?: string;
  /** A file to receive standard output; discarded otherwise. */
  stdoutFile?: string;
  /** A scratch folder for the measuring tool's own files. */
  scratch: string;
  /** Set in the command's environment, besides this process's. */
  env?: Record<string, string>;
}

let gnuTime: boolean | undefined;

/** Whether `/usr/bin/time -v` works here (GNU time; BusyBox and BSD time differ). */
export function hasGnuTime(): boolean {
  if (gnuTime === undefined) {
    if (process.env.DSLINT_BENCH_RSS === "self") return (gnuTime = false);
    const r = existsSync(GNU_TIME) ? spawnSync(GNU_TIME, ["-v", "true"], { encoding: "utf8" }) : undefined;
    gnuTime = r?.status === 0 && /Maximum resident set size/.test(r.stderr);
  }
  return gnuTime;
}

/** How peak RSS is read, for the report. */
export function rssMethod(): string {
  return hasGnuTime()
    ? "peak RSS: ru_maxrss of the measured process from /usr/bin/time -v (worker threads included; dslint starts no child processes)"
    : "peak RSS: process.resourceUsage().maxRSS written at exit by a preloaded module (Node commands only; worker threads included)";
}

const RSS_HOOK = `import { writeFileSync } from "node:fs";
process.on("exit", () => { try { writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)); } catch {} });
`;

/** Runs `command args` once and measures it. A Node command is `process.execPath` as the command. */
export function measure(command: string, args: readonly string[], options: MeasureOptions): Measurement {
  const timeFile = join(options.scratch, "time.txt");
  const rssFile = join(options.scratch, "rss.txt");
  rmSync(timeFile, { force: true });
  rmSync(rssFile, { force: true });
  let file = command;
  let argv = [...args];
  const env = { ...process.env, ...options.env };
  if (hasGnuTime()) {
    file = GNU_TIME;
    argv = ["-v", "-o", timeFile, command, ...args];
  } else if (command === process.execPath) {
    const hook = join(options.scratch, "rss-hook.mjs");
    if (!existsSync(hook)) writeFileSync(hook, RSS_HOOK);
    argv = ["--import", pathToFileURL(hook).href, ...args];
    env.BENCH_RSS_FILE = rssFile;
  }
  const stdin = options.stdinFile !== undefined ? openSync(options.stdinFile, "r") : "ignore";
  const stdout = options.stdoutFile !== undefined ? openSync(options.stdoutFile, "w") : "ignore";
  try {
    const start = process.hrtime.bigint();
    const r = spawnSync(file, argv, { cwd: options.cwd, env, stdio: [stdin, stdout, "pipe"], maxBuffer: 64 * 1024 * 1024 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    let maxRssBytes: number | undefined;
    let status = r.status;
    let signal = r.signal;
    if (hasGnuTime() && existsSync(timeFile)) {
      const report = readFileSync(timeFile, "utf8");
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1];
      if (kb !== undefined) maxRssBytes = Number(kb) * 1024;
      // GNU time exits with the command's status; a signal it reports in words.
      const killed = /Command terminated by signal (\d+)/.exec(report)?.[1];
      if (killed !== undefined) {
        status = null;
        signal = (Object.entries(signals).find(([, n]) => n === Number(killed))?.[0] ?? `SIG${killed}`) as NodeJS.Signals;
      }
    } else if (existsSync(rssFile)) {
      maxRssBytes = Number(readFileSync(rssFile, "utf8")) * 1024;
    }
    const stderr = (r.stderr?.toString("utf8") ?? "")
      .split("\n")
      .filter((line) => !/^Command (exited with non-zero status|terminated by signal)/.test(line))
      .slice(-20)
      .join("\n")
      .trim();
    return { ms, maxRssBytes, status, signal, stderr };
  } finally {
    if (typeof stdin === "number") closeSync(stdin);
    if (typeof stdout === "number") closeSync(stdout);
  }
}

/** A program on PATH, or undefined. */
export function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** The last `bytes` of a file, for reading a report's summary without parsing the whole report. */
export function readTail(path: string, bytes: number): string {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size, bytes);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    return buffer.toString("utf8");
  } finally {
    closeSync(fd);
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function formatMB(bytes: number | undefined): string {
  if (bytes === undefined) return "n/a";
  const mb = bytes / (1024 * 1024);
  return mb >= 1024 ? `${(mb / 1024).toFixed(2)} GiB` : `${mb.toFixed(0)} MiB`;
}

export function formatMs(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`;
}

/** How a run ended, when it did not end with a status of its own (0, or 1 for findings): the error it printed. */
export function failure(m: Measurement, okStatuses: readonly number[] = [0, 1]): string | undefined {
  // An uncaught exception also exits with 1: its error line on stderr tells it from findings.
  const uncaught = /^(\w*Error|FATAL ERROR)\b/m.test(m.stderr);
  if (m.status !== null && okStatuses.includes(m.status) && !uncaught) return undefined;
  const error = (/^(\w*Error|FATAL ERROR)\b[^\n]*/m.exec(m.stderr) ?? /\b(\w*Error|FATAL ERROR)\b[^\n]*/.exec(m.stderr))?.[0];
  const how = m.signal ? `killed by ${m.signal}` : `exit ${m.status}`;
  return `crashed: ${error ?? how}${error && m.signal ? ` (${how})` : ""}`;
}
