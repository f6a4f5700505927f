import { describe, expect, it } from "vitest";
import type { Block, PolicyDocument } from "@mrlint/core";
import { checkDocumentMaps } from "./map-check.js";
import { parseMarkdown } from "./parse-markdown.js";

/** Source text from block-text offsets [start, end). */
function sourceOf(doc: PolicyDocument, block: Block, start: number, end: number): string {
  return doc.source.slice(block.map[start], block.map[end - 1] + 1);
}

function blockWith(doc: PolicyDocument, needle: string): Block {
  const block = doc.blocks.find((b) => b.text.includes(needle));
  if (!block) throw new Error(`no block contains ${needle}: ${doc.blocks.map((b) => b.text).join(" | ")}`);
  return block;
}

/** 0-based line and column of every offset, counting CRLF, CR and LF as one line end. */
function lineColumn(source: string, offset: number): [number, number] {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = source[i];
    if (c === "\n" || (c === "\r" && source[i + 1] !== "\n")) {
      line++;
      start = i + 1;
    }
  }
  return [line, offset - start];
}

describe("parseMarkdown: text and positions through inline markup", () => {
  it("strips emphasis, strong, links, inline code and maps each character back", () => {
    const src = "Nämnden **ska** följa [planen för *lika* villkor](https://x.se/plan) och `lagen` noga.";
    const doc = parseMarkdown(src);
    const b = doc.blocks[0];
    expect(b.text).toBe("Nämnden ska följa planen för lika villkor och lagen noga.");
    const ska = b.text.indexOf("ska");
    expect(src.slice(b.map[ska], b.map[ska] + 3)).toBe("ska");
    const lika = b.text.indexOf("lika");
    expect(sourceOf(doc, b, lika, lika + 4)).toBe("lika");
    const lagen = b.text.indexOf("lagen");
    expect(src[b.map[lagen]]).toBe("l");
    expect(src[b.map[lagen] - 1]).toBe("`");
    expect(b.map[b.text.length]).toBe(src.length);
    expect(checkDocumentMaps(doc)).toEqual([]);
  });

  it("maps escapes and entities to the start of their source", () => {
    const src = "A \\*star\\* &amp; caf&eacute; &#228;r h&#xE4;r.";
    const doc = parseMarkdown(src);
    const b = doc.blocks[0];
    expect(b.text).toBe("A *star* & café är här.");
    expect(src.slice(b.map[2], b.map[2] + 2)).toBe("\\*");
    expect(src.slice(b.map[b.text.indexOf("&")])).toMatch(/^&amp;/);
    expect(src.slice(b.map[b.text.indexOf("é")])).toMatch(/^&eacute;/);
    expect(src.slice(b.map[b.text.indexOf("är")])).toMatch(/^&#228;/);
    expect(src[b.map[b.text.indexOf("här")]]).toBe("h");
    expect(src.slice(b.map[b.text.indexOf("här") + 1])).toMatch(/^&#xE4;/);
    expect(checkDocumentMaps(doc, { allowReferences: true })).toEqual([]);
  });

  it("drops footnote references, image alt text and HTML, and joins soft breaks with a space", () => {
    const src = "Planen[^1] gäller ![logotyp](logo.png) alla <span>invånare</span>\noch besökare.\n\n[^1]: En fotnot.\n";
    const doc = parseMarkdown(src);
    expect(doc.blocks.map((b) => b.text)).toEqual(["Planen gäller alla invånare och besökare."]);
    const b = doc.blocks[0];
    const space = b.text.indexOf(" och");
    expect(src[b.map[space]]).toBe("\n");
    expect(checkDocumentMaps(doc)).toEqual([]);
  });

  it("treats a hard break like a soft one", () => {
    const doc = parseMarkdown("Rad ett  \nrad två\\\nrad tre");
    expect(doc.blocks[0].text).toBe("Rad ett rad två rad tre");
  });

  it("does not make blocks of code or HTML", () => {
    const doc = parseMarkdown("Text.\n\n```\nkod ska inte synas\n```\n\n    indenterad kod\n\n<div>\nhtml\n</div>\n\nSlut.");
    expect(doc.blocks.map((b) => b.text)).toEqual(["Text.", "Slut."]);
  });
});

describe("parseMarkdown: CRLF and BOM", () => {
  const lf = [
    "---",
    "lang: sv",
    "---",
    "# Rubrik med **fet** text",
    "",
    "Första stycket bryts",
    "över två rader med [länk](u).",
    "",
    "- punkt ett",
    "  - inre punkt",
    "",
    "> Citat som",
    "> fortsätter.",
    "",
    "| A | B |",
    "|---|---|",
    "| cell ett | cell två |",
    "",
  ].join("\n");
  const crlf = lf.replace(/\n/g, "\r\n");

  it("gives the same line and column for every block character in CRLF and LF files", () => {
    const a = parseMarkdown(lf);
    const b = parseMarkdown(crlf);
    expect(b.blocks.map((x) => x.text)).toEqual(a.blocks.map((x) => x.text));
    expect(b.source).toBe(crlf); // CRLF is kept
    for (let k = 0; k < a.blocks.length; k++) {
      const ma = a.blocks[k].map;
      const mb = b.blocks[k].map;
      for (let i = 0; i < ma.length; i++) expect(lineColumn(crlf, mb[i])).toEqual(lineColumn(lf, ma[i]));
    }
    expect(checkDocumentMaps(b)).toEqual([]);
  });

  it("removes a BOM and counts positions without it", () => {
    const withBom = parseMarkdown("\ufeff" + lf);
    const without = parseMarkdown(lf);
    expect(withBom.source).toBe(lf);
    expect(withBom.blocks.map((b) => Array.from(b.map))).toEqual(without.blocks.map((b) => Array.from(b.map)));
    expect(withBom.language).toBe("sv");
    expect(withBom.languageSource).toBe("front-matter");
  });
});

describe("parseMarkdown: structure", () => {
  it("makes a block of every table cell with its place", () => {
    const src = "| Åtgärd | Ansvar |\n|---|---|\n| Dialog **ska** föras | Nämnden |\n| Uppföljning | \\| KS |\n";
    const doc = parseMarkdown(src);
    const cells = doc.blocks.filter((b) => b.kind === "table-cell");
    expect(cells.map((c) => [c.text, c.table])).toEqual([
      ["Åtgärd", { table: 0, row: 0, column: 0, header: true }],
      ["Ansvar", { table: 0, row: 0, column: 1, header: true }],
      ["Dialog ska föras", { table: 0, row: 1, column: 0, header: false }],
      ["Nämnden", { table: 0, row: 1, column: 1, header: false }],
      ["Uppföljning", { table: 0, row: 2, column: 0, header: false }],
      ["| KS", { table: 0, row: 2, column: 1, header: false }],
    ]);
    const c = cells[2];
    expect(sourceOf(doc, c, 7, 10)).toBe("ska");
    expect(checkDocumentMaps(doc)).toEqual([]);
  });

  it("numbers tables in document order", () => {
    const doc = parseMarkdown("| a |\n|---|\n| b |\n\nText\n\n| c |\n|---|\n| d |\n");
    expect(doc.blocks.filter((b) => b.table).map((b) => b.table!.table)).toEqual([0, 0, 1, 1]);
  });

  it("gives list items their own text and nesting depth", () => {
    const src = "- Första punkten\n  fortsätter\n  - inre punkt\n    1. djupast\n- Andra punkten\n\n  med ett andra stycke\n";
    const doc = parseMarkdown(src);
    expect(doc.blocks.map((b) => [b.kind, b.depth, b.text])).toEqual([
      ["list-item", 1, "Första punkten fortsätter"],
      ["list-item", 2, "inre punkt"],
      ["list-item", 3, "djupast"],
      ["list-item", 1, "Andra punkten"],
      ["list-item", 1, "med ett andra stycke"],
    ]);
    expect(checkDocumentMaps(doc)).toEqual([]);
  });

  it("marks block quotes as quoted, including lists and headings inside them", () => {
    const src = "Före.\n\n> Citerad text\n> på två rader.\n>\n> - citerad punkt\n>\n> ## Citerad rubrik\n\nEfter.";
    const doc = parseMarkdown(src);
    expect(doc.blocks.map((b) => [b.kind, b.quoted, b.text])).toEqual([
      ["paragraph", false, "Före."],
      ["quote", true, "Citerad text på två rader."],
      ["list-item", true, "citerad punkt"],
      ["heading", true, "Citerad rubrik"],
      ["paragraph", false, "Efter."],
    ]);
    const q = doc.blocks[1];
    expect(sourceOf(doc, q, q.text.indexOf("på"), q.text.indexOf("på") + 2)).toBe("på");
    // A quoted heading does not open a section.
    expect(doc.sections).toHaveLength(1);
  });

  it("builds the section tree from heading depths, with a root section before the first heading", () => {
    const src = "Inledande text.\n\n# Plan\n\nText.\n\n## Mål\n\nMåltext.\n\n### Delmål\n\n## Uppföljning\n\nSista.\n";
    const doc = parseMarkdown(src);
    expect(doc.sections.map((s) => [s.title, s.depth, s.parent, s.firstBlock, s.lastBlock])).toEqual([
      ["", 0, null, 0, 7],
      ["Plan", 1, 0, 1, 7],
      ["Mål", 2, 1, 3, 5],
      ["Delmål", 3, 2, 5, 5],
      ["Uppföljning", 2, 1, 6, 7],
    ]);
    expect(doc.blocks.map((b) => b.section)).toEqual([0, 1, 1, 2, 2, 3, 4, 4]);
    expect(doc.title).toBe(1);
  });

  it("takes the first block as title when there is no heading, and null for an empty document", () => {
    expect(parseMarkdown("Bara text.\n\nMer text.").title).toBe(0);
    const empty = parseMarkdown("");
    expect(empty.title).toBeNull();
    expect(empty.blocks).toEqual([]);
    expect(empty.sections).toHaveLength(1);
  });

  it("recognises a table of contents under a Markdown heading", () => {
    const src = "# Plan\n\n## Innehåll\n\n- [Inledning](#inledning)\n- [Uppföljning](#uppfoljning)\n\n## Inledning\n\nText.\n";
    const doc = parseMarkdown(src);
    expect(doc.blocks.map((b) => [b.text, b.role])).toEqual([
      ["Plan", "body"],
      ["Innehåll", "toc"],
      ["Inledning", "toc"],
      ["Uppföljning", "toc"],
      ["Inledning", "body"],
      ["Text.", "body"],
    ]);
  });
});

describe("parseMarkdown: front matter and language", () => {
  it("keeps front matter out of the body and passes mrlint: on as inline config", () => {
    const src = "---\ntitle: Plan\nmrlint:\n  language: en\n  rules:\n    mr/readability: off\n---\n\nThe council will act.\n";
    const doc = parseMarkdown(src);
    expect(doc.blocks.map((b) => b.text)).toEqual(["The council will act."]);
    expect(doc.inlineConfig).toEqual({ language: "en", rules: { "mr/readability": "off" } });
    expect(doc.language).toBe("en");
    expect(doc.languageSource).toBe("front-matter");
    expect(doc.notes).toEqual([]);
  });

  it("ignores invalid YAML front matter with a note instead of throwing", () => {
    const src = "---\ntitle: [oavslutad\nmrlint: {rules: \n---\n\nKommunen ska följa upp planen.\n";
    const doc = parseMarkdown(src);
    expect(doc.inlineConfig).toBeUndefined();
    expect(doc.blocks.map((b) => b.text)).toEqual(["Kommunen ska följa upp planen."]);
    expect(doc.notes).toHaveLength(1);
    expect(doc.notes[0]).toMatch(/^Front matter .* inte giltig YAML/);
    const en = parseMarkdown(src, { locale: "en" });
    expect(en.notes[0]).toMatch(/not valid YAML.*line \d+/);
  });

  it("notes front matter that is not a mapping", () => {
    const doc = parseMarkdown("---\n- a\n- b\n---\n\nText.", { locale: "en" });
    expect(doc.notes).toEqual(["The front matter (YAML between ---) is not a mapping of keys to values and was ignored."]);
  });

  it("prefers the configured language, then front matter, then detection", () => {
    const fm = "---\nlang: en-GB\n---\n\nKommunen ska och de har inte för att det är.\n";
    expect([parseMarkdown(fm, { language: "sv" }).language, parseMarkdown(fm, { language: "sv" }).languageSource]).toEqual([
      "sv",
      "configured",
    ]);
    expect(parseMarkdown(fm).languageSource).toBe("front-matter");
    expect(parseMarkdown(fm, { language: "auto" }).language).toBe("en");
    const detected = parseMarkdown("The council will consult residents and publish the results of the review.");
    expect([detected.language, detected.languageSource]).toEqual(["en", "detected"]);
    const sv = parseMarkdown("Kommunen ska samråda med invånarna och redovisa resultatet av översynen.");
    expect([sv.language, sv.languageSource]).toEqual(["sv", "detected"]);
    expect(parseMarkdown("1234 — 5678").languageSource).toBe("default");
  });
});

describe("parseMarkdown: hyphenation and PDF-extracted text", () => {
  it("joins a word hyphenated across a line break and skips the hyphen in the map", () => {
    const src = "Planen ska ge upp-\nföljning av jämställdhets-\noch jämlikhetsanalys samt LSS-\ninsatser.";
    const doc = parseMarkdown(src);
    const b = doc.blocks[0];
    expect(b.text).toBe("Planen ska ge uppföljning av jämställdhets- och jämlikhetsanalys samt LSS-insatser.");
    const i = b.text.indexOf("uppföljning");
    expect(src[b.map[i + 3]]).toBe("f");
    expect(b.map[i + 3]).toBe(b.map[i + 2] + 3); // "p", then "-\n" skipped
    expect(checkDocumentMaps(doc)).toEqual([]);
  });

  it("handles a heading-less Markdown file from a PDF like plain text: headings, TOC, running headers", () => {
    const src = [
      "Solviks kommun | Riktlinje for fritidsgardar                         2023-03-08",
      "",
      "RIKTLINJE FOR FRITIDSGARDAR",
      "",
      "INNEHALL",
      "",
      "1 Inledning ............................................. 2",
      "2 Uppfoljning ........................................... 3",
      "",
      "Solviks kommun | Riktlinje for fritidsgardar                         2023-03-08",
      "",
      "1 INLEDNING",
      "",
      "Gardarna ska hallas oppna. En god dialog ska efter-",
      "",
      "Solviks kommun | Riktlinje for fritidsgardar                         2023-03-08",
      "",
      "stravas med foreningslivet.",
      "",
      "2 UPPFOLJNING",
      "",
      "Planen foljs upp arligen.",
    ].join("\n");
    const doc = parseMarkdown(src);
    expect(doc.blocks.map((b) => [b.kind, b.role, b.text.replace(/ \.+ /, " … ")])).toEqual([
      ["paragraph", "furniture", "Solviks kommun | Riktlinje for fritidsgardar 2023-03-08"],
      ["heading", "body", "RIKTLINJE FOR FRITIDSGARDAR"],
      ["heading", "toc", "INNEHALL"],
      ["paragraph", "toc", "1 Inledning … 2"],
      ["paragraph", "toc", "2 Uppfoljning … 3"],
      ["paragraph", "furniture", "Solviks kommun | Riktlinje for fritidsgardar 2023-03-08"],
      ["heading", "body", "1 INLEDNING"],
      ["paragraph", "body", "Gardarna ska hallas oppna. En god dialog ska efterstravas med foreningslivet."],
      ["paragraph", "furniture", "Solviks kommun | Riktlinje for fritidsgardar 2023-03-08"],
      ["heading", "body", "2 UPPFOLJNING"],
      ["paragraph", "body", "Planen foljs upp arligen."],
    ]);
    expect(doc.title).toBe(1);
    expect(checkDocumentMaps(doc)).toEqual([]);
  });

  it("does not guess headings from plain lines when the file has Markdown headings", () => {
    const doc = parseMarkdown("# Plan\n\nINLEDNING\n\nText här.\n");
    expect(doc.blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "paragraph"]);
  });
});
