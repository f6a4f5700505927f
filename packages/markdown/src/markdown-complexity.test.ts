/**
 * Markdown that would take the CommonMark parser minutes (deep nesting, huge
 * nested lists) is read as plain text with a note, in well under a second.
 */
import { describe, expect, it } from "vitest";
import { MAX_NESTING_DEPTH, markdownTooComplex } from "./markdown-complexity.js";
import { parseMarkdown } from "./parse-markdown.js";

const lines = (unit: string, n: number) => Array.from({ length: n }, () => unit).join("\n");

describe("markdownTooComplex", () => {
  it("passes ordinary documents, lists and quotes", () => {
    expect(markdownTooComplex("# Plan\n\nText.\n\n- a\n  - b\n    - c\n\n> citat\n> > inre\n")).toBeNull();
    expect(markdownTooComplex(lines("- punkt\n  - underpunkt", 300))).toBeNull();
    expect(markdownTooComplex(`${"  ".repeat(40)}- djup men rimlig\n`)).toBeNull();
    expect(markdownTooComplex("")).toBeNull();
  });

  it("names the depth and line of a line nested past the limit", () => {
    expect(markdownTooComplex(`# Plan\n\n${">".repeat(5000)} text`)).toEqual({ kind: "depth", depth: 5000, line: 3 });
    expect(markdownTooComplex(`${"- ".repeat(MAX_NESTING_DEPTH + 1)}x`)).toMatchObject({ kind: "depth", depth: MAX_NESTING_DEPTH + 1 });
    // A staircase of indented list items: indentation before the marker nests too.
    const stairs = Array.from({ length: 300 }, (_, i) => `${"  ".repeat(i)}- item`).join("\n");
    expect(markdownTooComplex(stairs)).toEqual({ kind: "depth", depth: 101, line: 101 });
  });

  it("counts lines ended by CR alone, as CommonMark does", () => {
    expect(markdownTooComplex(lines("- - - - - - - - - - x", 1000).replace(/\n/g, "\r"))).toMatchObject({ kind: "list", line: 1 });
    expect(markdownTooComplex(lines("- - - - - - - - - - x", 1000).replace(/\n/g, "\r\n"))).toMatchObject({ kind: "list", line: 1 });
  });

  it("flags one huge nested list, and many lists that add up", () => {
    expect(markdownTooComplex(`Inledning\n\n${lines("- punkt\n  - underpunkt", 3000)}`)).toMatchObject({ kind: "list", line: 3 });
    const many = Array.from({ length: 200 }, (_, i) => `Stycke ${i}.\n\n${lines("- - x", 200)}`).join("\n\n");
    expect(markdownTooComplex(many)).toMatchObject({ kind: "list" });
  });

  it("does not count emphasis, rules or numbers without a following space as list markers", () => {
    expect(markdownTooComplex(lines("*betonat* och 2024.års plan", 5000))).toBeNull();
  });
});

describe("parseMarkdown on pathological nesting", () => {
  it("reads 5,000 nested levels as plain text, with a note in the document's language", () => {
    const started = performance.now();
    const doc = parseMarkdown(`# Plan\n\n${"- ".repeat(5000)}Våra åldringar ska få stöd.\n`);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(doc.notes).toEqual([
      "Markdown-strukturen är för djupt nästlad (5000 nivåer listor eller citat på rad 3; mrlint läser högst 100). Filen har lästs som vanlig text.",
    ]);
    expect(doc.format).toBe("markdown");
    const english = parseMarkdown(`${">".repeat(300)} The council will support older people.\n`, { locale: "en" });
    expect(english.notes[0]).toMatch(/^The Markdown structure is nested too deeply \(300 levels/);
  });

  it("reads a list of thousands of items with sublists as plain text, keeping positions exact", () => {
    const text = `# Plan\n\n${lines("- Våra åldringar\n  - underpunkt", 3000)}\n`;
    const doc = parseMarkdown(text);
    expect(doc.notes[0]).toMatch(/^Listan som börjar på rad 3 är för stor/);
    for (const block of doc.blocks) {
      for (let i = 0; i < block.text.length; i++) {
        if (block.text[i] !== " ") expect(text[block.map[i]]).toBe(block.text[i]);
      }
    }
  });
});
