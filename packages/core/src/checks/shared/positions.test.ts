import { describe, expect, it } from "vitest";
import { analyse } from "../../analysis/analyse.js";
import { testDocument } from "../../analysis/test-document.js";
import { LexiconPool, withLexiconPool } from "./lexicon-pool.js";
import { positionsWithAnyMatch, unionOfPositions } from "./positions.js";
import { LocalizedLexicon } from "./term-list.js";

describe("unionOfPositions", () => {
  it("merges ascending lists without duplicates", () => {
    expect(unionOfPositions([1, 4, 7], [0, 4, 8, 9])).toEqual([0, 1, 4, 7, 8, 9]);
    expect(unionOfPositions([], [2, 3])).toEqual([2, 3]);
    expect(unionOfPositions([5], [])).toEqual([5]);
    expect(unionOfPositions([2, 3], [2, 3])).toEqual([2, 3]);
  });

  it("equals the sorted set union on generated lists", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 200; round++) {
      const pick = () => [...new Set(Array.from({ length: Math.floor(next() * 12) }, () => Math.floor(next() * 30)))].sort((a, b) => a - b);
      const a = pick();
      const b = pick();
      expect(unionOfPositions(a, b)).toEqual([...new Set([...a, ...b])].sort((x, y) => x - y));
    }
  });
});

describe("positionsWithAnyMatch", () => {
  const sentences = analyse(testDocument(["Samråd med brukarna.", "Inget här.", "Vi för dialog.", "Samråd och dialog."], "sv")).sentences;

  it("names the sentences where one of the pooled lists matches", () => {
    const pool = new LexiconPool();
    const [a, b] = withLexiconPool(pool, () => [LocalizedLexicon.fromList({ sv: ["samråd"] }), LocalizedLexicon.fromList({ sv: ["dialog"] })]);
    expect(positionsWithAnyMatch([a, b], sentences, "sv")).toEqual([0, 2, 3]);
    expect(positionsWithAnyMatch([a], sentences, "sv")).toEqual([0, 3]);
    expect(positionsWithAnyMatch([a, b], sentences, "en")).toEqual([]);
  });

  it("answers null when a list outside a pool cannot tell", () => {
    const pool = new LexiconPool();
    const pooled = withLexiconPool(pool, () => LocalizedLexicon.fromList({ sv: ["samråd"] }));
    const alone = LocalizedLexicon.fromList({ sv: ["dialog"] });
    expect(positionsWithAnyMatch([pooled, alone], sentences, "sv")).toBeNull();
  });
});
