import type { SourceRange } from "./types.js";
/** Offsets of line starts in one text, for turning offsets into 1-based lines and columns. */
export declare class LineIndex {
    readonly text: string;
    private starts;
    constructor(text: string);
    lineStarts(): number[];
    /** The 0-based line an offset is on. */
    lineOf(offset: number): number;
    /** 1-based line and column of an offset. */
    position(offset: number): {
        line: number;
        col: number;
    };
    range(start: number, end: number, lineOffset: number): SourceRange;
}
