import { describe, expect, it } from "vitest";
import { XmlSyntaxError } from "../xml/xml-cursor.js";
import { scanBody } from "./scan-body.js";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`;
const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const texts = (xml: string) => scanBody(doc(xml)).paragraphs.map((p) => p.text);

describe("scanBody numbering and text", () => {
  it("counts empty and self-closing paragraphs", () => {
    expect(texts(`<w:p>${run("Ett")}</w:p><w:p/><w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:p><w:p>${run("Två")}</w:p>`)).toEqual(["Ett", "", "", "Två"]);
  });

  it("keeps inserted text and drops deleted and moved-away text", () => {
    const xml = `<w:p>${run("Planen ska följas upp")}<w:ins w:id="1" w:author="A" w:date="2025-01-01T00:00:00Z">${run(" av nämnden")}</w:ins><w:del w:id="2" w:author="A" w:date="2025-01-01T00:00:00Z"><w:r><w:delText> vid behov</w:delText></w:r></w:del><w:moveFrom w:id="3" w:author="A" w:date="2025-01-01T00:00:00Z">${run(" flyttat")}</w:moveFrom>${run(".")}</w:p>`;
    const scan = scanBody(doc(xml));
    expect(scan.paragraphs[0].text).toBe("Planen ska följas upp av nämnden.");
    expect(scan.trackedChanges).toBe(true);
  });

  it("turns tabs and breaks into one space each and keeps entities decoded", () => {
    expect(texts(`<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${run("A &amp; B")}<w:r><w:tab/><w:t>C</w:t><w:br/><w:t>D&#233;</w:t><w:noBreakHyphen/><w:softHyphen/><w:t>E</w:t></w:r></w:p>`)).toEqual([
      "A & B C Dé-E",
    ]);
  });

  it("numbers table cells in order with their table place", () => {
    const cell = (t: string, span = "") => `<w:tc><w:tcPr>${span}</w:tcPr><w:p>${run(t)}</w:p></w:tc>`;
    const xml = `<w:tbl><w:tblPr/><w:tblGrid/><w:tr><w:trPr><w:tblHeader/></w:trPr>${cell("A", '<w:gridSpan w:val="2"/>')}${cell("B")}</w:tr><w:tr>${cell("C")}${cell("D")}${cell("E")}</w:tr></w:tbl><w:p>${run("efter")}</w:p>`;
    const ps = scanBody(doc(xml)).paragraphs;
    expect(ps.map((p) => p.text)).toEqual(["A", "B", "C", "D", "E", "efter"]);
    expect(ps.map((p) => p.table)).toEqual([
      { table: 0, row: 0, column: 0, header: true },
      { table: 0, row: 0, column: 2, header: true },
      { table: 0, row: 1, column: 0, header: false },
      { table: 0, row: 1, column: 1, header: false },
      { table: 0, row: 1, column: 2, header: false },
      undefined,
    ]);
  });

  it("counts a text box once: the first mc:Choice, not the mc:Fallback copy, and mirrors the fallback", () => {
    const box = (t: string) => `<w:txbxContent><w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>${run(t)}</w:p></w:txbxContent>`;
    const xml = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${box("I rutan")}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box("I rutan")}</w:pict></mc:Fallback></mc:AlternateContent></w:r>${run("Utanför")}</w:p><w:p>${run("Nästa")}</w:p>`;
    const full = doc(xml);
    const scan = scanBody(full);
    expect(scan.paragraphs.map((p) => p.text)).toEqual(["Utanför", "I rutan", "Nästa"]);
    expect(scan.paragraphs[1].inTextBox).toBe(true);
    expect(scan.paragraphs[1].mirrors).toHaveLength(1);
    // The mirror's tag site is right after the fallback copy's w:pPr.
    const m = scan.paragraphs[1].mirrors[0];
    expect(full.slice(m.insertAt - "</w:pPr>".length, m.insertAt)).toBe("</w:pPr>");
    expect(m.insertAt).toBeGreaterThan(full.indexOf("<mc:Fallback>"));
    // The run holding the box is never split.
    expect(scan.paragraphs[0].runs[0].unsplittable).toBe(true);
  });

  it("reads paragraph style, numbering, outline level and a deleted paragraph mark, ignoring pPrChange", () => {
    const xml = `<w:p><w:pPr><w:pStyle w:val="Rubrik1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr><w:outlineLvl w:val="0"/><w:rPr><w:del w:id="9" w:author="A" w:date="2025-01-01T00:00:00Z"/></w:rPr><w:pPrChange w:id="8" w:author="A" w:date="2025-01-01T00:00:00Z"><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:pPrChange></w:pPr>${run("Rubrik")}</w:p>`;
    const [p] = scanBody(doc(xml)).paragraphs;
    expect(p).toMatchObject({ styleId: "Rubrik1", numbered: true, outlineLevel: 0, markDeleted: true, text: "Rubrik" });
  });

  it("records comment marks with paragraph and offset", () => {
    const xml = `<w:p>${run("Eleverna ")}<w:commentRangeStart w:id="4"/>${run("ska höras")}<w:commentRangeEnd w:id="4"/><w:r><w:rPr><w:rStyle w:val="Kommentarsreferens"/></w:rPr><w:commentReference w:id="4"/></w:r>${run(".")}</w:p>`;
    const full = doc(xml);
    const scan = scanBody(full);
    expect(scan.comments.map((m) => [m.id, m.kind, m.paragraph, m.offset])).toEqual([
      ["4", "start", 0, 9],
      ["4", "end", 0, 18],
      ["4", "reference", 0, 18],
    ]);
    const ref = scan.comments[2];
    expect(full.slice(ref.runStart!, ref.runEnd!)).toMatch(/^<w:r><w:rPr>.*<w:commentReference w:id="4"\/><\/w:r>$/);
  });

  it("attaches comment marks between paragraphs to the next start / previous end", () => {
    const xml = `<w:commentRangeStart w:id="1"/><w:p>${run("Ett")}</w:p><w:p>${run("Två")}</w:p><w:commentRangeEnd w:id="1"/>`;
    expect(scanBody(doc(xml)).comments.map((m) => [m.kind, m.paragraph, m.offset])).toEqual([
      ["start", 0, 0],
      ["end", 1, 3],
    ]);
  });

  it("marks table-of-contents paragraphs (TOC field)", () => {
    const fld = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
    const xml = `<w:p>${fld("begin")}<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" </w:instrText></w:r>${fld("separate")}${run("Syfte 1")}</w:p><w:p>${run("Mål 2")}${fld("end")}</w:p><w:p>${run("Brödtext")}</w:p>`;
    expect(scanBody(doc(xml)).paragraphs.map((p) => p.toc)).toEqual([true, true, false]);
  });

  it("keeps hyperlink, simple-field and field-result text but not field codes", () => {
    const fld = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
    const xml =
      `<w:p>${run("Se ")}<w:hyperlink r:id="rId9" xmlns:r="r">${run("lagen")}</w:hyperlink>${run(", sidan ")}<w:fldSimple w:instr=" PAGE ">${run("4")}</w:fldSimple>` +
      `${run(" och ")}${fld("begin")}<w:r><w:instrText xml:space="preserve"> REF bilaga \\h </w:instrText></w:r>${fld("separate")}${run("bilaga 2")}${fld("end")}${run(".")}</w:p>`;
    expect(texts(xml)).toEqual(["Se lagen, sidan 4 och bilaga 2."]);
  });

  it("marks paragraphs in a Table of Contents content control as toc", () => {
    const xml = `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent><w:p>${run("Innehåll")}</w:p><w:p>${run("Syfte 3")}</w:p></w:sdtContent></w:sdt><w:p>${run("Syfte")}</w:p>`;
    expect(scanBody(doc(xml)).paragraphs.map((p) => [p.text, p.toc])).toEqual([
      ["Innehåll", true],
      ["Syfte 3", true],
      ["Syfte", false],
    ]);
  });

  it("records atoms with raw extents that point at their w:t", () => {
    const full = doc(`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Ett</w:t><w:t xml:space="preserve"> två</w:t></w:r></w:p>`);
    const [p] = scanBody(full).paragraphs;
    expect(p.atoms.map((a) => full.slice(a.contentStart, a.contentEnd))).toEqual(["Ett", " två"]);
    expect(p.atoms.map((a) => [a.start, a.length, a.child])).toEqual([
      [0, 3, 0],
      [3, 4, 1],
    ]);
    expect(p.runs[0].rPr).toBe("<w:rPr><w:b/></w:rPr>");
  });

  it("throws XmlSyntaxError on broken XML instead of guessing", () => {
    expect(() => scanBody(doc("<w:p><w:r></w:p>"))).toThrow(XmlSyntaxError);
    expect(() => scanBody(doc("<w:p>"))).toThrow(XmlSyntaxError);
  });
});
