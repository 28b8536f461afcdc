/**
 * The hooks of .pre-commit-hooks.yaml, run by the real pre-commit framework
 * in a scratch git repository that uses them.
 *
 * pre-commit installs a hook repository from git, at a commit: it clones it,
 * so it sees committed files only (try-repo adds the uncommitted changes of
 * tracked files, not new files). The hook repository here is a snapshot of
 * this work tree committed into a scratch repository, so the test checks the
 * files as they are now, and the same way in a fresh clone and in a work tree
 * with changes.
 *
 * `language: node` makes pre-commit build an environment: with node and npm on
 * PATH it uses them (nodeenv's "system" node, no download), runs `npm install`
 * in the clone, `npm pack`, and `npm install -g` of the tarball. The build is
 * committed, so none of these steps compiles anything. npm takes the packages
 * from its cache (prefer-offline), which `npm ci` has filled.
 */
import { execFile, execFileSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyAsCloned } from "../checkout.js";
import { externalProgram, requireProgram } from "../external.js";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const preCommitProgram = externalProgram("pre-commit", "apt-get install pre-commit, or pip install pre-commit");
const examples = join(repo, "examples", "manifests");
// Installing the node environment: npm install, npm pack and npm install -g (see above).
const INSTALL_TIMEOUT = 240_000;

interface Run {
  status: number;
  output: string;
  seconds: number;
}

let scratch: string;
let hookRepo: string;
let hookRev: string;
let env: NodeJS.ProcessEnv;

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=dslint test", "-c", "user.email=test@dslint.invalid", "-c", "commit.gpgsign=false", ...args], {
    cwd,
    encoding: "utf8",
  }).trim();
}

/** A git repository holding the work tree's files (tracked and new, not ignored) in one commit. */
function snapshot(into: string): string {
  copyAsCloned(into);
  git(into, "init", "-q");
  git(into, "add", "-A");
  git(into, "commit", "-q", "-m", "snapshot");
  return git(into, "rev-parse", "HEAD");
}

/** A repository that uses the hooks, with the example manifests in deploy/. */
function consumer(name: string): string {
  const dir = join(scratch, name);
  mkdirSync(dir);
  git(dir, "init", "-q");
  cpSync(examples, join(dir, "deploy"), { recursive: true });
  return dir;
}

