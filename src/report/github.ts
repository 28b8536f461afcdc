import type { Finding, Severity } from "../finding.js";
import { lineChunks } from "../chunks.js";
import { pathFromRoot, type FormatOptions, type ReportFormat } from "./types.js";

/**
 * GitHub Actions workflow commands: the runner turns each line into an
 * annotation on the file and line of the pull request's diff.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
export const githubFormatter: ReportFormat = {
  name: "github",
  chunks(result, options) {
    return lineChunks(annotations(result.findings, options));
  },
};

function* annotations(findings: Iterable<Finding>, options: FormatOptions): Generator<string> {
  for (const f of findings) {
    // The runner resolves `file` against the repository root, not the step's working directory.
    const file = pathFromRoot(f.file, options) ?? f.file;
    const props: Array<[string, string | number]> = [
      ["file", file],
      ["line", f.line],
      ["endLine", f.endLine],
    ];
    // Annotations take columns only within one line.
    if (f.endLine === f.line) props.push(["col", f.column], ["endColumn", f.endColumn]);
    props.push(["title", f.ruleId]);
    const message = f.fix ? `${f.message}\nfix: ${f.fix}` : f.message;
    yield `::${COMMAND[f.severity]} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",")}::${escapeData(message)}`;
  }
}

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

/** The escaping of the Actions toolkit (`escapeData` in @actions/core): the message may span lines. */
function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Property values also must not contain the `:` and `,` that delimit them. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
