import { describe, expect, it } from "vitest";
import { analyse } from "../../analysis/analyse.js";
import { testDocument } from "../../analysis/test-document.js";
import { childAgeMentions } from "./age-bracket.js";
import { LocalizedLexicon } from "./term-list.js";

const cues = LocalizedLexicon.fromList({
  sv: ["åldern", "deltagare", "ungdomar", "personer", "målgruppen", "mellan"],
  en: ["aged", "ages", "people", "between"],
});

function ages(text: string, language: "sv" | "en" = "sv"): string[] {
  const analysis = analyse(testDocument([text], language));
  return analysis.sentences.flatMap((s) => childAgeMentions(s, language, 18, cues).map((m) => text.slice(m.start, m.end)));
}

describe("age brackets that include children", () => {
  it("finds ranges after an age cue", () => {
    expect(ages("Aktivitetsstöd lämnas för deltagare i åldern 7–20 år.")).toEqual(["7–20"]);
    expect(ages("Målgruppen är ungdomar 13-25 år.")).toEqual(["13-25"]);
    expect(ages("Bidrag lämnas för deltagare mellan 7 och 20 år.")).toEqual(["7 och 20"]);
    expect(ages("The youth club is for people aged 11 to 18.", "en")).toEqual(["11 to 18"]);
    expect(ages("The forum is open to young people aged 11–18.", "en")).toEqual(["11–18"]);
  });

  it("finds 'N-åringar' and 'N-year-olds', with or without a lower end", () => {
    expect(ages("Simskolan för 6-åringar är avgiftsfri.")).toEqual(["6-åringar"]);
    expect(ages("Kollot vänder sig till 13–17-åringar.")).toEqual(["13–17-åringar"]);
    expect(ages("The scheme is open to 16-year-olds.", "en")).toEqual(["16-year-olds"]);
  });

  it("finds an upper limit at the age of majority", () => {
    expect(ages("Insatsen gäller personer under 18 år.")).toEqual(["18"]);
    expect(ages("Stödet ges upp till 18 år.")).toEqual(["18"]);
    expect(ages("Support is offered to anyone younger than 18.", "en")).toEqual(["18"]);
  });

  it("does not take adult brackets, durations or calendar years for children", () => {
    expect(ages("Nyckeltalen redovisas för åldersgrupperna 18–64 och 65 år och äldre.")).toEqual([]);
    expect(ages("Målgruppen är personer 65 år och äldre.")).toEqual([]);
    expect(ages("Projektet pågår i 2–3 år.")).toEqual([]);
    expect(ages("Avtalet gäller under 4 år.")).toEqual([]);
    expect(ages("Planen gäller 2025–2027.")).toEqual([]);
    expect(ages("The policy applies to people aged 18 and over.", "en")).toEqual([]);
  });
});
