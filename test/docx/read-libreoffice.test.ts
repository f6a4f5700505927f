import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PolicyDocument } from "../../packages/core/dist/index.js";
import { readDocx } from "../../packages/docx/src/index.js";
import { LibreOffice, tempDir } from "./libreoffice.js";
import { documentXml, oracleParagraphs, positionProblems } from "./oracle.js";

const FIXTURES = join(import.meta.dirname, "../../fixtures/docx");
const tmp = tempDir("mrlint-lo-read-");
const out = tmp.path;
let lo: LibreOffice;
let fodtDoc: PolicyDocument;
let fodtParagraphs: string[];
let htmlDoc: PolicyDocument;
let htmlParagraphs: string[];

afterAll(() => {
  lo?.dispose();
  tmp.cleanup();
});

beforeAll(async () => {
  lo = new LibreOffice();
  const fromFodt = await lo.convert(join(FIXTURES, "libreoffice-policy.fodt"), out, 'docx:MS Word 2007 XML');
  const fromHtml = await lo.convert(join(FIXTURES, "libreoffice-html-policy.html"), out, 'docx:MS Word 2007 XML', "HTML (StarWriter)");
  const fodtBytes = new Uint8Array(await readFile(fromFodt));
  const htmlBytes = new Uint8Array(await readFile(fromHtml));
  fodtDoc = await readDocx(fodtBytes, { uri: fromFodt });
  fodtParagraphs = oracleParagraphs(await documentXml(fodtBytes));
  htmlDoc = await readDocx(htmlBytes, { uri: fromHtml });
  htmlParagraphs = oracleParagraphs(await documentXml(htmlBytes));
}, 120_000);

const find = (doc: PolicyDocument, text: string) => {
  const b = doc.blocks.find((x) => x.text.trim() === text);
  if (!b) throw new Error(`no block ${JSON.stringify(text)} in ${doc.blocks.map((x) => x.text).join(" | ")}`);
  return b;
};

describe("readDocx on LibreOffice output (from flat ODT)", () => {
  it("numbers every paragraph once, with tracked changes accepted and the frame's text box counted once", () => {
    expect(fodtDoc.source.split("\n")).toEqual([
      "Plan för likabehandling i Norrby kommun",
      "Antagen av kommunfullmäktige 2025-03-01.",
      "",
      "1 Syfte",
      "Planen beskriver hur kommunen ska arbeta mot diskriminering enligt diskrimineringslagen. Åtgärderna ska följas upp varje år.",
      "",
      "1.1 Mål",
      "Ingen ska diskrimineras.",
      "Alla elever ska ges stöd vid behov.",
      "Även rullstolsbundna elever.",
      "Uppgift",
      "Ansvarig",
      "Kartläggning ska göras.",
      "Rektor",
      "Eleverna ska höras innan planen antas.",
      "”Skolan ska vara trygg för alla”, skrev elevrådet.",
      "Stycket med ramen.",
      "Text i en ram ska läsas en gång.",
      "Kontakt: likabehandlingsgruppen Telefon 010-765 43 21",
    ]);
    expect(fodtParagraphs).toEqual(fodtDoc.source.split("\n"));
  });

  it("puts every block at its paragraph and column in word/document.xml", () => {
    expect(positionProblems(fodtDoc, fodtParagraphs)).toEqual([]);
  });

  it("reads the structure: title, Heading 1, the custom 'Rubrik 2' style, nested list, table, quotation", () => {
    expect(find(fodtDoc, "Plan för likabehandling i Norrby kommun")).toMatchObject({ kind: "heading", depth: 1 });
    expect(find(fodtDoc, "1 Syfte")).toMatchObject({ kind: "heading", depth: 1 });
    expect(find(fodtDoc, "1.1 Mål")).toMatchObject({ kind: "heading", depth: 2 });
    expect(find(fodtDoc, "Ingen ska diskrimineras.")).toMatchObject({ kind: "list-item", depth: 1 });
    expect(find(fodtDoc, "Även rullstolsbundna elever.")).toMatchObject({ kind: "list-item", depth: 2 });
    expect(find(fodtDoc, "Uppgift")).toMatchObject({ kind: "table-cell", table: { table: 0, row: 0, column: 0 } });
    expect(find(fodtDoc, "Rektor")).toMatchObject({ kind: "table-cell", table: { table: 0, row: 1, column: 1 } });
    expect(find(fodtDoc, "”Skolan ska vara trygg för alla”, skrev elevrådet.")).toMatchObject({ quoted: true });
    expect(fodtDoc.title).toBe(0);
  });

  it("keeps the comment and the footnote out of the body, and the ordinary comment is no suppression", () => {
    expect(fodtDoc.source).not.toContain("Vilka elever?");
    expect(fodtDoc.source).not.toContain("2008:567");
    expect(fodtDoc.suppressions).toEqual([]);
    expect(fodtDoc.notes.length).toBeGreaterThanOrEqual(2);
  });
});

describe("readDocx on LibreOffice output (from HTML)", () => {
  it("reads h1/h2, the list, the table and the block quote, at exact positions", () => {
    expect(positionProblems(htmlDoc, htmlParagraphs)).toEqual([]);
    expect(htmlParagraphs).toEqual(htmlDoc.source.split("\n"));
    expect(find(htmlDoc, "Riktlinje för föreningsbidrag i Sjöby kommun")).toMatchObject({ kind: "heading", depth: 1 });
    expect(find(htmlDoc, "2. Villkor")).toMatchObject({ kind: "heading", depth: 2 });
    expect(find(htmlDoc, "Verksamheten ska vara öppen för alla, även för handikappade.")).toMatchObject({ kind: "list-item", depth: 1 });
    expect(find(htmlDoc, "Belopp")).toMatchObject({ kind: "table-cell", table: { row: 0, column: 1 } });
    expect(find(htmlDoc, "”Alla barn ska kunna vara med”, sa ordföranden.")).toMatchObject({ quoted: true });
    expect(htmlDoc.source).not.toContain("Diskrimineringslagen (2008:567)");
    expect(htmlDoc.language).toBe("sv");
  });
});
