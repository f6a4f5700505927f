import { describe, expect, it } from "vitest";
import { analyse } from "./analyse.js";
import { compileLexicon } from "./lexicon.js";
import { testDocument } from "./test-document.js";
import { keyFold, keyLower, keysForTokens, sentenceKeys } from "./token-keys.js";
import { tokenize, tokenizeKeyed } from "./tokens.js";

describe("token keys", () => {
  it("gives equal words one key and punctuation none", () => {
    const tokens = tokenize("Dialog, dialog och jämställdhets- och jämlikhetsanalys.");
    const { keys } = sentenceKeys(tokens);
    expect(keys[0] >> 1).toBe(keys[2] >> 1);
    expect(keys[1]).toBe(-1);
    expect(keyLower(keys[0] >> 1)).toBe("dialog");
    const suspended = tokens.findIndex((t) => t.text === "jämställdhets-");
    expect(keys[suspended] & 1).toBe(1);
    expect(keyLower(keys[suspended] >> 1)).toBe("jämställdhets");
    expect(keyFold(keys[suspended] >> 1)).toBe("jamstalldhets");
  });

  it("keeps lexicon matches right when the key table starts over", () => {
    const lexicon = compileLexicon(["medborgardialog"], "sv");
    const before = analyse(testDocument(["Nämnden för medborgardialogen med de boende."], "sv"));
    expect(lexicon.match(before.sentences[0]).map((m) => m.kind)).toEqual(["inflected"]);
    // More distinct words than the table keeps: it starts over under a new generation.
    const flood = Array.from({ length: 101_000 }, (_, i) => `ord${i.toString(36)}`).join(" ");
    const first = sentenceKeys(tokenize("medborgardialog")).generation;
    expect(sentenceKeys(tokenize(flood)).generation).toBeGreaterThan(first);
    // Sentences and lexicons keyed under the old generation recompute their keys.
    expect(lexicon.match(before.sentences[0]).map((m) => m.kind)).toEqual(["inflected"]);
    const after = analyse(testDocument(["Medborgardialog och samråd."], "sv"));
    expect(lexicon.match(after.sentences[0]).map((m) => m.kind)).toEqual(["exact"]);
  });

  it("keys tokens while tokenizing exactly as keysForTokens keys tokenize's tokens", () => {
    const texts = [
      "Jämställdhets- och jämlikhetsanalys, FN:s konvention & R&D, m&nniskor i f6rskolan; 2018:1197 … “citat” – slut.",
      "The Council's plan (2024/25) — residents' rights & 50 % of all users; e.g. co-design.",
      "& ensam, åå, ÅÄÖ, idé, naïve, 𝔘nicode 😀 och mer-",
    ];
    for (const text of texts) {
      const keyed = tokenizeKeyed(text, 3);
      expect(keyed.tokens).toEqual(tokenize(text, 3));
      expect([...keyed.keys]).toEqual([...keysForTokens(tokenize(text, 3)).keys]);
    }
  });
});
