import { describe, expect, it } from "vitest";
import { keysForTokens } from "./token-keys.js";
import { tokenize, tokenizeKeyed } from "./tokens.js";
import { addWord, findWord, hashRange, wordTableSize, type WordEntry } from "./word-table.js";

const entry = (text: string, fold = text): WordEntry => ({ text, lower: text, fold, kind: "word", key: -1, keyGeneration: -1 });

describe("word table", () => {
  it("finds a word by its characters anywhere in a text, and only that word", () => {
    const word = entry("samverkan");
    addWord(word, hashRange("samverkan", 0, 9));
    const text = "god samverkan, samverkans";
    expect(findWord(text, 4, 13, hashRange(text, 4, 13))).toBe(word);
    expect(findWord(text, 15, 25, hashRange(text, 15, 25))).toBeUndefined();
  });

  it("tells apart words that share a hash", () => {
    const first = entry("uppföljning", "uppfoljning");
    const hash = hashRange("uppföljning", 0, 11);
    addWord(first, hash);
    // Same hash on purpose (a collision): the characters decide.
    const other = entry("uppfoljning");
    addWord(other, hash);
    expect(findWord("uppfoljning", 0, 11, hash)).toBe(other);
    expect(findWord("uppföljning", 0, 11, hash)).toBe(first);
    expect(findWord("uppföljnin", 0, 10, hash)).toBeUndefined();
  });

  it("starts over when full, and the tokenizer still gives the same tokens and keys", () => {
    const text = "Nämnden ska följa upp jämställdhets- och jämlikhetsarbetet, FN:s mål 2030 och R&D-m&nniskor.";
    const before = tokenizeKeyed(text, 3);
    // More distinct words than the table keeps.
    for (let start = 0; start < 70_000; start += 5_000) {
      let words = "";
      for (let k = start; k < start + 5_000; k++) words += `ord${k.toString(36)} `;
      tokenizeKeyed(words, 0);
    }
    expect(wordTableSize()).toBeLessThan(70_000);
    const after = tokenizeKeyed(text, 3);
    expect(after.tokens).toEqual(before.tokens);
    expect(after.tokens).toEqual(tokenize(text, 3));
    expect([...after.keys]).toEqual([...keysForTokens(after.tokens).keys]);
  });

  it("gives each token of a keyed sentence the key keysForTokens computes", () => {
    const texts = [
      "Barn- och utbildningsnämnden ansvarar för barns rätt enligt artikel 12.",
      "The Council's co-design panel will not meet in 2025/26; see S:t Eriks plan.",
      "Uppföljning, uppfoljning och uppf6ljning … sker årligen §3 😀 \u00adx",
    ];
    for (const text of texts) {
      const keyed = tokenizeKeyed(text, 0);
      expect(keyed.keys.length).toBe(keyed.tokens.length);
      expect([...keyed.keys]).toEqual([...keysForTokens(keyed.tokens).keys]);
    }
  });

  it("keys a sentence longer than the tokenizer's scratch space, and short ones after it", () => {
    const long = "ska barnets bästa beaktas, ".repeat(4_000);
    expect(long.length).toBeGreaterThan(1 << 16);
    for (const text of [long, "Nämnden ska.", long.slice(0, 70_000)]) {
      const keyed = tokenizeKeyed(text, 0);
      expect(keyed.tokens).toEqual(tokenize(text));
      expect([...keyed.keys]).toEqual([...keysForTokens(keyed.tokens).keys]);
    }
  });
});
