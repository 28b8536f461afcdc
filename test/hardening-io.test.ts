/**
 * Inputs and outputs that are not what they seem: report files that cannot
 * be written, FIFOs and devices where files belong, input past the size
 * limits, configurations that cannot be read or nest absurdly, bad globs,
 * unusable inventories, prototype names as kinds and keys, symbolic link
 * diamonds. Every case ends at once, in one line per problem, with the
 * right exit code, and never with a stack trace or a hang: each run has a
 * short timeout, so a regression fails fast.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync, ftruncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { findConfigFile, loadConfigFile, parseConfig } from "../src/config/config.js";
import { globSyntaxProblem } from "../src/load/globs.js";
import { expandPaths } from "../src/load/files.js";
import { readRegularFile } from "../src/load/fs-errors.js";
import { loadRules } from "../src/rules/registry.js";
import { nodesFromObjects, podsFromObjects } from "../src/simulate/inventory.js";
import { loadNodes, loadPods } from "../src/simulate/load.js";
import { check, UsageError } from "../src/index.js";
import { bin } from "./dslint-process.js";

const root = resolve(import.meta.dirname, "..");
const GOOD = readFileSync(join(root, "examples", "manifests", "node-exporter.yaml"), "utf8");
const NODES = join(root, "examples", "cluster-nodes.yaml");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the built command line with a short timeout: a hang fails the test instead of stalling the suite. */
function dslint(args: readonly string[], options: { cwd?: string; input?: string | Buffer; timeout?: number } = {}): Run {
  const started = performance.now();
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined },
    timeout: options.timeout ?? 15_000,
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - started;
  if (r.error && (r.error as NodeJS.ErrnoException).code === "ETIMEDOUT") throw new Error(`dslint ${args.join(" ")} did not end within ${options.timeout ?? 15_000} ms`);
  if (r.error && (r.error as NodeJS.ErrnoException).code !== "EPIPE") throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms };
}

/** The run failed as a usage error: exit code 2, one line per problem (`lines` of them), no stack trace. */
function usageError(r: Run, lines = 1): string[] {
  expect(r.code, r.stderr + r.stdout).toBe(2);
  expect(r.stderr).not.toMatch(/\n\s+at |internal error|Maximum call stack/);
  const out = r.stderr.trimEnd().split("\n");
  expect(out, r.stderr).toHaveLength(lines);
  for (const line of out) expect(line).toMatch(/^dslint: \S/);
  return out;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "dslint-io-"));
}

/** Whether this platform makes FIFOs with mkfifo (not Windows). */
function makeFifo(path: string): boolean {
  const r = spawnSync("mkfifo", [path]);
  return r.error === undefined && r.status === 0;
}

const fifoProbe = join(tempDir(), "probe");
const HAS_MKFIFO = makeFifo(fifoProbe);
const NO_MKFIFO = HAS_MKFIFO ? "" : " (skipped: no mkfifo on this platform)";
const HAS_PROC = existsSync("/proc/self");
const HAS_DEV_ZERO = existsSync("/dev/zero");
const HAS_DEV_FULL = existsSync("/dev/full");

/** A sparse file of `size` bytes that starts with `head`: large without filling the disk. */
function sparseFile(path: string, head: string, size: number): void {
  writeFileSync(path, head);
  const fd = openSync(path, "r+");
  ftruncateSync(fd, size);
  closeSync(fd);
}

const MiB = 1024 * 1024;

describe("report files that cannot be written", () => {
  it.skipIf(!HAS_PROC)("fails at once, before checking anything, with one line and exit code 2", () => {
    for (const option of [["--format", "json=/proc/nope/x.json"], ["-o", "/proc/nope/x.json"], ["--format", "sarif=/proc/nope/deeper/x.sarif"]]) {
      const r = dslint(["check", ...option, "examples/manifests"], { timeout: 5_000 });
      const [line] = usageError(r);
      expect(line).toMatch(/^dslint: cannot write the \w+ report to \/proc\/nope\/.*: cannot create the folder \/proc\/nope: no such file or folder$/);
      expect(r.stdout).toBe("");
    }
  });

  it("names a report path under a file, or a folder, as the problem", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "file"), "");
    mkdirSync(join(dir, "folder"));
    writeFileSync(join(dir, "ds.yaml"), GOOD);
    const under = usageError(dslint(["check", "--format", "json=file/x.json", "ds.yaml"], { cwd: dir }));
    expect(under[0]).toMatch(/cannot write the json report to .*file\/x\.json: .*file is not a folder$/);
    const folder = usageError(dslint(["check", "--format", "stylish", "--format", "json=folder", "ds.yaml"], { cwd: dir }));
    expect(folder[0]).toMatch(/cannot write the json report to .*folder: is a folder$/);
    // Both at once: one line each.
    usageError(dslint(["check", "--format", "json=folder", "--format", "sarif=file/x.sarif", "ds.yaml"], { cwd: dir }), 2);
    // Nothing was left behind by the check of writability, and good paths still work.
    const ok = dslint(["check", "--format", "json=out/deep/r.json", "ds.yaml"], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "out", "deep", "r.json"), "utf8")).summary.daemonSets).toBe(1);
  });

  it("leaves an existing report untouched when the run then fails", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "r.json"), "previous");
    const r = dslint(["check", "--format", "json=r.json", "missing.yaml"], { cwd: dir });
    usageError(r);
    expect(readFileSync(join(dir, "r.json"), "utf8")).toBe("previous");
  });

  it.skipIf(!HAS_DEV_FULL)("a write that fails later (a full disk) is one line and exit code 2", () => {
    const r = dslint(["check", "--format", "json=/dev/full", "examples/manifests/node-exporter.yaml"]);
    const [line] = usageError(r);
    expect(line).toBe("dslint: cannot write the json report to /dev/full: no space left on the device");
  });
});

