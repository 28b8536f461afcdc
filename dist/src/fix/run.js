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
import { checkForReport } from "../check.js";
import { readInput } from "../load/files.js";
import { applyCorrections, unifiedDiff } from "./apply.js";
/** Passes at most: each after the first checks the texts the one before changed. */
export const MAX_PASSES = 10;
/** The corrections a finding offers this run. */
function correctionsOf(f, options) {
    if (options.rules && !options.rules.has(f.ruleId))
        return [];
    const out = [];
    if (f.autofix)
        out.push(f.autofix);
    if (options.suggestions && f.suggestions?.[0])
        out.push(f.suggestions[0]);
    return out;
}
export async function checkAndFix(paths, checkOptions, errorsOnly, options) {
    const cwd = checkOptions.cwd ?? process.cwd();
    const texts = new Map();
    const originals = new Map();
    const applied = new Map();
    const names = new Map();
    let report = await checkForReport(paths, checkOptions, errorsOnly, texts);
    let passes = 1;
    let notApplicable = 0;
    try {
        for (;;) {
            const byFile = new Map();
            notApplicable = 0;
            for (const f of report.findings) {
                const corrections = correctionsOf(f, options);
                if (corrections.length === 0)
                    continue;
                const path = resolve(cwd, f.file);
                if (!texts.has(path)) {
                    notApplicable += corrections.length;
                    continue;
                }
                names.set(path, f.file);
                const list = byFile.get(path);
                if (list)
                    list.push(...corrections);
                else
                    byFile.set(path, [...corrections]);
            }
            let changed = false;
            for (const [path, corrections] of byFile) {
                const text = texts.get(path);
                const result = applyCorrections(text, corrections);
                if (result.applied.length === 0 || result.text === text)
                    continue;
                if (!originals.has(path))
                    originals.set(path, text);
                texts.set(path, result.text);
                applied.set(path, (applied.get(path) ?? 0) + result.applied.length);
                changed = true;
            }
            if (!changed || passes >= MAX_PASSES)
                break;
            report.close();
            report = await checkForReport(paths, checkOptions, errorsOnly, texts);
            passes++;
        }
    }
    catch (err) {
        report.close();
        throw err;
    }
    const files = [...originals].map(([absolutePath, before]) => ({
        file: names.get(absolutePath),
        absolutePath,
        before,
        after: texts.get(absolutePath),
        applied: applied.get(absolutePath) ?? 0,
    }));
    if (options.write) {
        for (const f of files)
            f.written = writeIfUnchanged(f);
        // What is reported is what is on disk: a file left alone is checked as it is there.
        if (files.some((f) => f.written !== true)) {
            report.close();
            report = await checkForReport(paths, checkOptions, errorsOnly);
        }
    }
    return { report, files, passes, notApplicable };
}
/** Writes the file's new text in its place, atomically, if the file still holds the text that was fixed; else says why not. */
export function writeIfUnchanged(f) {
    const now = readInput({ name: f.file, absolutePath: f.absolutePath });
    if ("problem" in now)
        return `not written: ${now.problem}`;
    if (now.text !== f.before)
        return "not written: it changed on disk while dslint was fixing it";
    const temp = join(dirname(f.absolutePath), `.${basename(f.absolutePath)}.dslint-${process.pid}.tmp`);
    try {
        writeFileSync(temp, f.after, { flag: "wx" });
        chmodSync(temp, statSync(f.absolutePath).mode & 0o7777);
        renameSync(temp, f.absolutePath);
        return true;
    }
    catch (err) {
        rmSync(temp, { force: true });
        return `not written: ${err.code ?? err.message}`;
    }
}
/** The unified diff of every file the fixes change, in the order they were first changed. */
export function fixDiff(files) {
    return files.map((f) => unifiedDiff(f.file, f.before, f.after)).join("");
}
