import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse } from "../analysis/analyse.js";
import { testDocument } from "../analysis/test-document.js";
import type { Language } from "../model/document.js";
import { findHedges } from "./hedges.js";
import { findHiddenActor } from "./hidden-actor.js";
import { isObligationOrGoal } from "./obligation.js";

/** Words that exercise every branch: modals, passives, agents, hedges, punctuation, OCR forms. */
const WORDS = [
  "ska", "bör", "måste", "skall", "kan", "får", "ha", "bli", "vara", "kunna", "av", "genom", "hänsyn", "till", "i", "den",
  "mån", "det", "är", "möjligt", "om", "vid", "behov", "så", "långt", "som", "att", "och", "men", "inte", "planen",
  "följas", "upp", "beaktas", "ses", "över", "ges", "nämnden", "kommunens", "socialnämnden", "genomförts", "genomförd",
  "finnas", "träffas", "vi", "ni", "f6ljas", "m6jligaste", "sträva", "efter", "verka", "för", "kan", "komma",
  "will", "be", "shall", "must", "should", "is", "to", "by", "the", "Council", "end", "of", "2027", "reviewed",
  "rebuilt", "where", "possible", "seek", "residents", "who", "we", "and", "that", "March", ",", ".", ";", ":", "(",
  ")", "–", "”", "\"", "'", "-", "§", "12",
  // law citations, parentheticals, agent nouns and genitives
  "enligt", "lagen", "skollagen", "anger", "framgår", "Under", "Act", "requires", "states", "hen", "bor", "utvecklare",
  "skolans", "upphandling", "har", "sedan", "verkat", "Head", "Housing", "company",
];

const sentenceText = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }).map((words) => words.join(" "));

function check(text: string, language: Language): void {
  const analysis = analyse(testDocument([text], language));
  for (const sentence of analysis.sentences) {
    const finding = findHiddenActor(sentence, language);
    if (finding) {
      expect(finding.modal).toBeLessThan(finding.verb);
      expect(finding.start).toBeLessThan(finding.end);
      expect(finding.start).toBeGreaterThanOrEqual(sentence.start);
      expect(finding.end).toBeLessThanOrEqual(sentence.end);
    }
    for (const hedge of findHedges(sentence, language)) {
      expect(hedge.start).toBeLessThan(hedge.end);
      expect(hedge.start).toBeGreaterThanOrEqual(sentence.start);
      expect(hedge.end).toBeLessThanOrEqual(sentence.end);
      expect(typeof isObligationOrGoal(sentence, language, hedge)).toBe("boolean");
    }
    expect(typeof isObligationOrGoal(sentence, language)).toBe("boolean");
  }
}

describe("grammar on arbitrary word salad", () => {
  it("never throws and keeps ranges inside the sentence (sv)", () => {
    fc.assert(fc.property(sentenceText, (text) => check(text, "sv")), { numRuns: 300 });
  });
  it("never throws and keeps ranges inside the sentence (en)", () => {
    fc.assert(fc.property(sentenceText, (text) => check(text, "en")), { numRuns: 300 });
  });
  it("handles a run-on sentence of 20,000 words (table dump, OCR noise) without quadratic work", () => {
    // Every backward look is bounded and sentence facts are cached; a cubic version needed minutes here.
    const words = ["Nämnden", "ska", "arbeta", "med", "frågan", "och", "kommunen", "bör", "i", "den", "mån", "det", "är", "möjligt", "verka", "för", "att", "barn", "ska", "höras", "vid", "behov"];
    const text = Array.from({ length: 20_000 }, (_, i) => words[i % words.length]).join(" ");
    check(text, "sv");
  });

  it("handles a run-on sentence full of law citations and hedges without quadratic work", () => {
    const words = ["Enligt", "lagen", "ska", "stödet", "i", "möjligaste", "mån", "ges", "och", "lagen", "anger", "att", "det", "ska", "beaktas", "vid", "behov", ","];
    const text = Array.from({ length: 20_000 }, (_, i) => words[i % words.length]).join(" ");
    check(text, "sv");
  });

  it("handles empty and punctuation-only sentences", () => {
    for (const text of ["", ".", "ska", "will", "av", "by", "”ska”", "– –", "i den mån"]) {
      check(text, "sv");
      check(text, "en");
    }
  });
});
