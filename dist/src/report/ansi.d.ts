/**
 * The terminal colours of the text reports: the seven styles they use,
 * written byte for byte as kleur 4 writes them (the opening codes, the text
 * with each style's closing code re-opened inside it, the closing codes in
 * the same order). kleur reads process.stdout when it is imported, and on a
 * pipe that builds a net.Socket and loads Node's stream modules: 6 ms of
 * every run's start-up, for a run that then writes no colour at all.
 */
interface Style {
    open: string;
    close: string;
    /** The closing code anywhere in the text. */
    closeCode: RegExp;
}
declare const STYLES: {
    bold: Style;
    dim: Style;
    underline: Style;
    red: Style;
    green: Style;
    yellow: Style;
    blue: Style;
};
export type StyleName = keyof typeof STYLES;
/** Text in the styles named, in that order (a style named twice counts once); the text as it is when colour is off. */
export type Colors = (text: string, ...styles: StyleName[]) => string;
export declare function colors(enabled: boolean): Colors;
export {};
