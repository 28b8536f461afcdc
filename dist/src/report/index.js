import { githubFormatter } from "./github.js";
import { jsonFormatter } from "./json.js";
import { junitFormatter } from "./junit.js";
import { sarifFormatter } from "./sarif.js";
import { stylishFormatter } from "./stylish.js";
const FORMATTERS = [stylishFormatter, jsonFormatter, sarifFormatter, junitFormatter, githubFormatter];
export const FORMAT_NAMES = FORMATTERS.map((f) => f.name);
export function getFormatter(name) {
    return FORMATTERS.find((f) => f.name === name);
}
/**
 * Whether to colour terminal output: NO_COLOR wins, then FORCE_COLOR, then
 * whether the stream is a terminal (https://no-color.org).
 */
export function shouldColor(stream, env = process.env) {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== "")
        return false;
    if (env.FORCE_COLOR !== undefined)
        return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
    return Boolean(stream.isTTY);
}
