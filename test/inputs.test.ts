/**
 * What the command line and check() do with the paths they are given. No run
 * passes silently.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { check } from "../src/index.js";

const root = resolve(import.meta.dirname, "..");
const bin = join(root, "bin", "dslint.js");
const nodesFile = join(root, "examples", "cluster-nodes.yaml");
const GOOD = readFileSync(join(root, "examples", "manifests", "node-exporter.yaml"), "utf8");
const FLAWED = readFileSync(join(root, "examples", "manifests", "log-shipper.yaml"), "utf8");

const env = { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined };

function dslint(args: string[], options: { input?: string; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, input: options.input ?? "", encoding: "utf8", env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
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
