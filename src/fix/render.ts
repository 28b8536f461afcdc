/**
 * Values a fix writes, as YAML or JSON text in the style around them: block
 * entries and list items at a given column, flow collections, quoted or plain
 * scalars. Pure functions of the value and the layout.
 */
import { isGoTimestamp, resolvePlainYaml11, resolvePlainYaml12 } from "../load/yaml11.js";
import type { EditValue } from "./edits.js";

/** A value that is written plain without a second look: a letter, then letters, digits and `._/-`. */
export const PLAIN_SAFE = /^[A-Za-z][A-Za-z0-9._/-]*$/;
/** Words YAML 1.1 (Kubernetes' decoder) does not read as strings. */
export const YAML11_SPECIAL = /^(y|yes|n|no|true|false|on|off|null)$/i;

/** A value that has no YAML or JSON text Kubernetes reads back as it is (NaN, a lone surrogate). */
export class Unwritable extends Error {}

/** How a scalar was written: the style a replacement keeps. */
export type QuoteStyle = "plain" | "double" | "single";

/** Indentation of nested block values, as the document does it. */
export interface BlockLayout {
  /** Columns a nested map's keys sit right of their parent key. */
  step: number;
  /** Columns a sequence's dashes sit right of their key (0: `key:\n- item`). */
  seqIndent: number;
  /** Columns from a dash to the keys of the map written on its line (`- name: a`). */
  itemIndent: number;
}

/** Separators of a flow collection on one line, as the collection has them. */
export interface FlowLayout {
  /** JSON text: keys and strings double-quoted. */
  json: boolean;
  /** `{ a: 1 }` rather than `{a: 1}`. */
  spaced: boolean;
  /** Between a key and its value: `: ` (or `:` in compact JSON). */
  colon: string;
  /** Between entries: `, ` (or `,`). */
  comma: string;
}

export const DEFAULT_FLOW: FlowLayout = { json: false, spaced: false, colon: ": ", comma: ", " };

/**
 * Whether `text` can be written as a plain scalar that every reader takes
 * for this same string: printable ASCII, no indicator first, nothing that
 * ends the scalar or starts a comment or mapping, and no word, number or
 * date YAML 1.1 or 1.2 would read as something else.
 */
