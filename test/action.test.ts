/**
 * The GitHub Action (action.yml) run as the runner runs a composite action:
 * each `run` step's `${{ }}` expressions are expanded from the inputs (the
 * defaults of action.yml, overridden by the workflow's `with:`), the step's
 * env is set, and the script goes to `bash --noprofile --norc -eo pipefail`
 * in the workspace. The `uses` step (actions/setup-node) is the runner's
 * business; here the machine's node stands in for it.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { copyAsCloned } from "./checkout.js";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");

interface ActionInput {
  default?: string;
  required?: boolean;
}
interface ActionStep {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Action {
  inputs: Record<string, ActionInput>;
  runs: { using: string; steps: ActionStep[] };
}

const action = parse(readFileSync(join(repo, "action.yml"), "utf8")) as Action;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** What the steps wrote to the job summary ($GITHUB_STEP_SUMMARY). */
  summary: string;
}

/** Where the action runs and the event the workflow runs for. */
interface RunContext {
  /** The checkout; by default the shared workspace. */
  cwd?: string;
  event?: { name: string; payload: unknown };
}

let workspace: string;
/** The action as the runner checks it out: the repository's files, no node_modules. */
let actionPath: string;

beforeAll(() => {
  if (!existsSync(join(repo, "dist", "dslint.cjs"))) throw new Error("dist/dslint.cjs is missing: run `npm run build` first");
  actionPath = mkdtempSync(join(tmpdir(), "dslint-action-path-"));
  copyAsCloned(actionPath);
  workspace = mkdtempSync(join(tmpdir(), "dslint-action-"));
  // A checkout: SARIF paths are relative to the repository root.
  spawnSync("git", ["init", "-q", workspace]);
  cpSync(join(repo, "examples", "manifests"), join(workspace, "deploy"), { recursive: true });
  const exporter = readFileSync(join(repo, "examples", "manifests", "node-exporter.yaml"), "utf8");
  // The same agent without its priority class: one warning, no error.
  mkdirSync(join(workspace, "warn"));
  writeFileSync(join(workspace, "warn", "agent.yaml"), exporter.replace(/^\s*priorityClassName:.*\n/m, ""));
});

afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(actionPath, { recursive: true, force: true });
});

/** `${{ expr }}` as the runner expands it, for the expressions a composite action step may use here. */
function expand(text: string, inputs: Record<string, string>, github: Record<string, string>): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => {
    const input = /^inputs\.([A-Za-z0-9_-]+)$/.exec(expr);
    if (input) {
      if (!(input[1]! in action.inputs)) throw new Error(`action.yml uses the undeclared input ${input[1]}`);
      return inputs[input[1]!] ?? "";
    }
    const gh = /^github\.([a-z_]+)$/.exec(expr);
    if (gh && gh[1]! in github) return github[gh[1]!]!;
    throw new Error(`expression not expanded by this test: \${{ ${expr} }}`);
  });
}

/** Runs the action's run steps with the workflow's `with:` values, as the runner would. */
function runAction(withInputs: Record<string, string>, context: RunContext = {}): Run {
  const cwd = context.cwd ?? workspace;
  expect(action.runs.using).toBe("composite");
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = withInputs[name] ?? spec.default;
    if (value === undefined && spec.required) throw new Error(`input ${name} is required`);
    inputs[name] = value ?? "";
  }
  for (const name of Object.keys(withInputs)) if (!(name in action.inputs)) throw new Error(`action.yml has no input ${name}`);

  const runnerTemp = mkdtempSync(join(tmpdir(), "dslint-runner-"));
  const outputFile = join(runnerTemp, "github_output");
  writeFileSync(outputFile, "");
  const summaryFile = join(runnerTemp, "step_summary.md");
  writeFileSync(summaryFile, "");
  const eventFile = join(runnerTemp, "event.json");
  writeFileSync(eventFile, JSON.stringify(context.event?.payload ?? {}));
  const github = { action_path: actionPath, workspace: cwd };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_ACTION_PATH: actionPath,
    GITHUB_WORKSPACE: cwd,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: context.event?.name ?? "push",
    GITHUB_EVENT_PATH: eventFile,
    RUNNER_TEMP: runnerTemp,
  };
  let last: Run = { status: 0, stdout: "", stderr: "", outputs: {}, summary: "" };
  try {
    for (const step of action.runs.steps) {
      if (step.uses) continue;
      if (step.if !== undefined) throw new Error(`run step ${step.id} has an if: this test does not evaluate it`);
      expect(step.shell).toBe("bash");
      const stepEnv: NodeJS.ProcessEnv = { ...env };
      for (const [key, value] of Object.entries(step.env ?? {})) stepEnv[key] = expand(String(value), inputs, github);
      const script = join(runnerTemp, `step-${step.id}.sh`);
      writeFileSync(script, expand(step.run!, inputs, github));
      const result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], { cwd, env: stepEnv, encoding: "utf8" });
      const outputs = Object.fromEntries(
        readFileSync(outputFile, "utf8")
          .split("\n")
          .filter((line) => line.includes("="))
          .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
      );
      last = { status: result.status, stdout: result.stdout, stderr: result.stderr, outputs, summary: readFileSync(summaryFile, "utf8") };
      if (result.status !== 0) break;
    }
  } finally {
    rmSync(runnerTemp, { recursive: true, force: true });
  }
  return last;
}

