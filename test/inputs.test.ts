/**
 * What the command line and check() do with the paths they are given: globs
 * that match folders, paths that match nothing, empty stdin, ignored files,
 * and output to a reader that stops early. No run passes silently, none
 * ends in a stack trace.
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { check, UsageError } from "../src/index.js";
import { bin, runDslint } from "./dslint-process.js";

const root = resolve(import.meta.dirname, "..");
const nodesFile = join(root, "examples", "cluster-nodes.yaml");
const GOOD = readFileSync(join(root, "examples", "manifests", "node-exporter.yaml"), "utf8");
const FLAWED = readFileSync(join(root, "examples", "manifests", "log-shipper.yaml"), "utf8");

const env = { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined };

const dslint = runDslint;

/** Every line of a usage error: one per problem, none a stack frame. */
function usageLines(stderr: string): string[] {
  const lines = stderr.trimEnd().split("\n");
  for (const line of lines) expect(line).toMatch(/^dslint: /);
  expect(stderr).not.toMatch(/\n\s+at |internal error/);
  return lines;
}

/**
 * deploy/agent/ds.yaml (errors), deploy/exporter/ds.yaml (clean),
 * docs/README.md, empty/, vendor/ds.yaml (ignored by .dslint.yaml).
 */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "dslint-inputs-"));
  for (const sub of ["deploy/agent", "deploy/exporter", "docs", "empty", "vendor"]) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(join(dir, "deploy", "agent", "ds.yaml"), FLAWED);
  writeFileSync(join(dir, "deploy", "exporter", "ds.yaml"), GOOD);
  writeFileSync(join(dir, "docs", "README.md"), "# notes\n");
  writeFileSync(join(dir, "vendor", "ds.yaml"), FLAWED);
  writeFileSync(join(dir, ".dslint.yaml"), "ignore:\n  - vendor/**\n");
  return dir;
}

