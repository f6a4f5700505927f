/**
 * `keptMentions` is `countingMentions(…).kept` without the result object: the
 * two must agree for every filter, over the built-in pack's term lists on the
 * sentences of the fixtures and the dev corpus (quotes, negations, postponed
 * and placeholder sentences all occur there).
 */
import { describe, expect, it } from "vitest";
import { corpusSentences } from "../../test-support/texts.js";
import { analyse } from "../../analysis/analyse.js";
import { testDocument } from "../../analysis/test-document.js";
import { packTermLists } from "../../engine/testing/pack-term-lists.js";
import { countingMentions, keptMentions, type MentionFilter } from "./sentences.js";
import { LocalizedLexicon } from "./term-list.js";


const FILTERS: MentionFilter[] = [];
for (const negation of [true, false]) {
  for (const negationSpreads of [true, false]) {
    for (const postponed of [true, false]) for (const placeholder of [true, false]) FILTERS.push({ negation, negationSpreads, postponed, placeholder });
  }
}

describe("keptMentions", () => {
  it("keeps what countingMentions keeps, for every filter, over the corpus", () => {
    const sentences = corpusSentences();
    expect(sentences.length).toBeGreaterThan(500);
    const lists = packTermLists().map((list) => LocalizedLexicon.fromList(list));
    let kept = 0;
    let dropped = 0;
    for (const { sentence, language } of sentences) {
      for (let k = 0; k < lists.length; k++) {
        const matches = lists[k].match(sentence, language);
        if (matches.length === 0) continue;
        // The next list's matches serve as exceptions, so that some matches overlap one.
        const exceptions = lists[(k + 1) % lists.length].match(sentence, language);
        for (const filter of FILTERS) {
          const expected = countingMentions(sentence, matches, exceptions, filter).kept;
          expect(keptMentions(sentence, matches, exceptions, filter)).toEqual(expected);
          kept += expected.length;
          dropped += matches.length - expected.length;
        }
      }
    }
    expect(kept).toBeGreaterThan(1000);
    expect(dropped).toBeGreaterThan(100);
  });

  it("drops a negated mention alone, or every mention when the negation spreads", () => {
    const [sentence] = analyse(testDocument(["Samråd sker, men ingen dialog förs med brukarna."], "sv")).sentences;
    const matches = LocalizedLexicon.fromList({ sv: ["samråd", "dialog", "brukare"] }).match(sentence, "sv");
    const base: MentionFilter = { negation: true, negationSpreads: false, postponed: true, placeholder: true };
    const terms = (list: readonly { start: number; end: number }[]) => list.map((m) => sentence.text.slice(m.start - sentence.start, m.end - sentence.start));
    const notSpread = keptMentions(sentence, matches, [], base);
    expect(terms(notSpread)).toEqual(terms(countingMentions(sentence, matches, [], base).kept));
    expect(notSpread.length).toBeLessThan(matches.length);
    expect(notSpread.length).toBeGreaterThan(0);
    expect(keptMentions(sentence, matches, [], { ...base, negationSpreads: true })).toEqual([]);
    expect(keptMentions(sentence, matches, [], { ...base, negation: false })).toEqual(matches);
  });
});
