/**
 * The YAML oracle itself (test/yaml-oracle: sigs.k8s.io/yaml + go-yaml v2,
 * as kubectl decodes a stream), built with Go:
 *   (a) it builds, offline;
 *   (b) it still says what the committed vectors (test/vectors/yaml) expect;
 *   (c) dslint agrees with it on a fresh batch, made with another seed
 *       (DSLINT_YAML_SEED, else a fixed one; printed).
 * Needs `go` and the sigs.k8s.io/yaml sources (apt-get install golang-go
 * golang-k8s-sigs-yaml-dev); skipped without them, failing instead under
 * DSLINT_REQUIRE_EXTERNAL=1.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildOracle, COMMITTED_SEED, generateInputs, runOracle, usable, type Vector, type VectorInput } from "../../scripts/yaml-vectors.js";
import { checkText } from "../../src/check.js";
import { applyCorrections } from "../../src/fix/apply.js";
import { decodeStreamLikeKubectl } from "../../src/load/yaml/stream.js";
import { externalProgram, requireProgram, type ExternalProgram } from "../external.js";
import { corpusDaemonSets } from "../data.js";
import { checkVectors, formatAgreement, jsonDifference, readAllYamlVectors, safeJson } from "../yaml-compare.js";

const INSTALL = "apt-get install golang-go golang-k8s-sigs-yaml-dev";
/** Not the committed seed: a fresh batch. */
const DEFAULT_FRESH_SEED = 7919;

const goTool = externalProgram("go", INSTALL, ["version"]);
const sourcesFound = ["/usr/share/gocode", ...(process.env.GOPATH?.split(delimiter) ?? [])].some((p) => existsSync(join(p, "src", "sigs.k8s.io", "yaml", "yaml.go")));
/** Go with the sigs.k8s.io/yaml sources: missing when either is. */
const go: ExternalProgram = { ...goTool, command: sourcesFound ? "go" : "sigs.k8s.io/yaml (Go sources)", version: sourcesFound ? goTool.version : undefined };

const work = mkdtempSync(join(tmpdir(), "dslint-yaml-oracle-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let binary: string | undefined;
function oracle(): string {
  if (binary === undefined) {
    const start = Date.now();
    binary = buildOracle(work);
    console.log(`built the YAML oracle (${goTool.version}) in ${((Date.now() - start) / 1000).toFixed(1)} s`);
  }
  return binary;
}

describe("the YAML oracle (sigs.k8s.io/yaml, go-yaml v2)", () => {
  it("builds offline", { timeout: 120_000 }, (ctx) => {
    requireProgram(go, ctx);
    expect(existsSync(oracle())).toBe(true);
  });

  it("still gives the committed vectors' expectations", { timeout: 120_000 }, (ctx) => {
    requireProgram(go, ctx);
    const vectors = readAllYamlVectors();
    const results = runOracle(oracle(), vectors);
    const differ: string[] = [];
    vectors.forEach((v, i) => {
      const r = results[i]!;
      const now = { documents: r.documents, ...(r.streamError !== undefined ? { streamError: r.streamError } : {}) };
      // Compared as parsed values (the expectation is the oracle's text, parsed the same way), iteratively: values nest 10000 deep.
      const diff = r.jsonStream ? "the oracle reads it as JSON" : jsonDifference(v.expect, now);
      if (diff !== undefined) differ.push(`${v.id}: ${diff}\n    committed: ${safeJson(v.expect)}\n    oracle:    ${safeJson(now)}`);
    });
    expect(differ.length, `${differ.length} of ${vectors.length} committed vectors differ from the oracle (regenerate: npm run vectors:yaml):\n${differ.slice(0, 20).join("\n")}`).toBe(0);
  });

  it("agrees with dslint on a fresh batch", { timeout: 180_000 }, (ctx) => {
    requireProgram(go, ctx);
    const seed = process.env.DSLINT_YAML_SEED !== undefined ? Number(process.env.DSLINT_YAML_SEED) : DEFAULT_FRESH_SEED;
    expect(Number.isInteger(seed), "DSLINT_YAML_SEED must be an integer").toBe(true);
    if (seed === COMMITTED_SEED) console.log(`note: seed ${seed} is the committed vectors' seed`);
    const inputs = generateInputs({ seed, systematic: false, random: { battery: 800, layouts: 800, anchors: 300, manila: 200, "mutated-corpus": 1200 } });
    const results = runOracle(oracle(), inputs);
    const vectors: Vector[] = [];
    inputs.forEach((input, i) => {
      const r = results[i]!;
      if (usable(r)) vectors.push({ ...input, expect: { documents: r.documents, ...(r.streamError !== undefined ? { streamError: r.streamError } : {}) } });
    });
    const result = checkVectors(vectors, decodeStreamLikeKubectl);
    const report = `fresh batch, seed ${seed} (DSLINT_YAML_SEED=${seed} to repeat): ${vectors.length} streams\n${formatAgreement(result)}`;
    console.log(report);
    expect(result.disagreements.length, report).toBe(0);
  });

  it("reads every corpus file with its fixes, and with its suggestions, applied, as dslint does", { timeout: 300_000 }, async (ctx) => {
    requireProgram(go, ctx);
    const inputs: VectorInput[] = [];
    for (const file of readdirSync(corpusDaemonSets).filter((f) => /\.ya?ml$/.test(f)).sort()) {
      const text = readFileSync(join(corpusDaemonSets, file), "utf8");
      const findings = (await checkText(text, file, { suggestions: true })).findings;
      const fixed = applyCorrections(text, findings.flatMap((f) => f.autofix ?? []));
      const suggested = applyCorrections(text, findings.flatMap((f) => f.suggestions?.[0] ?? []));
      if (fixed.applied.length > 0) inputs.push({ id: `mutated-corpus/fixed/${file}`, input: fixed.text });
      if (suggested.applied.length > 0) inputs.push({ id: `mutated-corpus/suggested/${file}`, input: suggested.text });
    }
    expect(inputs.length).toBeGreaterThan(50);
    const results = runOracle(oracle(), inputs);
    const broken = inputs.flatMap((input, i) => {
      const r = results[i]!;
      const errors = r.documents.flatMap((d) => (d.error !== undefined ? [d.error] : []));
      return r.streamError !== undefined || errors.length > 0 ? [`${input.id}: ${r.streamError ?? errors.join("; ")}`] : [];
    });
    expect(broken).toEqual([]);
    const vectors: Vector[] = inputs.flatMap((input, i) => {
      const r = results[i]!;
      return usable(r) ? [{ ...input, expect: { documents: r.documents } }] : [];
    });
    const result = checkVectors(vectors, decodeStreamLikeKubectl);
    expect(result.disagreements.length, formatAgreement(result)).toBe(0);
  });
});
