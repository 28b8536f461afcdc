/**
 * What the checks see agrees with kubectl on every vector of
 * test/vectors/yaml: parseManifests, with its fast block reader and its
 * syntax-only reading of kinds no check needs, reports an error exactly where
 * kubectl cannot read a document, decodes what it reads to kubectl's value
 * (with the API server's reading of nulls), and places every finding inside
 * the file.
 */
import { describe, expect, it } from "vitest";
import { applyApiNulls } from "../src/k8s/nulls.js";
import { parseManifests } from "../src/load/parse.js";
import { jsonDifference, readAllYamlVectors, excerpt, type Vector } from "./yaml-compare.js";

const vectors = readAllYamlVectors();

/** kubectl rejects the stream: a document it cannot decode, or a --- line it stops at. */
const rejected = (v: Vector) => v.expect.streamError !== undefined || v.expect.documents.some((d) => d.error !== undefined);

function outsideTheText(text: string, f: { line: number; column: number; endLine: number; endColumn: number }): boolean {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split("\n");
  const fits = (line: number, column: number) => line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1]!.length + 1;
  return !fits(f.line, f.column) || !fits(f.endLine, f.endColumn) || f.endLine < f.line || (f.endLine === f.line && f.endColumn < f.column);
}

describe("parseManifests on the kubectl decoding vectors", () => {
  it("reports an error exactly where kubectl cannot read the stream, with every document decoded to kubectl's value", { timeout: 300_000 }, () => {
    const problems: string[] = [];
    for (const v of vectors) {
      const loaded = parseManifests(v.input, "v.yaml", { wholeDocuments: true });
      // A duplicate key is an error of the manifest, not of its reading: kubectl keeps the last value.
      // And dslint does not check a document nested past 1,000 levels, saying that kubectl reads it.
      const errors = loaded.findings.filter((f) => f.severity === "error" && f.ruleId !== "duplicate-key" && !f.message.includes("kubectl reads it"));
      const say = (what: string) => problems.push(`${v.id}: ${what}\n    input: ${excerpt(v.input)}\n    findings: ${loaded.findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`).join(" | ")}`);
      if (rejected(v) !== errors.length > 0) {
        say(rejected(v) ? "kubectl rejects it, dslint reports no error" : `kubectl reads it, dslint reports ${errors.map((f) => f.ruleId).join(", ")}`);
        continue;
      }
      const outside = loaded.findings.find((f) => outsideTheText(v.input, f));
      if (outside) say(`finding outside the text at ${outside.line}:${outside.column}-${outside.endLine}:${outside.endColumn}`);
      const unchecked = loaded.findings.some((f) => f.message.includes("kubectl reads it"));
      v.expect.documents.forEach((d, index) => {
        if (unchecked) return;
        const objects = loaded.objects.filter((o) => o.documentIndex === index);
        if (d.json === undefined || d.error !== undefined || d.ambiguous?.length) return;
        if (objects.length !== 1) return say(`document ${index}: ${objects.length} objects, kubectl decodes one`);
        const expected = structuredClone(d.json);
        applyApiNulls(expected);
        const difference = jsonDifference(expected, objects[0]!.value);
        if (difference) say(`document ${index}: ${difference}`);
      });
    }
    expect(problems.length, `${problems.length} of ${vectors.length} vectors:\n${problems.slice(0, 40).join("\n")}`).toBe(0);
  });

  it("syntax-checks the documents it does not decode as strictly as kubectl reads them", { timeout: 300_000 }, () => {
    const problems: string[] = [];
    for (const v of vectors) {
      const loaded = parseManifests(v.input, "v.yaml");
      const errors = loaded.findings.filter((f) => f.severity === "error" && (f.ruleId === "yaml-syntax" || f.ruleId === "duplicate-key"));
      const syntax = errors.filter((f) => f.ruleId === "yaml-syntax" && !f.message.includes("kubectl reads it"));
      if (rejected(v) !== syntax.length > 0) problems.push(`${v.id}: kubectl ${rejected(v) ? "rejects" : "reads"} it; dslint: ${syntax.map((f) => f.message).join(" | ") || "no error"}\n    input: ${excerpt(v.input)}`);
    }
    expect(problems.length, `${problems.length} of ${vectors.length} vectors:\n${problems.slice(0, 40).join("\n")}`).toBe(0);
  });
});