describe("FIFOs, devices and sockets where files belong", () => {
  it.skipIf(!HAS_MKFIFO)(`refuses a FIFO as the configuration, an inventory, a pods file and a manifest${NO_MKFIFO}`, () => {
    const dir = tempDir();
    makeFifo(join(dir, "pipe"));
    writeFileSync(join(dir, "ds.yaml"), GOOD);
    const config = usageError(dslint(["check", "--config", "pipe", "ds.yaml"], { cwd: dir, timeout: 5_000 }));
    expect(config[0]).toBe("dslint: pipe: cannot read the configuration: is a named pipe (FIFO), not a regular file");
    for (const command of [["check", "ds.yaml", "--nodes", "pipe"], ["simulate", "ds.yaml", "--nodes", "pipe"], ["simulate", "ds.yaml", "--nodes", NODES, "--pods", "pipe"], ["simulate", "ds.yaml", "--nodes", NODES, "--nodes-after", "pipe"]]) {
      const [line] = usageError(dslint(command, { cwd: dir, timeout: 5_000 }));
      expect(line).toMatch(/^dslint: --(nodes|pods|nodes-after): "pipe" is a named pipe \(FIFO\), not a regular file/);
    }
    // A manifest named on the command line: an unreadable-path finding, as for any file that cannot be read.
    const manifest = dslint(["check", "--format", "json", "pipe", "ds.yaml"], { cwd: dir, timeout: 5_000 });
    expect(manifest.code).toBe(1);
    const out = JSON.parse(manifest.stdout);
    expect(out.findings.filter((f: { ruleId: string }) => f.ruleId === "unreadable-path")).toEqual([
      expect.objectContaining({ file: "pipe", line: 1, column: 1, message: expect.stringMatching(/^is a named pipe \(FIFO\), not a regular file; not checked: to check what a program prints, pipe it to dslint and give - as the path$/) }),
    ]);
    expect(out.summary.daemonSets).toBe(1);
    // simulate reads manifests the same way: the FIFO is an input problem, the rest is simulated.
    const simulated = dslint(["simulate", "pipe", "ds.yaml", "--nodes", NODES], { cwd: dir, timeout: 5_000 });
    expect(simulated.code).toBe(1);
    expect(simulated.stderr).toBe("dslint: pipe: is a named pipe (FIFO), not a regular file; not checked: to check what a program prints, pipe it to dslint and give - as the path\n");
  });

  it.skipIf(!HAS_MKFIFO)(`refuses a FIFO found as .dslint.yaml, and one with a manifest's name in a folder${NO_MKFIFO}`, () => {
    const dir = tempDir();
    mkdirSync(join(dir, "deploy"));
    writeFileSync(join(dir, "deploy", "ds.yaml"), GOOD);
    makeFifo(join(dir, "deploy", "stuck.yaml"));
    makeFifo(join(dir, "deploy", "other-pipe"));
    const r = dslint(["check", "--format", "json", "deploy"], { cwd: dir, timeout: 5_000 });
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === "unreadable-path");
    // Only the one a manifest search would have read; other special files are not manifests.
    expect(findings.map((f: { file: string; message: string }) => [f.file, f.message])).toEqual([["deploy/stuck.yaml", "is a named pipe (FIFO), not a regular file; not checked"]]);
    makeFifo(join(dir, ".dslint.yaml"));
    const config = usageError(dslint(["check", "deploy/ds.yaml"], { cwd: dir, timeout: 5_000 }));
    expect(config[0]).toBe("dslint: .dslint.yaml: cannot read the configuration: is a named pipe (FIFO), not a regular file");
  });

  it.skipIf(!HAS_MKFIFO)(`a FIFO named kustomization.yaml is reported and never waited on${NO_MKFIFO}`, () => {
    const dir = tempDir();
    writeFileSync(join(dir, "ds.yaml"), GOOD);
    makeFifo(join(dir, "kustomization.yaml"));
    const r = dslint(["check", "--format", "json", "."], { cwd: dir, timeout: 5_000 });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.findings.map((f: { file: string; ruleId: string }) => [f.file, f.ruleId])).toEqual([["kustomization.yaml", "unreadable-path"]]);
    expect(out.summary.daemonSets).toBe(1);
  });

  it.skipIf(!HAS_DEV_ZERO)("refuses /dev/zero and /dev/null at once, never reading them", () => {
    const config = usageError(dslint(["check", "--config", "/dev/zero", "examples/manifests"], { timeout: 5_000 }));
    expect(config[0]).toMatch(/^dslint: .*dev\/zero: cannot read the configuration: is a character device, not a regular file$/);
    for (const command of [["check", "examples/manifests", "--nodes", "/dev/zero"], ["simulate", "examples/manifests", "--nodes", "/dev/zero"], ["simulate", "examples/manifests", "--nodes", NODES, "--pods", "/dev/zero"]]) {
      const [line] = usageError(dslint(command, { timeout: 5_000 }));
      expect(line).toMatch(/^dslint: --(nodes|pods): "\/dev\/zero" is a character device, not a regular file$/);
    }
    for (const device of ["/dev/zero", "/dev/null"]) {
      const r = dslint(["check", "--format", "json", device], { timeout: 5_000 });
      expect(r.code, device).toBe(1);
      expect(JSON.parse(r.stdout).findings).toEqual([expect.objectContaining({ ruleId: "unreadable-path", file: device, message: "is a character device, not a regular file; not checked" })]);
    }
  });

  it("reads regular files with a real byte limit, whatever size they report", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "ten"), "0123456789");
    expect(readRegularFile(join(dir, "ten"), 10)).toEqual({ bytes: Buffer.from("0123456789") });
    expect(readRegularFile(join(dir, "ten"), 9)).toMatchObject({ tooLarge: true, limit: 9, problem: "file is larger than 0 MiB" });
    // The limit may depend on the first bytes (JSON or YAML).
    expect(readRegularFile(join(dir, "ten"), (head) => (head.toString().startsWith("0") ? 4 : 100))).toMatchObject({ tooLarge: true, limit: 4 });
    expect(readRegularFile(join(dir, "missing"), 10)).toEqual({ problem: "no such file or folder" });
    expect(readRegularFile(dir, 10)).toMatchObject({ folder: true, problem: "is a folder" });
    if (HAS_PROC) {
      // Files in /proc report a size of 0; they are read to their end all the same, within the limit.
      const status = readRegularFile("/proc/self/status", 1 << 20);
      expect("bytes" in status && status.bytes.toString()).toMatch(/^Name:/);
      expect(readRegularFile("/proc/self/status", 16)).toMatchObject({ tooLarge: true });
    }
  });

  it("refuses a manifest larger than 32 MiB as an unreadable path", () => {
    const dir = tempDir();
    sparseFile(join(dir, "big.yaml"), "a: b\n# ", 33 * MiB);
    const r = dslint(["check", "--format", "json", "big.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings).toEqual([expect.objectContaining({ ruleId: "unreadable-path", message: "file is larger than 32 MiB; not checked" })]);
  });
});

