import { describe, expect, it } from "vitest";
import { SuffixSet } from "./suffix-set.js";

describe("SuffixSet", () => {
  it("answers as comparing the word with every ending would", () => {
    const endings = ["grad", "trad", "omrade", "ikon", "lexikon", "rad", "bolag"];
    const set = new SuffixSet(endings);
    const words = ["bostadsomrade", "omrade", "rad", "grad", "kamrad", "arbetslag", "bolag", "lexikon", "ikon", "kon", "ad", "", "radio", "sakradar"];
    for (const word of words) expect(set.endsAny(word), word).toBe(endings.some((e) => word.endsWith(e)));
  });

  it("treats the empty ending as a suffix of every word, and an empty set as none", () => {
    expect(new SuffixSet([""]).endsAny("vad som helst")).toBe(true);
    expect(new SuffixSet([""]).endsAny("")).toBe(true);
    expect(new SuffixSet([]).endsAny("ord")).toBe(false);
  });
});