describe("a glob that matches folders", () => {
  let dir: string;
  beforeAll(() => {
    dir = project();
  });

  it("searches them like folders given by name (command line)", () => {
    const r = dslint(["check", "--format", "json", "deploy/*"], { cwd: dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toMatchObject({ files: 2, daemonSets: 2 });
    expect(out.findings.some((f: { file: string; ruleId: string }) => f.file === "deploy/agent/ds.yaml" && f.ruleId === "selector-mismatch")).toBe(true);
    expect(dslint(["check", "--format", "json", "deploy/*/"], { cwd: dir }).stdout).toBe(r.stdout);
  });

  it("searches them in check() too", async () => {
    const result = await check(["deploy/*"], { cwd: dir });
    expect(result.files.map((f) => f.file)).toEqual(["deploy/agent/ds.yaml", "deploy/exporter/ds.yaml"]);
    expect(result.summary.errors).toBeGreaterThan(0);
  });

  it("in simulate", () => {
    const r = dslint(["simulate", "deploy/*", "--nodes", nodesFile, "--format", "json"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).daemonsets.map((d: { file: string }) => d.file)).toEqual(["deploy/agent/ds.yaml", "deploy/exporter/ds.yaml"]);
  });
});

describe("paths that give nothing to check are usage errors", () => {
  let dir: string;
  beforeAll(() => {
    dir = project();
  });

  it("a missing path, a glob without matches, a folder without manifests: exit 2, one line each", () => {
    const cases: Array<[string[], string[]]> = [
      [["deploy/missing.yaml"], ['dslint: "deploy/missing.yaml" does not exist']],
      [["deploy/*.yml"], ['dslint: no YAML or JSON files match "deploy/*.yml"']],
      [["docs"], ['dslint: no YAML or JSON files in folder "docs"']],
      [["empty"], ['dslint: no YAML or JSON files in folder "empty"']],
      // Also when other paths have files: a mistyped path must not go unnoticed.
      [["deploy", "deploy/agnet/ds.yaml", "docs/*"], ['dslint: "deploy/agnet/ds.yaml" does not exist', 'dslint: no YAML or JSON files match "docs/*"']],
    ];
    for (const [paths, lines] of cases) {
      const r = dslint(["check", "--format", "json", ...paths], { cwd: dir });
      expect(r.code, paths.join(" ")).toBe(2);
      expect(r.stdout, paths.join(" ")).toBe("");
      expect(usageLines(r.stderr), paths.join(" ")).toEqual(lines);
    }
  });

  it("a folder or glob whose files are all ignored is an error; an ignored file named explicitly is skipped when something else is checked", () => {
    for (const [paths, line] of [
      [["vendor"], 'dslint: all files matched by "vendor" are ignored'],
      [["vendor/*.yaml", "deploy"], 'dslint: all files matched by "vendor/*.yaml" are ignored'],
      [["vendor/ds.yaml"], 'dslint: "vendor/ds.yaml" is ignored'],
    ] as Array<[string[], string]>) {
      const r = dslint(["check", ...paths], { cwd: dir });
      expect(r.code, paths.join(" ")).toBe(2);
      expect(usageLines(r.stderr), paths.join(" ")).toEqual([line]);
    }
    // What pre-commit and lint-staged do: name every changed file.
    const r = dslint(["check", "--format", "json", "vendor/ds.yaml", "deploy/exporter/ds.yaml"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ files: 1, daemonSets: 1, errors: 0 });
  });

  it("empty stdin: no bytes, or only whitespace, comments and document markers", () => {
    for (const input of ["", "  \n\n", "# rendered nothing\n---\n# Source: chart/templates/ds.yaml\n...\r\n", "\uFEFF"]) {
      const r = dslint(["check", "-", "--stdin-filename", "charts/agent.yaml"], { cwd: dir, input });
      expect(r.code, JSON.stringify(input)).toBe(2);
      expect(usageLines(r.stderr)).toEqual(["dslint: stdin is empty: no YAML or JSON document to check"]);
    }
    expect(dslint(["check", "-"], { cwd: dir, input: "---\n{}\n" }).code).toBe(0);
    expect(dslint(["check", "-", "deploy/exporter"], { cwd: dir, input: "\n" }).code).toBe(2);
  });

  it("--no-error-on-unmatched-pattern: what matches nothing is left out, and nothing to check exits 0 with the empty report", () => {
    const none = dslint(["check", "--no-error-on-unmatched-pattern", "--format", "json", "deploy/missing.yaml", "docs", "vendor", "vendor/ds.yaml"], { cwd: dir });
    expect(none.stderr).toBe("");
    expect(none.code).toBe(0);
    expect(JSON.parse(none.stdout)).toEqual({ findings: [], summary: { files: 0, documents: 0, objects: 0, daemonSets: 0, skipped: 0, errors: 0, warnings: 0, infos: 0 } });
    const stdin = dslint(["check", "--no-error-on-unmatched-pattern", "-"], { cwd: dir, input: "" });
    expect(stdin.code).toBe(0);
    expect(stdin.stderr).toBe("");
    const some = dslint(["check", "--no-error-on-unmatched-pattern", "--format", "json", "deploy/*.yml", "deploy/agent"], { cwd: dir });
    expect(some.code).toBe(1);
    expect(JSON.parse(some.stdout).summary).toMatchObject({ files: 1, daemonSets: 1 });
  });

  it("check() rejects with a UsageError, or leaves them out with errorOnUnmatchedPattern: false", async () => {
    await expect(check(["deploy/*.yml", "deploy/missing.yaml"], { cwd: dir })).rejects.toThrow(
      new UsageError('no YAML or JSON files match "deploy/*.yml"\n"deploy/missing.yaml" does not exist'),
    );
    await expect(check(["-"], { cwd: dir, stdin: { text: " \n" } })).rejects.toBeInstanceOf(UsageError);
    await expect(check(["vendor"], { cwd: dir })).rejects.toThrow('all files matched by "vendor" are ignored');
    await expect(check([], { cwd: dir })).rejects.toThrow(new UsageError("no paths given: name the manifest files, folders or globs to check"));
    expect((await check([], { cwd: dir, errorOnUnmatchedPattern: false })).summary.files).toBe(0);
    const result = await check(["deploy/*.yml", "deploy/exporter", "-"], { cwd: dir, stdin: { text: "" }, errorOnUnmatchedPattern: false });
    expect(result.files.map((f) => f.file)).toEqual(["<stdin>", "deploy/exporter/ds.yaml"]);
  });

  it("a file that exists but cannot be read stays a finding", () => {
    const local = mkdtempSync(join(tmpdir(), "dslint-inputs-"));
    symlinkSync("loop.yaml", join(local, "loop.yaml"));
    symlinkSync("gone.yaml", join(local, "dangling.yaml"));
    writeFileSync(join(local, "binary.yaml"), Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x00, 0x7f]));
    const r = dslint(["check", "--format", "json", "loop.yaml", "dangling.yaml", "binary.yaml"], { cwd: local });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).findings.map((f: { file: string; ruleId: string; message: string }) => [f.file, f.ruleId])).toEqual([
      ["loop.yaml", "unreadable-path"],
      ["dangling.yaml", "unreadable-path"],
      ["binary.yaml", "yaml-syntax"],
    ]);
  });

  it("--nodes names a file that exists", () => {
    const r = dslint(["check", "deploy/exporter", "--nodes", "nodes.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(usageLines(r.stderr)).toEqual(['dslint: --nodes: "nodes.yaml" does not exist']);
  });

  it("a configuration mistake is one line per problem, each marked as dslint's", () => {
    const local = mkdtempSync(join(tmpdir(), "dslint-inputs-"));
    writeFileSync(join(local, ".dslint.yaml"), "rules:\n  no-such-rule: error\n  host-network: sometimes\n");
    writeFileSync(join(local, "ds.yaml"), GOOD);
    const r = dslint(["check", "ds.yaml"], { cwd: local });
    expect(r.code).toBe(2);
    expect(usageLines(r.stderr)).toHaveLength(2);
  });
});

