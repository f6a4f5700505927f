import { describe, expect, it } from "vitest";
import { lintDocument } from "../engine/lint-document.js";
import { plainDocument } from "../engine/testing/plain-document.js";
import { header, ruleFromYaml } from "../engine/testing/rule-from-yaml.js";

// A follow-up-like rule: four elements, three of four within a section satisfy it.
const followUp = ruleFromYaml(`${header("test/follow-up", "document", "elements")}
sectionHeadings: { sv: [Uppföljning], en: [Follow-up] }
messages:
  missing: { sv: "Uppföljning saknas: {missing}", en: "No follow-up: {missing}" }
  partial: { sv: "Uppföljning: anger {found}, men inte {missing}", en: "Follow-up: names {found}, but not {missing}" }
  vague: { sv: "Uppföljning: bara en avsikt ({cue})", en: "Follow-up: only intent ({cue})" }
check:
  scope: section
  states:
    satisfied: { atLeast: 3 }
    partial: { atLeast: 1 }
  elements:
    what: { name: { sv: vad som mäts, en: what is measured }, terms: { sv: [indikator, nyckeltal, brukarundersökning], en: [indicator, survey] } }
    when: { name: { sv: när, en: when }, terms: { sv: [årligen, varje år, årsredovisningen], en: [annually, every year] } }
    who: { name: { sv: vem som ansvarar, en: who is responsible }, terms: { sv: [socialnämnden, nämnden], en: [the cabinet] } }
    communicate: { name: { sv: hur resultaten kommuniceras, en: how results are communicated }, terms: { sv: [redovisas, publiceras], en: [published, reported] } }
  ignore:
    sv: [uppföljning av ärenden]
`, "test/follow-up.yml");

const lint = (source: string, language: "sv" | "en" = "sv") => lintDocument(plainDocument(source, language), { rules: [followUp] });

describe("elements kind", () => {
  it("satisfies an atLeast threshold within the scope and reports evidence per element", () => {
    const result = lint("# Plan\n\n## Uppföljning\n\nSocialnämnden följer upp nyckeltalen årligen.\n");
    const coverage = result.coverage.rules["test/follow-up"];
    expect(coverage.state).toBe("satisfied");
    expect(coverage.elements).toEqual({ what: true, when: true, who: true, communicate: false });
    expect(coverage.evidence.map((e) => [e.element, e.text])).toEqual([
      ["who", "Socialnämnden"],
      ["what", "nyckeltalen"],
      ["when", "årligen"],
    ]);
  });

  it("is partial below the threshold and names what is there and what is missing", () => {
    const [d] = lint("# Plan\n\n## Uppföljning\n\nPlanen följs upp årligen.\n").diagnostics;
    expect(d.state).toBe("partial");
    expect(d.message).toBe("Uppföljning: anger när (”årligen”), men inte vad som mäts, vem som ansvarar eller hur resultaten kommuniceras");
    expect(d.missingElements).toEqual(["what", "who", "communicate"]);
    expect(d.text).toBe("Uppföljning");
  });

  it("does not add up elements from different sections under the section scope", () => {
    const source = "# Plan\n\n## Mål\n\nSocialnämnden ansvarar.\n\n## Uppföljning\n\nNyckeltalen mäts årligen.\n";
    expect(lint(source).coverage.rules["test/follow-up"].state).toBe("partial");
  });

  it("is missing with nothing, or only negated mentions", () => {
    expect(lint("# Plan\n\nBiblioteket har öppet på lördagar.\n").coverage.rules["test/follow-up"].state).toBe("missing");
    expect(lint("# Plan\n\nNågon särskild uppföljning av nyckeltal görs inte årligen.\n").coverage.rules["test/follow-up"].state).toBe("missing");
  });

  it("skips ignored wrong-sense mentions, metadata blocks and quotation marks", () => {
    const doc = plainDocument("# Plan\n\nDokumentansvarig: socialnämnden, årligen revideras.\n\nTexten citerar ”Socialnämnden redovisar nyckeltal årligen”.\n");
    doc.blocks[1].role = "metadata";
    const result = lintDocument(doc, { rules: [followUp] });
    expect(result.coverage.rules["test/follow-up"].state).toBe("missing");
  });

  it("a window of sentences never joins two table cells", () => {
    const windowed = ruleFromYaml(`${header("test/window", "document", "elements")}
messages:
  missing: { sv: Saknas, en: Missing }
  partial: { sv: "Delvis: {missing}", en: "Partial: {missing}" }
  vague: { sv: "Vagt", en: "Vague" }
check:
  scope: { window: 3 }
  states: { satisfied: { all: [who, how] } }
  elements:
    who: { name: { sv: vem, en: who }, terms: { sv: [brukare] } }
    how: { name: { sv: hur, en: how }, terms: { sv: [enkät] } }
`, "test/window.yml");
    const source = "# Plan\n\nBrukare\n\nEnkät\n";
    const asParagraphs = plainDocument(source);
    expect(lintDocument(asParagraphs, { rules: [windowed] }).coverage.rules["test/window"].state).toBe("satisfied");
    const asCells = plainDocument(source);
    for (const block of asCells.blocks.slice(1)) block.kind = "table-cell";
    expect(lintDocument(asCells, { rules: [windowed] }).coverage.rules["test/window"].state).toBe("partial");
  });

  it("reads English lexicons for English documents", () => {
    const result = lint("# Plan\n\n## Follow-up\n\nThe Cabinet reviews the indicators annually and the results are published.\n", "en");
    expect(result.coverage.rules["test/follow-up"].state).toBe("satisfied");
  });

  it("with an applicability block, is not applicable without triggers and says why", () => {
    const contracts = ruleFromYaml(`${header("test/contracts", "document", "elements")}
messages:
  missing: { sv: Saknas, en: Missing }
  partial: { sv: "Delvis: {missing}", en: "Partial: {missing}" }
  vague: { sv: "Vagt", en: "Vague" }
check:
  states: { satisfied: { all: [terms, check] } }
  elements:
    terms: { name: { sv: krav, en: requirements }, terms: { sv: [arbetsrättsliga villkor, uppförandekod] } }
    check: { name: { sv: kontroll, en: checks }, terms: { sv: [leverantörsuppföljning, vite] } }
  applicability:
    triggers: { sv: [upphandling, avtal, föreningsbidrag] }
    exclusions: { sv: [kollektivavtal] }
    excludingSentences: { sv: [omfattas inte] }
    reason: { sv: Dokumentet gäller inte upphandling eller avtal., en: The document does not concern procurement or agreements. }
`, "test/contracts.yml");
    const run = (text: string) => lintDocument(plainDocument(`# Policy\n\n${text}\n`), { rules: [contracts] });
    const na = run("Lönen följer kollektivavtalet. Upphandling omfattas inte av policyn.");
    expect(na.coverage.rules["test/contracts"]).toMatchObject({ state: "not-applicable", reason: "Dokumentet gäller inte upphandling eller avtal." });
    expect(na.diagnostics).toEqual([]);
    expect(na.coverage.applicable).toBe(0);
    expect(run("Vid upphandling ställs arbetsrättsliga villkor.").coverage.rules["test/contracts"].state).toBe("partial");
    expect(run("Vid upphandling ställs arbetsrättsliga villkor och vite tas ut vid brister.").coverage.rules["test/contracts"].state).toBe("satisfied");
    expect(run("Kommunen har inga avtal med privata utförare.").coverage.rules["test/contracts"].state).toBe("not-applicable");
  });
});

