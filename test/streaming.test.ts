/**
 * A large file is read a block at a time and checked a document at a time:
 * whatever the blocks, the result is the one of reading the whole text.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, checkText } from "../src/check.js";
import { type ManifestObject } from "../src/load/types.js";
import { parseManifests, readManifestStream } from "../src/load/parse.js";
import { KubectlCutter, kubectlChunks } from "../src/load/yaml/stream.js";
import { commentSuppressions, SuppressionComments } from "../src/rules/suppressions.js";
import { readAllYamlVectors } from "./yaml-compare.js";

const root = join(import.meta.dirname, "..");
const corpusDir = join(root, "test", "corpus", "daemonsets");
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith(".yaml"))
  .sort()
  .map((f) => readFileSync(join(corpusDir, f), "utf8"));
const vectors = readAllYamlVectors();

/** The text cut at pseudo-random places, some blocks empty, some a single character. */
function blocksOf(text: string, seed: number): string[] {
  let state = seed >>> 0 || 1;
  const next = (n: number) => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) % n);
  const blocks: string[] = [];
  for (let at = 0; at < text.length; ) {
    const size = [0, 1, 2, 7, 64, 1000][next(6)]!;
    blocks.push(text.slice(at, at + size));
    at += size;
  }
  return blocks;
}

function cutInBlocks(text: string, blocks: string[], readOn: boolean) {
  const cutter = new KubectlCutter(readOn);
  const chunks = [];
  const texts: string[] = [];
  for (const piece of [...blocks.flatMap((b) => [...cutter.push(b)]), ...cutter.end()]) {
    if (piece.kind !== "chunk") continue;
    chunks.push(piece.chunk);
    texts.push(piece.text);
  }
  expect(texts).toEqual(chunks.map((c) => text.slice(c.start, c.end)));
  return cutter.separatorError ? { chunks, separatorError: cutter.separatorError } : { chunks };
}

/** What a reading hands over, with every object's ranges for each of its top-level fields. */
function reading(objects: ManifestObject[]) {
  return objects.map((o) => ({
    value: o.value,
    documentIndex: o.documentIndex,
    basePath: o.basePath,
    ranges: [[], ...Object.keys((o.value as object) ?? {}).map((k) => [k])].map((path) => o.locate(path)),
  }));
}

describe("reading in blocks", () => {
  const inputs = [...vectors.map((v) => v.input), ...corpus];

  it("cuts the stream exactly as the whole text is cut, whatever the blocks", () => {
    for (const [i, text] of inputs.entries()) {
      for (const readOn of [false, true]) {
        expect(cutInBlocks(text, blocksOf(text, i + 1), readOn), `input ${i}`).toEqual(kubectlChunks(text, readOn));
      }
    }
  });

  it("reads the same objects, findings, document lines and line count as from the whole text", { timeout: 120_000 }, () => {
    for (const [i, text] of inputs.entries()) {
      if (text.includes("\u0000")) continue;
      const whole = parseManifests(text, "f.yaml");
      const objects: ManifestObject[] = [];
      const pieces: Array<[string, number]> = [];
      const streamed = readManifestStream(blocksOf(text, i + 7), "f.yaml", (o) => objects.push(o), {}, (t, line) => pieces.push([t, line]));
      expect({ ...streamed, objects: reading(objects) }, `input ${i}`).toEqual({ ...whole, objects: reading(whole.objects) });
      expect(streamed.lineCount).toBe(text.split("\n").length);
      // The pieces seen by a listener are the whole text, in order.
      if (!/^\s*\{/.test(text)) {
        const comments = new SuppressionComments();
        for (const [t, line] of pieces) comments.scan(t, line);
        expect(comments.suppressions("f.yaml", whole.documentLines, streamed.lineCount)).toEqual(commentSuppressions(text.replace(/^\uFEFF/, ""), "f.yaml", whole.documentLines));
      }
    }
  });

  it("a file of several megabytes is read in blocks, with the same findings and suppressions as its text", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "dslint-stream-"));
    const daemonSet = (i: number) =>
      `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent-${i}\n  namespace: x\nspec:\n  selector: {matchLabels: {app: a${i}}}\n  template:\n    metadata: {labels: {app: a${i}}}\n    spec:\n      # dslint-disable-next-line image-tag -- pinned elsewhere\n      containers: [{name: c, image: "agent:latest"}]\n`;
    // Mostly a large ConfigMap, which is only checked for its syntax: a file of 9 MB in a few seconds.
    const padding = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n${Array.from({ length: 120_000 }, (_, i) => `  key${i}: "${"v".repeat(60)}"`).join("\n")}\n`;
    const text = [daemonSet(1), padding, daemonSet(2), "--- # dslint-disable\n" + daemonSet(3), "---\nkind: [\n", daemonSet(4)].join("---\n");
    expect(text.length).toBeGreaterThan(8 * 1024 * 1024);
    writeFileSync(join(dir, "big.yaml"), text);
    const fromFile = await check(["big.yaml"], { cwd: dir, threads: 0 });
    const fromText = await checkText(text, "big.yaml", { cwd: dir });
    expect(fromFile).toEqual(fromText);
    expect(fromFile.summary.daemonSets).toBe(4);
    expect(fromFile.findings.some((f) => f.ruleId === "yaml-syntax")).toBe(true);
    expect(fromFile.findings.some((f) => f.ruleId === "image-tag")).toBe(false);
  });

  it("a file over 8 MiB with a NUL is one finding at the NUL; a document over 32 MiB is reported, the others checked", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "dslint-stream-"));
    const filler = `# ${"x".repeat(1000)}\n`.repeat(9000);
    writeFileSync(join(dir, "nul.yaml"), `${filler}a: "\u0000"\n`);
    const nul = await check(["nul.yaml"], { cwd: dir, threads: 0 });
    expect(nul.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([["yaml-syntax", 9001, 5]]);
    const ds = `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: small, namespace: x}\nspec: {selector: {matchLabels: {a: b}}, template: {metadata: {labels: {a: b}}, spec: {containers: [{name: c, image: "x:1"}]}}}\n`;
    const huge = `kind: ConfigMap\ndata:\n${`  k: "${"v".repeat(1000)}"\n`.repeat(34_000)}`;
    writeFileSync(join(dir, "huge.yaml"), `${ds}---\n${huge}---\n${ds.replace("small", "after")}`);
    const r = await check(["huge.yaml"], { cwd: dir, threads: 0 });
    expect(r.findings.filter((f) => f.ruleId === "unreadable-path").map((f) => [f.line, f.message])).toEqual([[6, expect.stringMatching(/^a document of more than 32 MiB: not checked/)]]);
    expect(r.summary.daemonSets).toBe(2);
  });
});