describe("dslint simulate: the same for its paths, and its file options must exist", () => {
  let dir: string;
  beforeAll(() => {
    dir = project();
  });

  it("rejects manifest paths that match nothing and empty stdin", () => {
    for (const [args, input, lines] of [
      [["deploy/missing.yaml"], "", ['dslint: "deploy/missing.yaml" does not exist']],
      [["deploy/*.yml", "docs"], "", ['dslint: no YAML or JSON files match "deploy/*.yml"', 'dslint: no YAML or JSON files in folder "docs"']],
      [["-"], "# nothing\n", ["dslint: stdin is empty: no YAML or JSON document to check"]],
      [["deploy", "--before", "old/"], "", ['dslint: --before: "old/" does not exist']],
    ] as Array<[string[], string, string[]]>) {
      const r = dslint(["simulate", ...args, "--nodes", nodesFile], { cwd: dir, input });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout, args.join(" ")).toBe("");
      expect(usageLines(r.stderr), args.join(" ")).toEqual(lines);
    }
  });

  it("--no-error-on-unmatched-pattern leaves them out", () => {
    const r = dslint(["simulate", "--no-error-on-unmatched-pattern", "deploy/missing.yaml", "deploy/exporter", "--nodes", nodesFile, "--format", "json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).daemonsets).toHaveLength(1);
    // A DaemonSet that did not exist before gains its pods.
    const added = dslint(["simulate", "--no-error-on-unmatched-pattern", "deploy/exporter", "--before", "old/", "--nodes", nodesFile, "--format", "json"], { cwd: dir });
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout).daemonsets[0].summary).toMatchObject({ desiredBefore: 0, desiredAfter: 7 });
  });

  it("--nodes, --nodes-after and --pods must name files that exist, or folders and globs that give some", () => {
    for (const [args, line] of [
      [["--nodes", "nodes.yaml"], 'dslint: --nodes: "nodes.yaml" does not exist'],
      [["--nodes", "docs"], 'dslint: --nodes: no YAML or JSON files in folder "docs"'],
      [["--nodes", nodesFile, "--pods", "pods/*.json"], 'dslint: --pods: no YAML or JSON files match "pods/*.json"'],
      [["--nodes", nodesFile, "--nodes-after", "after.yaml"], 'dslint: --nodes-after: "after.yaml" does not exist'],
      [["--nodes", nodesFile, "--pods", "pods.json"], 'dslint: --pods: "pods.json" does not exist'],
    ] as Array<[string[], string]>) {
      const r = dslint(["simulate", "deploy/exporter", ...args], { cwd: dir });
      expect(r.code, args.join(" ")).toBe(2);
      expect(usageLines(r.stderr), args.join(" ")).toEqual([line]);
    }
  });
});