describe("stdin past the limit", () => {
  it("stops reading at 32 MiB of a manifest: one line, exit code 2", () => {
    const big = Buffer.alloc(33 * MiB, "#");
    for (const command of [["check", "-"], ["check", "--stdin"], ["simulate", "-", "--nodes", NODES]]) {
      const [line] = usageError(dslint(command, { input: big }));
      expect(line).toBe("dslint: stdin holds more than 32 MiB, more than dslint reads from one input; nothing was checked (split the input into files of at most 32 MiB)");
    }
    // Just below the limit, stdin is still read.
    const r = dslint(["check", "-", "--format", "json"], { input: `${GOOD}${" ".repeat(1024)}` });
    expect(r.code).toBe(0);
  });

  it.skipIf(!HAS_DEV_ZERO)("a stdin that never ends is cut off too", () => {
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${bin}" check - < /dev/zero`], { encoding: "utf8", timeout: 10_000 });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^dslint: stdin holds more than 32 MiB[^\n]*\n$/);
  });

  it("takes a YAML inventory from stdin up to 32 MiB, as from a file", () => {
    const big = `items:\n${"#".repeat(33 * MiB)}\n`;
    const [line] = usageError(dslint(["simulate", "examples/manifests/node-exporter.yaml", "--nodes", "-"], { input: big }));
    expect(line).toBe(
      "dslint: <stdin>: a YAML inventory larger than 32 MiB is not read (parsing it takes some 35 times its size in memory); save it as JSON (kubectl get nodes -o json), which is read up to 500 MiB",
    );
  });
});

