/** Small line helpers over a document's text, shared by the edit builders. */
import { lineStarts } from "@mrlint/core";
import type { Position } from "vscode-languageserver";

export class TextLines {
  readonly starts: number[];
  readonly eol: string;

  constructor(readonly text: string) {
    this.starts = lineStarts(text);
    // Insert new lines with the file's own line ending so a CRLF file stays CRLF.
    this.eol = /\r\n/.test(text) ? "\r\n" : "\n";
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Text of a 0-based line without its line ending. */
  line(index: number): string {
    const start = this.starts[index] ?? this.text.length;
    const next = this.starts[index + 1] ?? this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, "");
  }

  /** Leading spaces and tabs of a line. */
  indent(index: number): string {
    return /^[ \t]*/.exec(this.line(index))?.[0] ?? "";
  }

  positionAt(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }

  /** Position at the end of the whole text. */
  end(): Position {
    return this.positionAt(this.text.length);
  }

  /**
   * 0-based line just after YAML front matter (`---` … `---` or `...` at the
   * very top), or 0 when there is none.
   */
  lineAfterFrontMatter(): number {
    if (this.lineCount < 2 || this.line(0).trimEnd() !== "---") return 0;
    for (let i = 1; i < this.lineCount; i++) {
      const line = this.line(i).trimEnd();
      if (line === "---" || line === "...") return i + 1;
    }
    return 0;
  }
}