// The log is coloured; the assertions read its text.
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, "");

interface Sarif {
  version: string;
  runs: { tool: { driver: { name: string } }; results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
}
const readSarif = (file: string) => JSON.parse(readFileSync(join(workspace, file), "utf8")) as Sarif;

describe("the GitHub Action", () => {
  it("fails on errors, shows the findings in the log and writes the SARIF report for upload", () => {
    rmSync(join(workspace, "dslint.sarif"), { force: true });
    const run = runAction({ paths: "deploy" });
    expect(run.status, run.stderr).toBe(1);
    const log = plain(run.stdout);
    expect(log).toContain("deploy/log-shipper.yaml");
    expect(log).toMatch(/error\s+spec\.selector does not match the template labels.*selector-mismatch/);
    expect(run.stdout).toContain("\x1b["); // the Actions log renders colours

    const sarif = readSarif("dslint.sarif");
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0]!.tool.driver.name).toBe("dslint");
    const mismatch = sarif.runs[0]!.results.find((r) => r.ruleId === "selector-mismatch");
    expect(mismatch?.level).toBe("error");
    expect(mismatch?.locations[0]!.physicalLocation.artifactLocation.uri).toBe("deploy/log-shipper.yaml");
    expect(run.outputs["sarif-file"]).toBe("dslint.sarif");
  });

  it("passes on a clean manifest and writes an empty SARIF report where sarif-file says", () => {
    const run = runAction({ paths: "deploy/node-exporter.yaml", "sarif-file": "reports/dslint/out.sarif" });
    expect(run.status, run.stderr).toBe(0);
    expect(plain(run.stdout)).toContain("no problems");
    expect(readSarif("reports/dslint/out.sarif").runs[0]!.results).toEqual([]);
    expect(run.outputs["sarif-file"]).toBe("reports/dslint/out.sarif");
  });

  it("fails on warnings only with fail-level warning, and the report format is the log's", () => {
    expect(runAction({ paths: "warn/agent.yaml" }).status).toBe(0);
    const run = runAction({ paths: "warn/agent.yaml", "fail-level": "warning", format: "json" });
    expect(run.status, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; severity: string }[] };
    expect(report.findings).toEqual([expect.objectContaining({ ruleId: "missing-priority-class", severity: "warning" })]);
    expect(readSarif("dslint.sarif").runs[0]!.results.map((r) => r.level)).toEqual(["warning"]);
  });

  it("passes config and kubernetes-version on, and takes several paths and globs", () => {
    writeFileSync(join(workspace, "relaxed.yaml"), "rules:\n  missing-priority-class: off\n");
    const relaxed = runAction({ paths: "warn/agent.yaml\ndeploy/node-*.yaml", "fail-level": "warning", config: "relaxed.yaml" });
    expect(relaxed.status, relaxed.stdout + relaxed.stderr).toBe(0);
    expect(plain(relaxed.stdout)).toContain("2 DaemonSets in 2 files");

    const version = runAction({ paths: "deploy/node-exporter.yaml", "kubernetes-version": "1.5" });
    expect(version.status).toBe(2);
    expect(version.stderr).toContain("1.5");
  });

  it("treats inputs as data: shell syntax in paths is a path, never run", () => {
    const run = runAction({ paths: "deploy/node-exporter.yaml $(touch${IFS}pwned) `touch pwned`" });
    expect(existsSync(join(workspace, "pwned"))).toBe(false);
    // Each word is a path that matches nothing: a usage error naming it.
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('dslint: no YAML or JSON files match "$(touch${IFS}pwned)"');
    expect(run.stderr).toContain('dslint: "`touch" does not exist');
  });

  it("rejects an empty paths input with an annotation", () => {
    const run = runAction({ paths: " \n " });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain("::error title=dslint::the paths input is empty");
  });
});

