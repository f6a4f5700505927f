import { describe, expect, it } from "vitest";
import { disableFileEdit, disableNextLineEdit } from "./disable-comments.js";
import { TextLines } from "./text-lines.js";

describe("TextLines", () => {
  it("keeps the file's line ending and reads lines without it", () => {
    const lines = new TextLines("a\r\nb\r\n");
    expect(lines.eol).toBe("\r\n");
    expect(lines.line(0)).toBe("a");
    expect(lines.line(1)).toBe("b");
    expect(lines.lineCount).toBe(3);
  });

  it("finds the line after front matter", () => {
    expect(new TextLines("---\ntitle: x\n---\n# T\n").lineAfterFrontMatter()).toBe(3);
    expect(new TextLines("# T\n---\n").lineAfterFrontMatter()).toBe(0);
    expect(new TextLines("---\nno end\n").lineAfterFrontMatter()).toBe(0);
  });

  it("maps offsets to positions", () => {
    const lines = new TextLines("ab\ncd");
    expect(lines.positionAt(4)).toEqual({ line: 1, character: 1 });
    expect(lines.end()).toEqual({ line: 1, character: 2 });
  });
});

describe("disable comments", () => {
  it("puts the next-line comment above the line with its indentation", () => {
    const lines = new TextLines("# T\n\n  - handikappade\n");
    expect(disableNextLineEdit(lines, 2, "mr/inclusive-language")).toEqual({
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
      newText: "  <!-- mrlint-disable-next-line mr/inclusive-language -->\n",
    });
  });

  it("puts the file comment after front matter, in CRLF files with CRLF", () => {
    const lines = new TextLines("---\r\na: 1\r\n---\r\n# T\r\n");
    expect(disableFileEdit(lines, "mr/follow-up")).toEqual({
      range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } },
      newText: "<!-- mrlint-disable mr/follow-up -->\r\n",
    });
  });

  it("puts the file comment on top without front matter, and after front matter that ends the file", () => {
    expect(disableFileEdit(new TextLines("# T\n"), "mr/x").range.start).toEqual({ line: 0, character: 0 });
    const edit = disableFileEdit(new TextLines("---\na: 1\n---"), "mr/x");
    expect(edit.range.start).toEqual({ line: 2, character: 3 });
    expect(edit.newText).toBe("\n<!-- mrlint-disable mr/x -->\n");
  });
});