// A knowledge-like rule whose training element does not count in sentences about a provider's staff.
const training = ruleFromYaml(`${header("test/training", "document", "elements")}
messages:
  missing: { sv: "Saknas: {missing}", en: "Missing: {missing}" }
  partial: { sv: "Delvis: {found}, inte {missing}", en: "Partly: {found}, not {missing}" }
  vague: { sv: "Avsikt ({cue})", en: "Intent ({cue})" }
check:
  states:
    satisfied: { all: [learn, rights] }
    partial: { any: [learn] }
  elements:
    learn:
      name: { sv: utbildning, en: training }
      terms: { sv: [utbildning], en: [training] }
      excludingOpenings: { sv: [leverantör, utförare], en: [provider] }
    rights: { name: { sv: rättigheter, en: rights }, terms: { sv: [barnkonventionen], en: [human rights] } }
`, "test/training.yml");

describe("elements kind: excludingOpenings", () => {
  const state = (source: string, language: "sv" | "en" = "sv") =>
    lintDocument(plainDocument(source, language), { rules: [training] }).coverage.rules["test/training"].state;

  it("drops the element in a sentence that opens with a listed subject", () => {
    expect(state("# Plan\n\nLeverantören av larm ska se till att dess personal har utbildning i barnkonventionen.\n")).toBe("missing");
    expect(state("# Plan\n\nPrivata utförare ska ge personalen utbildning i barnkonventionen.\n")).toBe("missing");
    expect(state("# Plan\n\nAll care providers must give their staff training on human rights.\n", "en")).toBe("missing");
  });

  it("keeps the element when the subject named later is not the opening, and keeps other elements", () => {
    expect(state("# Plan\n\nAlla medarbetare, oavsett utförare, får utbildning i barnkonventionen.\n")).toBe("satisfied");
    expect(state("# Plan\n\nPersonalen får utbildning. Leverantören följer barnkonventionen.\n")).toBe("partial");
  });
});
