import type { EditValue } from "./edits.js";
/** A value that is written plain without a second look: a letter, then letters, digits and `._/-`. */
export declare const PLAIN_SAFE: RegExp;
/** Words YAML 1.1 (Kubernetes' decoder) does not read as strings. */
export declare const YAML11_SPECIAL: RegExp;
/** A value that has no YAML or JSON text Kubernetes reads back as it is (NaN, a lone surrogate). */
export declare class Unwritable extends Error {
}
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
export declare const DEFAULT_FLOW: FlowLayout;
/**
 * Whether `text` can be written as a plain scalar that every reader takes
 * for this same string: printable ASCII, no indicator first, nothing that
 * ends the scalar or starts a comment or mapping, and no word, number or
 * date YAML 1.1 or 1.2 would read as something else.
 */
export declare function canBePlain(text: string, inFlow: boolean): boolean;
/** A double-quoted scalar, valid as YAML and as JSON; YAML's own line breaks are escaped too. */
export declare function doubleQuoted(text: string): string;
/** A scalar value's text: numbers, booleans and null plain; a string in `style` when it can be. */
export declare function scalarSource(value: string | number | boolean | null, style: QuoteStyle, inFlow: boolean, json: boolean): string;
export declare function isCollection(value: EditValue): value is readonly EditValue[] | {
    readonly [key: string]: EditValue;
};
/** A value on one line in flow style: `{a: 1, b: [x]}`, or JSON. */
export declare function flowText(value: EditValue, layout: FlowLayout): string;
/** A value as pretty-printed JSON whose first line continues a line and whose closing bracket sits at `column`. */
export declare function prettyJsonText(value: EditValue, column: number, step: number): string;
/** What follows `key:` or `- ` on the same line when the value fits there, in block context. */
export declare function inlineBlockText(value: EditValue, style?: QuoteStyle): string | undefined;
/** Lines of a block map's entries at `column`. */
export declare function blockMapText(value: EditValue, column: number, layout: BlockLayout): string;
/** Lines of block sequence items whose dashes sit at `column`. */
export declare function blockItemsText(items: readonly EditValue[], column: number, layout: BlockLayout): string;
