import { describe, expect, it } from "vitest";
import { lintDocument } from "../engine/lint-document.js";
import { plainDocument } from "../engine/testing/plain-document.js";
import { header, ruleFromYaml } from "../engine/testing/rule-from-yaml.js";

const hedges = ruleFromYaml(`${header("test/hedges", "span", "phrases")}
messages:
  phrase: { sv: "Vag formulering: {phrase}", en: "Hedge: {phrase}" }
check:
  phrases:
    sv: [i möjligaste mån, vid behov, eftersträva]
    en: [where possible]
  gate:
    modal: true
    terms: { sv: [målet är] }
    except: { sv: [anlitades] }
  exceptions:
    sv: [så långt det är möjligt]
`, "test/hedges.yml");

const flagged = (source: string, language: "sv" | "en" = "sv") =>
  lintDocument(plainDocument(source, language), { rules: [hedges] }).diagnostics.map((d) => d.text);

describe("phrases kind", () => {
  it("flags a hedge inside an obligation, one finding per hedge", () => {
    expect(flagged("Kommunen ska i möjligaste mån erbjuda tolk vid behov.")).toEqual(["i möjligaste mån", "vid behov"]);
  });

  it("flags a hedge in a goal sentence without a modal", () => {
    expect(flagged("Målet är att erbjuda stöd vid behov.")).toEqual(["vid behov"]);
  });

  it("does not flag descriptive sentences, excluded cues or quoted text", () => {
    expect(flagged("Tolk erbjöds vid behov under förra året.")).toEqual([]);
    expect(flagged("Tolk ska anlitades vid behov.")).toEqual([]);
    expect(flagged("Riktlinjen säger: ”stöd ska ges vid behov”.")).toEqual([]);
  });

  it("matches inflected forms (eftersträvas) and English phrases", () => {
    expect(flagged("Dialog ska eftersträvas.")).toEqual(["eftersträvas"]);
    expect(flagged("The Council will publish the data where possible.", "en")).toEqual(["where possible"]);
  });

  it("writes the phrase into the message", () => {
    const [d] = lintDocument(plainDocument("Kommunen ska i möjligaste mån erbjuda tolk."), { rules: [hedges] }).diagnostics;
    expect(d.message).toBe("Vag formulering: ”i möjligaste mån”");
  });
});