describe("output to a pipe", () => {
  /** 200 flawed DaemonSets (about 2 MB of JSON findings) and 3,000 nodes: outputs far larger than a pipe's buffer. */
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "dslint-pipe-"));
    mkdirSync(join(dir, "many"));
    for (let i = 0; i < 200; i++) writeFileSync(join(dir, "many", `ds-${i}.yaml`), FLAWED.replace("name: log-shipper", `name: log-shipper-${i}`));
    const items = Array.from({ length: 3000 }, (_, i) => ({
      apiVersion: "v1",
      kind: "Node",
      metadata: { name: `node-${i}`, labels: { "kubernetes.io/os": "linux", "kubernetes.io/hostname": `node-${i}` } },
      status: { allocatable: { cpu: "8", memory: "32Gi", pods: "110" }, conditions: [{ type: "Ready", status: "True" }] },
    }));
    writeFileSync(join(dir, "nodes.json"), JSON.stringify({ apiVersion: "v1", kind: "List", items }));
  });

  /** Runs dslint with stdout read by a reader that goes away after the first chunk, as `| head -1` does. */
  function closedEarly(args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; ms: number }> {
    const started = performance.now();
    const child = spawn(process.execPath, [bin, ...args], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.stdout.once("data", () => child.stdout.destroy());
    return new Promise((done) => child.on("close", (code, signal) => done({ code, signal, stderr, ms: performance.now() - started })));
  }

  it("ends quietly, with the run's own exit code, when the reader stops early", async () => {
    for (const [args, code] of [
      [["check", "--format", "json", "many"], 1],
      [["check", "many"], 1],
      [["simulate", join(root, "examples", "manifests", "node-exporter.yaml"), "--nodes", "nodes.json"], 0],
      [["simulate", join(root, "examples", "manifests", "node-exporter.yaml"), "--nodes", "nodes.json", "--format", "json"], 0],
      [["rules"], 0],
    ] as Array<[string[], number]>) {
      const r = await closedEarly(args);
      expect(r.stderr, args.join(" ")).toBe("");
      expect(r.signal, args.join(" ")).toBeNull();
      expect(r.code, args.join(" ")).toBe(code);
    }
  }, 60_000);

  it("writes a large report whole to a reader that keeps up slowly", async () => {
    const child = spawn(process.execPath, [bin, "simulate", join(root, "examples", "manifests", "node-exporter.yaml"), "--nodes", "nodes.json", "--format", "json"], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      // Fill the pipe: dslint must wait, not exit with the rest unwritten.
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 2);
    });
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(code).toBe(0);
    const text = Buffer.concat(chunks).toString("utf8");
    expect(text.length).toBeGreaterThan(500_000);
    expect(JSON.parse(text).daemonsets[0].summary).toMatchObject({ nodes: 3000, runs: 3000 });
  }, 60_000);

  it("reports a failed write in one line, exit code 2", (ctx) => {
    // Linux's always-full device; other systems have no such file.
    if (!existsSync("/dev/full")) ctx.skip("no /dev/full on this system");
    const full = openSync("/dev/full", "w");
    const r = spawnSync(process.execPath, [bin, "rules"], { cwd: dir, env, stdio: ["ignore", full, "pipe"], encoding: "utf8" });
    closeSync(full);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^dslint: cannot write to standard output: ENOSPC[^\n]*\n$/);
  });
});
