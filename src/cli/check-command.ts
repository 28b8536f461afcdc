import { check } from "../check.js";
import { UsageError } from "../options.js";
import { FORMAT_NAMES, getFormatter, shouldColor } from "../report/index.js";
import { parseCommandArgs, renderOptionsHelp, type OptionSpec } from "./args.js";
import type { Io } from "./main.js";

const OPTIONS = {
  format: { type: "string", short: "f", value: "NAME", help: `output format: ${FORMAT_NAMES.join(", ")} (default stylish)` },
  "kubernetes-version": { type: "string", value: "1.NN", help: "Kubernetes version to validate against (default: the newest known)" },
  "max-warnings": { type: "string", value: "N", help: "exit 1 when there are more than N warnings" },
  quiet: { type: "boolean", short: "q", help: "report errors only" },
  "no-color": { type: "boolean", help: "no colours in the output" },
  color: { type: "boolean", help: "colours even when the output is not a terminal" },
  config: { type: "string", short: "c", value: "FILE", help: "configuration file (default: the nearest .dslint.yaml upwards)" },
  nodes: { type: "string", multiple: true, short: "n", value: "FILE", help: "node inventory: also report DaemonSets that run nowhere or stay Pending" },
  "no-inline-config": { type: "boolean", help: "ignore suppression comments and annotations" },
  "stdin-filename": { type: "string", value: "NAME", help: "file name to report for input read from stdin (-)" },
  stdin: { type: "boolean", help: "read one manifest from stdin (same as the path -)" },
  help: { type: "boolean", short: "h", help: "show this help" },
} satisfies Record<string, OptionSpec>;

const HELP = `Usage: dslint check [options] [paths...]

Lints DaemonSet manifests: YAML syntax, the Kubernetes schema of the target
version, the API server's own validation, and the policy rules ("dslint
rules"). Paths are files, folders (searched for .yaml, .yml and .json),
globs, or - for stdin.

Options:
${renderOptionsHelp(OPTIONS)}
`;

export async function runCheck(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS);
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const formatName = values.format ?? "stylish";
  const formatter = getFormatter(formatName);
  if (!formatter) throw new UsageError(`unknown format "${formatName}"; known formats: ${FORMAT_NAMES.join(", ")}`);
  let maxWarnings: number | undefined;
  if (values["max-warnings"] !== undefined) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings takes a whole number, got "${values["max-warnings"]}"`);
  }
  const paths = [...positionals];
  if (values.stdin && !paths.includes("-")) paths.push("-");
  if (paths.length === 0) throw new UsageError('no paths given; run "dslint check --help"');
  const stdin = paths.includes("-") ? { text: await io.readStdin(), filename: values["stdin-filename"] } : undefined;

  const result = await check(paths, {
    kubernetesVersion: values["kubernetes-version"],
    cwd: io.cwd,
    stdin,
    configFile: values.config,
    inlineConfig: !values["no-inline-config"],
    nodes: values.nodes,
  });
  if (values.quiet) {
    result.findings = result.findings.filter((f) => f.severity === "error");
    result.summary = { ...result.summary, warnings: 0, infos: 0 };
  }
  const color = values["no-color"] ? false : values.color ? true : shouldColor(io.stdout, io.env);
  io.stdout.write(formatter.format(result, { color, cwd: io.cwd }));
  if (result.summary.errors > 0) return 1;
  if (maxWarnings !== undefined && maxWarnings >= 0 && result.summary.warnings > maxWarnings) {
    io.stderr.write(`dslint: too many warnings (${result.summary.warnings}; --max-warnings is ${maxWarnings})\n`);
    return 1;
  }
  return 0;
}
