/**
 * The lexicon pool must hand every term list exactly what the list's own
 * lexicons find (same matches, same order, same entry objects), over the
 * built-in pack's term lists and the sentences of the fixtures and the dev
 * corpus; and recompute what it kept when the sentence or the pool changes.
 */
import { describe, expect, it } from "vitest";
import { corpusSentences } from "../../test-support/texts.js";
import { analyse } from "../../analysis/analyse.js";
import type { LexiconMatch } from "../../analysis/lexicon.js";
import { testDocument } from "../../analysis/test-document.js";
import { packTermLists } from "../../engine/testing/pack-term-lists.js";
import { LexiconPool, withLexiconPool } from "./lexicon-pool.js";
import { LocalizedLexicon, toLexiconEntry } from "./term-list.js";


/** Matches with the entry object's identity made visible (toEqual compares entries by value). */
function described(matches: readonly LexiconMatch[], ids: Map<object, number>): unknown[] {
  return matches.map((m) => {
    if (!ids.has(m.entry)) ids.set(m.entry, ids.size);
    return { ...m, entry: ids.get(m.entry) };
  });
}

describe("LexiconPool", () => {
  const sentences = corpusSentences();

  it("gives every term list of the built-in pack what its own lexicons find", () => {
    const pool = new LexiconPool();
    const lists = withLexiconPool(pool, () => packTermLists().map((list) => LocalizedLexicon.fromList(list, "x")));
    expect(pool.size).toBe(lists.length);
    expect(sentences.length).toBeGreaterThan(500);
    let found = 0;
    for (const { sentence, language } of sentences) {
      for (const list of lists) {
        const ids = new Map<object, number>();
        const pooled = list.match(sentence, language);
        const alone = list.matchAlone(sentence, language);
        found += alone.length;
        expect(described(pooled, ids)).toEqual(described(alone, ids));
      }
    }
    expect(found).toBeGreaterThan(1000);
  });

  it("names, per term list, exactly the sentences where match finds something", () => {
    const pool = new LexiconPool();
    const lists = withLexiconPool(pool, () => packTermLists().map((list) => LocalizedLexicon.fromList(list, "x")));
    const own = LocalizedLexicon.fromList({ sv: ["samråd"], en: ["dialogue"] });
    for (const language of ["sv", "en"] as const) {
      const inLanguage = sentences.filter((s) => s.language === language).map((s) => s.sentence);
      let positions = 0;
      for (const list of lists) {
        const expected = inLanguage.flatMap((sentence, p) => (list.match(sentence, language).length > 0 ? [p] : []));
        expect(list.positionsWithMatches(inLanguage, language)).toEqual(expected);
        positions += expected.length;
      }
      expect(positions).toBeGreaterThan(100);
      // A list outside any pool cannot tell: every position may match.
      expect(own.positionsWithMatches(inLanguage, language)).toBeNull();
    }
  });

  it("finds the positions again when a list joins the pool or the language changes", () => {
    const pool = new LexiconPool();
    const first = withLexiconPool(pool, () => new LocalizedLexicon({ sv: [toLexiconEntry("dialog")], en: [toLexiconEntry("dialogue")] }));
    const list = analyse(testDocument(["Dialog i dag.", "Samråd och dialogue.", "Inget här."], "sv")).sentences;
    expect(first.positionsWithMatches(list, "sv")).toEqual([0]);
    expect(first.positionsWithMatches(list, "en")).toEqual([1]);
    const second = withLexiconPool(pool, () => new LocalizedLexicon({ sv: [toLexiconEntry("samråd")] }));
    expect(second.positionsWithMatches(list, "sv")).toEqual([1]);
    expect(second.positionsWithMatches(list, "en")).toEqual([]);
    expect(first.positionsWithMatches(list, "sv")).toEqual([0]);
  });

  it("keeps a list whose entry objects another list holds apart, with the same results", () => {
    const shared = toLexiconEntry("samråd", "shared");
    const pool = new LexiconPool();
    const [a, b] = withLexiconPool(pool, () => [new LocalizedLexicon({ sv: [shared, toLexiconEntry("dialog")] }), new LocalizedLexicon({ sv: [toLexiconEntry("brukarråd"), shared] })]);
    const [sentence] = analyse(testDocument(["Samråd och dialog med brukarrådet och i samrådsgruppen."], "sv")).sentences;
    for (const list of [a, b]) {
      const ids = new Map<object, number>();
      expect(described(list.match(sentence, "sv"), ids)).toEqual(described(list.matchAlone(sentence, "sv"), ids));
    }
    expect(b.match(sentence, "sv").map((m) => m.entry.term)).toEqual(["samråd", "brukarråd"]);
  });

  it("matches again when a list joins, the language changes or the strictness changes", () => {
    const pool = new LexiconPool();
    const first = withLexiconPool(pool, () => new LocalizedLexicon({ sv: [toLexiconEntry("dialog")], en: [toLexiconEntry("dialogue")] }));
    const [sentence] = analyse(testDocument(["Dialog och samråd, dialogue."], "sv")).sentences;
    expect(first.match(sentence, "sv").map((m) => m.entry.term)).toEqual(["dialog"]);
    expect(first.match(sentence, "en").map((m) => m.entry.term)).toEqual(["dialogue"]);
    const second = withLexiconPool(pool, () => new LocalizedLexicon({ sv: [toLexiconEntry("samråd")] }));
    expect(second.match(sentence, "sv").map((m) => m.entry.term)).toEqual(["samråd"]);
    expect(first.match(sentence, "sv").map((m) => m.entry.term)).toEqual(["dialog"]);
    // "rad" matches "råd" only where the text lost its diacritics.
    const third = withLexiconPool(pool, () => new LocalizedLexicon({ sv: [toLexiconEntry("råd")] }));
    const [loose] = analyse(testDocument(["Ett rad för unga."], "sv")).sentences;
    loose.strictDiacritics = false;
    expect(third.match(loose, "sv").length).toBe(1);
    loose.strictDiacritics = true;
    expect(third.match(loose, "sv").length).toBe(0);
  });

  it("matches sentences that analyse did not make (plain objects) like analysed ones", () => {
    const pool = new LexiconPool();
    const list = withLexiconPool(pool, () => LocalizedLexicon.fromList({ sv: ["medborgardialog", { term: "står mot", gap: 3 }] }, "x"));
    const [sentence] = analyse(testDocument(["Medborgardialogen står i vissa fall mot andra intressen."], "sv")).sentences;
    const plain = { ...sentence };
    const ids = new Map<object, number>();
    expect(described(list.match(plain, "sv"), ids)).toEqual(described(list.match(sentence, "sv"), ids));
    expect(list.match(plain, "sv").length).toBe(2);
  });

  it("re-uses what it matched for the same text at the same place in a later analysis, and only there", () => {
    const pool = new LexiconPool();
    const list = withLexiconPool(pool, () => LocalizedLexicon.fromList({ sv: ["medborgardialog", "samråd"] }, "x"));
    const texts = ["Samråd med brukarna.", "Medborgardialogen hålls varje år."];
    const first = analyse(testDocument(texts, "sv")).sentences;
    const again = analyse(testDocument(texts, "sv")).sentences;
    // Block texts repeat: the second analysis shares the first one's tokens.
    expect(again[1].tokens).toBe(first[1].tokens);
    const before = list.match(first[1], "sv");
    expect(before.map((m) => m.entry.term)).toEqual(["medborgardialog"]);
    expect(list.match(again[1], "sv")).toBe(before);
    // The same text one block later: new matches that name their own place.
    const moved = analyse(testDocument(["Inledning.", ...texts], "sv")).sentences;
    expect(moved[2].tokens).toBe(first[1].tokens);
    const here = list.match(moved[2], "sv");
    expect(here).not.toBe(before);
    expect(here.map((m) => [m.sentence, m.block, m.start, m.end])).toEqual([[2, 2, 0, 17]]);
  });
});
