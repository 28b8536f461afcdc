import { githubFormatter } from "./github.js";
import { jsonFormatter } from "./json.js";
import { junitFormatter } from "./junit.js";
import { sarifFormatter } from "./sarif.js";
import { stylishFormatter } from "./stylish.js";
import { describeValue } from "../api-arguments.js";
import { isRecord } from "../values.js";
import { joinChunks } from "../chunks.js";
import type { FindingList, Formatter, FormatOptions, ReportFormat, ReportInput } from "./types.js";

export type { CheckedFile, CheckResult, CheckSummary, FindingList, Formatter, FormatOptions, ReportFormat, ReportInput, RuleDescriptor } from "./types.js";

const FORMATS: readonly ReportFormat[] = [stylishFormatter, jsonFormatter, sarifFormatter, junitFormatter, githubFormatter];

/** The report formats, as `getFormatter` and `--format` take them. */
export const FORMAT_NAMES: readonly string[] = FORMATS.map((f) => f.name);

/** The report format of that name, or undefined when there is none (see `FORMAT_NAMES`). */
export function getFormatter(name: string): Formatter | undefined {
  const report = FORMATS.find((f) => f.name === name);
  if (!report) return undefined;
  const chunks = (result: ReportInput, options: Partial<FormatOptions> = {}): Iterable<string> => {
    checkResult(result);
    return report.chunks(result, { ...options, color: options.color ?? false, cwd: options.cwd ?? process.cwd() });
  };
  return { name: report.name, chunks, format: (result, options) => joinChunks(chunks(result, options)) };
}

// A Promise (check() not awaited) would otherwise make an empty report, or a crash deep in a format.
function checkResult(result: unknown): asserts result is ReportInput {
  if (isRecord(result) && isFindingList(result.findings) && isRecord(result.summary)) return;
  throw new TypeError(`format: result must be what check() resolves to ({findings, summary, files}); got ${describeValue(result)}`);
}

function isFindingList(value: unknown): boolean {
  if (Array.isArray(value)) return true;
  const list = value as Partial<FindingList> | null;
  return typeof list === "object" && list !== null && typeof list.length === "number" && typeof list.at === "function" && typeof list[Symbol.iterator] === "function";
}

/**
 * Whether to colour terminal output: NO_COLOR wins, then FORCE_COLOR, then
 * whether the stream is a terminal (https://no-color.org). `env` is a plain
 * record, not NodeJS.ProcessEnv: this module's declarations are public and
 * must compile without @types/node.
 */
export function shouldColor(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return Boolean(stream.isTTY);
}
