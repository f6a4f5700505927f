import { describe, expect, it } from "vitest";
import { analyse, keepsDiacritics } from "./analyse.js";
import { compileLexicon } from "./lexicon.js";
import { negatedNear } from "./negation.js";
import { testDocument, testTable } from "./test-document.js";

describe("analyse", () => {
  it("splits body blocks into sentences with tokens and marks", () => {
    const doc = testDocument(["# Uppföljning", "Nämnden ska följa upp planen. Ingen dialog har förts.", "Beskrivs senare."]);
    const analysis = analyse(doc);
    expect(analysis.sentences.map((s) => s.text)).toEqual(["Uppföljning", "Nämnden ska följa upp planen.", "Ingen dialog har förts.", "Beskrivs senare."]);
    expect(analysis.blockSentences).toEqual([[0], [1, 2], [3]]);
    const [, obligation, negated, placeholder] = analysis.sentences;
    expect(obligation.marks.modals.map((i) => obligation.tokens[i].text)).toEqual(["ska"]);
    expect(negated.marks.negations.map((i) => negated.tokens[i].text)).toEqual(["Ingen"]);
    expect(placeholder.marks.placeholder).toBe(true);
    expect(obligation.block).toBe(1);
    expect(obligation.tokens[0].start).toBe(0);
    expect(negated.start).toBe(30);
    expect(negated.tokens[0].start).toBe(30);
  });

  it("gives no sentences to metadata, references and other non-body blocks", () => {
    const doc = testDocument([
      "# Plan",
      "Fastställd av kommunfullmäktige 2024-01-01",
      "## Inledning",
      "Planen gäller alla.",
      "## Referenser",
      "Barnkonventionen",
      { text: "Sidan 3", role: "furniture" },
    ]);
    const analysis = analyse(doc);
    expect(analysis.blockSentences).toEqual([[0], [], [1], [2], [], [], []]);
    expect(doc.blocks.map((b) => b.role)).toEqual(["body", "metadata", "body", "body", "references", "references", "furniture"]);
  });

  it("makes each table cell its own sentence", () => {
    const doc = testDocument(["# Åtgärder", "Planen innehåller åtgärder för hela kommunen och följs upp av nämnden.", ...testTable(0, [["Åtgärd", "Ansvar"], ["Dialog med brukare", "Socialnämnden"]])]);
    const analysis = analyse(doc);
    expect(analysis.sentences.map((s) => s.text)).toEqual(["Åtgärder", "Planen innehåller åtgärder för hela kommunen och följs upp av nämnden.", "Åtgärd", "Ansvar", "Dialog med brukare", "Socialnämnden"]);
  });

  it("records quoted ranges per sentence", () => {
    const doc = testDocument(["Programmet ”Trygg och säker” gäller. Det är bra."]);
    const analysis = analyse(doc);
    const [first, second] = analysis.sentences;
    expect(first.marks.quotes.map(([s, e]) => doc.blocks[0].text.slice(s, e))).toEqual(["Trygg och säker"]);
    expect(second.marks.quotes).toEqual([]);
  });

  it("maps block offsets to source ranges", () => {
    const doc = testDocument(["# Titel", "Första raden.\nAndra raden med dialog."]);
    const analysis = analyse(doc);
    const text = doc.blocks[1].text;
    const at = text.indexOf("dialog");
    const range = analysis.sourceRange(1, at, at + 6);
    expect(doc.source.slice(range.start.offset, range.end.offset)).toBe("dialog");
    expect(range.start.line).toBe(3);
    expect(range.start.column).toBe(text.indexOf("dialog") - text.indexOf("Andra"));
    expect(range.end.column - range.start.column).toBe(6);
  });

  it("ends a source range after the last character even when markup follows", () => {
    // Source "**ska** följas": block text "ska följas" with a map that skips the asterisks.
    const doc = testDocument(["ska följas"]);
    doc.source = "**ska** följas";
    const map = [2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 14];
    doc.blocks[0].map = Int32Array.from(map);
    const analysis = analyse(doc);
    const range = analysis.sourceRange(0, 0, 3);
    expect(doc.source.slice(range.start.offset, range.end.offset)).toBe("ska");
    const whole = analysis.sourceRange(0, 0, 10);
    expect(doc.source.slice(whole.start.offset, whole.end.offset)).toBe("ska** följas");
  });

  it("clamps out-of-range offsets instead of failing", () => {
    const doc = testDocument(["Kort."]);
    const analysis = analyse(doc);
    const r = analysis.sourceRange(0, -5, 99);
    expect([r.start.offset, r.end.offset]).toEqual([0, 5]);
    const missing = analysis.sourceRange(42, 0, 1);
    expect(missing.start.offset).toBe(0);
  });

  it("handles an empty document", () => {
    const analysis = analyse(testDocument([]));
    expect(analysis.sentences).toEqual([]);
    expect(analysis.blockSentences).toEqual([]);
  });

  it("reads text that keeps its diacritics strictly and text that lost them leniently", () => {
    const clean = analyse(testDocument(["Kommunen ger stöd till föreningar. Han stod där. Rådet möts i mars."]));
    expect(clean.sentences.every((s) => s.strictDiacritics === true)).toBe(true);
    const lost = analyse(testDocument(["Kommunen ger stod till foreningar och radet mots i mars. Uppfoljning sker arligen."]));
    expect(lost.sentences.every((s) => s.strictDiacritics === false)).toBe(true);
    const lexicon = compileLexicon(["stöd"], "sv");
    expect(clean.sentences.flatMap((s) => lexicon.match(s)).map((m) => m.start)).toEqual([13]);
    expect(lost.sentences.flatMap((s) => lexicon.match(s))).toHaveLength(1);
  });

  it("reads OCR text leniently", () => {
    const words = "Riktlinjen géller personer som tillh6r personkretsen och har beviljats bostad med sérskild service f6r vuxna enligt lagen om stöd och service.";
    const analysis = analyse(testDocument([words]));
    expect(analysis.sentences[0].strictDiacritics).toBe(false);
  });

  it("keepsDiacritics does not count loan words with é as OCR", () => {
    const analysis = analyse(testDocument(["Idéer och entréer ska vara tillgängliga för alla. Kommunen ger stöd till föreningar som har idéer om möten och träffar."]));
    expect(keepsDiacritics(analysis.sentences)).toBe(true);
  });

  it("supports negation checks on analysed sentences", () => {
    const analysis = analyse(testDocument(["Ingen dialog har förts med brukarna."]));
    const s = analysis.sentences[0];
    const dialog = s.tokens.findIndex((t) => t.fold === "dialog");
    expect(negatedNear(s, dialog, dialog + 1)).toBe(true);
  });
});
