/**
 * dslint decodes YAML as kubectl does: every vector of test/vectors/yaml
 * (expectations from sigs.k8s.io/yaml + go-yaml v2.4.0 through
 * test/yaml-oracle, see its README) through decodeStreamLikeKubectl. No Go
 * needed here; test/e2e/yaml-oracle.test.ts checks the vectors against the
 * oracle itself.
 */
import { describe, expect, it } from "vitest";
import { decodeStreamLikeKubectl } from "../src/load/yaml/stream.js";
import { CATEGORIES, checkVectors, disagreement, formatAgreement, readAllYamlVectors, readYamlVectors, safeJson, type Vector } from "./yaml-compare.js";

const vectors = readAllYamlVectors();

function vectorWithInput(input: string): Vector {
  const v = vectors.find((x) => x.input === input);
  if (!v) throw new Error(`no vector has the input ${JSON.stringify(input)}: regenerate test/vectors/yaml (npm run vectors:yaml)`);
  return v;
}

function vectorWithId(prefix: string): Vector {
  const v = vectors.find((x) => x.id.startsWith(prefix));
  if (!v) throw new Error(`no vector's id starts with ${prefix}: regenerate test/vectors/yaml (npm run vectors:yaml)`);
  return v;
}

/** Checks one vector, failing with the reason and what dslint gave. */
function agrees(v: Vector) {
  const got = decodeStreamLikeKubectl(v.input);
  const reason = disagreement(v, got);
  expect(reason, `${v.id}: ${reason}\n  got: ${safeJson(got, 600)}`).toBeUndefined();
  return got;
}

describe("YAML decoding like kubectl (test/vectors/yaml)", () => {
  it("has every vector file, each with vectors", () => {
    for (const category of CATEGORIES) expect(readYamlVectors(category).length, category).toBeGreaterThan(0);
    expect(vectors.filter((v) => v.id.startsWith("mutated-corpus/")).length).toBeGreaterThanOrEqual(3000);
  });

  it("agrees with kubectl on every vector", { timeout: 300_000 }, () => {
    const result = checkVectors(vectors, decodeStreamLikeKubectl);
    const report = formatAgreement(result);
    console.log(report);
    expect(result.disagreements.length, report).toBe(0);
  });

  it("accepts the manila manifest, with kubectl's value", () => {
    const v = vectorWithId("manila/original/");
    expect(v.expect.documents.map((d) => (d.error ? "error" : d.skip ? "skip" : "json"))).toEqual(["json"]);
    const got = agrees(v);
    expect(got.documents[0]!.error).toBeUndefined();
    expect(got.documents[0]!.value).toEqual(v.expect.documents[0]!.json);
  });

  it("rejects a tab before a comment at the start of a line (`\\t# c`)", () => {
    const v = vectorWithInput("\t# c\na: 1\n");
    expect(v.expect.documents[0]!.error).toBeDefined();
    expect(agrees(v).documents[0]!.error).toBeDefined();
  });

  it("rejects .inf (JSON has no infinity)", () => {
    const v = vectorWithInput("metadata:\n  name: ds\nvalue: .inf\nafter: x\n");
    expect(v.expect.documents[0]!.error).toBeDefined();
    expect(agrees(v).documents[0]!.error).toBeDefined();
  });

  it("rejects a null key (`~: 1`)", () => {
    const v = vectorWithInput("~: 1\n");
    expect(v.expect.documents[0]!.error).toBeDefined();
    expect(agrees(v).documents[0]!.error).toBeDefined();
  });

  it("reads `nodeSelector: {disk: }` as a null value", () => {
    const v = vectorWithInput("nodeSelector: {disk: }\n");
    expect(v.expect.documents[0]!.json).toEqual({ nodeSelector: { disk: null } });
    expect(agrees(v).documents[0]!.value).toEqual(v.expect.documents[0]!.json);
  });
});