describe("inventories past the limit", () => {
  it("refuses a YAML inventory over 32 MiB before parsing it, for simulate and check alike", () => {
    const dir = tempDir();
    sparseFile(join(dir, "nodes.yaml"), "kind: List\nitems:\n# ", 40 * MiB);
    writeFileSync(join(dir, "ds.yaml"), GOOD);
    const expected =
      "dslint: nodes.yaml: a YAML inventory larger than 32 MiB is not read (parsing it takes some 35 times its size in memory); save it as JSON (kubectl get nodes -o json), which is read up to 2 GiB";
    for (const command of [["simulate", "ds.yaml", "--nodes", "nodes.yaml"], ["check", "ds.yaml", "--nodes", "nodes.yaml"], ["simulate", "ds.yaml", "--nodes", NODES, "--pods", "nodes.yaml"]]) {
      const r = dslint(command, { cwd: dir, timeout: 10_000 });
      expect(usageError(r)[0]).toBe(expected);
    }
  });

  it("reads a JSON inventory larger than 32 MiB (read selectively)", () => {
    const dir = tempDir();
    // A real node list padded with whitespace past the manifest limit.
    const nodes = JSON.stringify({ kind: "List", apiVersion: "v1", items: [{ kind: "Node", apiVersion: "v1", metadata: { name: "n1", labels: { "kubernetes.io/os": "linux" } } }] });
    writeFileSync(join(dir, "nodes.json"), nodes + " ".repeat(33 * MiB));
    const r = dslint(["simulate", "examples/manifests/node-exporter.yaml", "--nodes", join(dir, "nodes.json"), "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).daemonsets[0].nodes).toHaveLength(1);
  });
});

describe("configurations", () => {
  it("a configuration nested 10,000 levels deep is one clear line with its position, exit code 2", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "ds.yaml"), GOOD);
    writeFileSync(join(dir, "flow.yaml"), `rules: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`);
    // Block style, indented one space a level.
    writeFileSync(join(dir, "block.yaml"), Array.from({ length: 1_100 }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n") + "\n");
    for (const file of ["flow.yaml", "block.yaml"]) {
      const [line] = usageError(dslint(["check", "--config", file, "ds.yaml"], { cwd: dir }));
      expect(line).toBe(`dslint: ${file}:1:1: the configuration nests deeper than 1000 levels; no configuration nests so deep, and it was not read`);
    }
  });

  it("reports a .dslint.yaml that is a symbolic link loop or a broken link, where it is found", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub", "ds.yaml"), GOOD);
    symlinkSync(".dslint.yaml", join(dir, ".dslint.yaml"));
    const loop = usageError(dslint(["check", "ds.yaml"], { cwd: join(dir, "sub") }));
    expect(loop[0]).toMatch(/^dslint: \.\.\/\.dslint\.yaml: cannot read the configuration: symbolic link loop$/);
    rmSync(join(dir, ".dslint.yaml"));
    symlinkSync("gone.yaml", join(dir, ".dslint.yml"));
    const broken = usageError(dslint(["check", "ds.yaml"], { cwd: join(dir, "sub") }));
    expect(broken[0]).toBe("dslint: ../.dslint.yml: cannot read the configuration: broken symbolic link: its target does not exist");
    // The lookup from a file's folder (the language server's) finds them too.
    expect(findConfigFile(join(dir, "sub"))).toBe(join(dir, ".dslint.yml"));
  });

  it("reports .dslint.yaml and .dslint.yml in one folder instead of reading one of them", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "ds.yaml"), GOOD);
    writeFileSync(join(dir, ".dslint.yaml"), "rules: {}\n");
    writeFileSync(join(dir, ".dslint.yml"), "rules: {host-network: off}\n");
    const [line] = usageError(dslint(["check", "ds.yaml"], { cwd: dir }));
    expect(line).toBe(`dslint: .dslint.yaml: .dslint.yaml and .dslint.yml are both in the folder ${dir}; keep one (merge them into it)`);
    expect(() => loadConfigFile(findConfigFile(dir)!, [])).toThrow(UsageError);
  });

  it("reports a Kubernetes object found as .dslint.yaml, not skipping it", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "ds.yaml"), GOOD);
    writeFileSync(join(dir, ".dslint.yaml"), "apiVersion: v1\nkind: ConfigMap\n");
    const lines = usageError(dslint(["check", "ds.yaml"], { cwd: dir }), 2);
    expect(lines).toEqual(['dslint: .dslint.yaml:1:1: unknown setting "apiVersion"', 'dslint: .dslint.yaml:2:1: unknown setting "kind"']);
  });

  it("refuses a configuration larger than 1 MiB without parsing it", () => {
    const dir = tempDir();
    sparseFile(join(dir, "big.yaml"), "rules: {}\n# ", 50 * MiB);
    const [line] = usageError(dslint(["check", "--config", "big.yaml", "x.yaml"], { cwd: dir }));
    expect(line).toBe("dslint: big.yaml: cannot read the configuration: it is larger than 1 MiB");
  });
});

