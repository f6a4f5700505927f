import { describe, expect, it } from "vitest";
import { analyse } from "../../analysis/analyse.js";
import type { LexiconEntry } from "../../analysis/lexicon.js";
import { testDocument } from "../../analysis/test-document.js";
import { GappedTerm, GappedTerms } from "./gapped-terms.js";

/** GappedTerms (one lexicon for all words, shared words merged) must find exactly what one GappedTerm per term finds. */
function compare(texts: string[], terms: Array<{ entry: LexiconEntry; gap: number }>, language: "sv" | "en") {
  const analysis = analyse(testDocument(texts, language));
  const group = new GappedTerms(terms, language);
  const single = terms.map(({ entry, gap }) => new GappedTerm(entry, gap, language));
  let found = 0;
  for (const sentence of analysis.sentences) {
    const expected = single.flatMap((term) => term.match(sentence));
    found += expected.length;
    expect(group.match(sentence)).toEqual(expected);
  }
  return found;
}

describe("GappedTerms", () => {
  it("matches like one GappedTerm per term, in the terms' order, with shared first words", () => {
    const terms = ["ska inrätta", "ska genomföra", "ska ta fram", "ska följa upp", "bör följa upp", "står mot"].map((term, i) => ({
      entry: { term, inflect: i < 5 ? false : undefined },
      gap: 3,
    }));
    const found = compare(
      [
        "Nämnden ska därför inrätta ett råd och ska även genomföra en enkät.",
        "Förvaltningen ska i samråd ta fram en plan som nämnden ska följa upp och bör följa upp årligen.",
        "Intressena står i vissa fall mot varandra, och ska inte inrätta något.",
        "Ingen av termerna finns här.",
      ],
      terms,
      "sv",
    );
    expect(found).toBeGreaterThanOrEqual(6);
  });

  it("keeps words with different settings apart", () => {
    const terms = [
      { entry: { term: "weighs against", compound: "head" as const }, gap: 4 },
      { entry: { term: "weighs against" }, gap: 1 },
      { entry: { term: "balance against", exclude: ["counterbalance"] }, gap: 2 },
    ];
    const found = compare(["The City weighs heritage conservation against equal access and must balance cost against need."], terms, "en");
    expect(found).toBeGreaterThanOrEqual(2);
  });

  it("finds nothing without the later words", () => {
    const group = new GappedTerms([{ entry: { term: "ska inrätta" }, gap: 2 }], "sv");
    const [sentence] = analyse(testDocument(["Nämnden ska besluta."], "sv")).sentences;
    expect(group.match(sentence)).toEqual([]);
  });
});
