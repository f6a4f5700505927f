/**
 * mr/involvement end to end through the real analysis and engine, in Swedish
 * and English. Regression tests are named after the case they guard. The
 * fixtures in fixtures/rules/involvement go through the built Markdown/text
 * parser (packages/*\/dist, so build first).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { builtinRules as builtinRulesBuilt } from "../../packages/core/dist/index.js";
import { builtinRules, lintDocument } from "../../packages/core/src/index.js";
import { plainDocument } from "../../packages/core/src/engine/testing/plain-document.js";
import { lint as lintText } from "../../packages/markdown/dist/index.js";

const involvement = builtinRules().filter((r) => r.meta.id === "mr/involvement");
// The fixtures go through the Markdown/text parser (built), with the built rule pack.
const involvementBuilt = builtinRulesBuilt().filter((r) => r.meta.id === "mr/involvement");
const lint = (source: string, language: "sv" | "en", locale?: "sv" | "en") =>
  lintDocument(plainDocument(source, language), { rules: involvement, locale });

describe("mr/involvement (sv)", () => {
  it("is satisfied by WHO and HOW together, with both as evidence", () => {
    const result = lint("# Äldreomsorgsprogram\n\nProgrammet har tagits fram i samråd med kommunala pensionärsrådet och genom en enkät till brukarna.\n", "sv");
    const coverage = result.coverage.rules["mr/involvement"];
    expect(coverage.state).toBe("satisfied");
    expect(coverage.elements).toEqual({ who: true, how: true });
    const elements = new Set(coverage.evidence.map((e) => e.element));
    expect(elements).toEqual(new Set(["who", "how"]));
    expect(coverage.evidence.map((e) => e.text)).toContain("enkät");
    expect(result.diagnostics).toEqual([]);
  });

  it("matches compounds and inflections: medborgardialogen, brukarråden, samrådsgruppen", () => {
    for (const sentence of [
      "Medborgardialogen med invånarna i Norrdalen genomfördes i maj.",
      "Brukarråden har lämnat synpunkter på förslaget.",
      "Samrådsgruppen för nationella minoriteter har läst förslaget.",
    ]) {
      expect(lint(`# Plan\n\n${sentence}\n`, "sv").coverage.rules["mr/involvement"].state, sentence).toBe("satisfied");
    }
  });

  it("negated consultation: 'Ingen dialog har förts med brukarna' is missing, not partial", () => {
    const result = lint("# Plan\n\nIngen dialog har förts med brukarna.\n", "sv");
    expect(result.coverage.rules["mr/involvement"].state).toBe("missing");
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ state: "missing", messageId: "missing", missingElements: ["who", "how"] });
    expect(result.diagnostics[0].message).toMatch(/^Involvering: texten säger inte vilka som involveras eller hur\./);
  });

  it("partial names the element that is there and the one that is missing", () => {
    const result = lint("# Plan\n\nFörslaget har varit ute på samråd under hösten.\n", "sv");
    const [d] = result.diagnostics;
    expect(d.state).toBe("partial");
    expect(d.missingElements).toEqual(["who"]);
    expect(d.message).toBe("Involvering: texten anger hur de involveras (”samråd”), men inte vilka som involveras.");
    expect(lint("# Plan\n\nFörslaget har varit ute på samråd under hösten.\n", "sv", "en").diagnostics[0].message).toBe(
      "Involvement: the text names how they are involved (“samråd”), but not who is involved.",
    );
  });

  it("vague intent: 'Berörda ska involveras vid behov' is partial with the cue quoted", () => {
    const [d] = lint("# Plan\n\nBerörda ska involveras vid behov.\n", "sv").diagnostics;
    expect(d.state).toBe("partial");
    expect(d.messageId).toBe("vague");
    expect(d.message).toBe("Involvering: texten uttrycker bara en avsikt (”vid behov”) utan att säga vilka som involveras och hur. Skriv vilka som involveras, hur och när.");
  });

  it("a hedged WHO and HOW ('Dialog med brukarna ska eftersträvas') is only partial", () => {
    expect(lint("# Plan\n\nDialog med brukarna ska eftersträvas.\n", "sv").coverage.rules["mr/involvement"].state).toBe("partial");
  });

  it("places the diagnostic on an empty Involvering heading when the document has one", () => {
    const source = "# Plan för kulturen\n\n## Mål\n\nBiblioteken ska ha öppet längre.\n\n## Involvering\n\n## Uppföljning\n\nPlanen följs upp årligen.\n";
    const [d] = lint(source, "sv").diagnostics;
    expect(d.text).toBe("Involvering");
    expect(d.range.start.line).toBe(6);
  });

  it("a document sent to a council 'för kännedom' is information, not involvement", () => {
    const state = lint("# Plan\n\nPlanen skickas till pensionärsrådet för kännedom.\n", "sv").coverage.rules["mr/involvement"].state;
    expect(state).toBe("missing");
  });

  it("a case system called Dialog is not involvement (capitalised inside the sentence: a name)", () => {
    const result = lint("# Trygghetsprogram\n\nFelanmälningar från allmänheten tas emot i ärendesystemet Dialog. Uppföljning av ärenden sker i Dialog.\n", "sv");
    expect(result.coverage.rules["mr/involvement"].state).toBe("missing");
    // The same word as a common noun, or opening a sentence, still counts.
    expect(lint("# Plan\n\nDialog med brukarna hölls i maj.\n", "sv").coverage.rules["mr/involvement"].state).toBe("satisfied");
  });

  it("naming the people a service is for is not involvement: WHO alone is missing", () => {
    const result = lint("# Äldreomsorgsprogram\n\nProgrammet gäller äldre invånare och deras anhöriga.\n", "sv");
    expect(result.coverage.rules["mr/involvement"].state).toBe("missing");
  });

  it("a definition of dialogue is not involvement that takes place", () => {
    const result = lint("# Policy\n\nMed medborgardialog menas ett samtal mellan förtroendevalda och invånare.\n", "sv");
    expect(result.coverage.rules["mr/involvement"].state).toBe("missing");
  });

  it("quoted text does not count", () => {
    const result = lint("> Samråd med brukarna ska hållas varje år.\n\nPlanen gäller 2025–2027.\n", "sv");
    expect(result.coverage.rules["mr/involvement"].state).toBe("missing");
  });

  it("WHO and HOW far apart in different sections are partial and say so", () => {
    const source = "# Plan\n\n## Bakgrund\n\nBrukarna är nöjda med stödet.\n\n## Metod\n\nEn enkät skickades ut i maj.\n";
    const [d] = lint(source, "sv").diagnostics;
    expect(d.state).toBe("partial");
    expect(d.messageId).toBe("apart");
  });
});

describe("mr/involvement (en)", () => {
  it("is satisfied by residents consulted through a survey", () => {
    expect(lint("# Strategy\n\nResidents were consulted through a survey in May.\n", "en").coverage.rules["mr/involvement"].state).toBe("satisfied");
  });

  it("negated consultation: 'No consultation took place' is missing", () => {
    const result = lint("# Strategy\n\nNo consultation took place with residents.\n", "en");
    expect(result.coverage.rules["mr/involvement"].state).toBe("missing");
    expect(result.diagnostics[0].message).toMatch(/^Involvement: the text does not say who is involved or how\./);
  });

  it("dialogue with other authorities only is partial: HOW without a rights-holder", () => {
    const [d] = lint("# Strategy\n\nThe plan was drafted after a consultation with the police and the health board.\n", "en").diagnostics;
    expect(d.state).toBe("partial");
    expect(d.missingElements).toEqual(["who"]);
    expect(d.message).toBe("Involvement: the text names how they are involved (“consultation”), but not who is involved.");
  });

  it("places the diagnostic on the title when no involvement heading exists", () => {
    const [d] = lint("# Library opening hours\n\nThe libraries open at nine.\n", "en").diagnostics;
    expect(d.text).toBe("Library opening hours");
    expect(d.state).toBe("missing");
  });
});

describe("mr/involvement: WHO with vague intent (held-out class)", () => {
  const stateOf = (source: string, language: "sv" | "en") => lint(source, language).coverage.rules["mr/involvement"].state;

  it.each([
    ["sv", "Invånarnas åsikter bör inhämtas vid behov."],
    ["sv", "Vårdnadshavarnas synpunkter ska beaktas i mån av tid."],
    ["sv", "Synpunkter från brukare och anhöriga ska tas tillvara vid nästa revidering."],
    ["sv", "Kommunen ska ta tillvara de äldres synpunkter."],
    ["en", "Tenants' opinions will be gathered where appropriate."],
    ["en", "Residents' feedback should be considered as needed."],
    ["en", "The views of park users and local residents should be sought where appropriate."],
    ["en", "The Council will seek the views of carers."],
  ] as const)("views of people to be sought or taken into account, with no method, are partial (%s): %s", (language, text) => {
    const result = lint(`# Plan\n\n${text}\n`, language);
    expect(result.coverage.rules["mr/involvement"].state).toBe("partial");
    expect(result.diagnostics[0].missingElements).toContain("how");
  });

  it.each([
    ["sv", "Stöd ges till äldre vid behov."],
    ["sv", "Synpunkter och klagomål från invånarna registreras i ärendesystemet."],
    ["sv", "Erfarenheterna från projektet ska tas tillvara."],
    ["en", "Help is given to older people when needed."],
    ["en", "Complaints from residents are logged in the case system."],
  ] as const)("a WHO with a hedge, complaints handling or lessons learnt are not involvement intent (%s): %s", (language, text) => {
    expect(stateOf(`# Plan\n\n${text}\n`, language)).toBe("missing");
  });
});

describe("mr/involvement: fixtures", () => {
  const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/rules/involvement");
  const expected = JSON.parse(readFileSync(path.join(fixtures, "expected.json"), "utf8")) as Record<string, string>;
  it.each(Object.entries(expected))("%s is %s", (file, state) => {
    const text = readFileSync(path.join(fixtures, file), "utf8");
    const result = lintText(text, { rules: involvementBuilt, format: file.endsWith(".txt") ? "text" : "markdown" });
    expect(result.coverage.rules["mr/involvement"].state).toBe(state);
  });
});
