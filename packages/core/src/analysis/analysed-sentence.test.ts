/** The sentences analyse makes keep their public shape, and what they keep for the engine belongs to their text. */
import { describe, expect, it } from "vitest";
import { AnalysedSentence } from "./analysed-sentence.js";
import { analyse } from "./analyse.js";
import { lix, lixCounts } from "./lix.js";
import { testDocument } from "./test-document.js";
import { keysForTokens } from "./token-keys.js";
import { keysOfSentence } from "./token-keys.js";

const texts = ["Nämnden ska följa upp arbetet varje år och redovisa resultatet för kommunfullmäktige.", "Barn- och utbildningsnämnden ansvarar. Kort."];

describe("AnalysedSentence", () => {
  it("looks like a plain sentence from outside (fields, JSON, equality)", () => {
    const [sentence] = analyse(testDocument(texts, "sv")).sentences;
    const plain = { ...sentence };
    expect(Object.keys(sentence)).toEqual(["index", "block", "start", "end", "text", "tokens", "marks", "strictDiacritics"]);
    expect(JSON.parse(JSON.stringify(sentence))).toEqual(JSON.parse(JSON.stringify(plain)));
    expect(sentence).toEqual(plain);
  });

  it("keeps the keys and LIX counts of its own tokens", () => {
    const sentences = analyse(testDocument(texts, "sv")).sentences;
    for (const sentence of sentences) {
      expect([...keysOfSentence(sentence).keys]).toEqual([...keysForTokens(sentence.tokens).keys]);
    }
    const copies = sentences.map((s) => ({ tokens: [...s.tokens] }));
    expect(lixCounts(sentences)).toEqual(lixCounts(copies));
    expect(lix(sentences)).toBe(lix(copies));
    // Counts kept for the tokens analyse made are not used for other tokens.
    const changed = { ...sentences[0], tokens: sentences[0].tokens.slice(0, 3) };
    expect(AnalysedSentence.countsOf(changed)).toBeUndefined();
  });

  it("keeps text results for later analyses of the same text, per language and strictness", () => {
    const key = {};
    const [first] = analyse(testDocument(texts, "sv")).sentences;
    AnalysedSentence.keepTextMemo(first, key, "sv", "found");
    const [again] = analyse(testDocument(texts, "sv")).sentences;
    expect(again.tokens).toBe(first.tokens);
    expect(AnalysedSentence.textMemo(again, key, "sv")).toBe("found");
    expect(AnalysedSentence.textMemo(again, key, "en")).toBeUndefined();
    expect(AnalysedSentence.textMemo(again, {}, "sv")).toBeUndefined();
    again.strictDiacritics = !again.strictDiacritics;
    expect(AnalysedSentence.textMemo(again, key, "sv")).toBeUndefined();
    // Sentences that analyse did not make keep nothing.
    const plain = { ...first };
    AnalysedSentence.keepTextMemo(plain, key, "sv", "x");
    expect(AnalysedSentence.textMemo(plain, key, "sv")).toBeUndefined();
  });
});