export function canBePlain(text: string, inFlow: boolean): boolean {
  if (PLAIN_SAFE.test(text)) return !YAML11_SPECIAL.test(text);
  // A dash may start one (`--v=2`), but not a `- ` item or a `---` marker.
  if (!/^(?:[A-Za-z0-9_./]|-(?!--)[A-Za-z0-9_./-])[\x20-\x7e]*$/.test(text) || text.endsWith(" ")) return false;
  if (/: | #|:$/.test(text)) return false;
  if (inFlow && /[,[\]{}:]/.test(text)) return false;
  if (YAML11_SPECIAL.test(text) || isGoTimestamp(text)) return false;
  // YAML 1.1 reads 1:20 as a sexagesimal number in some parsers.
  if (/^[-+.0-9]/.test(text) && text.includes(":")) return false;
  return resolvePlainYaml11(text) === text && resolvePlainYaml12(text) === text;
}

/** A double-quoted scalar, valid as YAML and as JSON; YAML's own line breaks are escaped too. */
export function doubleQuoted(text: string): string {
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)) throw new Unwritable();
  return JSON.stringify(text).replace(/[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A single-quoted scalar, or a double-quoted one for text single quotes cannot hold on one line. */
function singleQuoted(text: string): string {
  if (/[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/.test(text)) return doubleQuoted(text);
  return `'${text.replace(/'/g, "''")}'`;
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new Unwritable();
  // YAML reads -0 as the integer 0.
  return Object.is(value, -0) ? "0" : String(value);
}

/** A scalar value's text: numbers, booleans and null plain; a string in `style` when it can be. */
export function scalarSource(value: string | number | boolean | null, style: QuoteStyle, inFlow: boolean, json: boolean): string {
  if (value === null) return "null";
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") return numberText(value);
  if (json || style === "double") return doubleQuoted(value);
  if (style === "single") return singleQuoted(value);
  return canBePlain(value, inFlow) ? value : doubleQuoted(value);
}

export function isCollection(value: EditValue): value is readonly EditValue[] | { readonly [key: string]: EditValue } {
  return typeof value === "object" && value !== null;
}

function entriesOf(value: EditValue): Array<[string, EditValue]> {
  return Array.isArray(value) ? [] : Object.entries(value as { readonly [key: string]: EditValue });
}

function isEmptyCollection(value: EditValue): boolean {
  return Array.isArray(value) ? value.length === 0 : isCollection(value) && Object.keys(value).length === 0;
}

/** A value on one line in flow style: `{a: 1, b: [x]}`, or JSON. */
export function flowText(value: EditValue, layout: FlowLayout): string {
  if (!isCollection(value)) return scalarSource(value, "plain", true, layout.json);
  const parts = Array.isArray(value)
    ? value.map((item) => flowText(item, layout))
    : entriesOf(value).map(([key, item]) => scalarSource(key, "plain", true, layout.json) + layout.colon + flowText(item, layout));
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (parts.length === 0) return open + close;
  const pad = layout.spaced ? " " : "";
  return open + pad + parts.join(layout.comma) + pad + close;
}

/** A value as pretty-printed JSON whose first line continues a line and whose closing bracket sits at `column`. */
export function prettyJsonText(value: EditValue, column: number, step: number): string {
  if (!isCollection(value) || isEmptyCollection(value)) return flowText(value, { ...DEFAULT_FLOW, json: true });
  const inner = " ".repeat(column + step);
  const parts = Array.isArray(value)
    ? value.map((item) => inner + prettyJsonText(item, column + step, step))
    : entriesOf(value).map(([key, item]) => `${inner}${doubleQuoted(key)}: ${prettyJsonText(item, column + step, step)}`);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  return `${open}\n${parts.join(",\n")}\n${" ".repeat(column)}${close}`;
}

/** What follows `key:` or `- ` on the same line when the value fits there, in block context. */
export function inlineBlockText(value: EditValue, style: QuoteStyle = "plain"): string | undefined {
  if (!isCollection(value)) return scalarSource(value, style, false, false);
  return isEmptyCollection(value) ? (Array.isArray(value) ? "[]" : "{}") : undefined;
}

/** Lines (each ending with a line break) of a block map entry whose key sits at `column`. */
function blockEntryText(key: string, value: EditValue, column: number, layout: BlockLayout): string {
  const head = `${" ".repeat(column)}${scalarSource(key, "plain", false, false)}:`;
  const inline = inlineBlockText(value);
  if (inline !== undefined) return `${head} ${inline}\n`;
  if (Array.isArray(value)) return `${head}\n${blockItemsText(value, column + layout.seqIndent, layout)}`;
  return `${head}\n${blockMapText(value, column + layout.step, layout)}`;
}

/** Lines of a block map's entries at `column`. */
export function blockMapText(value: EditValue, column: number, layout: BlockLayout): string {
  return entriesOf(value)
    .map(([key, item]) => blockEntryText(key, item, column, layout))
    .join("");
}

/** Lines of block sequence items whose dashes sit at `column`. */
export function blockItemsText(items: readonly EditValue[], column: number, layout: BlockLayout): string {
  return items.map((item) => " ".repeat(column) + itemBodyText(item, column + layout.itemIndent, layout)).join("");
}

/**
 * An item after its dash's column: `- ` and the value; a map's first entry
 * on the dash's line, the others at `keyColumn`. Ends with a line break.
 * A list inside a list is written in flow style.
 */
function itemBodyText(item: EditValue, keyColumn: number, layout: BlockLayout): string {
  const dash = `-${" ".repeat(Math.max(1, layout.itemIndent - 1))}`;
  if (!isCollection(item) || isEmptyCollection(item)) return `${dash}${inlineBlockText(item)}\n`;
  if (Array.isArray(item)) return `${dash}${flowText(item, DEFAULT_FLOW)}\n`;
  return dash + blockMapText(item, keyColumn, layout).slice(keyColumn);
}
