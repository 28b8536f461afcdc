/**
 * Values a fix writes, as YAML or JSON text in the style around them: block
 * entries and list items at a given column, flow collections, quoted or plain
 * scalars. Pure functions of the value and the layout.
 */
import { isGoTimestamp, resolvePlainYaml11, resolvePlainYaml12 } from "../load/yaml11.js";
/** A value that is written plain without a second look: a letter, then letters, digits and `._/-`. */
export const PLAIN_SAFE = /^[A-Za-z][A-Za-z0-9._/-]*$/;
/** Words YAML 1.1 (Kubernetes' decoder) does not read as strings. */
export const YAML11_SPECIAL = /^(y|yes|n|no|true|false|on|off|null)$/i;
/** A value that has no YAML or JSON text Kubernetes reads back as it is (NaN, a lone surrogate). */
export class Unwritable extends Error {
}
export const DEFAULT_FLOW = { json: false, spaced: false, colon: ": ", comma: ", " };
/**
 * Whether `text` can be written as a plain scalar that every reader takes
 * for this same string: printable ASCII, no indicator first, nothing that
 * ends the scalar or starts a comment or mapping, and no word, number or
 * date YAML 1.1 or 1.2 would read as something else.
 */
export function canBePlain(text, inFlow) {
    if (PLAIN_SAFE.test(text))
        return !YAML11_SPECIAL.test(text);
    // A dash may start one (`--v=2`), but not a `- ` item or a `---` marker.
    if (!/^(?:[A-Za-z0-9_./]|-(?!--)[A-Za-z0-9_./-])[\x20-\x7e]*$/.test(text) || text.endsWith(" "))
        return false;
    if (/: | #|:$/.test(text))
        return false;
    if (inFlow && /[,[\]{}:]/.test(text))
        return false;
    if (YAML11_SPECIAL.test(text) || isGoTimestamp(text))
        return false;
    // YAML 1.1 reads 1:20 as a sexagesimal number in some parsers.
    if (/^[-+.0-9]/.test(text) && text.includes(":"))
        return false;
    return resolvePlainYaml11(text) === text && resolvePlainYaml12(text) === text;
}
/** A double-quoted scalar, valid as YAML and as JSON; YAML's own line breaks are escaped too. */
export function doubleQuoted(text) {
    if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text))
        throw new Unwritable();
    return JSON.stringify(text).replace(/[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
/** A single-quoted scalar, or a double-quoted one for text single quotes cannot hold on one line. */
function singleQuoted(text) {
    if (/[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/.test(text))
        return doubleQuoted(text);
    return `'${text.replace(/'/g, "''")}'`;
}
function numberText(value) {
    if (!Number.isFinite(value))
        throw new Unwritable();
    // YAML reads -0 as the integer 0.
    return Object.is(value, -0) ? "0" : String(value);
}
/** A scalar value's text: numbers, booleans and null plain; a string in `style` when it can be. */
export function scalarSource(value, style, inFlow, json) {
    if (value === null)
        return "null";
    if (typeof value === "boolean")
        return String(value);
    if (typeof value === "number")
        return numberText(value);
    if (json || style === "double")
        return doubleQuoted(value);
    if (style === "single")
        return singleQuoted(value);
    return canBePlain(value, inFlow) ? value : doubleQuoted(value);
}
export function isCollection(value) {
    return typeof value === "object" && value !== null;
}
function entriesOf(value) {
    return Array.isArray(value) ? [] : Object.entries(value);
}
function isEmptyCollection(value) {
    return Array.isArray(value) ? value.length === 0 : isCollection(value) && Object.keys(value).length === 0;
}
/** A value on one line in flow style: `{a: 1, b: [x]}`, or JSON. */
export function flowText(value, layout) {
    if (!isCollection(value))
        return scalarSource(value, "plain", true, layout.json);
    const parts = Array.isArray(value)
        ? value.map((item) => flowText(item, layout))
        : entriesOf(value).map(([key, item]) => scalarSource(key, "plain", true, layout.json) + layout.colon + flowText(item, layout));
    const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
    if (parts.length === 0)
        return open + close;
    const pad = layout.spaced ? " " : "";
    return open + pad + parts.join(layout.comma) + pad + close;
}
/** A value as pretty-printed JSON whose first line continues a line and whose closing bracket sits at `column`. */
export function prettyJsonText(value, column, step) {
    if (!isCollection(value) || isEmptyCollection(value))
        return flowText(value, { ...DEFAULT_FLOW, json: true });
    const inner = " ".repeat(column + step);
    const parts = Array.isArray(value)
        ? value.map((item) => inner + prettyJsonText(item, column + step, step))
        : entriesOf(value).map(([key, item]) => `${inner}${doubleQuoted(key)}: ${prettyJsonText(item, column + step, step)}`);
    const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
    return `${open}\n${parts.join(",\n")}\n${" ".repeat(column)}${close}`;
}
/** What follows `key:` or `- ` on the same line when the value fits there, in block context. */
export function inlineBlockText(value, style = "plain") {
    if (!isCollection(value))
        return scalarSource(value, style, false, false);
    return isEmptyCollection(value) ? (Array.isArray(value) ? "[]" : "{}") : undefined;
}
/** Lines (each ending with a line break) of a block map entry whose key sits at `column`. */
function blockEntryText(key, value, column, layout) {
    const head = `${" ".repeat(column)}${scalarSource(key, "plain", false, false)}:`;
    const inline = inlineBlockText(value);
    if (inline !== undefined)
        return `${head} ${inline}\n`;
    if (Array.isArray(value))
        return `${head}\n${blockItemsText(value, column + layout.seqIndent, layout)}`;
    return `${head}\n${blockMapText(value, column + layout.step, layout)}`;
}
/** Lines of a block map's entries at `column`. */
export function blockMapText(value, column, layout) {
    return entriesOf(value)
        .map(([key, item]) => blockEntryText(key, item, column, layout))
        .join("");
}
/** Lines of block sequence items whose dashes sit at `column`. */
export function blockItemsText(items, column, layout) {
    return items.map((item) => " ".repeat(column) + itemBodyText(item, column + layout.itemIndent, layout)).join("");
}
/**
 * An item after its dash's column: `- ` and the value; a map's first entry
 * on the dash's line, the others at `keyColumn`. Ends with a line break.
 * A list inside a list is written in flow style.
 */
function itemBodyText(item, keyColumn, layout) {
    const dash = `-${" ".repeat(Math.max(1, layout.itemIndent - 1))}`;
    if (!isCollection(item) || isEmptyCollection(item))
        return `${dash}${inlineBlockText(item)}\n`;
    if (Array.isArray(item))
        return `${dash}${flowText(item, DEFAULT_FLOW)}\n`;
    return dash + blockMapText(item, keyColumn, layout).slice(keyColumn);
}
