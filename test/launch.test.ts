import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { copyAsCloned } from "./checkout.js";
// The compiled launcher: it runs the built bundle (npm test builds first).
import { CachedModules } from "../dist/src/launch.cjs";

const root = resolve(import.meta.dirname, "..");

describe("start-up from V8's code cache (src/launch.cts)", () => {
  it("runs the built command line from the cache the build wrote", async () => {
    const modules = new CachedModules();
    const bundle = modules.bundle();
    const out: string[] = [];
    const io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => out.push(s) }, readStdin: async () => "", env: {}, cwd: root };
    expect(await bundle.main(["check", "--format", "json", "examples/manifests/node-exporter.yaml"], io)).toBe(0);
    expect(JSON.parse(out.join("")).summary.daemonSets).toBe(1);
    expect(modules.fromCache(join(root, "dist", "dslint.cjs"))).toBe(true);
  });

  it("uses a cache only for the text whose first line it carries, and still runs without one", () => {
    const dir = mkdtempSync(join(tmpdir(), "dslint-cache-"));
    const cacheDir = join(dir, "cache");
    const file = join(dir, "m.cjs");
    // Same length, other content: V8 alone would take the old cache for it.
    writeFileSync(file, "/* dslint build 1111 */\nmodule.exports = 6 * 7;\n");
    const first = new CachedModules({ cacheDir });
    expect(first.require(file)).toBe(42);
    expect(first.fromCache(file)).toBe(false);
    first.writeCaches();

    const second = new CachedModules({ cacheDir });
    expect(second.require(file)).toBe(42);
    expect(second.fromCache(file)).toBe(true);

    writeFileSync(file, "/* dslint build 2222 */\nmodule.exports = 6 + 7;\n");
    const third = new CachedModules({ cacheDir });
    expect(third.require(file)).toBe(13);
    expect(third.fromCache(file)).toBe(false);
  });

  it("writes the cache a run lacked, so that the next run starts from it; a folder it cannot write is no error", () => {
    const dir = mkdtempSync(join(tmpdir(), "dslint-cache-"));
    const file = join(dir, "m.cjs");
    writeFileSync(file, "/* dslint build 3333 */\nmodule.exports = 6 * 7;\n");
    const cacheDir = join(dir, "cache");
    const first = new CachedModules({ cacheDir });
    first.require(file);
    first.writeMissingCaches();
    expect(readdirSync(cacheDir)).toHaveLength(1);
    const second = new CachedModules({ cacheDir });
    second.require(file);
    expect(second.fromCache(file)).toBe(true);

    // A file where the cache folder should be: nothing can be written there.
    const blocked = join(dir, "blocked");
    writeFileSync(blocked, "");
    const third = new CachedModules({ cacheDir: blocked });
    third.require(file);
    expect(() => third.writeMissingCaches()).not.toThrow();
  });

  it("a copy as cloned (no node_modules, no code cache) runs, and its first run writes the cache", () => {
    const copy = mkdtempSync(join(tmpdir(), "dslint-clone-"));
    copyAsCloned(copy);
    expect(existsSync(join(copy, "node_modules"))).toBe(false);
    expect(existsSync(join(copy, "dist", "code-cache"))).toBe(false);
    const run = () => spawnSync(process.execPath, [join(copy, "bin", "dslint.js"), "check", "--format", "json", "examples/manifests/node-exporter.yaml"], { cwd: copy, encoding: "utf8" });
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    expect(readdirSync(join(copy, "dist", "code-cache")).sort()).toEqual(["dist_dslint.cjs.cache"]);
    const second = run();
    expect(second.stdout).toBe(first.stdout);
    // The yaml package, kept out of the bundle, comes from dist/ when a kustomization names its patches.
    const kustomization = join(copy, "kustomize");
    mkdirSync(kustomization);
    writeFileSync(join(kustomization, "kustomization.yaml"), "resources: [ds.yaml]\npatches:\n- path: patch.yaml\n");
    writeFileSync(join(kustomization, "patch.yaml"), "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: x\n");
    const kustomized = spawnSync(process.execPath, [join(copy, "bin", "dslint.js"), "check", "--format", "json", "kustomize"], { cwd: copy, encoding: "utf8" });
    expect(kustomized.stderr).toBe("");
    const report = JSON.parse(kustomized.stdout) as { findings: { ruleId: string; file: string }[] };
    // The patch is a partial object: skipped, not reported as an invalid DaemonSet.
    expect(report.findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual(["kustomize/kustomization.yaml kustomization"]);
    expect(existsSync(join(copy, "dist", "code-cache", "dist_yaml.cjs.cache"))).toBe(true);
    rmSync(copy, { recursive: true, force: true });
  });
});
