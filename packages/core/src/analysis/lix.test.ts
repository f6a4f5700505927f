import { describe, expect, it } from "vitest";
import { lix, lixCounts } from "./lix.js";
import { tokenize } from "./tokens.js";

describe("lix", () => {
  it("computes words per sentence plus the share of long words", () => {
    // 13 words, 2 sentences, 3 words longer than six letters ("kommunen", "uppföljning", "nämnderna").
    const text = "Kommunen gör en uppföljning varje år. Alla nämnderna ska vara med i den.";
    expect(lix(text)).toBeCloseTo(13 / 2 + (100 * 3) / 13, 5);
  });

  it("takes analysed sentences", () => {
    const sentences = ["Kommunen gör en uppföljning varje år.", "Alla nämnderna ska vara med i den."].map((s) => ({ tokens: tokenize(s) }));
    expect(lix(sentences)).toBeCloseTo(13 / 2 + (100 * 3) / 13, 5);
    expect(lixCounts(sentences)).toEqual({ words: 13, longWords: 3, sentences: 2 });
  });

  it("counts letters only when measuring word length", () => {
    // "FN:s" has 3 letters, "2018:1197" none; "jämställdhet" 12.
    expect(lixCounts([{ tokens: tokenize("FN:s 2018:1197 jämställdhet") }])).toEqual({ words: 3, longWords: 1, sentences: 1 });
  });

  it("does not split sentences at abbreviations and counts an abbreviation as one word", () => {
    // "t.ex." and "bl.a." are one word each: 12 words, one sentence, 3 long words.
    const a = lix("Kommunen erbjuder t.ex. stöd och bl.a. rådgivning till alla som bor här.");
    const words = 12;
    expect(a).toBeCloseTo(words / 1 + (100 * 3) / words, 5);
  });

  it("is null for fewer than ten words", () => {
    expect(lix("Planen gäller alla.")).toBeNull();
    expect(lix([])).toBeNull();
  });

  it("gives a higher index to harder text", () => {
    const easy = lix("Vi hjälper dig. Du får stöd. Vi ringer dig. Du kan fråga oss. Vi svarar snabbt.");
    const hard = lix(
      "Socialnämndens verksamhetsövergripande kvalitetsledningssystem förutsätter systematiserad uppföljningsverksamhet avseende myndighetsutövningens samtliga rättssäkerhetsaspekter.",
    );
    expect(easy).not.toBeNull();
    expect(hard).not.toBeNull();
    expect(hard!).toBeGreaterThan(easy!);
  });
});
