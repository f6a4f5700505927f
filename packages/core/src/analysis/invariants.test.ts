/**
 * Properties of the analysis on arbitrary input: nothing throws, offsets
 * point at the text they describe, the fold stays aligned with the lower
 * case text, and long pathological input stays fast.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse } from "./analyse.js";
import { foldText, lowerAndFold } from "./fold.js";
import { compileLexicon } from "./lexicon.js";
import { negatedNear } from "./negation.js";
import { splitSentences } from "./sentences.js";
import { testDocument } from "./test-document.js";
import { tokenize } from "./tokens.js";

/** Text built from pieces that exercise the scanners. */
const pieces = fc.constantFrom(
  "Uppföljning", "inte", "ingen", "utan", "t.ex.", "bl.a.", "kap.", "§", "1.", "2018:1197", "FN:s", "jämställdhets-", "och",
  "analys", "m&nniskor", "f6r", "sérskild", "”", "\"", "'", "«", "»", "…", "...", ".", ",", ";", ":", "!", "?", "(", ")", "[", "]",
  "-", "–", " ", "  ", "\n", "\n\n", "\u00ad", "a\u0308", "É", "R&D", "don't", "No.", "no", "not", "Ingen ska", "råd", "bostadsområden",
  "😀", "\ud800", "İ", "6", "&", "ska", "bör", "will", "is to be",
);
const text = fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 }), fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 40 }).map((a) => a.join(""));

const lexicon = compileLexicon(["uppföljning", "råd", { term: "analys", compound: "any" }, "jämställdhetsanalys", "i möjligaste mån", "no one"], "sv");

describe("analysis invariants", () => {
  it("tokens slice back to their text and lie in order", () => {
    fc.assert(
      fc.property(text, (s) => {
        let last = 0;
        for (const t of tokenize(s)) {
          expect(s.slice(t.start, t.end)).toBe(t.text);
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.fold.length).toBe(t.lower.length);
          last = t.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it("sentences are ordered, disjoint, trimmed and inside the text", () => {
    fc.assert(
      fc.property(text, (s) => {
        let last = 0;
        for (const [start, end] of splitSentences(s, "sv")) {
          expect(start).toBeGreaterThanOrEqual(last);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(s.length);
          expect(s.slice(start, end).trim()).toBe(s.slice(start, end));
          last = end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it("fold keeps the length of the lower-case text", () => {
    fc.assert(
      fc.property(text, (s) => {
        const { lower, fold } = lowerAndFold(s);
        expect(fold.length).toBe(lower.length);
        expect(foldText(s)).toBe(fold);
      }),
      { numRuns: 400 },
    );
  });

  it("analyse, lexicon matches and negation checks never throw and stay in range", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), fc.constantFrom<"sv" | "en">("sv", "en"), (blocks, language) => {
        const doc = testDocument(blocks.map((b) => ({ text: b })), language);
        const analysis = analyse(doc);
        for (const sentence of analysis.sentences) {
          const block = doc.blocks[sentence.block].text;
          expect(block.slice(sentence.start, sentence.end)).toBe(sentence.text);
          for (const t of sentence.tokens) expect(block.slice(t.start, t.end)).toBe(t.text);
          for (const m of lexicon.match(sentence)) {
            expect(m.start).toBeGreaterThanOrEqual(sentence.start);
            expect(m.end).toBeLessThanOrEqual(sentence.end);
            expect(typeof negatedNear(sentence, m.tokenStart, m.tokenEnd)).toBe("boolean");
          }
          for (const [qs, qe] of sentence.marks.quotes) {
            expect(qs).toBeGreaterThanOrEqual(sentence.start);
            expect(qe).toBeLessThanOrEqual(sentence.end);
          }
          const range = analysis.sourceRange(sentence.block, sentence.start, sentence.end);
          expect(doc.source.slice(range.start.offset, range.end.offset)).toBe(sentence.text);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("stays fast on pathological input", () => {
    const long = [
      "a" + " ".repeat(50_000) + "b",
      ".".repeat(50_000) + "x",
      "jämställdhets- och " + "a".repeat(50_000),
      "[".repeat(20_000) + "…" + "]".repeat(20_000),
      "inte ".repeat(10_000),
      "\"'".repeat(20_000),
      "Kapitel 1 " + " ".repeat(50_000) + ":",
    ];
    for (const s of long) {
      const doc = testDocument(["# " + s.slice(0, 100_000), s, "Dnr " + s]);
      const started = Date.now();
      const analysis = analyse(doc);
      for (const sentence of analysis.sentences) lexicon.match(sentence);
      // Generous bound: quadratic behaviour on 50,000 characters would take minutes.
      expect(Date.now() - started).toBeLessThan(5_000);
    }
  });
});
