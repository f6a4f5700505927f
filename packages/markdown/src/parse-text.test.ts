import { describe, expect, it } from "vitest";
import type { PolicyDocument } from "@mrlint/core";
import { checkDocumentMaps } from "./map-check.js";
import { parseText } from "./parse-text.js";

function shape(doc: PolicyDocument): Array<[string, number, string, string]> {
  return doc.blocks.map((b) => [b.kind, b.depth, b.role, b.text]);
}

describe("parseText: paragraphs and line breaks", () => {
  it("joins hard line breaks inside a paragraph and keeps the map", () => {
    const src = "Kommunen ska samråda med\ninvånarna innan beslut\nfattas.\n\nNästa stycke.";
    const doc = parseText(src);
    expect(doc.blocks.map((b) => b.text)).toEqual(["Kommunen ska samråda med invånarna innan beslut fattas.", "Nästa stycke."]);
    const b = doc.blocks[0];
    const inv = b.text.indexOf("invånarna");
    expect(src.slice(b.map[inv], b.map[inv] + 9)).toBe("invånarna");
    expect(src[b.map[inv - 1]]).toBe("\n");
    expect(doc.format).toBe("text");
    expect(checkDocumentMaps(doc)).toEqual([]);
  });

  it("joins hyphenated words, keeps coordinated compounds and word hyphens", () => {
    const src = [
      "Planen kräver upp-",
      "följning, en jämställdhets-",
      "och jämlikhetsanalys, LSS-",
      "insatser för 2025-",
      "2028, icke-",
      "diskriminering och well-",
      "being.",
    ].join("\n");
    const b = parseText(src).blocks[0];
    expect(b.text).toBe(
      "Planen kräver uppföljning, en jämställdhets- och jämlikhetsanalys, LSS-insatser för 2025-2028, icke-diskriminering och wellbeing.",
    );
  });

  it("splits a header block of key: value lines but joins wrapped prose", () => {
    const src = [
      "Fastställd av kommunfullmäktige 2024-05-27, § 66",
      "Diarienummer: SN 2023/0744",
      "Dokumentansvarig: enhetschef",
      "",
      "Alkohollagen reglerar servering av alkoholdrycker och ger kommunen ansvaret",
      "för tillståndsprövningen. Kommunens tillståndsenhet handlägger ansökningar",
      "och utför tillsyn med tre handläggare och en administratör på deltid.",
      "Tillsynen sker enligt en plan som nämnden fastställer varje år och som",
      "redovisas för kommunstyrelsen.",
    ].join("\n");
    expect(parseText(src).blocks.map((b) => b.text)).toEqual([
      "Fastställd av kommunfullmäktige 2024-05-27, § 66",
      "Diarienummer: SN 2023/0744",
      "Dokumentansvarig: enhetschef",
      "Alkohollagen reglerar servering av alkoholdrycker och ger kommunen ansvaret för tillståndsprövningen. Kommunens tillståndsenhet handlägger ansökningar och utför tillsyn med tre handläggare och en administratör på deltid. Tillsynen sker enligt en plan som nämnden fastställer varje år och som redovisas för kommunstyrelsen.",
    ]);
  });

  it("keeps separate one-line sentences apart in unwrapped text", () => {
    const src = "Inform - telling people about decisions.\nConsult - asking for views before a decision.\nInvolve - working with residents.";
    expect(parseText(src).blocks.map((b) => b.text)).toEqual([
      "Inform - telling people about decisions.",
      "Consult - asking for views before a decision.",
      "Involve - working with residents.",
    ]);
  });

  it("makes an indented paragraph in quotation marks a quote", () => {
    const src = 'Inriktningen angav:\n\n    "Kommunen ska verka för en restriktiv\n    alkoholpolitik."\n\nInriktningen ligger fast.';
    const doc = parseText(src);
    expect(doc.blocks.map((b) => [b.kind, b.quoted, b.text])).toEqual([
      ["paragraph", false, "Inriktningen angav:"],
      ["quote", true, '"Kommunen ska verka för en restriktiv alkoholpolitik."'],
      ["paragraph", false, "Inriktningen ligger fast."],
    ]);
  });
});

