import type { SourceRange } from "./types.js";

/** Offsets of line starts in one text, for turning offsets into 1-based lines and columns. */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(readonly text: string) {}

  lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    const text = this.text;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.starts = starts;
    return starts;
  }

  /** The 0-based line an offset is on. */
  lineOf(offset: number): number {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; col: number } {
    const line = this.lineOf(offset);
    return { line: line + 1, col: offset - this.lineStarts()[line]! + 1 };
  }

  range(start: number, end: number, lineOffset: number): SourceRange {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { line: a.line + lineOffset, column: a.col, endLine: b.line + lineOffset, endColumn: b.col };
  }
}
