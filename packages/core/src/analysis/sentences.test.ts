import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.js";

const split = (text: string, language: "sv" | "en" = "sv") => splitSentences(text, language).map(([s, e]) => text.slice(s, e));

describe("splitSentences", () => {
  it("splits at periods, question and exclamation marks before a capital", () => {
    expect(split("Planen gäller 2025. Den följs upp årligen! Vem ansvarar? Nämnden.")).toEqual([
      "Planen gäller 2025.",
      "Den följs upp årligen!",
      "Vem ansvarar?",
      "Nämnden.",
    ]);
  });

  it("trims white space and returns offsets into the text", () => {
    const text = "  Första meningen.   Andra meningen.  ";
    const ranges = splitSentences(text, "sv");
    expect(ranges).toEqual([
      [2, 18],
      [21, 36],
    ]);
  });

  it("survives Swedish abbreviations", () => {
    expect(
      split("Kommunen erbjuder t.ex. stöd, bl.a. i form av tolk. Enligt 5 kap. 3 § SoL ska nämnden, dvs. socialnämnden, samråda. Nästa mening."),
    ).toEqual([
      "Kommunen erbjuder t.ex. stöd, bl.a. i form av tolk.",
      "Enligt 5 kap. 3 § SoL ska nämnden, dvs. socialnämnden, samråda.",
      "Nästa mening.",
    ]);
  });

  it("does not split after t.ex. even before a capitalised name", () => {
    expect(split("Flera grupper, t.ex. Romer och Samer, berörs. Slut.")).toEqual(["Flera grupper, t.ex. Romer och Samer, berörs.", "Slut."]);
    expect(split("Vi samverkar med s.k. Funktionsrätt Sverige och resp. Förvaltning.")).toHaveLength(1);
  });

  it("ends a sentence after m.m. or etc. when a capital follows, not otherwise", () => {
    expect(split("Vi erbjuder rådgivning, stöd m.m. Alla ska få hjälp.")).toEqual(["Vi erbjuder rådgivning, stöd m.m.", "Alla ska få hjälp."]);
    expect(split("Stöd, rådgivning m.m. ges av enheten.")).toHaveLength(1);
    expect(split("We offer advice, support etc. All residents qualify.", "en")).toHaveLength(2);
  });

  it("keeps ca., resp., s.k. and § with their numbers", () => {
    expect(split("Cirka 40 personer, ca. 12 procent, deltog. Det var bra.")).toHaveLength(2);
    expect(split("Se s. 12 och bil. 3 för detaljer.")).toHaveLength(1);
    expect(split("Beslut fattades den 1 jan. 2020 av nämnden.")).toHaveLength(1);
  });

  it("splits after a month abbreviation before a capital", () => {
    expect(split("Beslutet togs 1 jan. Därefter startade arbetet.")).toHaveLength(2);
  });

  it("survives English abbreviations", () => {
    expect(split("Residents, e.g. older people, were asked. Mr. Smith and Dr. Jones chaired it. See No. 4 and St. Mary's.", "en")).toEqual([
      "Residents, e.g. older people, were asked.",
      "Mr. Smith and Dr. Jones chaired it.",
      "See No. 4 and St. Mary's.",
    ]);
    expect(split("This applies to all staff, i.e. The Council's employees.", "en")).toHaveLength(1);
  });

  it("does not split at decimals, dates, statute numbers or web addresses", () => {
    expect(split("Andelen ökade med 1.5 procent enligt SFS 2018:1197 och www.kommun.se/plan.pdf i år.")).toHaveLength(1);
  });

  it("keeps a numbered list marker with its text", () => {
    expect(split("1. Inledning och syfte")).toEqual(["1. Inledning och syfte"]);
    expect(split("2.3. Ansvar. Nämnden ansvarar.")).toEqual(["2.3. Ansvar.", "Nämnden ansvarar."]);
    expect(split("a. Första punkten")).toEqual(["a. Första punkten"]);
  });

  it("keeps initials with the name", () => {
    expect(split("Rapporten skrevs av A. Svensson och J. Smith.")).toHaveLength(1);
  });

  it("does not end sentences at semicolons or colons", () => {
    expect(split("Planen har tre delar: mål, åtgärder och uppföljning; den gäller till 2027.")).toHaveLength(1);
  });

  it("does not split before a lower-case word", () => {
    expect(split("Vad gäller? eller inte.")).toHaveLength(1);
  });

  it("ends a sentence after closing quotes and brackets", () => {
    expect(split("Lagen säger ”barnets bästa ska beaktas.” Det gäller alla. (Se bilaga.) Klart.")).toEqual([
      "Lagen säger ”barnets bästa ska beaktas.”",
      "Det gäller alla.",
      "(Se bilaga.)",
      "Klart.",
    ]);
  });

  it("keeps an omission mark inside a quotation", () => {
    expect(split("Enligt lagen ska kommunen […] samråda med minoriteterna.")).toHaveLength(1);
  });

  it("treats text without end mark as one sentence (a fragment)", () => {
    expect(split("Uppföljning och utvärdering")).toEqual(["Uppföljning och utvärdering"]);
    expect(split("Hembesök vid behov")).toEqual(["Hembesök vid behov"]);
  });

  it("splits at a blank line inside a block", () => {
    expect(split("Fastställd av KF\n\nDnr 2024/12")).toEqual(["Fastställd av KF", "Dnr 2024/12"]);
  });

  it("does not split at a single line break", () => {
    expect(split("Planen följs\nupp årligen.")).toHaveLength(1);
  });

  it("returns nothing for empty text", () => {
    expect(splitSentences("   ", "sv")).toEqual([]);
    expect(splitSentences("", "en")).toEqual([]);
  });

  it("handles ellipses", () => {
    expect(split("Vi väntar… Sedan händer det. Och sedan... inget mer.")).toEqual(["Vi väntar…", "Sedan händer det.", "Och sedan... inget mer."]);
  });
});
