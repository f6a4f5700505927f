/**
 * `languageScores` scans words without making tokens (a trie for plain
 * ASCII words, the tokenizer's word table for the rest). It must score
 * exactly as counting over `tokenize` does: same word boundaries, same
 * folds, same +0.5 for å/ä/ö, same cut of long texts. The token-based
 * scorer it replaced is kept here as the reference.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FUNCTION_WORDS, languageScores } from "./language.js";
import { corpusTexts, piecedTexts } from "../test-support/texts.js";
import { tokenize } from "./tokens.js";

function referenceScores(text: string): { sv: number; en: number } {
  const sample = text.length > 32_000 ? text.slice(0, 32_000) : text;
  let sv = 0;
  let en = 0;
  for (const token of tokenize(sample)) {
    if (token.kind !== "word") continue;
    if (FUNCTION_WORDS.sv.has(token.fold)) sv++;
    else if (FUNCTION_WORDS.en.has(token.fold)) en++;
    if (/[åäöÅÄÖ]/.test(token.text)) sv += 0.5;
  }
  return { sv, en };
}


/** Function words in the spellings the scanner must fold (capitals, OCR, lost and decomposed diacritics) and traps around them. */
const pieces = [
  "och", "Och", "OCH", "för", "for", "FÖR", "på", "pa", "PÅ", "pa\u030a", "fo\u0308r", "är", "ar", "&r", "f6r", "p&", "också", "ocksa", "ocks\u00e5",
  "nägon", "nagon", "the", "The", "THE", "shall", "council", "Council's", "don't", "the-", "and-", "och-", "of:", "FN:s", "S:t", "2018:1197",
  "1.5", "co-design", "o\u00adch", "th\u200be", "Malmö", "Göteborg", "idé", "sérskild", "m&nniskor", "R&D", "6", "&", "-", "\u2010", "\u2019",
  "'", ":", ".", "...", ",", "/", " ", "  ", "\n", "\t", "\u00a0", "§", "😀", "\u{1D400}", "\ud800", "ß", "İ", "ﬁ", "x", "Q",
];


describe("languageScores", () => {
  it("scores the fixtures and the dev corpus as counting over tokens does (whole, and cut at odd places)", () => {
    const texts = corpusTexts();
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) {
      expect(languageScores(text)).toEqual(referenceScores(text));
      expect(languageScores(text.slice(3, 20_000))).toEqual(referenceScores(text.slice(3, 20_000)));
    }
  });

  it("cuts a long text where the token-based scorer did, even inside a word", () => {
    const words = ["och", "the", "också", "f6r", "council", "att"];
    for (let shift = 0; shift < 8; shift++) {
      let text = "x".repeat(shift);
      for (let k = 0; text.length < 40_000; k++) text += `${words[k % words.length]} `;
      expect(languageScores(text)).toEqual(referenceScores(text));
    }
  });

  it("scores random text built from function words and the characters that change boundaries or folds", () => {
    for (const text of piecedTexts(pieces, 20_000, 30, 7)) expect(languageScores(text)).toEqual(referenceScores(text));
  });

  it("scores arbitrary strings as the reference does (fast-check)", () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 }), fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 40 }).map((a) => a.join(" "));
    fc.assert(
      fc.property(text, (s) => {
        expect(languageScores(s)).toEqual(referenceScores(s));
      }),
      { numRuns: 2000 },
    );
  });
});
