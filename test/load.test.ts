import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandPaths, readInput } from "../src/load/files.js";
import { parseManifests } from "../src/load/parse.js";
import { isSkippableDocument } from "../src/load/prescan.js";
import { kubectlChunks } from "../src/load/yaml/stream.js";
import { resolvePlainYaml11 } from "../src/load/yaml11.js";

const DS = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
  namespace: kube-system
spec:
  selector:
    matchLabels: {app: agent}
  template:
    metadata:
      labels: {app: agent}
    spec:
      containers:
        - name: agent
          image: "example/agent:1.0"
          env:
            - name: ENABLED
              value: yes
`;

describe("YAML 1.1 scalar resolution (go-yaml v2, as Kubernetes decodes)", () => {
  it.each([
    ["yes", true], ["Y", true], ["on", true], ["ON", true], ["no", false], ["n", false], ["off", false],
    ["0755", 493], ["0x1F", 31], ["1_000", 1000], ["+12", 12], ["1e3", 1000], ["1.10", 1.1], [".5", 0.5],
    ["08", 8], ["~", null], ["", null], ["null", null], ["0b101", 5], ["abc", "abc"], ["1.2.3", "1.2.3"], ["-", "-"],
  ])("%j → %j", (text, expected) => {
    expect(resolvePlainYaml11(text)).toStrictEqual(expected);
  });
});

describe("parseManifests", () => {
  it("decodes with YAML 1.1 rules and keeps how each scalar was written", () => {
    const { objects, findings } = parseManifests(DS, "ds.yaml");
    expect(findings).toEqual([]);
    const [ds] = objects;
    const env = ["spec", "template", "spec", "containers", 0, "env", 0, "value"];
    expect((ds!.value as any).spec.template.spec.containers[0].env[0].value).toBe(true);
    expect(ds!.scalar(env)).toEqual({ source: "yes", plain: true, yaml12Value: "yes" });
    expect(ds!.scalar(["spec", "template", "spec", "containers", 0, "image"])).toEqual({ source: "example/agent:1.0", plain: false });
    expect(ds!.locate(env)).toEqual({ line: 18, column: 22, endLine: 18, endColumn: 25 });
  });

  it("locates keys, collections, missing fields and flow mappings", () => {
    const [ds] = parseManifests(DS, "ds.yaml").objects;
    expect(ds!.locate(["metadata", "name"], true)).toEqual({ line: 4, column: 3, endLine: 4, endColumn: 7 });
    // A collection is shown by the key that introduces it.
    expect(ds!.locate(["spec", "selector"])).toEqual({ line: 7, column: 3, endLine: 7, endColumn: 11 });
    // A list item by its first line.
    expect(ds!.locate(["spec", "template", "spec", "containers", 0])).toEqual({ line: 14, column: 11, endLine: 14, endColumn: 22 });
    // A missing field falls back to the deepest existing node.
    expect(ds!.locate(["spec", "template", "spec", "containers", 0, "resources", "limits"])).toEqual({ line: 14, column: 11, endLine: 14, endColumn: 22 });
    expect(ds!.locate(["spec", "selector", "matchLabels", "app"])).toEqual({ line: 8, column: 24, endLine: 8, endColumn: 29 });
    // The document itself: its kind line.
    expect(ds!.locate([])).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 16 });
  });

  it("handles CRLF line endings and a byte-order mark", () => {
    const text = "\uFEFF" + DS.replace(/\n/g, "\r\n");
    const [ds] = parseManifests(text, "crlf.yaml").objects;
    expect(ds!.locate(["metadata", "name"])).toEqual({ line: 4, column: 9, endLine: 4, endColumn: 14 });
    expect((ds!.value as any).metadata.name).toBe("agent");
  });

  it("reads JSON with positions", () => {
    const json = JSON.stringify(
      { apiVersion: "apps/v1", kind: "DaemonSet", metadata: { name: "j" }, spec: { template: { spec: { containers: [{ name: "c", image: "i" }] } } } },
      null,
      2,
    );
    const [obj] = parseManifests(json, "ds.json").objects;
    expect((obj!.value as any).metadata.name).toBe("j");
    expect(obj!.locate(["spec", "template", "spec", "containers", 0, "image"])).toEqual({ line: 13, column: 22, endLine: 13, endColumn: 25 });
    expect(obj!.scalar(["metadata", "name"])?.plain).toBe(false);
  });

  it("splits multi-document streams and List items; skips empty documents", () => {
    const text = `---\n# only a comment\n---\n${DS}---\nkind: List\napiVersion: v1\nitems:\n  - {kind: Node, apiVersion: v1, metadata: {name: a}}\n  - kind: Node\n    apiVersion: v1\n    metadata: {name: b}\n`;
    const r = parseManifests(text, "multi.yaml");
    expect(r.objects.map((o) => [(o.value as any).kind, o.documentIndex, o.basePath])).toEqual([
      ["DaemonSet", 1, []],
      ["Node", 2, ["items", 0]],
      ["Node", 2, ["items", 1]],
    ]);
    expect(r.objects[2]!.locate(["metadata", "name"])).toEqual({ line: 29, column: 22, endLine: 29, endColumn: 23 });
  });

  it("reports each syntax error and keeps checking the other documents", () => {
    const text = `a: [1, 2\n---\nkind: Node\napiVersion: v1\nmetadata: {name: ok}\n---\nb:\n  c: 1\n d: 2\n`;
    const r = parseManifests(text, "bad.yaml");
    expect(r.objects.map((o) => (o.value as any).metadata.name)).toEqual(["ok"]);
    expect(r.findings.map((f) => [f.ruleId, f.line])).toEqual([
      ["yaml-syntax", 2],
      ["yaml-syntax", 9],
    ]);
    expect(r.findings.every((f) => f.message.startsWith("YAML syntax error:"))).toBe(true);
  });

  it("checks the syntax of every document, also of kinds no check decodes", () => {
    // A broken ConfigMap between two DaemonSets: kubectl refuses the whole file.
    const cm = (data: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n${data}`;
    const text = `${DS}---\n${cm("  a: 1\n  b: c: d\n")}---\n${DS}`;
    const r = parseManifests(text, "mixed.yaml");
    expect(r.objects.map((o) => o.documentIndex)).toEqual([0, 2]);
    expect(r.findings).toMatchObject([{ ruleId: "yaml-syntax", line: 26, column: 7, message: expect.stringMatching(/^YAML syntax error: mapping values are not allowed in this context/) }]);
    expect(r).toMatchObject({ documentCount: 2, skippedDocuments: 0 });
    // Duplicate keys too: strict decoding rejects them in any object.
    const dup = parseManifests(`${DS}---\n${cm("  a: 1\n  a: 2\n")}`, "dup.yaml");
    expect(dup.findings).toMatchObject([{ ruleId: "duplicate-key", line: 26, column: 3, endColumn: 4, path: "data.a" }]);
    expect(dup.skippedDocuments).toBe(1);
    // A valid one is counted, not decoded, and its lines are known (for suppression comments).
    const ok = parseManifests(`${DS}---\n${cm("  a: 'one\n    two'\n")}`, "ok.yaml");
    expect(ok).toMatchObject({ findings: [], documentCount: 2, skippedDocuments: 1, documentLines: [[1, 18], [19, 26]] });
    expect(ok.objects).toHaveLength(1);
  });

  it("reports duplicate keys at the second key; the last value wins", () => {
    const text = `kind: DaemonSet\nmetadata:\n  name: a\n  name: b\n`;
    const r = parseManifests(text, "dup.yaml");
    expect((r.objects[0]!.value as any).metadata.name).toBe("b");
    expect(r.findings).toMatchObject([{ ruleId: "duplicate-key", line: 4, column: 3, endColumn: 7, path: "metadata.name" }]);
  });

  it("follows anchors, aliases and merge keys", () => {
    const text = `base: &b {x: 1, z: 2}\nobj:\n  <<: *b\n  z: 3\n  y: 4\n`;
    const [o] = parseManifests(text, "m.yaml").objects;
    // \`y\` is the boolean true in YAML 1.1, so Kubernetes sees the key "true".
    expect((o!.value as any).obj).toEqual({ x: 1, z: 3, true: 4 });
    expect(o!.locate(["obj", "x"])).toEqual({ line: 1, column: 14, endLine: 1, endColumn: 15 });
  });

  it("refuses alias bombs, binary files and absurd nesting without crashing", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) levels.push(`${"abcdefghij"[i]}: &${"abcdefghij"[i]} [${Array(10).fill(`*${"abcdefghij"[i - 1]}`).join(", ")}]`);
    const bomb = parseManifests(levels.join("\n") + "\n", "bomb.yaml");
    expect(bomb.objects).toEqual([]);
    expect(bomb.findings[0]!.message).toMatch(/alias bomb/);
    // The same in block style, which the block reader reads: its budget stops it, and the full reading reports.
    const block = ["a: &a", ...Array(10).fill("- x")];
    for (let i = 1; i < 9; i++) block.push(`${"abcdefghij"[i]}: &${"abcdefghij"[i]}`, ...Array(10).fill(`- *${"abcdefghij"[i - 1]}`));
    const blockBomb = parseManifests(block.join("\n") + "\n", "bomb.yaml");
    expect(blockBomb.objects).toEqual([]);
    expect(blockBomb.findings[0]!.message).toMatch(/alias bomb/);
    const deepBlock = parseManifests(Array.from({ length: 3000 }, (_, i) => `${" ".repeat(i)}k:`).join("\n") + " v\n", "deep.yaml");
    expect(deepBlock.objects).toEqual([]);
    expect(deepBlock.findings[0]!.ruleId).toBe("yaml-syntax");
    expect(parseManifests("a\u0000b", "bin.yaml").findings[0]!.message).toMatch(/binary/);
    const deep = parseManifests("[".repeat(5000) + "]".repeat(5000), "deep.yaml");
    expect(deep.objects).toEqual([]);
    expect(deep.findings[0]!.ruleId).toBe("yaml-syntax");
  });

  it("drops null-valued fields as Go's decoder does, and never pollutes prototypes", () => {
    const [o] = parseManifests(`a: ~\nb:\n__proto__: {polluted: true}\n`, "n.yaml").objects;
    expect(Object.keys(o!.value as object)).toEqual(["__proto__"]);
    expect(({} as any).polluted).toBeUndefined();
  });
});

describe("kubectlChunks and isSkippableDocument: cutting a stream as kubectl does, and what is left undecoded", () => {
  const summary = (text: string) => {
    const { chunks, separatorError } = kubectlChunks(text);
    return {
      documents: chunks.map((c) => ({ text: text.slice(c.start, c.end), line: c.line, skip: isSkippableDocument(text, c.start, c.end) })),
      ...(separatorError ? { separatorError: separatorError.message } : {}),
    };
  };

  it("cuts at --- lines, with a comment or nothing after them, and keeps line offsets", () => {
    const text = [
      "# head",
      "--- # first",
      "apiVersion: apiextensions.k8s.io/v1",
      "kind: CustomResourceDefinition",
      "---",
      "apiVersion: apps/v1",
      "kind: 'DaemonSet'",
      "...",
      "kind: ConfigMap",
      "---",
      "---",
      "apiVersion: v1",
      "kind: ConfigMap",
      "",
    ].join("\n");
    expect(summary(text).documents).toEqual([
      { text: "# head\n", line: 0, skip: false },
      { text: "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n", line: 2, skip: true },
      // kubectl does not cut at `...`: go-yaml reads the document before it and ignores the rest.
      { text: "apiVersion: apps/v1\nkind: 'DaemonSet'\n...\nkind: ConfigMap\n", line: 5, skip: false },
      // With nothing before it, a --- line begins the next document (kubectl keeps it; go-yaml reads a marker).
      { text: "---\napiVersion: v1\nkind: ConfigMap\n", line: 10, skip: true },
    ]);
  });

  it("stops at a --- line with content after it, as kubectl's reader does", () => {
    expect(summary("a: 1\n---\nb: 2\n--- {c: 3}\nd: 4\n")).toEqual({
      documents: [{ text: "a: 1\n", line: 0, skip: false }],
      separatorError: "invalid Yaml document separator: {c: 3}",
    });
    expect(summary("a: 1\n---x\n").separatorError).toBe("invalid Yaml document separator: x");
    expect(summary("a: 1\r\n---\r\nb: 2\r\n").documents.map((d) => d.text)).toEqual(["a: 1\r\n", "b: 2\r\n"]);
  });

  it("decodes documents whose kind is unclear, or that a directive changes", () => {
    expect(isSkippableDocument("apiVersion: v1\nkind: Secret\nkind: ConfigMap\n")).toBe(false);
    expect(isSkippableDocument("apiVersion: v1\nkind: *alias\n")).toBe(false);
    expect(isSkippableDocument("kind: Secret\n")).toBe(false);
    expect(isSkippableDocument("%TAG ! tag:example.com,2000:\napiVersion: v1\nkind: Secret\n")).toBe(false);
    expect(isSkippableDocument("apiVersion: v1\r\nkind: Secret\r\n")).toBe(true);
  });

  it("reads a file that starts with { as one JSON document, as kubectl does", () => {
    const r = parseManifests('{"kind": "DaemonSet",\n---\n"metadata": {"name": "x"}}', "x.json");
    expect(r.findings.map((f) => f.ruleId)).toEqual(["yaml-syntax"]);
    expect(parseManifests('{"kind": "DaemonSet", "metadata": {"name": "x"}}', "x.json").objects).toHaveLength(1);
  });
});

describe("readInput", () => {
  it("decodes UTF-8 files, with or without a byte-order mark, and ASCII files alike", () => {
    const dir = mkdtempSync(join(tmpdir(), "dslint-read-"));
    const texts = { "ascii.yaml": "kind: DaemonSet\n", "utf8.yaml": 'note: "café ☕ 日本"\n', "bom.yaml": "\ufeffkind: DaemonSet\n" };
    for (const [name, text] of Object.entries(texts)) {
      writeFileSync(join(dir, name), text, "utf8");
      expect(readInput({ name, absolutePath: join(dir, name) })).toEqual({ text });
    }
    const loaded = parseManifests((readInput({ name: "u", absolutePath: join(dir, "utf8.yaml") }) as { text: string }).text, "utf8.yaml");
    expect(loaded.objects[0]!.value).toEqual({ note: "café ☕ 日本" });
  });
});

describe("expandPaths", () => {
  it("walks folders for YAML/JSON, expands globs, and reports missing paths and symlink loops", () => {
    const dir = mkdtempSync(join(tmpdir(), "dslint-paths-"));
    mkdirSync(join(dir, "a", "b"), { recursive: true });
    writeFileSync(join(dir, "a", "one.yaml"), "");
    writeFileSync(join(dir, "a", "b", "two.yml"), "");
    writeFileSync(join(dir, "a", "b", "three.json"), "");
    writeFileSync(join(dir, "a", "notes.txt"), "");
    symlinkSync(join(dir, "a"), join(dir, "a", "b", "loop"));
    const r = expandPaths(["a", "missing.yaml"], { cwd: dir });
    expect(r.inputs.map((i) => i.name)).toEqual(["a/b/three.json", "a/b/two.yml", "a/one.yaml"]);
    expect(r.problems).toEqual([{ name: "a/b/loop", message: "symbolic link loop: this folder was already visited" }]);
    expect(r.unmatched).toEqual([{ path: "missing.yaml", message: '"missing.yaml" does not exist' }]);
    expect(expandPaths(["a/**/*.yml"], { cwd: dir }).inputs.map((i) => i.name)).toEqual(["a/b/two.yml"]);
    expect(expandPaths(["a"], { cwd: dir, ignore: [{ dir, globs: ["a/b"] }] }).inputs.map((i) => i.name)).toEqual(["a/one.yaml"]);
    expect(expandPaths(["nothing/*.yaml"], { cwd: dir }).unmatched).toEqual([{ path: "nothing/*.yaml", message: 'no YAML or JSON files match "nothing/*.yaml"' }]);
  });

  it("searches a folder that a glob matches like a folder given by name", () => {
    const dir = mkdtempSync(join(tmpdir(), "dslint-paths-"));
    mkdirSync(join(dir, "deploy", "agent", "base"), { recursive: true });
    writeFileSync(join(dir, "deploy", "top.yaml"), "");
    writeFileSync(join(dir, "deploy", "notes.txt"), "");
    writeFileSync(join(dir, "deploy", "agent", "ds.yaml"), "");
    writeFileSync(join(dir, "deploy", "agent", "base", "ds.json"), "");
    const names = (paths: string[], ignore: string[] = []) => expandPaths(paths, { cwd: dir, ignore: [{ dir, globs: ignore }] }).inputs.map((i) => i.name);
    expect(names(["deploy/*"])).toEqual(["deploy/agent/base/ds.json", "deploy/agent/ds.yaml", "deploy/top.yaml"]);
    expect(names(["deploy/*/"])).toEqual(["deploy/agent/base/ds.json", "deploy/agent/ds.yaml"]);
    expect(names(["deploy/a*"])).toEqual(names(["deploy/agent"]));
    expect(names(["deploy/*"], ["deploy/agent/base"])).toEqual(["deploy/agent/ds.yaml", "deploy/top.yaml"]);
    // A file found twice is checked once.
    expect(names(["deploy/*", "deploy/agent/ds.yaml"])).toEqual(["deploy/agent/base/ds.json", "deploy/agent/ds.yaml", "deploy/top.yaml"]);
  });

  it("says which paths gave nothing to check, and why", () => {
    const dir = mkdtempSync(join(tmpdir(), "dslint-paths-"));
    mkdirSync(join(dir, "docs"));
    mkdirSync(join(dir, "vendor", "x"), { recursive: true });
    writeFileSync(join(dir, "docs", "README.md"), "");
    writeFileSync(join(dir, "vendor", "x", "ds.yaml"), "");
    writeFileSync(join(dir, "ds.yaml"), "");
    const unmatched = (paths: string[]) => expandPaths(paths, { cwd: dir, ignore: [{ dir, globs: ["vendor"] }] }).unmatched;
    expect(unmatched(["docs", "docs/*", "nope/ds.yaml", "ds.yaml/x", "vendor", "vendor/**/*.yaml", "*/x", "vendor/x/ds.yaml", "ds.yaml", "ds.yaml", "-"])).toEqual([
      { path: "docs", message: 'no YAML or JSON files in folder "docs"' },
      { path: "docs/*", message: 'no YAML or JSON files match "docs/*"' },
      { path: "nope/ds.yaml", message: '"nope/ds.yaml" does not exist' },
      { path: "ds.yaml/x", message: '"ds.yaml/x" does not exist' },
      { path: "vendor", message: 'all files matched by "vendor" are ignored' },
      { path: "vendor/**/*.yaml", message: 'all files matched by "vendor/**/*.yaml" are ignored' },
      { path: "*/x", message: 'all files matched by "*/x" are ignored' },
      { path: "vendor/x/ds.yaml", message: '"vendor/x/ds.yaml" is ignored', ignoredFile: true },
    ]);
    // An ignored folder without a file the glob would match: the glob matched nothing.
    expect(unmatched(["vendor/**/*.json"])).toEqual([{ path: "vendor/**/*.json", message: 'no YAML or JSON files match "vendor/**/*.json"' }]);
  });

  it("reports entries that exist but cannot be read as problems, each once", () => {
    const dir = mkdtempSync(join(tmpdir(), "dslint-paths-"));
    mkdirSync(join(dir, "links"));
    symlinkSync("gone.yaml", join(dir, "links", "dangling.yaml"));
    symlinkSync("self.yaml", join(dir, "self.yaml"));
    const r = expandPaths(["links", "links/dangling.yaml", "links/*", "self.yaml"], { cwd: dir });
    expect(r.unmatched).toEqual([]);
    expect(r.problems).toEqual([
      { name: "links/dangling.yaml", message: "broken symbolic link: its target does not exist" },
      { name: "self.yaml", message: "symbolic link loop" },
    ]);
  });
});
