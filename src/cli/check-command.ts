import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { checkForReport } from "../check.js";
import { checkAndFix, fixDiff, type FixOptions, type FixOutcome } from "../fix/run.js";
import type { Severity } from "../finding.js";
import { UsageError } from "../options.js";
import { FORMAT_NAMES, getFormatter, shouldColor, type Formatter, type FormatOptions } from "../report/index.js";
import { ruleDescriptors } from "../rules/docs.js";
import type { FindingKinds } from "../rules/registry.js";
import { packageJson } from "../package.js";
import { parseCommandArgs, renderOptionsHelp, requireFiles, type OptionSpec } from "./args.js";
import type { Io } from "./main.js";
import { outputFileProblem, writeReport, writeReportTo } from "./output-files.js";

const FAIL_LEVELS: readonly Severity[] = ["error", "warning", "info"];

const OPTIONS = {
  format: {
    type: "string",
    multiple: true,
    short: "f",
    value: "NAME[=FILE]",
    help: `output format: ${FORMAT_NAMES.join(", ")} (default stylish); =FILE writes it to FILE; repeatable`,
  },
  "output-file": { type: "string", short: "o", value: "FILE", help: "write the report meant for standard output to FILE instead" },
  "fail-level": { type: "string", value: "LEVEL", help: "exit 1 when a finding of LEVEL or worse is reported: error (default), warning or info" },
  "kubernetes-version": { type: "string", value: "1.NN", help: "Kubernetes version to validate against (default: the newest known)" },
  "max-warnings": { type: "string", value: "N", help: "exit 1 when there are more than N warnings" },
  quiet: { type: "boolean", short: "q", help: "report errors only (warnings and infos are neither shown nor counted)" },
  "no-color": { type: "boolean", help: "no colours in the output" },
  color: { type: "boolean", help: "colours even when the output is not a terminal" },
  config: { type: "string", short: "c", value: "FILE", help: "configuration file (default: the nearest .dslint.yaml upwards)" },
  nodes: { type: "string", multiple: true, short: "n", value: "FILE", help: "node inventory (a file, folder or quoted glob): also report DaemonSets that run nowhere or stay Pending" },
  "no-inline-config": { type: "boolean", help: "ignore suppression comments and annotations" },
  threads: { type: "string", value: "N", help: "worker threads besides the main one (default: one per core beyond two, for large inputs; 0: none)" },
  "stdin-filename": { type: "string", value: "NAME", help: "file name to report for input read from stdin (-)" },
  stdin: { type: "boolean", help: "read one manifest from stdin (same as the path -)" },
  "no-error-on-unmatched-pattern": { type: "boolean", help: "no error for a path or glob that matches no file, or for empty stdin" },
  fix: { type: "boolean", help: "apply the findings' fixes to the files, then report what remains" },
  "fix-dry-run": { type: "boolean", help: "print the fixes as a unified diff instead of writing them (the report goes to standard error)" },
  "fix-rule": { type: "string", multiple: true, value: "RULE", help: "with --fix or --fix-dry-run: only this rule's fixes; repeatable" },
  suggestions: { type: "boolean", help: "JSON and SARIF reports carry the findings' suggested edits; with --fix or --fix-dry-run, each finding's first suggestion is applied too" },
  help: { type: "boolean", short: "h", help: "show this help" },
} satisfies Record<string, OptionSpec>;

const HELP = `Usage: dslint check [options] [paths...]

Lints DaemonSet manifests: YAML syntax, the Kubernetes schema of the target
version, the API server's own validation, and the policy rules ("dslint
rules"). Paths are files, folders (searched for .yaml, .yml and .json),
globs, or - for stdin.

Options:
${renderOptionsHelp(OPTIONS)}

Several reports in one run: repeat --format; NAME prints the report, NAME=FILE
writes it to FILE (folders are created). At most one report goes to standard
output, none when every --format names a file; files are never coloured.
SARIF and GitHub paths are relative to the repository root (the enclosing git
work tree), whatever folder dslint runs in.
  dslint check --format stylish --format sarif=dslint.sarif deploy/
  dslint check --format github --format junit=reports/dslint.xml deploy/

Exit codes: 1 when a finding at or above --fail-level is reported, or more
warnings than --max-warnings; 0 otherwise; 2 for a usage, configuration or
internal error. A path or glob that matches no file (or only ignored ones)
and empty stdin are usage errors, unless --no-error-on-unmatched-pattern.
`;

