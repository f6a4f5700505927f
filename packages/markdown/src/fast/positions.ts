/**
 * Line table of the source and unist points (1-based line and column,
 * 0-based offset) as micromark gives them. Line endings are LF, CR or CRLF.
 */
import type { Point, Position } from "unist";
import { LineEnds } from "../line-ends.js";

export class SourceLines {
  /** Offset where each line starts. */
  readonly starts: number[] = [];
  /** Offset where each line's content ends (its line ending, or the end of the text). */
  readonly ends: number[] = [];

  constructor(readonly text: string) {
    const n = text.length;
    const lineEnds = new LineEnds(text);
    let start = 0;
    for (;;) {
      const i = lineEnds.next(start);
      this.starts.push(start);
      this.ends.push(i);
      if (i >= n) break;
      start = text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    }
  }

  get count(): number {
    return this.starts.length;
  }

  /** Start of the line after `line`, or the end of the text for the last line. */
  next(line: number): number {
    return line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
  }

  /** Line index (0-based) of an offset. */
  lineOf(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  point(offset: number): Point {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.starts[line] + 1, offset };
  }

  /** A point when the line index is already known. */
  pointOnLine(line: number, offset: number): Point {
    return { line: line + 1, column: offset - this.starts[line] + 1, offset };
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }
}
