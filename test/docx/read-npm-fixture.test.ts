import { beforeAll, describe, expect, it } from "vitest";
import type { PolicyDocument } from "../../packages/core/dist/index.js";
import { readDocx } from "../../packages/docx/src/index.js";
import { swedishPolicyFixture, type DocxFixture } from "../helpers/docx-fixtures.js";
import { documentXml, oracleParagraphs, positionProblems } from "./oracle.js";

let fixture: DocxFixture;
let doc: PolicyDocument;
let paragraphs: string[];

beforeAll(async () => {
  fixture = await swedishPolicyFixture();
  doc = await readDocx(fixture.bytes, { uri: "policy.docx" });
  paragraphs = oracleParagraphs(await documentXml(fixture.bytes));
});

const block = (text: string) => {
  const b = doc.blocks.find((x) => x.text === text);
  if (!b) throw new Error(`no block ${JSON.stringify(text)}`);
  return b;
};
const lineOf = (offset: number) => doc.source.slice(0, offset).split("\n").length; // 1-based

describe("readDocx on a docx-package fixture", () => {
  it("has one source line per body paragraph, empty and text-box paragraphs included", () => {
    expect(doc.source.split("\n")).toEqual(fixture.lines);
    expect(paragraphs).toEqual(fixture.lines);
  });

  it("puts every block's characters at the right paragraph and column of word/document.xml", () => {
    expect(positionProblems(doc, paragraphs)).toEqual([]);
    for (const b of doc.blocks) expect(b.text).toBe(paragraphs[lineOf(b.map[0]) - 1]);
  });

  it("makes no blocks for empty paragraphs, footnotes, comments or deleted text", () => {
    expect(doc.blocks).toHaveLength(fixture.lines.filter((l) => l !== "").length);
    expect(doc.source).not.toContain("diskrimineringslagen (2008:567)");
    expect(doc.source).not.toContain("Vilken dialog");
    expect(doc.source).not.toContain("vid behov");
    expect(block("Uppföljningen ska göras av socialnämnden.").kind).toBe("paragraph");
  });

  it("reads headings from the Title and the Swedish heading styles", () => {
    expect(block("Policy för mänskliga rättigheter i Exempelby kommun")).toMatchObject({ kind: "heading", depth: 1 });
    expect(block("1 Bakgrund")).toMatchObject({ kind: "heading", depth: 1 });
    expect(block("1.1 Mål")).toMatchObject({ kind: "heading", depth: 2 });
    expect(doc.title).toBe(0);
    const bakgrund = doc.sections.find((s) => s.title === "1 Bakgrund")!;
    const mal = doc.sections.find((s) => s.title === "1.1 Mål")!;
    expect(mal.parent).toBe(bakgrund.index);
    expect(doc.blocks[block("Funktionshindrade ska få stöd.").index].section).toBe(mal.index);
  });

  it("reads list items with their depth, table cells with their place, and the quote style", () => {
    expect(block("Alla invånare ska bemötas lika.")).toMatchObject({ kind: "list-item", depth: 1 });
    expect(block("Barn ska höras i frågor som rör dem.")).toMatchObject({ kind: "list-item", depth: 2 });
    expect(block("Åtgärd")).toMatchObject({ kind: "table-cell", table: { table: 0, row: 0, column: 0, header: true } });
    expect(block("Kommunstyrelsen")).toMatchObject({ kind: "table-cell", table: { table: 0, row: 1, column: 1, header: false } });
    expect(block("”Vi vill bli lyssnade på”, sa en elev.")).toMatchObject({ kind: "quote", quoted: true });
    expect(block("Text i en textruta ska också läsas.")).toMatchObject({ kind: "paragraph", quoted: false });
  });

  it("turns the mrlint-disable comment into a suppression over its range, and ignores other comments", () => {
    expect(doc.suppressions).toHaveLength(1);
    const s = doc.suppressions[0];
    expect(s.rules).toEqual(["mr/hidden-actor"]);
    expect(doc.source.slice(s.start, s.end)).toBe("Personalen ska utbildas.");
  });

  it("detects Swedish and notes the accepted tracked changes and the footnote", () => {
    expect(doc.language).toBe("sv");
    expect(doc.languageSource).toBe("detected");
    expect(doc.format).toBe("docx");
    expect(doc.notes.join(" ")).toMatch(/Spårade ändringar har godtagits/);
    expect(doc.notes.join(" ")).toMatch(/1 fotnot/);
  });

  it("honours a configured language", async () => {
    const en = await readDocx(fixture.bytes, { language: "en" });
    expect(en.language).toBe("en");
    expect(en.languageSource).toBe("configured");
  });
});
