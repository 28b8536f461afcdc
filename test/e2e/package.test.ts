/**
 * The npm package as a user gets it: `npm pack` of this work tree, then
 * `npm install` of the tarball into an empty project. The command, the API
 * and the type declarations (without @types/node) must all work from there.
 * npm takes the dependencies from its cache (prefer-offline), which `npm ci`
 * has filled.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../data.js";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const npmEnv = {
  ...process.env,
  npm_config_prefer_offline: "true",
  npm_config_audit: "false",
  npm_config_fund: "false",
  npm_config_update_notifier: "false",
};
delete npmEnv.NODE_ENV; // vitest sets it; a user's shell does not

let scratch: string;
let tarball: string;
let packed: string[];
let project: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "dslint-package-"));
  const pack = JSON.parse(execFileSync(npm, ["pack", "--json", "--pack-destination", scratch], { cwd: repoRoot, env: npmEnv, encoding: "utf8" })) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  tarball = join(scratch, pack[0]!.filename);
  packed = pack[0]!.files.map((f) => f.path).sort();
  project = join(scratch, "project");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true, type: "module" }));
  execFileSync(npm, ["install", "--no-save", tarball], { cwd: project, env: npmEnv, encoding: "utf8", stdio: "pipe" });
}, 180_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("the npm package daemonset-lint", () => {
  it("ships what users run, its licences, and no build leftovers", () => {
    expect(tarball).toMatch(/daemonset-lint-\d+\.\d+\.\d+\.tgz$/);
    for (const file of ["LICENSE", "NOTICE", "README.md", "package.json", "bin/dslint.js", "dist/dslint.cjs", "dist/lsp.js", "dist/worker.js", "dist/yaml.cjs", "bin/package.json", "dist/THIRD-PARTY-LICENSES.txt", "dist/src/index.js", "dist/src/index.d.ts", "dist/src/launch.cjs", "schemas/NOTICE.md", "schemas/dslint-config.schema.json", "schemas/v1.36/daemonset.schema.json"]) {
      expect(packed).toContain(file);
    }
    const leftovers = packed.filter((f) => /^(dist\/(scripts|test|code-cache)\/|dist\/\.entry|test\/|scripts\/|openapi\/|src\/|rules\/)|\.tsbuildinfo$|\.map$/.test(f));
    expect(leftovers).toEqual([]);
    expect(readFileSync(join(project, "node_modules", "daemonset-lint", "LICENSE"), "utf8")).toContain("Apache License");
  });

  it("installs the dslint command", () => {
    const examples = join(repoRoot, "examples", "manifests");
    const bin = join(project, "node_modules", ".bin", "dslint");
    const version = spawnSync(bin, ["--version"], { cwd: project, encoding: "utf8" });
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).version);
    const run = spawnSync(bin, ["check", "--format", "json", examples], { cwd: project, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as { summary: { daemonSets: number; errors: number } };
    expect(report.summary.daemonSets).toBe(3);
    expect(report.summary.errors).toBeGreaterThan(0);
    const simulate = spawnSync(bin, ["simulate", join(examples, "node-exporter.yaml"), "--nodes", join(repoRoot, "examples", "cluster-nodes.yaml")], { cwd: project, encoding: "utf8" });
    expect(simulate.status, simulate.stderr).toBe(0);
    expect(simulate.stdout).toContain("DaemonSet monitoring/node-exporter");
  });

  it("runs custom rules, compiling them with the parser it installed", () => {
    const bin = join(project, "node_modules", ".bin", "dslint");
    const example = join(repoRoot, "examples", "custom-rules", "team-label");
    const env = { ...process.env, DSLINT_CACHE_DIR: join(scratch, "cache") };
    for (const args of [["rules", "--test"], ["check", "--format", "json", "."]]) {
      const run = spawnSync(bin, args, { cwd: example, encoding: "utf8", env });
      expect(run.stderr).toBe("");
      if (args[0] === "rules") {
        expect(run.status).toBe(0);
        expect(run.stdout).toContain("1 custom rule, 2 examples: 2 passed, 0 failed");
      } else {
        expect(run.status).toBe(1);
        expect((JSON.parse(run.stdout) as { findings: Array<{ ruleId: string }> }).findings.filter((f) => f.ruleId === "acme/team-label")).toHaveLength(2);
      }
    }
  });

  it("gives the API to an ES module that imports it by the package name", () => {
    writeFileSync(
      join(project, "use.mjs"),
      `import { check, simulate, nodesFromObjects, getFormatter, KNOWN_VERSIONS } from "daemonset-lint";
const result = await check([${JSON.stringify(join(repoRoot, "examples", "manifests"))}], { kubernetesVersion: "1.30" });
const json = getFormatter("json");
console.log(JSON.stringify({ daemonSets: result.summary.daemonSets, versions: KNOWN_VERSIONS.length, formatter: json?.name, simulate: typeof simulate, nodesFromObjects: typeof nodesFromObjects }));
`,
    );
    const run = spawnSync(process.execPath, ["use.mjs"], { cwd: project, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ daemonSets: 3, versions: 10, formatter: "json", simulate: "function", nodesFromObjects: "function" });
  });

  it("has type declarations that compile without @types/node", () => {
    writeFileSync(
      join(project, "use.ts"),
      `import { check, checkText, simulate, diffSimulations, nodesFromObjects, podsFromObjects, getFormatter, FORMAT_NAMES, KNOWN_VERSIONS, DEFAULT_VERSION, UsageError } from "daemonset-lint";
import type { CheckResult, Finding, DaemonSetSimulation } from "daemonset-lint";
export async function lint(paths: string[]): Promise<Finding[]> {
  const result: CheckResult = await check(paths, { kubernetesVersion: DEFAULT_VERSION });
  const again = await checkText("kind: DaemonSet", "x.yaml");
  return [...result.findings, ...again.findings];
}
export const api = { simulate, diffSimulations, nodesFromObjects, podsFromObjects, getFormatter, FORMAT_NAMES, KNOWN_VERSIONS, UsageError };
export type Simulation = DaemonSetSimulation;
`,
    );
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { strict: true, types: [], lib: ["ES2022"], module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", noEmit: true, skipLibCheck: false },
        files: ["use.ts"],
      }),
    );
    const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");
    const run = spawnSync(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: project, encoding: "utf8" });
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });
});
