/**
 * mr/inclusive-language end to end through the real analysis and engine, in
 * Swedish and English. One regression test per exception-registry entry.
 */
import { describe, expect, it } from "vitest";
import { builtinRules, lintDocument } from "../../packages/core/src/index.js";
import { plainDocument } from "../../packages/core/src/engine/testing/plain-document.js";

const inclusive = builtinRules().filter((r) => r.meta.id === "mr/inclusive-language");
const lint = (source: string, language: "sv" | "en", options: { locale?: "sv" | "en"; allow?: string[] } = {}) =>
  lintDocument(plainDocument(source, language), {
    rules: inclusive,
    locale: options.locale,
    config: options.allow ? { rules: { "mr/inclusive-language": ["warning", { allow: options.allow }] } } : undefined,
  });
const flagged = (source: string, language: "sv" | "en") => lint(source, language).diagnostics.map((d) => d.text);

describe("mr/inclusive-language (sv)", () => {
  it("flags an inflected term: 'handikappades'", () => {
    const source = "Stödet riktar sig till handikappades anhöriga.";
    const result = lint(source, "sv");
    expect(result.diagnostics).toHaveLength(1);
    const [d] = result.diagnostics;
    expect(d.text).toBe("handikappades");
    expect(source.slice(d.range.start.offset, d.range.end.offset)).toBe("handikappades");
    expect(d.level).toBe("warning");
    expect(d.message).toBe(
      "”handikappades” är ett förlegat eller stigmatiserande ord för en grupp människor. Skriv hellre ”personer med funktionsnedsättning” eller ”person med funktionsnedsättning”. Socialstyrelsen avråder från ”handikapp” sedan 2007.",
    );
    expect(d.fixes.map((f) => f.edits[0].newText)).toEqual(["personer med funktionsnedsättning", "person med funktionsnedsättning"]);
    expect(d.fixes.every((f) => !f.safe)).toBe(true);
  });

  it("flags the listed terms in their inflected forms and keeps the capital letter in fixes", () => {
    expect(flagged("Åldringarnas behov ska stå i centrum.", "sv")).toEqual(["Åldringarnas"]);
    expect(lint("Åldringarna i hemtjänsten får stöd.", "sv").diagnostics[0].fixes[0].edits[0].newText).toBe("Äldre");
    expect(flagged("Personer som är rullstolsbundna ska kunna ta sig in.", "sv")).toEqual(["rullstolsbundna"]);
    expect(flagged("Personalen ska ha kunskap om hur dementa bemöts.", "sv")).toEqual(["dementa"]);
    expect(flagged("Unga missbrukare får stöd av fältassistenterna.", "sv")).toEqual(["missbrukare"]);
  });

  it("flags a compound whose head is the term: 'rörelsehandikappade'", () => {
    expect(flagged("Lokalerna ska fungera för rörelsehandikappade.", "sv")).toEqual(["rörelsehandikappade"]);
  });

  it("does not flag words that do not denote people: funktionshinderspolitik, missbruk, demens, demensboende", () => {
    expect(flagged("Funktionshinderspolitiken och missbruksvården ses över. Demens är vanligt och demensboendet byggs ut.", "sv")).toEqual([]);
  });

  it.each([
    ["LSS title", "Insatser enligt lag (1993:387) om stöd och service till vissa funktionshindrade beviljas av nämnden."],
    ["LVM title", "Vård ges enligt lagen (1988:870) om vård av missbrukare i vissa fall."],
    ["Handikappförbunden", "Handikappförbunden bytte namn till Funktionsrätt Sverige."],
    ["Handikappombudsmannen", "Handikappombudsmannen gick upp i DO år 2009."],
    ["Handisam", "Handisam blev Myndigheten för delaktighet."],
    ["De Handikappades Riksförbund", "De Handikappades Riksförbund har lämnat synpunkter."],
    ["historical reference", "Under 1900-talet registrerades romer och resande som zigenare och tattare."],
    ["quoted text", "En deltagare sa: ”handikappade glöms alltid bort”."],
  ])("exception registry: %s is not flagged", (_name, sentence) => {
    expect(flagged(sentence, "sv")).toEqual([]);
  });

  it("a term outside the LSS title in the same document is still flagged", () => {
    expect(flagged("Lagen om stöd och service till vissa funktionshindrade gäller. Funktionshindrade ska få stöd.", "sv")).toEqual(["Funktionshindrade"]);
  });

  it("the allow option lets a municipality accept a term", () => {
    expect(lint("Unga missbrukare får stöd.", "sv", { allow: ["missbrukare"] }).diagnostics).toEqual([]);
  });

  it("gives English messages when asked", () => {
    const [d] = lint("Stödet riktar sig till handikappades anhöriga.", "sv", { locale: "en" }).diagnostics;
    expect(d.message).toMatch(/^“handikappades” is an outdated or stigmatising term for a group of people\. Write “personer med funktionsnedsättning” or/);
  });
});

describe("mr/inclusive-language (en)", () => {
  it("flags 'the disabled' as a group noun and offers a safe fix", () => {
    const [d] = lint("Services for the disabled will be reviewed.", "en").diagnostics;
    expect(d.text).toBe("the disabled");
    expect(d.fixes[0]).toMatchObject({ title: "Replace with “disabled people”", safe: true });
  });

  it("does not flag 'disabled residents', 'disabled people' or the Disabled Facilities Grant", () => {
    expect(flagged("Disabled residents and disabled people can apply for a Disabled Facilities Grant.", "en")).toEqual([]);
    expect(flagged("The disabled residents' forum meets monthly.", "en")).toEqual([]);
  });

  it("flags the elderly, wheelchair-bound, confined to a wheelchair, illegal immigrants and the mentally ill", () => {
    expect(flagged("Bungalows are reserved for the elderly.", "en")).toEqual(["the elderly"]);
    expect(flagged("Anyone who is wheelchair-bound can ask for a ramp.", "en")).toEqual(["wheelchair-bound"]);
    expect(flagged("Staff who are confined to a wheelchair get a parking space.", "en")).toEqual(["confined to a wheelchair"]);
    expect(flagged("Support for illegal immigrants is limited.", "en")).toEqual(["illegal immigrants"]);
    expect(flagged("The charge does not apply to the mentally ill.", "en")).toEqual(["the mentally ill"]);
  });

  it("organisation name: 'the Thornbridge Society for the Disabled' is not flagged (capitalised inside the sentence)", () => {
    expect(flagged("The Thornbridge Society for the Disabled also submitted written comments.", "en")).toEqual([]);
  });

  it("does not flag a term in quoted speech", () => {
    expect(flagged('One resident told us: "the illegals get everything here".', "en")).toEqual([]);
  });

  it("flags the group noun at the start of a sentence and keeps the capital in the fix", () => {
    const [d] = lint("The elderly will get a visit each year.", "en").diagnostics;
    expect(d.text).toBe("The elderly");
    expect(d.fixes[0].edits[0].newText).toBe("Older people");
  });
});
