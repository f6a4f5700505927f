import { describe, expect, it } from "vitest";
import { englishForms, svAlternateStems, svEndingOk, svTakesNeuterT } from "./morphology.js";

describe("englishForms", () => {
  it("gives noun forms by default", () => {
    expect(englishForms("grant", "noun").sort()).toEqual(["grant", "grant's", "grants"]);
    expect(englishForms("policy", "noun")).toContain("policies");
    expect(englishForms("church", "noun")).toContain("churches");
    expect(englishForms("chairman", "noun")).toContain("chairmen");
  });

  it("gives verb forms with e-drop and doubling", () => {
    expect(englishForms("consult", "verb").sort()).toEqual(["consult", "consulted", "consulting", "consults"]);
    expect(englishForms("engage", "verb")).toEqual(expect.arrayContaining(["engaged", "engaging", "engages"]));
    expect(englishForms("plan", "verb")).toEqual(expect.arrayContaining(["planned", "planning"]));
    expect(englishForms("apply", "verb")).toEqual(expect.arrayContaining(["applied", "applies", "applying"]));
  });

  it("gives only the word when inflection is off", () => {
    expect(englishForms("grant", "none")).toEqual(["grant"]);
  });
});

describe("svEndingOk", () => {
  it("accepts noun endings after any stem", () => {
    expect(svEndingOk("nämnd", "en")).toBe(true);
    expect(svEndingOk("kon", "et")).toBe(true);
    expect(svEndingOk("lag", "arna")).toBe(true);
  });

  it("keeps adjective and verb endings for longer keys", () => {
    expect(svEndingOk("handikappad", "e")).toBe(true);
    expect(svEndingOk("lag", "a")).toBe(false);
    expect(svEndingOk("rad", "ande")).toBe(false);
  });

  it("needs a vowel (or unstressed -er/-el/-en/-ar) before n, r and t endings", () => {
    expect(svEndingOk("flicka", "n")).toBe(true);
    expect(svEndingOk("alder", "n")).toBe(true);
    expect(svEndingOk("missbrukar", "na")).toBe(true);
    expect(svEndingOk("kon", "ns")).toBe(false);
    expect(svEndingOk("rad", "t")).toBe(false);
    expect(svEndingOk("same", "rna")).toBe(true);
  });

  it("adds the neuter -t straight after an adjectival consonant stem", () => {
    expect(svEndingOk("jamlik", "t")).toBe(true);
    expect(svEndingOk("tillganglig", "t")).toBe(true);
    expect(svEndingOk("likvardig", "t")).toBe(true);
    expect(svEndingOk("normkritisk", "t")).toBe(true);
    expect(svEndingOk("hallbar", "t")).toBe(true);
    expect(svEndingOk("sexuell", "t")).toBe(true);
  });

  it("gives no -t to nouns, short keys or other consonant stems (look-alikes)", () => {
    expect(svTakesNeuterT("risk")).toBe(false);
    expect(svTakesNeuterT("lik")).toBe(false);
    expect(svEndingOk("dialog", "t")).toBe(false);
    expect(svEndingOk("namnd", "t")).toBe(false);
    expect(svEndingOk("jamlik", "ts")).toBe(false);
  });

  it("rejects what is no ending", () => {
    expect(svEndingOk("dialog", "isk")).toBe(false);
    expect(svEndingOk("plan", "ering")).toBe(false);
  });
});

describe("svAlternateStems", () => {
  it("drops a final vowel, syncopates -er/-el and doubles a final m/n", () => {
    expect(svAlternateStems("flicka").map((a) => a.stem)).toEqual(["flick"]);
    expect(svAlternateStems("alder", "ålder")).toEqual([{ stem: "aldr", lower: "åldr" }]);
    expect(svAlternateStems("program").map((a) => a.stem)).toEqual(["programm"]);
    expect(svAlternateStems("dialog")).toEqual([]);
  });
});
