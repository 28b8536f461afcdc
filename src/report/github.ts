import type { Severity } from "../finding.js";
import { pathFromRoot, type ReportFormat } from "./types.js";

/**
 * GitHub Actions workflow commands: the runner turns each line into an
 * annotation on the file and line of the pull request's diff.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
export const githubFormatter: ReportFormat = {
  name: "github",
  format(result, options) {
    const lines = result.findings.map((f) => {
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
      return `::${COMMAND[f.severity]} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",")}::${escapeData(message)}`;
    });
    return lines.length > 0 ? `${lines.join("\n")}\n` : "";
  },
};

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

/** The escaping of the Actions toolkit (`escapeData` in @actions/core): the message may span lines. */
function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Property values also must not contain the `:` and `,` that delimit them. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