describe("parseText: headings", () => {
  it("recognises numbered, ALL-CAPS and short capitalised lines as headings", () => {
    const src = [
      "ALKOHOLPOLICY FÖR SERVERING",
      "TJÄRNÅS KOMMUN",
      "",
      "1. Inledning",
      "",
      "Text om bakgrunden.",
      "",
      "2.3 Uppföljning av målen",
      "Nämnden följer upp målen varje år.",
      "",
      "3 UPPFÖLJNING",
      "",
      "Bakgrund",
      "",
      "Mer text.",
    ].join("\n");
    const doc = parseText(src);
    expect(shape(doc)).toEqual([
      ["heading", 1, "body", "ALKOHOLPOLICY FÖR SERVERING TJÄRNÅS KOMMUN"],
      ["heading", 1, "body", "1. Inledning"],
      ["paragraph", 0, "body", "Text om bakgrunden."],
      ["heading", 2, "body", "2.3 Uppföljning av målen"],
      ["paragraph", 0, "body", "Nämnden följer upp målen varje år."],
      ["heading", 1, "body", "3 UPPFÖLJNING"],
      ["heading", 2, "body", "Bakgrund"],
      ["paragraph", 0, "body", "Mer text."],
    ]);
    expect(doc.title).toBe(0);
    expect(doc.sections.map((s) => [s.title, s.depth, s.parent])).toEqual([
      ["", 0, null],
      ["ALKOHOLPOLICY FÖR SERVERING TJÄRNÅS KOMMUN", 1, 0],
      ["1. Inledning", 1, 0],
      ["2.3 Uppföljning av målen", 2, 2],
      ["3 UPPFÖLJNING", 1, 0],
      ["Bakgrund", 2, 4],
    ]);
  });

  it("does not take sentences, wrapped lines, numbers or header-block lines for headings", () => {
    const src = [
      "Antagen av kommunfullmäktige 2024-06-17",
      "",
      "2 000 kronor betalas ut per år och",
      "2 Mkr avsätts till",
      "föreningarna.",
      "",
      "3.1 The panel will be asked for views on major proposals at least four times a year.",
      "",
      "Slut.",
      "",
      "Kommunstyrelsen",
    ].join("\n");
    const doc = parseText(src);
    expect(doc.blocks.every((b) => b.kind === "paragraph")).toBe(true);
  });

  it("reads consecutive numbered short lines as a list, not as headings", () => {
    const doc = parseText("Prioriterade grupper:\n1. Barn\n2. Unga\n3. Äldre\n\nText.");
    expect(shape(doc)).toEqual([
      ["paragraph", 0, "body", "Prioriterade grupper:"],
      ["list-item", 1, "body", "Barn"],
      ["list-item", 1, "body", "Unga"],
      ["list-item", 1, "body", "Äldre"],
      ["paragraph", 0, "body", "Text."],
    ]);
  });
});

describe("parseText: list items", () => {
  it("recognises bullets and enumerators, strips the marker, nests by indentation and joins continuations", () => {
    const src = [
      "Indikatorer:",
      "  - andel barn i hushåll med låg",
      "    inkomst efter boendekostnad",
      "      • varav i ensamförälderhushåll",
      "  - antal matkassar",
      "* stjärnpunkt",
      "1) första",
      "a) andra",
    ].join("\n");
    const doc = parseText(src);
    expect(shape(doc)).toEqual([
      ["paragraph", 0, "body", "Indikatorer:"],
      ["list-item", 1, "body", "andel barn i hushåll med låg inkomst efter boendekostnad"],
      ["list-item", 2, "body", "varav i ensamförälderhushåll"],
      ["list-item", 1, "body", "antal matkassar"],
      ["list-item", 1, "body", "stjärnpunkt"],
      ["list-item", 1, "body", "första"],
      ["list-item", 1, "body", "andra"],
    ]);
    const item = doc.blocks[1];
    expect(doc.source.slice(item.map[0], item.map[0] + 5)).toBe("andel");
    expect(checkDocumentMaps(doc)).toEqual([]);
  });
});

