/**
 * `check --fix` and `--fix-dry-run`: check, apply the findings' corrections
 * to the texts, check the new texts, and again while a pass applies
 * something (a migration to apps/v1 makes new fixable findings visible), at
 * most MAX_PASSES times, as ESLint does. Files are written only at the end,
 * atomically, and only where the file on disk is still the text that was
 * read.
 */
import { chmodSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { checkForReport, type CheckReport } from "../check.js";
import type { Finding } from "../finding.js";
import { readInput } from "../load/files.js";
import type { CheckOptions } from "../config/run.js";
import { applyCorrections, unifiedDiff } from "./apply.js";
import type { Correction } from "./edits.js";

/** Passes at most: each after the first checks the texts the one before changed. */
export const MAX_PASSES = 10;

export interface FixOptions {
  /** Write the files (--fix); otherwise only work out what would change (--fix-dry-run). */
  write: boolean;
  /** Only these rules' corrections (--fix-rule); every rule's when undefined. */
  rules?: ReadonlySet<string>;
  /** Also apply each finding's first suggestion (--suggestions). */
  suggestions: boolean;
}

/** What happened to one file. */
export interface FixedFile {
  /** The name findings give it. */
  file: string;
  absolutePath: string;
  before: string;
  after: string;
  /** Corrections applied over every pass. */
  applied: number;
  /** --fix: written; or why not. */
  written?: true | string;
}

export interface FixOutcome {
  /** The findings that remain: the last pass's check (of the files on disk after --fix). */
  report: CheckReport;
  files: FixedFile[];
  passes: number;
  /** Corrections of files read a block at a time (too large to hold): not applied. */
  notApplicable: number;
}

/** The corrections a finding offers this run. */
function correctionsOf(f: Finding, options: FixOptions): Correction[] {
  if (options.rules && !options.rules.has(f.ruleId)) return [];
  const out: Correction[] = [];
  if (f.autofix) out.push(f.autofix);
  if (options.suggestions && f.suggestions?.[0]) out.push(f.suggestions[0]);
  return out;
}

export async function checkAndFix(paths: readonly string[], checkOptions: CheckOptions, errorsOnly: boolean, options: FixOptions): Promise<FixOutcome> {
  const cwd = checkOptions.cwd ?? process.cwd();
  const texts = new Map<string, string>();
  const originals = new Map<string, string>();
  const applied = new Map<string, number>();
  const names = new Map<string, string>();
  let report = await checkForReport(paths, checkOptions, errorsOnly, texts);
  let passes = 1;
  let notApplicable = 0;
  try {
    for (;;) {
      const byFile = new Map<string, Correction[]>();
      notApplicable = 0;
      for (const f of report.findings) {
        const corrections = correctionsOf(f, options);
        if (corrections.length === 0) continue;
        const path = resolve(cwd, f.file);
        if (!texts.has(path)) {
          notApplicable += corrections.length;
          continue;
        }
        names.set(path, f.file);
        const list = byFile.get(path);
        if (list) list.push(...corrections);
        else byFile.set(path, [...corrections]);
      }
      let changed = false;
      for (const [path, corrections] of byFile) {
        const text = texts.get(path)!;
        const result = applyCorrections(text, corrections);
        if (result.applied.length === 0 || result.text === text) continue;
        if (!originals.has(path)) originals.set(path, text);
        texts.set(path, result.text);
        applied.set(path, (applied.get(path) ?? 0) + result.applied.length);
        changed = true;
      }
      if (!changed || passes >= MAX_PASSES) break;
      report.close();
      report = await checkForReport(paths, checkOptions, errorsOnly, texts);
      passes++;
    }
  } catch (err) {
    report.close();
    throw err;
  }
  const files: FixedFile[] = [...originals].map(([absolutePath, before]) => ({
    file: names.get(absolutePath)!,
    absolutePath,
    before,
    after: texts.get(absolutePath)!,
    applied: applied.get(absolutePath) ?? 0,
  }));
  if (options.write) {
    for (const f of files) f.written = writeIfUnchanged(f);
    // What is reported is what is on disk: a file left alone is checked as it is there.
    if (files.some((f) => f.written !== true)) {
      report.close();
      report = await checkForReport(paths, checkOptions, errorsOnly);
    }
  }
  return { report, files, passes, notApplicable };
}

/** Writes the file's new text in its place, atomically, if the file still holds the text that was fixed; else says why not. */
export function writeIfUnchanged(f: FixedFile): true | string {
  const now = readInput({ name: f.file, absolutePath: f.absolutePath });
  if ("problem" in now) return `not written: ${now.problem}`;
  if (now.text !== f.before) return "not written: it changed on disk while dslint was fixing it";
  const temp = join(dirname(f.absolutePath), `.${basename(f.absolutePath)}.dslint-${process.pid}.tmp`);
  try {
    writeFileSync(temp, f.after, { flag: "wx" });
    chmodSync(temp, statSync(f.absolutePath).mode & 0o7777);
    renameSync(temp, f.absolutePath);
    return true;
  } catch (err) {
    rmSync(temp, { force: true });
    return `not written: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
  }
}

/** The unified diff of every file the fixes change, in the order they were first changed. */
export function fixDiff(files: readonly FixedFile[]): string {
  return files.map((f) => unifiedDiff(f.file, f.before, f.after)).join("");
}