function preCommit(cwd: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<Run> {
  const started = performance.now();
  return new Promise((done) => {
    execFile("pre-commit", [...args, "--color", "never"], { cwd, env: { ...env, ...extraEnv }, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      const status = err ? (typeof err.code === "number" ? err.code : -1) : 0;
      done({ status, output: stdout + stderr, seconds: (performance.now() - started) / 1000 });
    });
  });
}

function writeConfig(dir: string, hooks: string): void {
  writeFileSync(join(dir, ".pre-commit-config.yaml"), `repos:\n  - repo: ${JSON.stringify(hookRepo)}\n    rev: ${hookRev}\n    hooks:\n${hooks}`);
}

beforeAll(() => {
  if (preCommitProgram.version === undefined) return; // each test says so, or fails in CI
  scratch = mkdtempSync(join(tmpdir(), "dslint-pre-commit-"));
  hookRepo = join(scratch, "dslint");
  mkdirSync(hookRepo);
  hookRev = snapshot(hookRepo);
  env = {
    ...process.env,
    PRE_COMMIT_HOME: join(scratch, "cache"),
    npm_config_prefer_offline: "true",
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
  };
  delete env.NODE_ENV; // vitest sets it; a user's shell does not
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

// The two environment installs run side by side: each is mostly waiting on npm and tsc.
describe.concurrent("pre-commit hooks", () => {
  it(
    "try-repo dslint fails on a flawed manifest and shows its findings",
    async (ctx) => {
      requireProgram(preCommitProgram, ctx);
      const dir = consumer("try");
      const run = await preCommit(dir, ["try-repo", hookRepo, "dslint", "--files", "deploy/log-shipper.yaml"]);
      expect(run.status, run.output).toBe(1);
      expect(run.output).toMatch(/dslint\.+Failed/);
      expect(run.output).toContain("deploy/log-shipper.yaml");
      expect(run.output).toMatch(/13:7\s+error\s+spec\.selector does not match the template labels.*selector-mismatch/);
      expect(run.output).toMatch(/7 errors, 5 warnings, 1 info/);
    },
    INSTALL_TIMEOUT,
  );

  it(
    "dslint from a config at a rev: passes a clean manifest, reuses its environment, fails a flawed one",
    async (ctx) => {
      requireProgram(preCommitProgram, ctx);
      const dir = consumer("config");
      writeConfig(dir, "      - id: dslint\n");
      const install = await preCommit(dir, ["install-hooks"]);
      expect(install.status, install.output).toBe(0);
      expect(install.output).toContain("Installing environment");

      const clean = await preCommit(dir, ["run", "dslint", "--files", "deploy/node-exporter.yaml"]);
      expect(clean.status, clean.output).toBe(0);
      expect(clean.output).toMatch(/dslint\.+Passed/);
      expect(clean.output).not.toContain("Installing environment");
      // One file, after the environment is installed: pre-commit's start-up plus dslint's
      // (about half a second on an idle machine; the bound leaves room for a busy one).
      console.log(`pre-commit run dslint on one file: ${clean.seconds.toFixed(2)} s`);

      const flawed = await preCommit(dir, ["run", "dslint", "--files", "deploy/node-exporter.yaml", "deploy/legacy-cni.yaml"]);
      expect(flawed.status, flawed.output).toBe(1);
      expect(flawed.output).toMatch(/dslint\.+Failed/);
      expect(flawed.output).toContain("removed-api-version");
      expect(flawed.output).not.toContain("deploy/node-exporter.yaml");
    },
    INSTALL_TIMEOUT,
  );

  it(
    "dslint-system runs the dslint on PATH and passes args through",
    async (ctx) => {
    requireProgram(preCommitProgram, ctx);
    const bin = join(scratch, "bin");
    mkdirSync(bin);
    writeFileSync(join(bin, "dslint"), `#!/bin/sh\nexec node ${JSON.stringify(join(repo, "bin", "dslint.js"))} "$@"\n`);
    chmodSync(join(bin, "dslint"), 0o755);
    const path = { PATH: `${bin}:${process.env.PATH}` };

    const dir = consumer("system");
    writeFileSync(join(dir, "relaxed.yaml"), "rules:\n  run-as-root: off\n");
    writeConfig(dir, "      - id: dslint-system\n        args: [--config, relaxed.yaml]\n");
    const clean = await preCommit(dir, ["run", "dslint-system", "--files", "deploy/node-exporter.yaml"], path);
    expect(clean.status, clean.output).toBe(0);
    expect(clean.output).toMatch(/dslint \(installed\)\.+Passed/);

    const flawed = await preCommit(dir, ["run", "dslint-system", "--files", "deploy/log-shipper.yaml"], path);
    expect(flawed.status, flawed.output).toBe(1);
    expect(flawed.output).toContain("selector-mismatch");
    expect(flawed.output).not.toContain("run-as-root"); // the --config argument reached dslint
    },
    // pre-commit clones the hook repository into its store first: seconds on a quiet machine, more under load.
    INSTALL_TIMEOUT,
  );

  it("a local hook runs the project's own dslint through npx", async (ctx) => {
    requireProgram(preCommitProgram, ctx);
    const dir = consumer("local");
    // What installing dslint as a devDependency leaves: the package and its bin link.
    mkdirSync(join(dir, "node_modules", ".bin"), { recursive: true });
    symlinkSync(repo, join(dir, "node_modules", "daemonset-lint"));
    symlinkSync("../daemonset-lint/bin/dslint.js", join(dir, "node_modules", ".bin", "dslint"));
    writeFileSync(join(dir, ".gitignore"), "node_modules/\n");
    writeFileSync(
      join(dir, ".pre-commit-config.yaml"),
      [
        "repos:",
        "  - repo: local",
        "    hooks:",
        "      - id: dslint",
        "        name: dslint",
        "        entry: npx --no-install dslint check",
        "        language: system",
        "        types_or: [yaml, json]",
        "        files: ^deploy/",
        "",
      ].join("\n"),
    );
    git(dir, "add", "-A");
    const run = await preCommit(dir, ["run", "--all-files"]);
    expect(run.status, run.output).toBe(1);
    expect(run.output).toContain("deploy/log-shipper.yaml");
    expect(run.output).toContain("deploy/legacy-cni.yaml");
    // files: ^deploy/ keeps the hook off other YAML, such as pre-commit's own config.
    expect(run.output).not.toContain(".pre-commit-config.yaml");
  });
});