describe("the GitHub Action with a node inventory", () => {
  const git = (cwd: string, ...args: string[]): string => {
    const r = spawnSync("git", ["-c", "user.name=dslint", "-c", "user.email=dslint@example.com", ...args], { cwd, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
    return r.stdout.trim();
  };
  let origin: string;
  let baseSha: string;
  const pullRequest = () => ({ name: "pull_request", payload: { pull_request: { base: { sha: baseSha }, head: { sha: git(origin, "rev-parse", "HEAD") } } } });
  const CHANGE_ROW = "| monitoring | node-exporter | 7 | 3 | 3 | 0 | control-plane -3 (running pods kept), edge +1, worker +2 |\n";

  beforeAll(() => {
    // A repository with a base commit (the example agent) and a head commit (its next version).
    origin = mkdtempSync(join(tmpdir(), "dslint-action-pr-"));
    git(origin, "init", "-q", "-b", "main");
    mkdirSync(join(origin, "deploy"));
    cpSync(join(repo, "examples", "cluster-nodes.yaml"), join(origin, "nodes.yaml"));
    cpSync(join(repo, "examples", "manifests", "node-exporter.yaml"), join(origin, "deploy", "node-exporter.yaml"));
    git(origin, "add", "-A");
    git(origin, "commit", "-q", "-m", "base");
    baseSha = git(origin, "rev-parse", "HEAD");
    cpSync(join(repo, "examples", "change", "node-exporter.yaml"), join(origin, "deploy", "node-exporter.yaml"));
    git(origin, "commit", "-q", "-am", "head");
  });

  afterAll(() => rmSync(origin, { recursive: true, force: true }));

  it("writes what a pull request changes in placement to the job summary", () => {
    const run = runAction({ paths: "deploy", nodes: "nodes.yaml" }, { cwd: origin, event: pullRequest() });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.summary).toMatch(/^### DaemonSet placement change: 1 of 1 DaemonSet changes on 12 nodes\n/);
    expect(run.summary).toContain(CHANGE_ROW);
    expect(run.summary).toContain("<details>");
    // The checkout is left as it was, but for the SARIF report.
    expect(git(origin, "status", "--porcelain")).toBe("?? dslint.sarif");
  });

  it("compares an absolute path inside the repository with the base commit's version of it", () => {
    // realpath: git names the top folder without symlinks (a temporary folder may be one).
    const run = runAction({ paths: join(realpathSync(origin), "deploy"), nodes: "nodes.yaml" }, { cwd: origin, event: pullRequest() });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.summary).toContain(CHANGE_ROW);
  });

  it("fetches the base commit when the checkout is shallow", () => {
    git(origin, "config", "uploadpack.allowAnySHA1InWant", "true");
    const clone = mkdtempSync(join(tmpdir(), "dslint-action-shallow-"));
    try {
      git(tmpdir(), "clone", "-q", "--depth", "1", `file://${origin}`, clone);
      expect(spawnSync("git", ["cat-file", "-e", `${baseSha}^{commit}`], { cwd: clone }).status).not.toBe(0);
      const run = runAction({ paths: "deploy", nodes: "nodes.yaml" }, { cwd: clone, event: pullRequest() });
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.summary).toContain(CHANGE_ROW);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });

  it("on a push, writes where each DaemonSet runs; the inventory also reaches the check", () => {
    const run = runAction({ paths: "deploy", nodes: "nodes.yaml" }, { cwd: origin });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.summary).toMatch(/^### DaemonSet placement: 1 DaemonSet on 12 nodes\n/);
    expect(run.summary).toContain("| monitoring | node-exporter | 7 | 7 | 0 | 5 | 7 waves of up to 1 node |\n");

    // An agent that tolerates nothing runs on no node of this inventory: a runs-nowhere error.
    const exporter = readFileSync(join(repo, "examples", "manifests", "node-exporter.yaml"), "utf8");
    writeFileSync(join(origin, "gpu-only.yaml"), exporter.replace("kubernetes.io/os: linux", 'nvidia.com/gpu.present: "true"'));
    try {
      const nowhere = runAction({ paths: "gpu-only.yaml", nodes: "nodes.yaml", format: "json" }, { cwd: origin });
      expect(nowhere.status).toBe(1);
      expect(nowhere.stdout).toContain('"ruleId": "runs-nowhere"');
    } finally {
      rmSync(join(origin, "gpu-only.yaml"));
    }
  });

  it("compares against the base input when given, and writes nothing without an inventory", () => {
    const run = runAction({ paths: "deploy", nodes: "nodes.yaml", base: baseSha }, { cwd: origin });
    expect(run.summary).toContain(CHANGE_ROW);
    expect(runAction({ paths: "deploy" }, { cwd: origin, event: pullRequest() }).summary).toBe("");
    const option = runAction({ paths: "deploy", nodes: "nodes.yaml", base: "--output=x" }, { cwd: origin });
    expect(option.status).toBe(2);
    expect(option.stdout).toContain("::error title=dslint::the base input must be a commit");
  });
});
