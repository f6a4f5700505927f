import { describe, expect, it } from "vitest";
import { foldText, lowerAndFold, lowerText } from "./fold.js";

describe("foldText", () => {
  it("lower-cases and folds Swedish diacritics so diacritic-less text gets the same key", () => {
    expect(foldText("Uppföljning")).toBe("uppfoljning");
    expect(foldText("uppfoljning")).toBe("uppfoljning");
    expect(foldText("MÄNSKLIGA RÄTTIGHETER")).toBe("manskliga rattigheter");
    expect(foldText("i möjligaste mån")).toBe("i mojligaste man");
    expect(foldText("Åldringar")).toBe("aldringar");
  });

  it("composes decomposed å/ä/ö (NFC) before folding", () => {
    const decomposed = "Uppfo\u0308ljning och samra\u030ad";
    expect(foldText(decomposed)).toBe("uppfoljning och samrad");
    expect(lowerText(decomposed)).toBe("uppföljning och samråd");
  });

  it("folds other diacritics", () => {
    expect(foldText("Müller")).toBe("muller");
    expect(foldText("crème")).toBe("creme");
    expect(foldText("Søren Ærø")).toBe("soren aro");
  });

  it("folds OCR 6 for ö inside words", () => {
    expect(foldText("uppf6ljning")).toBe("uppfoljning");
    expect(foldText("f6r")).toBe("for");
    expect(foldText("FR6SÅKERS")).toBe("frosakers");
    expect(foldText("6vriga")).toBe("ovriga");
    expect(foldText("6VERSIKTSPLAN")).toBe("oversiktsplan");
    expect(foldText("Malm6")).toBe("malmo");
  });

  it("keeps 6 as a digit in numbers and codes", () => {
    expect(foldText("2016")).toBe("2016");
    expect(foldText("E6")).toBe("e6");
    expect(foldText("6 st")).toBe("6 st");
    expect(foldText("kl 16.30")).toBe("kl 16.30");
    expect(foldText("6a")).toBe("6a");
  });

  it("folds OCR & for ä inside and at the start of words", () => {
    expect(foldText("m&nniskor")).toBe("manniskor");
    expect(foldText("tillg&nglighet")).toBe("tillganglighet");
    expect(foldText("r&ttigheter")).toBe("rattigheter");
    expect(foldText("&r")).toBe("ar");
    expect(foldText("&ldre")).toBe("aldre");
  });

  it("keeps & between capitals and between words", () => {
    expect(foldText("R&D")).toBe("r&d");
    expect(foldText("Q&A")).toBe("q&a");
    expect(foldText("Svensson & Co")).toBe("svensson & co");
  });

  it("folds OCR é to the key of ä/å", () => {
    expect(foldText("sérskild")).toBe(foldText("särskild"));
    expect(foldText("tillgénglighet")).toBe(foldText("tillgänglighet"));
    expect(foldText("péverkar")).toBe(foldText("påverkar"));
  });

  it("is length-preserving against the lower-case text", () => {
    for (const s of ["Uppf6ljning", "m&nniskor", "Åldringarnas", "FN:s", "don’t", "jäm\u00adställdhet", "İstanbul"]) {
      const { lower, fold } = lowerAndFold(s);
      expect(fold.length).toBe(lower.length);
    }
  });

  it("drops soft hyphens and zero-width characters", () => {
    expect(foldText("jäm\u00adställd\u200bhet")).toBe("jamstalldhet");
  });

  it("normalises typographic apostrophes and hyphens", () => {
    expect(foldText("don’t")).toBe("don't");
    expect(foldText("icke\u2011diskriminering")).toBe("icke-diskriminering");
  });
});
