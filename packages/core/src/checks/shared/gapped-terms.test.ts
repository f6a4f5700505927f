import { describe, expect, it } from "vitest";
import { analyse } from "../../analysis/analyse.js";
import { testDocument } from "../../analysis/test-document.js";
import { LocalizedLexicon } from "./term-list.js";

function matches(text: string, terms: Parameters<typeof LocalizedLexicon.fromList>[0], language: "sv" | "en" = "sv"): string[] {
  const analysis = analyse(testDocument([text], language));
  const lexicon = LocalizedLexicon.fromList(terms);
  return analysis.sentences.flatMap((s) => lexicon.match(s, language).map((m) => text.slice(m.start, m.end)));
}

describe("gapped multi-word terms (`gap`)", () => {
  it("lets words stand between the parts, up to the gap", () => {
    const terms = { sv: [{ term: "står mot", gap: 4 }] };
    expect(matches("Rätten till heltid står i vissa verksamheter mot behovet av bemanning.", terms)).toEqual(["står i vissa verksamheter mot"]);
    expect(matches("Intressena står mot varandra.", terms)).toEqual(["står mot"]);
    // Five words between: too far apart.
    expect(matches("Kommunen står inför stora behov av åtgärder mot översvämning.", terms)).toEqual([]);
  });

  it("keeps inflection of the parts and ignores punctuation between them", () => {
    expect(matches("Planen väljer, efter samråd, att låta behoven styra.", { sv: [{ term: "väljer att", gap: 2 }] })).toEqual(["väljer, efter samråd, att"]);
    expect(matches("The City weighs heritage conservation against equal access.", { en: [{ term: "weighs against", gap: 4 }] }, "en")).toEqual([
      "weighs heritage conservation against",
    ]);
  });

  it("does not find the first word inside a compound unless the entry allows it", () => {
    // "förstår" ends in "står", but a gapped term's first word is matched as a word of its own.
    expect(matches("Personalen förstår arbetet mot kränkningar.", { sv: [{ term: "står mot", gap: 3 }] })).toEqual([]);
  });

  it("finds the words in order only", () => {
    expect(matches("Mot bakgrund av detta står kommunen fast.", { sv: [{ term: "står mot", gap: 4 }] })).toEqual([]);
  });

  it("leaves terms without a gap to the contiguous lexicon", () => {
    expect(matches("Intressena står i vissa fall mot varandra.", { sv: ["står mot"] })).toEqual([]);
  });
});