describe("globs", () => {
  it("knows a bad glob from a good one", () => {
    expect(globSyntaxProblem("[unclosed")).toBe('the "[" at column 1 is never closed (to match "[" itself, write "\\[")');
    expect(globSyntaxProblem("deploy/{a,b/*.yaml")).toBe('the "{" at column 8 is never closed (to match "{" itself, write "\\{")');
    expect(globSyntaxProblem("x/[z-a].yaml")).toBe('the range "z-a" in the "[" at column 3 is reversed, so it matches nothing');
    expect(globSyntaxProblem("a[b/c]")).toMatch(/never closed/);
    for (const good of ["deploy/**/*.{yaml,yml}", "[]]", "[!]a]", "[a-z].yaml", "[a-]", "\\[x", "[[:alpha:]]*", "a}", "*.yaml"]) expect(globSyntaxProblem(good), good).toBeUndefined();
  });

  it("rejects a bad glob on the command line with one line and exit code 2, even with --no-error-on-unmatched-pattern", () => {
    for (const command of [["check", "[unclosed"], ["check", "--no-error-on-unmatched-pattern", "examples/manifests", "deploy/{a,b/*.yaml"], ["simulate", "[unclosed", "--nodes", NODES]]) {
      const r = dslint(command);
      const [line] = usageError(r);
      expect(line).toMatch(/^dslint: invalid glob "(\[unclosed|deploy\/\{a,b\/\*\.yaml)": the "[[{]" at column \d+ is never closed/);
      expect(r.stdout).toBe("");
    }
    expect(() => expandPaths(["x/[z-a].yaml", "[a"], { cwd: root })).toThrow(/invalid glob "x\/\[z-a\]\.yaml".*\ninvalid glob "\[a"/s);
    expect(() => expandPaths(["examples"], { cwd: root, ignore: [{ dir: root, globs: ["vendor/["] }] })).toThrow('invalid ignore glob "vendor/["');
  });

  it("still takes a path that exists literally, brackets and all", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "[odd.yaml"), GOOD);
    expect(dslint(["check", "[odd.yaml"], { cwd: dir }).code).toBe(0);
  });

  it("reports a bad glob in the configuration at its position", async () => {
    const rules = await loadRules();
    expect(() => parseConfig('ignore: ["[oops"]\noverrides:\n  - files: ["{a,b"]\n    rules: {host-network: off}\n', "c.yaml", "/p", rules)).toThrow(
      [
        'c.yaml:1:10: ignore[0] "[oops" is not a valid glob: the "[" at column 1 is never closed (to match "[" itself, write "\\[")',
        'c.yaml:3:13: overrides[0].files[0] "{a,b" is not a valid glob: the "{" at column 1 is never closed (to match "{" itself, write "\\{")',
      ].join("\n"),
    );
  });
});

