import { type ReportFormat } from "./types.js";
/**
 * GitHub Actions workflow commands: the runner turns each line into an
 * annotation on the file and line of the pull request's diff.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
export declare const githubFormatter: ReportFormat;
