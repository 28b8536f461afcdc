import { githubFormatter } from "./github.js";
import { jsonFormatter } from "./json.js";
import { junitFormatter } from "./junit.js";
import { sarifFormatter } from "./sarif.js";
import { stylishFormatter } from "./stylish.js";
import { describeValue } from "../api-arguments.js";
import { isRecord } from "../values.js";
import { joinChunks } from "../chunks.js";
const FORMATS = [stylishFormatter, jsonFormatter, sarifFormatter, junitFormatter, githubFormatter];
/** The report formats, as `getFormatter` and `--format` take them. */
export const FORMAT_NAMES = FORMATS.map((f) => f.name);
/** The report format of that name, or undefined when there is none (see `FORMAT_NAMES`). */
export function getFormatter(name) {
    const report = FORMATS.find((f) => f.name === name);
    if (!report)
        return undefined;
    const chunks = (result, options = {}) => {
        checkResult(result);
        return report.chunks(result, { ...options, color: options.color ?? false, cwd: options.cwd ?? process.cwd() });
    };
    return { name: report.name, chunks, format: (result, options) => joinChunks(chunks(result, options)) };
}
// A Promise (check() not awaited) would otherwise make an empty report, or a crash deep in a format.
function checkResult(result) {
    if (isRecord(result) && isFindingList(result.findings) && isRecord(result.summary))
        return;
    throw new TypeError(`format: result must be what check() resolves to ({findings, summary, files}); got ${describeValue(result)}`);
}
function isFindingList(value) {
    if (Array.isArray(value))
        return true;
    const list = value;
    return typeof list === "object" && list !== null && typeof list.length === "number" && typeof list.at === "function" && typeof list[Symbol.iterator] === "function";
}
/**
 * Whether to colour terminal output: NO_COLOR wins, then FORCE_COLOR, then
 * whether the stream is a terminal (https://no-color.org). `env` is a plain
 * record, not NodeJS.ProcessEnv: this module's declarations are public and
 * must compile without @types/node.
 */
export function shouldColor(stream, env = process.env) {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== "")
        return false;
    if (env.FORCE_COLOR !== undefined)
        return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
    return Boolean(stream.isTTY);
}