describe("inventories without a usable node", () => {
  const cases: Array<[string, string, string]> = [
    ["empty.yaml", "", "dslint: empty.yaml: the inventory holds no usable node: it holds no object"],
    ["comments.yaml", "# kubectl printed nothing\n---\n", "dslint: comments.yaml: the inventory holds no usable node: it holds no object"],
    ["configmap.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n", 'dslint: configmap.yaml:2:7: kind: not a Node: kind is "ConfigMap"; so the inventory holds no usable node'],
    ["list.yaml", "apiVersion: v1\nkind: List\nitems: []\n", "dslint: list.yaml: the inventory holds no usable node: it holds no object"],
    ["list.json", '{"apiVersion": "v1", "kind": "NodeList", "items": []}', "dslint: list.json: the inventory holds no usable node: it holds no object"],
    ["nameless.json", '{"kind": "Node", "metadata": {}}', "dslint: nameless.json:1:18: metadata.name: Node has no metadata.name; skipped; so the inventory holds no usable node"],
  ];

  it("is a usage error, exit code 2 with the same line, for simulate and check --nodes alike", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "ds.yaml"), GOOD);
    for (const [file, text, expected] of cases) {
      writeFileSync(join(dir, file), text);
      for (const command of [["simulate", "ds.yaml", "--nodes", file], ["check", "ds.yaml", "--nodes", file], ["simulate", "ds.yaml", "--nodes", NODES, "--nodes-after", file]]) {
        const [line] = usageError(dslint(command, { cwd: dir }));
        expect(line, `${command.join(" ")}`).toBe(expected);
      }
    }
    // One unusable file among good ones is still a mistake in the command.
    expect(usageError(dslint(["simulate", "ds.yaml", "--nodes", NODES, "--nodes", "empty.yaml"], { cwd: dir }))[0]).toBe(cases[0]![2]);
    // Several problems: one line each, then the conclusion.
    writeFileSync(join(dir, "two.yaml"), "kind: Pod\nmetadata: {name: a}\n---\nkind: Node\nmetadata: {}\n");
    expect(usageError(dslint(["check", "ds.yaml", "--nodes", "two.yaml"], { cwd: dir }), 3)).toEqual([
      'dslint: two.yaml:1:7: kind: not a Node: kind is "Pod"',
      "dslint: two.yaml:5:1: metadata.name: Node has no metadata.name; skipped",
      "dslint: two.yaml: the inventory holds no usable node",
    ]);
  });

  it("is a UsageError from loadNodes and check()", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "empty.yaml"), "");
    expect(() => loadNodes([{ name: "empty.yaml", path: join(dir, "empty.yaml") }])).toThrow(UsageError);
    await expect(check(["examples/manifests/node-exporter.yaml"], { cwd: root, nodes: [join(dir, "empty.yaml")] })).rejects.toThrow(UsageError);
  });

  it("Node objects among the manifests that give no usable node are a usage error too", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "all.yaml"), `${GOOD}\n---\napiVersion: v1\nkind: Node\nmetadata: {labels: {a: b}}\n`);
    const lines = usageError(dslint(["simulate", "all.yaml"], { cwd: dir }), 2);
    expect(lines).toEqual([
      "dslint: the Node objects of the manifests: metadata.name: Node has no metadata.name; skipped",
      "dslint: the Node objects of the manifests hold no usable node; give --nodes FILE",
    ]);
  });
});

