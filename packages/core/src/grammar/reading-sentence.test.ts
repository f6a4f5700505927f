/**
 * The grammar reads a sentence's own tokens inside `readingSentence`, with
 * the sentence's strictness, instead of a copy of every token with a
 * strictness flag. It must find exactly what it finds on flagged tokens, for
 * strict and loose text, over the fixtures and the dev corpus.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../analysis/analyse.js";
import { detectLanguage } from "../analysis/language.js";
import type { Sentence } from "../analysis/types.js";
import { plainDocument } from "../engine/testing/plain-document.js";
import { corpusTexts } from "../test-support/texts.js";
import { findHedges } from "./hedges.js";
import { findHiddenActor } from "./hidden-actor.js";
import { isObligationOrGoal } from "./obligation.js";
import type { GrammarToken } from "./words.js";

function everything(sentence: Sentence, language: "sv" | "en") {
  const hedges = findHedges(sentence, language);
  return { actor: findHiddenActor(sentence, language), hedges, obligations: hedges.map((h) => isObligationOrGoal(sentence, language, h)), goal: isObligationOrGoal(sentence, language) };
}

describe("readingSentence", () => {
  it("finds on a sentence's own tokens what it finds on the flagged copies", () => {
    let sentences = 0;
    let found = 0;
    for (const text of corpusTexts()) {
      const language = detectLanguage(text);
      // Strict and loose reading, each on sentences of their own (the grammar keeps facts per sentence).
      for (const strict of [true, false]) {
        for (const sentence of analyse(plainDocument(text, language)).sentences) {
          sentence.strictDiacritics = strict;
          // The copy's tokens carry their strictness themselves (as the grammar's token views did): a token's own
          // flag wins over the sentence being read, so the copy is read the old way.
          const copy = { ...sentence, tokens: sentence.tokens.map((t): GrammarToken => ({ ...t, strict })) };
          const own = everything(sentence, language);
          expect(own).toEqual(everything(copy, language));
          if (own.actor || own.hedges.length > 0) found++;
          sentences++;
        }
      }
    }
    expect(sentences).toBeGreaterThan(500);
    expect(found).toBeGreaterThan(50);
  });
});