describe("what a run keeps, kept small", () => {
  it("revived facts share their strings, keep a __proto__ key as an own entry, and change nothing else", async () => {
    const { sharingStrings } = await import("../src/values.js");
    const seen = new Map<string, string>();
    const first = sharingStrings(JSON.parse('{"file":"a.yaml","labels":{"__proto__":"x","app":"agent"},"n":1}') as Record<string, unknown>, seen);
    const second = sharingStrings(JSON.parse('{"file":"a.yaml","list":["a.yaml",{"app":"agent"}],"n":null}') as Record<string, unknown>, seen);
    expect(second).toEqual({ file: "a.yaml", list: ["a.yaml", { app: "agent" }], n: null });
    expect(Object.hasOwn(first.labels as object, "__proto__")).toBe(true);
    expect((first.labels as Record<string, unknown>)["__proto__"]).toBe("x");
    expect(Object.getPrototypeOf(first.labels)).toBe(Object.prototype);
    // One string per distinct text: the map holds each once.
    expect([...seen.keys()].sort()).toEqual(["a.yaml", "agent", "x"]);
  });

  it("the block reader says whether it read an alias, the one way a node gets two places", async () => {
    const { readBlockDocument } = await import("../src/load/block-reader.js");
    expect(readBlockDocument("kind: DaemonSet\nmetadata:\n  labels: {app: a}\n")?.aliased).toBe(false);
    const shared = readBlockDocument("kind: DaemonSet\nmetadata:\n  labels: &l\n    app: a\nspec:\n  selector:\n    matchLabels: *l\n");
    expect(shared?.aliased).toBe(true);
    const value = shared!.value as { metadata: { labels: unknown }; spec: { selector: { matchLabels: unknown } } };
    expect(value.spec.selector.matchLabels).toBe(value.metadata.labels);
  });

  it("a null in an aliased map is read as the API server reads it at each place, the other place unchanged", () => {
    // Under labels a null is "", in a struct a null field is dropped: the alias must not carry one place's reading to the other.
    const text = "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: x\n  labels: &l\n    a:\nspec:\n  template:\n    spec:\n      securityContext: *l\n";
    const { objects } = parseManifests(text, "x.yaml");
    const value = objects[0]!.value as { metadata: { labels: unknown }; spec: { template: { spec: { securityContext: unknown } } } };
    expect(value.metadata.labels).toEqual({ a: "" });
    expect(value.spec.template.spec.securityContext).toEqual({});
  });
});