describe("parseText: page furniture and tables of contents", () => {
  const ocr = [
    "GRANVIKS KOMMUN                                         RIKTLINJE",
    "Socialf6rvaltningen                                     Dnr SN 2023/0561",
    "",
    "1 INLEDNING",
    "",
    "Granviks kommun har sex gruppbostéder f6r vuxna. Denna riktlinje beskri-",
    "ver hur ans6kningar handléggs.",
    "",
    "Granviks kommun | Riktlinje bostad med sérskild service      Sida 1 av 3",
    "",
    "GRANVIKS KOMMUN                                         RIKTLINJE",
    "",
    "2 BOENDETS INNEHALL",
    "",
    "De boende ska erbjudas meningsfull sysselséttning i m6jligaste",
    "man.",
    "",
    "Granviks kommun | Riktlinje bostad med sérskild service      Sida 2 av 3",
  ].join("\n");

  it("marks repeated running headers and page-number footers as furniture (OCR scan)", () => {
    const doc = parseText(ocr);
    expect(shape(doc)).toEqual([
      ["paragraph", 0, "furniture", "GRANVIKS KOMMUN RIKTLINJE"],
      ["paragraph", 0, "body", "Socialf6rvaltningen Dnr SN 2023/0561"],
      ["heading", 1, "body", "1 INLEDNING"],
      ["paragraph", 0, "body", "Granviks kommun har sex gruppbostéder f6r vuxna. Denna riktlinje beskriver hur ans6kningar handléggs."],
      ["paragraph", 0, "furniture", "Granviks kommun | Riktlinje bostad med sérskild service Sida 1 av 3"],
      ["paragraph", 0, "furniture", "GRANVIKS KOMMUN RIKTLINJE"],
      ["heading", 1, "body", "2 BOENDETS INNEHALL"],
      ["paragraph", 0, "body", "De boende ska erbjudas meningsfull sysselséttning i m6jligaste man."],
      ["paragraph", 0, "furniture", "Granviks kommun | Riktlinje bostad med sérskild service Sida 2 av 3"],
    ]);
    expect(checkDocumentMaps(doc)).toEqual([]);
  });

  it("cuts furniture out of a sentence broken by a page break and continues the sentence", () => {
    const src = [
      "Krisberedskapsplan                                   Sida 1 av 2",
      "",
      "Vid evakuering ska barn i mojligaste man halla ihop med sina vard-",
      "",
      "                                                          - 1 -",
      "\f",
      "Krisberedskapsplan                                   Sida 2 av 2",
      "",
      "nadshavare. Beslut om stangning ska foregas av en",
      "Krisberedskapsplan                                   Sida 2 av 2",
      "snabb barnkonsekvensanalys.",
    ].join("\n");
    const doc = parseText(src);
    const body = doc.blocks.filter((b) => b.role === "body");
    expect(body.map((b) => b.text)).toEqual([
      "Vid evakuering ska barn i mojligaste man halla ihop med sina vardnadshavare. Beslut om stangning ska foregas av en snabb barnkonsekvensanalys.",
    ]);
    expect(doc.blocks.filter((b) => b.role === "furniture").map((b) => b.text)).toEqual([
      "Krisberedskapsplan Sida 1 av 2",
      "- 1 -",
      "Krisberedskapsplan Sida 2 av 2",
      "Krisberedskapsplan Sida 2 av 2",
    ]);
    const b = body[0];
    const i = b.text.indexOf("vardnadshavare");
    expect(src.slice(b.map[i], b.map[i] + 4)).toBe("vard");
    expect(src.slice(b.map[i + 4], b.map[i + 4] + 10)).toBe("nadshavare");
    const snabb = b.text.indexOf("snabb");
    expect(src.slice(b.map[snabb], b.map[snabb] + 5)).toBe("snabb");
    expect(checkDocumentMaps(doc)).toEqual([]);
  });

  it("recognises lone page numbers in their usual forms", () => {
    const src = ["Text ett.", "", "- 3 -", "", "Sida 2", "", "Page 4 of 9", "", "12", "", "3/7", "", "Text två."].join("\n");
    const doc = parseText(src);
    expect(doc.blocks.map((b) => b.role)).toEqual(["body", "furniture", "furniture", "furniture", "furniture", "furniture", "body"]);
  });

  it("marks a short line repeated next to page numbers as furniture, but not a repeated heading", () => {
    const src = [
      "Tjärnås kommun",
      "",
      "Ansvar",
      "",
      "Nämnden ansvarar.",
      "",
      "Sida 1",
      "Tjärnås kommun",
      "",
      "Ansvar",
      "",
      "Förvaltningen ansvarar.",
      "",
      "Sida 2",
    ].join("\n");
    const doc = parseText(src);
    expect(doc.blocks.map((b) => [b.role, b.text])).toEqual([
      ["furniture", "Tjärnås kommun"],
      ["body", "Ansvar"],
      ["body", "Nämnden ansvarar."],
      ["furniture", "Sida 1"],
      ["furniture", "Tjärnås kommun"],
      ["body", "Ansvar"],
      ["body", "Förvaltningen ansvarar."],
      ["furniture", "Sida 2"],
    ]);
  });

  it("marks a table of contents with dotted leaders (PDF text) as toc", () => {
    const src = [
      "RIKTLINJE FOR KOMMUNENS FRITIDSGARDAR",
      "",
      "INNEHALL",
      "",
      "1 Inledning ............................................................ 2",
      "2 Oppettider och lokaler .............................................. 2",
      "6 Uppfoljning ......................................................... 4",
      "",
      "1 INLEDNING",
      "",
      "Solvik har tva fritidsgardar.",
    ].join("\n");
    expect(shape(parseText(src))).toEqual([
      ["heading", 1, "body", "RIKTLINJE FOR KOMMUNENS FRITIDSGARDAR"],
      ["heading", 1, "toc", "INNEHALL"],
      ["paragraph", 0, "toc", "1 Inledning ............................................................ 2"],
      ["paragraph", 0, "toc", "2 Oppettider och lokaler .............................................. 2"],
      ["paragraph", 0, "toc", "6 Uppfoljning ......................................................... 4"],
      ["heading", 1, "body", "1 INLEDNING"],
      ["paragraph", 0, "body", "Solvik har tva fritidsgardar."],
    ]);
  });

  it("accepts tables of contents with page numbers only, or without a title", () => {
    const src = ["Contents", "1  Why poverty matters   2", "2  Priorities   3", "", "1  WHY POVERTY MATTERS", "", "Text."].join("\n");
    expect(parseText(src).blocks.map((b) => b.role)).toEqual(["toc", "toc", "toc", "body", "body"]);
    const untitled = ["Inledning . . . . . . . . 2", "Uppföljning . . . . . . . 7", "", "Text."].join("\n");
    expect(parseText(untitled).blocks.map((b) => b.role)).toEqual(["toc", "toc", "body"]);
  });

  it("treats a form feed as a page break", () => {
    const doc = parseText("Första sidans text och\f\nandra sidans fortsättning.");
    expect(doc.blocks.map((b) => b.text)).toEqual(["Första sidans text och andra sidans fortsättning."]);
  });
});

describe("parseText: positions", () => {
  it("gives CRLF and LF files the same columns, and removes a BOM", () => {
    const lf = "1 INLEDNING\n\nKommunen ska sam-\nråda med invånarna.\n\n- punkt ett\n";
    const crlf = "\ufeff" + lf.replace(/\n/g, "\r\n");
    const a = parseText(lf);
    const b = parseText(crlf);
    expect(b.source.startsWith("1 INLEDNING\r\n")).toBe(true);
    expect(b.blocks.map((x) => x.text)).toEqual(a.blocks.map((x) => x.text));
    const col = (s: string, o: number): [number, number] => {
      const before = s.slice(0, o);
      const lines = before.split(/\r\n|\r|\n/);
      return [lines.length - 1, lines[lines.length - 1].length];
    };
    for (let k = 0; k < a.blocks.length; k++)
      for (let i = 0; i < a.blocks[k].map.length; i++)
        expect(col(b.source, b.blocks[k].map[i])).toEqual(col(a.source, a.blocks[k].map[i]));
  });
});