describe("wrong-typed labels and taints in an inventory", () => {
  const INVENTORY = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Node
    metadata:
      name: listed
      labels: [a]
    spec:
      taints: "x"
  - apiVersion: v1
    kind: Node
    metadata:
      name: numbers
      labels: {kubernetes.io/os: linux, zone: 1, gpu: true, nested: {a: b}}
    spec:
      taints: [{key: 1, value: {a: b}, effect: NoSchedule}]
`;
  const PROBLEMS = [
    "items[0].metadata.labels: labels must be a map of label names to values, not a list; ignored",
    "items[0].spec.taints: taints must be a list, not \"x\"; ignored",
    "items[1].metadata.labels.zone: label value 1 is a number, not a string; read as \"1\" (quote it)",
    "items[1].metadata.labels.gpu: label value true is a boolean, not a string; read as \"true\" (quote it)",
    "items[1].metadata.labels.nested: label value is a map, not a string; the label is ignored",
    "items[1].spec.taints[0].key: taint key 1 is not a string; read as \"1\"",
    "items[1].spec.taints[0].value: taint value a map is not a string; read as empty",
  ];

  it("says so, the same way in simulate and check --nodes", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "nodes.yaml"), INVENTORY);
    writeFileSync(join(dir, "nodes.json"), JSON.stringify(parseYamlList(INVENTORY)));
    writeFileSync(join(dir, "ds.yaml"), GOOD);
    for (const file of ["nodes.yaml", "nodes.json"]) {
      const simulated = dslint(["simulate", "ds.yaml", "--nodes", file], { cwd: dir });
      expect(simulated.code).toBe(1);
      const lines = simulated.stderr.trimEnd().split("\n");
      expect(lines.map((l) => l.replace(/^dslint: [^:]+:\d+:\d+: /, "")), file).toEqual(PROBLEMS.map((p) => p.replace(/^items\[\d\]\./, "")));
      const checked = dslint(["check", "ds.yaml", "--nodes", file, "--format", "json"], { cwd: dir });
      expect(checked.code).toBe(1);
      const inventory = JSON.parse(checked.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === "inventory");
      expect(inventory.map((f: { message: string }) => f.message.replace(/^node inventory: /, ""))).toEqual(lines.map((l) => l.replace(/^dslint: [^:]+:\d+:\d+: /, "")));
    }
  });

  it("nodesFromObjects reports them with their paths", () => {
    const { nodes, problems } = nodesFromObjects(parseYamlList(INVENTORY).items);
    expect(nodes.map((n) => n.name)).toEqual(["listed", "numbers"]);
    expect(problems.map((p) => `${p.path.join(".")}: ${p.message}`)).toHaveLength(PROBLEMS.length);
    expect(nodes[1]!.labels.get("zone")).toBe("1");
    expect(nodes[1]!.labels.get("nested")).toBeUndefined();
    expect(nodes[0]!.taints).toEqual([]);
  });
});

/** The test inventory as parsed objects (no YAML 1.1 subtleties in it). */
function parseYamlList(text: string): { kind: string; items: unknown[] } {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", `import { parse } from "yaml"; process.stdout.write(JSON.stringify(parse(${JSON.stringify(text)})));`], { cwd: root, encoding: "utf8" });
  return JSON.parse(r.stdout);
}

describe("prototype names as kinds, keys and label names", () => {
  const NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"];

  it("a kind that is a map with a toString key, or a prototype name, is reported, never a crash", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "ds.yaml"), GOOD);
    const kinds = ["{toString: 1}", "{valueOf: 1, toString: 2}", ...NAMES];
    for (const kind of kinds) {
      writeFileSync(join(dir, "k.yaml"), `apiVersion: v1\nkind: ${kind}\nmetadata: {name: n1}\n`);
      writeFileSync(join(dir, "list.yaml"), `apiVersion: v1\nkind: ${kind}\nitems: [{kind: Node, metadata: {name: n1}}]\n`);
      for (const file of ["k.yaml", "list.yaml"]) {
        expect(() => loadNodes([{ name: file, path: join(dir, file) }]), `${kind} in ${file}`).toThrow(/: kind: not a Node: kind is (a map|"\w+"); so the inventory holds no usable node$/);
        expect(loadPods({ name: file, path: join(dir, file) }).errors.map((e) => e.message), `${kind} in ${file}`).toEqual([expect.stringMatching(/^kind: not a Pod, PodDisruptionBudget or PriorityClass: kind is (a map|"\w+")$/)]);
      }
      // As a manifest: no crash, whatever the loader makes of it.
      const manifest = dslint(["check", "k.yaml", "--format", "json"], { cwd: dir });
      expect(manifest.stderr, kind).not.toMatch(/internal error|\n\s+at /);
    }
    // The command line, once per reader and command.
    writeFileSync(join(dir, "k.yaml"), "apiVersion: v1\nkind: {toString: 1}\nmetadata: {name: n1}\n");
    for (const command of [["simulate", "ds.yaml", "--nodes", "k.yaml"], ["check", "ds.yaml", "--nodes", "k.yaml"]]) {
      expect(usageError(dslint(command, { cwd: dir }))[0]).toBe("dslint: k.yaml:2:1: kind: not a Node: kind is a map; so the inventory holds no usable node");
    }
    const pods = dslint(["simulate", "ds.yaml", "--nodes", NODES, "--pods", "k.yaml", "--format", "json"], { cwd: dir });
    expect(pods.code).toBe(1);
    expect(pods.stderr).toBe("dslint: k.yaml:2:1: kind: not a Pod, PodDisruptionBudget or PriorityClass: kind is a map\n");
    const sim = dslint(["simulate", "k.yaml", "ds.yaml", "--nodes", NODES, "--format", "json"], { cwd: dir });
    expect(sim.stderr).not.toMatch(/internal error|\n\s+at /);
    // JSON inventories are read by another reader: the same answers.
    writeFileSync(join(dir, "k.json"), '{"apiVersion": "v1", "kind": {"toString": 1}, "items": [{"kind": "Node", "metadata": {"name": "n1"}}]}');
    expect(usageError(dslint(["simulate", "ds.yaml", "--nodes", "k.json"], { cwd: dir }))[0]).toBe("dslint: k.json:1:22: kind: not a Node: kind is a map; so the inventory holds no usable node");
  });

  it("prototype names as label names, taint keys, resources and pod fields are plain names", () => {
    const node = (name: string) => ({
      kind: "Node",
      metadata: { name, labels: Object.fromEntries(NAMES.map((n) => [n, n])) },
      spec: { taints: NAMES.map((n) => ({ key: n, effect: "NoSchedule" })) },
      status: { allocatable: Object.fromEntries([...NAMES.map((n) => [n, "1"]), ["cpu", "2"], ["pods", "10"]]) },
    });
    // JSON.parse makes "__proto__" an own key, as the YAML and JSON readers do.
    const objects = JSON.parse(JSON.stringify([node("a"), { kind: "NodeList", items: [node("b")] }]));
    const { nodes, problems } = nodesFromObjects(objects);
    expect(problems).toEqual([]);
    for (const n of NAMES) expect(nodes[0]!.labels.get(n)).toBe(n);
    expect(nodes[0]!.labels.get("isPrototypeOf")).toBeUndefined();
    expect(nodes[1]!.taints.map((t) => t.key)).toEqual(NAMES);
    expect(nodes[0]!.allocatable?.get("constructor")).toBe(1);
    const pods = podsFromObjects(
      JSON.parse(
        JSON.stringify([
          {
            kind: "Pod",
            metadata: { name: "p", namespace: "__proto__", ownerReferences: [{ kind: "DaemonSet", apiVersion: "apps/v1", name: "toString", controller: true }] },
            spec: { nodeName: "a", containers: [{ name: "c", resources: { requests: Object.fromEntries(NAMES.map((n) => [n, "1"])) } }] },
          },
        ]),
      ),
    );
    expect(pods.problems).toEqual([]);
    expect(pods.pods[0]).toMatchObject({ namespace: "__proto__", daemonSet: "toString" });
  });

  it("the command line reads them from YAML and JSON files alike", () => {
    const dir = tempDir();
    const labels = NAMES.map((n) => `      ${n}: "${n}"`).join("\n");
    writeFileSync(join(dir, "nodes.yaml"), `apiVersion: v1\nkind: Node\nmetadata:\n  name: n1\n  labels:\n      kubernetes.io/os: linux\n${labels}\nstatus:\n  allocatable: {constructor: "1", __proto__: "2", cpu: "2", pods: "10"}\n`);
    writeFileSync(join(dir, "ds.yaml"), GOOD);
    for (const f of ["nodes.yaml"]) {
      const r = dslint(["simulate", "ds.yaml", "--nodes", f, "--format", "json"], { cwd: dir });
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).daemonsets[0].nodes).toHaveLength(1);
    }
  });
});

describe("prototype names in a configuration", () => {
  it("are unknown severities, options and settings, not members of Object.prototype", async () => {
    const rules = await loadRules();
    const text = [
      "rules:",
      "  host-network: constructor",
      "  missing-resources: [warning, {toString: true, __proto__: 1}]",
      "  hasOwnProperty: off",
      "valueOf: 1",
      "",
    ].join("\n");
    let message = "";
    try {
      parseConfig(text, "c.yaml", "/p", rules);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message.split("\n")).toEqual([
      'c.yaml:5:1: unknown setting "valueOf"',
      'c.yaml:2:17: rule "host-network": the setting must be off, info, warning or error, or [severity, {options}]',
      expect.stringMatching(/^c\.yaml:3:33: rule "missing-resources" has no option "toString" \(options: /),
      expect.stringMatching(/^c\.yaml:3:49: rule "missing-resources" has no option "__proto__" \(options: /),
      'c.yaml:4:3: unknown rule "hasOwnProperty"',
    ]);
  });
});

describe("symbolic link diamonds", () => {
  it("walks each real folder once: 16 levels of two links each take no time, and a loop is still reported", () => {
    const dir = tempDir();
    const levels = 16;
    for (let i = 0; i <= levels; i++) mkdirSync(join(dir, `d${i}`));
    for (let i = 0; i < levels; i++) {
      symlinkSync(join(dir, `d${i + 1}`), join(dir, `d${i}`, "a"));
      symlinkSync(join(dir, `d${i + 1}`), join(dir, `d${i}`, "b"));
    }
    writeFileSync(join(dir, `d${levels}`, "ds.yaml"), GOOD);
    const { inputs, problems } = expandPaths(["d0"], { cwd: dir });
    expect(inputs.map((i) => i.name)).toEqual([`d0/${"a/".repeat(levels)}ds.yaml`]);
    expect(problems).toEqual([]);
    const r = dslint(["check", "d0", "--format", "json"], { cwd: dir, timeout: 10_000 });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ files: 1, daemonSets: 1 });
    // Through a glob too.
    expect(dslint(["check", "d0/**/*.yaml", "--format", "json"], { cwd: dir, timeout: 10_000 }).code).toBe(0);
    // A link back up is a loop, reported as before.
    symlinkSync(join(dir, "d0"), join(dir, `d${levels}`, "up"));
    const looped = expandPaths(["d0"], { cwd: dir });
    expect(looped.problems).toEqual([{ name: `d0/${"a/".repeat(levels)}up`, message: "symbolic link loop: this folder was already visited" }]);
    expect(looped.inputs).toHaveLength(1);
  });
});

// Permissions do not stop root: the unwritable-folder case only means something for other users.
const IS_ROOT = process.getuid?.() === 0;
describe.skipIf(IS_ROOT || process.platform === "win32")("report folders without write permission", () => {
  it("fails at once with one line", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "locked"));
    chmodSync(join(dir, "locked"), 0o500);
    writeFileSync(join(dir, "ds.yaml"), GOOD);
    const [line] = usageError(dslint(["check", "--format", "json=locked/x.json", "ds.yaml"], { cwd: dir }));
    expect(line).toMatch(/cannot write the json report to .*locked\/x\.json: permission denied$/);
  });
});