/** Where one report goes: standard output, or a file. */
interface Output {
  formatter: Formatter;
  /** Absolute path; undefined for standard output. */
  file?: string;
}

export async function runCheck(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS);
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const outputs = parseOutputs(values.format ?? [], values["output-file"], io.cwd);
  // Before anything is checked: a report that cannot be written fails the run at once.
  const unwritable = outputs.flatMap((o) => {
    const problem = o.file === undefined ? undefined : outputFileProblem(o.file);
    return problem === undefined ? [] : [`cannot write the ${o.formatter.name} report to ${o.file}: ${problem}`];
  });
  if (unwritable.length > 0) throw new UsageError(unwritable.join("\n"));
  const failLevel = (values["fail-level"] ?? "error") as Severity;
  if (!FAIL_LEVELS.includes(failLevel)) throw new UsageError(`--fail-level takes ${FAIL_LEVELS.join(", ")}, got "${values["fail-level"]}"`);
  let maxWarnings: number | undefined;
  if (values["max-warnings"] !== undefined) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings takes a whole number, got "${values["max-warnings"]}"`);
  }
  let threads: number | undefined;
  if (values.threads !== undefined) {
    threads = Number(values.threads);
    if (!Number.isInteger(threads) || threads < 0 || threads > 64) throw new UsageError(`--threads takes a whole number from 0 to 64, got "${values.threads}"`);
  }
  const paths = [...positionals];
  if (values.stdin && !paths.includes("-")) paths.push("-");
  if (paths.length === 0) throw new UsageError('no paths given; run "dslint check --help"');
  requireFiles("nodes", values.nodes ?? [], io.cwd, { paths: true });
  const stdin = paths.includes("-") ? { text: await io.readStdin(), filename: values["stdin-filename"] } : undefined;

  const fixing = fixOptions(values, stdin !== undefined);
  const checkOptions = {
    kubernetesVersion: values["kubernetes-version"],
    cwd: io.cwd,
    stdin,
    configFile: values.config,
    inlineConfig: !values["no-inline-config"],
    nodes: values.nodes,
    threads,
    errorOnUnmatchedPattern: !values["no-error-on-unmatched-pattern"],
    suggestions: values.suggestions === true,
  };
  const fixed = fixing ? await checkAndFix(paths, checkOptions, values.quiet ?? false, fixing) : undefined;
  const result = fixed ? fixed.report : await checkForReport(paths, checkOptions, values.quiet);
  // --fix-dry-run: standard output is the diff alone, for `git apply`.
  const reportOut: Io["stdout"] = fixing && !fixing.write ? io.stderr : io.stdout;
  if (fixed && !fixing!.write) await writeReportTo(io.stdout, [fixDiff(fixed.files)]);
  try {
    const color = values["no-color"] ? false : values.color ? true : shouldColor(reportOut, io.env);
    const options = reportOptions(io.cwd, result.kinds);
    let failedWrites = 0;
    for (const output of outputs) {
      const chunks = output.formatter.chunks(result, { ...options, color: output.file ? false : color });
      if (!output.file) {
        await writeReportTo(reportOut, chunks);
        continue;
      }
      try {
        writeReport(output.file, chunks);
      } catch (err) {
        io.stderr.write(`dslint: cannot write the ${output.formatter.name} report to ${output.file}: ${(err as Error).message}\n`);
        failedWrites++;
      }
    }
    if (failedWrites > 0) return 2;
  } finally {
    result.close();
  }
  if (fixed) io.stderr.write(fixSummary(fixed, fixing!.write));

  const s = result.summary;
  const atOrAbove = failLevel === "error" ? s.errors : failLevel === "warning" ? s.errors + s.warnings : s.errors + s.warnings + s.infos;
  if (atOrAbove > 0) return 1;
  if (maxWarnings !== undefined && maxWarnings >= 0 && s.warnings > maxWarnings) {
    io.stderr.write(`dslint: too many warnings (${s.warnings}; --max-warnings is ${maxWarnings})\n`);
    return 1;
  }
  return 0;
}

/** `--format NAME` or `--format NAME=FILE`, repeated; `-o FILE` sends the standard-output report to FILE. */
function parseOutputs(specs: readonly string[], outputFile: string | undefined, cwd: string): Output[] {
  const outputs: Output[] = specs.map((spec) => {
    const eq = spec.indexOf("=");
    const name = eq < 0 ? spec : spec.slice(0, eq);
    const formatter = getFormatter(name);
    if (!formatter) throw new UsageError(`unknown format "${name}"; known formats: ${FORMAT_NAMES.join(", ")}`);
    if (eq < 0) return { formatter };
    const file = spec.slice(eq + 1);
    if (file === "") throw new UsageError(`--format ${name}= needs a file name`);
    return { formatter, file: resolve(cwd, file) };
  });
  if (outputs.length === 0) outputs.push({ formatter: getFormatter("stylish")! });
  const toStdout = outputs.filter((o) => !o.file);
  if (toStdout.length > 1) {
    throw new UsageError(`only one report can go to standard output, got ${toStdout.map((o) => o.formatter.name).join(" and ")}; write the others to files: --format NAME=FILE`);
  }
  if (outputFile !== undefined) {
    if (toStdout.length === 0) throw new UsageError("--output-file: every --format already names its file");
    toStdout[0]!.file = resolve(cwd, outputFile);
  }
  const files = outputs.filter((o) => o.file).map((o) => o.file!);
  const twice = files.find((f, i) => files.indexOf(f) !== i);
  if (twice) throw new UsageError(`two reports would be written to ${twice}`);
  return outputs;
}

/** What the formats need besides the findings: the rules (SARIF), the tool, the repository root. */
function reportOptions(cwd: string, kinds: FindingKinds): Omit<FormatOptions, "color"> {
  const pkg = packageJson();
  const home = (pkg.homepage ?? HOMEPAGE).replace(/#.*$/, "");
  return {
    cwd,
    root: repositoryRoot(cwd),
    rules: ruleDescriptors(kinds.all, home),
    // The tool is dslint; the npm package that carries it is daemonset-lint.
    tool: { name: "dslint", version: pkg.version, informationUri: home },
  };
}

const HOMEPAGE = "https://github.com/dslint/dslint";


/** The git work tree holding `dir` (the nearest folder with a .git entry, as git finds it), else `dir`. */
function repositoryRoot(dir: string): string {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return d;
    if (dirname(d) === d) return resolve(dir);
  }
}

/** --fix, --fix-dry-run and what goes with them; undefined when the run fixes nothing. */
function fixOptions(values: { fix?: boolean; "fix-dry-run"?: boolean; "fix-rule"?: string[]; suggestions?: boolean }, fromStdin: boolean): FixOptions | undefined {
  const write = values.fix === true;
  const dryRun = values["fix-dry-run"] === true;
  if (write && dryRun) throw new UsageError("--fix and --fix-dry-run exclude each other: --fix writes the files, --fix-dry-run prints the diff");
  if (!write && !dryRun) {
    if (values["fix-rule"]?.length) throw new UsageError("--fix-rule goes with --fix or --fix-dry-run");
    return undefined;
  }
  if (write && fromStdin) throw new UsageError("--fix rewrites files and cannot rewrite standard input; --fix-dry-run prints the diff");
  const rules = values["fix-rule"]?.flatMap((r) => r.split(",")).map((r) => r.trim()).filter((r) => r !== "");
  const options: FixOptions = { write, suggestions: values.suggestions === true };
  if (rules?.length) options.rules = new Set(rules);
  return options;
}

/** One line on standard error: what was fixed, in how many passes, what could not be written. */
function fixSummary(fixed: FixOutcome, write: boolean): string {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : what.endsWith("x") ? "es" : "s"}`;
  const fixes = fixed.files.reduce((n, f) => n + f.applied, 0);
  const lines: string[] = [];
  const where = `${count(fixes, "fix")} in ${count(fixed.files.length, "file")}`;
  const s = fixed.report.summary;
  const left = s.errors + s.warnings + s.infos;
  const remain = left === 0 ? "nothing remains" : `${count(left, "finding")} ${write ? "remain" : "would remain"}${s.errors > 0 ? ` (${count(s.errors, "error")})` : ""}`;
  lines.push(`dslint: ${fixes === 0 ? "nothing to fix" : write ? `applied ${where}` : `would apply ${where}`}${fixed.passes > 1 ? ` (${fixed.passes} passes)` : ""}; ${remain}`);
  for (const f of fixed.files) if (f.written !== undefined && f.written !== true) lines.push(`dslint: ${f.file}: ${f.written}`);
  if (fixed.notApplicable > 0) lines.push(`dslint: ${count(fixed.notApplicable, "fix")} not applied: files of 8 MiB and more are read a block at a time and not fixed`);
  return `${lines.join("\n")}\n`;
}
