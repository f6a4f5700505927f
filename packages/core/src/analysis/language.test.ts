import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language.js";

describe("detectLanguage", () => {
  it("detects Swedish", () => {
    expect(detectLanguage("Kommunen ska arbeta för att alla invånare har samma möjligheter och att ingen diskrimineras.")).toBe("sv");
  });

  it("detects Swedish without diacritics", () => {
    expect(detectLanguage("Kommunen ska arbeta for att alla invanare har samma mojligheter och att uppfoljning sker med manskliga rattigheter som grund.")).toBe("sv");
  });

  it("detects Swedish from OCR text", () => {
    expect(detectLanguage("Riktlinjen géller personer som tillh6r personkretsen och som har beviljats bostad med sérskild service f6r vuxna.")).toBe("sv");
  });

  it("detects English", () => {
    expect(detectLanguage("The council shall ensure that all residents have equal access to services and that the strategy is reviewed.")).toBe("en");
  });

  it("detects English with Swedish names in it", () => {
    expect(detectLanguage("The Malmö and Göteborg councils will review the plan and report to the board of Västra Götaland.")).toBe("en");
  });

  it("defaults to Swedish for text without function words", () => {
    expect(detectLanguage("")).toBe("sv");
    expect(detectLanguage("2024-05-01 123")).toBe("sv");
  });
});
