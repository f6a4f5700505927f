/**
 * The lexicon's shortcuts (multi-word terms tried only when the next token
 * can start their second word; no sort when the matches come in span order)
 * must not change what it finds: compared with the plain scan (every hit at
 * every token, always sorted) over the built-in pack's term lists, merged
 * into one lexicon per language as the pool merges them, on the sentences
 * of the fixtures and the dev corpus.
 */
import { describe, expect, it } from "vitest";
import { toLexiconEntry } from "../checks/shared/term-list.js";
import { packTermLists } from "../engine/testing/pack-term-lists.js";
import { plainDocument } from "../engine/testing/plain-document.js";
import type { Language } from "../model/document.js";
import { analyse } from "./analyse.js";
import { detectLanguage } from "./language.js";
import { compileLexicon, type LexiconEntry } from "./lexicon.js";
import { corpusTexts } from "../test-support/texts.js";
import { testDocument } from "./test-document.js";


describe("lexicon shortcuts", () => {
  it("find what the plain scan finds, in the same order, for the whole built-in pack", () => {
    const entries: Record<Language, LexiconEntry[]> = { sv: [], en: [] };
    for (const list of packTermLists()) {
      for (const language of ["sv", "en"] as const) {
        // Gapped terms are matched word by word: their words go in as terms of their own.
        for (const term of list[language] ?? []) {
          const entry = toLexiconEntry(term);
          if (typeof term !== "string" && term.gap) for (const word of entry.term.split(" ")) entries[language].push({ ...entry, term: word });
          else entries[language].push(entry);
        }
      }
    }
    const fast = { sv: compileLexicon(entries.sv, "sv"), en: compileLexicon(entries.en, "en") };
    const plain = { sv: compileLexicon(entries.sv, "sv", { plainScan: true }), en: compileLexicon(entries.en, "en", { plainScan: true }) };
    let found = 0;
    let sentences = 0;
    for (const text of corpusTexts()) {
      const language = detectLanguage(text);
      for (const sentence of analyse(plainDocument(text, language)).sentences) {
        sentences++;
        const expected = plain[language].match(sentence);
        found += expected.length;
        const actual = fast[language].match(sentence);
        expect(actual.length).toBe(expected.length);
        actual.forEach((m, i) => {
          expect(m).toEqual(expected[i]);
          expect(m.entry).toBe(expected[i].entry);
        });
      }
    }
    expect(sentences).toBeGreaterThan(500);
    expect(found).toBeGreaterThan(5000);
  });

  it("try a multi-word term only where the next token can start its second word, inflected or not", () => {
    const entries = ["i samråd med", "i dialog", "i dialog med", "barnets bästa", "ett kommunalt råd"];
    const lexicon = compileLexicon(entries, "sv");
    const plain = compileLexicon(entries, "sv", { plainScan: true });
    const [sentence] = analyse(testDocument(["I samråd med föreningarna och i dialogen med barnets bästa sker ett kommunalt rådslag i dialog."], "sv")).sentences;
    const found = lexicon.match(sentence);
    expect(found).toEqual(plain.match(sentence));
    expect(found.map((m) => m.entry.term)).toEqual(["i samråd med", "i dialog", "i dialog med", "barnets bästa", "i dialog"]);
  });
});
