/**
 * Every fix and every suggestion on every corpus file: the result decodes as
 * kubectl decodes it (src/load/yaml/stream.ts, held to the Go decoder by the
 * YAML vectors), keeps every comment line, adds no schema or syntax finding,
 * and (for fixes) makes its findings go away without adding any other.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkText } from "../src/check.js";
import type { Finding } from "../src/finding.js";
import { applyCorrections } from "../src/fix/apply.js";
import type { Correction } from "../src/fix/edits.js";
import { decodeStreamLikeKubectl } from "../src/load/yaml/stream.js";
import { corpusDaemonSets } from "./data.js";

const files = readdirSync(corpusDaemonSets).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();

/** A finding across an edit: lines move, and messages quote them. */
const key = (f: Finding) => [f.ruleId, f.path, f.object?.kind, f.object?.namespace, f.object?.name].join("\u0000");

function counts(findings: readonly Finding[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of findings) out.set(key(f), (out.get(key(f)) ?? 0) + 1);
  return out;
}

const comments = (text: string) => text.split(/\r?\n/).filter((l) => /^\s*#/.test(l)).map((l) => l.trim());
const decodeErrors = (text: string) => decodeStreamLikeKubectl(text).documents.filter((d) => d.error !== undefined).length;
const STRUCTURAL = new Set(["schema", "yaml-syntax", "yaml-implicit-type", "duplicate-key", "missing-kind", "missing-api-version"]);

interface Outcome {
  file: string;
  applied: number;
  problems: string[];
}

async function tryAll(file: string, pick: (f: Finding) => Correction | undefined): Promise<Outcome> {
  const text = readFileSync(join(corpusDaemonSets, file), "utf8");
  const before = (await checkText(text, file, { suggestions: true })).findings;
  const corrections = before.flatMap((f) => pick(f) ?? []);
  const result = applyCorrections(text, corrections);
  const problems: string[] = [];
  if (result.applied.length === 0) return { file, applied: 0, problems };
  if (decodeErrors(result.text) > decodeErrors(text)) problems.push("no longer decodes");
  const kept = new Set(comments(result.text));
  for (const c of comments(text)) if (!kept.has(c)) problems.push(`lost the comment ${JSON.stringify(c)}`);
  const after = (await checkText(result.text, file)).findings;
  const was = counts(before.filter((f) => STRUCTURAL.has(f.ruleId)));
  for (const [k, n] of counts(after.filter((f) => STRUCTURAL.has(f.ruleId)))) if (n > (was.get(k) ?? 0)) problems.push(`a new ${k.split("\u0000")[0]} finding at ${k.split("\u0000")[1]}`);
  return { file, applied: result.applied.length, problems };
}

describe("fixes and suggestions on the corpus", () => {
  it("every fix: decodes, keeps comments, fixes its findings and adds none", { timeout: 300_000 }, async () => {
    let applied = 0;
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(corpusDaemonSets, file), "utf8");
      const outcome = await tryAll(file, (f) => f.autofix);
      applied += outcome.applied;
      problems.push(...outcome.problems.map((p) => `${file}: ${p}`));
      if (outcome.applied === 0) continue;
      // Fixed findings are gone, and nothing else came: counted by rule, field and object.
      const before = (await checkText(text, file)).findings;
      const fixed = applyCorrections(text, before.flatMap((f) => f.autofix ?? []));
      const after = counts((await checkText(fixed.text, file)).findings);
      const had = counts(before);
      const gone = counts(before.filter((f) => f.autofix !== undefined && fixed.applied.includes(f.autofix)));
      // A move to apps/v1 lets the checks that skip unservable DaemonSets run: what they find is news, not damage.
      const migrated = before.some((f) => f.ruleId === "removed-api-version");
      for (const k of new Set([...had.keys(), ...after.keys()])) {
        const allowed = (had.get(k) ?? 0) - (gone.get(k) ?? 0);
        const n = after.get(k) ?? 0;
        if (n <= allowed) continue;
        if ((gone.get(k) ?? 0) > 0) problems.push(`${file}: the fix of ${k.split("\u0000")[0]} at ${k.split("\u0000")[1]} left it`);
        else if (!migrated) problems.push(`${file}: ${n - allowed} more ${k.split("\u0000")[0]} at ${k.split("\u0000")[1]}`);
      }
    }
    expect(problems).toEqual([]);
    // The corpus has removed API versions and YAML 1.1 traps: some fixes apply.
    expect(applied).toBeGreaterThan(0);
  });

  it("every first suggestion: decodes, keeps comments, adds no schema or syntax finding", { timeout: 300_000 }, async () => {
    let applied = 0;
    const problems: string[] = [];
    for (const file of files) {
      const outcome = await tryAll(file, (f) => f.suggestions?.[0]);
      applied += outcome.applied;
      problems.push(...outcome.problems.map((p) => `${file}: ${p}`));
    }
    expect(problems).toEqual([]);
    expect(applied).toBeGreaterThan(100);
  });
});
