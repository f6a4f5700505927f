/**
 * mr/follow-up end to end through the real pipeline (Markdown/text parser,
 * analysis, engine and the built-in rule file from packages/*\/dist, so build
 * first). Covers the state table (WHAT / WHEN / WHO / COMMUNICATE, three of
 * four together), follow-up context (cues and headings), the messages, text
 * without diacritics or from OCR, tables, the fixtures shared by this rule
 * pack's principle rules, and one regression test per exception-registry
 * entry, named after the case it guards.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../../packages/core/dist/index.js";
import { lint } from "../../packages/markdown/dist/index.js";

const RULE = "mr/follow-up";
type Lang = "sv" | "en";
const rules = builtinRules().filter((r) => r.meta.id === RULE);

function run(source: string, lang: Lang, locale?: Lang) {
  const format = source.startsWith("#") || source.includes("|") ? "markdown" : "text";
  const result = lint(source, { format, rules, locale, config: { language: lang } });
  return { coverage: result.coverage.rules[RULE], diagnostics: result.diagnostics.filter((d) => d.ruleId === RULE) };
}
const doc = (body: string, lang: Lang) => (lang === "sv" ? `# Plan för verksamheten\n\n${body}\n` : `# Plan for the service\n\n${body}\n`);
const stateOf = (body: string, lang: Lang) => run(doc(body, lang), lang).coverage.state;
const elementsOf = (body: string, lang: Lang) => run(doc(body, lang), lang).coverage.elements;

describe("mr/follow-up: the state table (three of WHAT, WHEN, WHO, COMMUNICATE)", () => {
  it("all four together are satisfied, each element with evidence", () => {
    const { coverage, diagnostics } = run(
      doc("Socialnämnden mäter varje år andelen brukare som fått vara med och bestämma (Kolada, uppdelat på kön) och redovisar resultatet för kommunfullmäktige i årsredovisningen.", "sv"),
      "sv",
    );
    expect(coverage.state).toBe("satisfied");
    expect(coverage.elements).toEqual({ what: true, when: true, who: true, communicate: true });
    expect(new Set(coverage.evidence.map((e) => e.element))).toEqual(new Set(["what", "when", "who", "communicate"]));
    expect(diagnostics).toEqual([]);
  });

  it("three of four are satisfied: no WHO (the Thornbridge pattern)", () => {
    expect(stateOf("Progress against the measures below will be published every year in March.", "en")).toBe("satisfied");
    expect(stateOf("Planen följs upp med nyckeltal varje år och resultaten publiceras på kommunens webbplats.", "sv")).toBe("satisfied");
  });

  it("two of four are partial and the message names the missing elements", () => {
    const { diagnostics } = run(doc("Socialnämnden följer upp programmet vid halvtid 2027.", "sv"), "sv");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].state).toBe("partial");
    expect(diagnostics[0].missingElements).toEqual(["what", "communicate"]);
    expect(diagnostics[0].message).toMatch(/^Uppföljning: texten anger när \(”.+”\) och vem som ansvarar \(”Socialnämnden”\), men inte vad som mäts eller hur resultaten kommuniceras\./);
  });

  it("one element is partial: 'Progress will be reviewed annually' (WHEN only)", () => {
    const { diagnostics } = run(doc("Progress will be reviewed annually.", "en"), "en");
    expect(diagnostics[0].state).toBe("partial");
    expect(diagnostics[0].missingElements).toEqual(["what", "who", "communicate"]);
    expect(diagnostics[0].message).toMatch(/^Follow-up: the text names when \(“annually”\), but not what is measured, who is responsible or how the results are communicated\./);
  });

  it("'Planen följs upp vid behov' is vague intent: partial with the cue quoted", () => {
    const { diagnostics } = run(doc("Planen ska följas upp vid behov.", "sv"), "sv");
    expect(diagnostics[0]).toMatchObject({ state: "partial", messageId: "vague" });
    expect(diagnostics[0].message).toMatch(/^Uppföljning: texten säger bara att arbetet ska följas upp \(”vid behov”\), inte hur\./);
    expect(stateOf("The strategy will be monitored when needed.", "en")).toBe("partial");
    expect(stateOf("The policy will be reviewed when necessary.", "en")).toBe("partial");
  });

  it("nothing at all is missing, with a message that says why it matters", () => {
    const { diagnostics } = run(doc("Biblioteken har öppet klockan 10–19 på vardagar.", "sv"), "sv");
    expect(diagnostics[0].state).toBe("missing");
    expect(diagnostics[0].message).toMatch(/ett av MR-kommunens sex åtaganden/);
    expect(run(doc("Biblioteken har öppet klockan 10–19 på vardagar.", "sv"), "sv", "en").diagnostics[0].message).toMatch(/^Follow-up: the text does not say how the work is followed up\./);
  });

  it("elements far apart in one section are partial with the 'apart' message", () => {
    const body = "Socialnämnden ansvarar för uppföljningen. Lokalerna rustas om. Skyltarna byts ut. Personalen får nya kläder. Nyckeltalen redovisas.";
    const { diagnostics, coverage } = run(doc(body, "sv"), "sv");
    expect(coverage.elements).toEqual({ what: true, when: false, who: true, communicate: true });
    expect(diagnostics[0]).toMatchObject({ state: "partial", messageId: "apart" });
    expect(diagnostics[0].message).toMatch(/^Uppföljning: texten nämner .+, men inte i samma sammanhang\./);
  });
});

describe("mr/follow-up: negation, postponement and placeholders", () => {
  it("a negated follow-up is missing: 'Någon särskild uppföljning av policyn planeras inte'", () => {
    expect(stateOf("Någon särskild uppföljning av policyn planeras inte.", "sv")).toBe("missing");
    expect(stateOf("There are no plans to monitor the effect of the policy.", "en")).toBe("missing");
  });

  it("an empty 'Uppföljning' section ('Beskrivs senare.') is missing and the diagnostic sits on that heading", () => {
    const { diagnostics } = run("# Plan\n\n## Mål\n\nFler ska läsa.\n\n## Uppföljning\n\nBeskrivs senare.\n", "sv");
    expect(diagnostics[0].state).toBe("missing");
    expect(diagnostics[0].text).toBe("Uppföljning");
    expect(diagnostics[0].range.start.line).toBe(6);
  });

  it("a heading 'Uppföljning' in a table of contents or as a title satisfies nothing", () => {
    expect(run("# Uppföljning av planen\n\nBiblioteken har öppet på lördagar.\n", "sv").coverage.state).toBe("missing");
  });
});

describe("mr/follow-up: follow-up context (cues and headings)", () => {
  it("a board, a year and statistics in background text are not follow-up", () => {
    const body = "Socialnämnden beslutade 2023 att ta fram planen. Enligt SCB:s statistik bor 23 procent av barnfamiljerna i hyresrätt.";
    expect(stateOf(body, "sv")).toBe("missing");
    expect(stateOf("The Housing Committee agreed in 2023 that data from the 2021 census would be used.", "en")).toBe("missing");
  });

  it("a past description of earlier work is no follow-up cue: 'genomförde en kartläggning', 'redovisade'", () => {
    expect(stateOf("Socialnämnden genomförde 2023 en kartläggning och redovisade resultatet för kommunstyrelsen i mars.", "sv")).toBe("missing");
  });

  it("paraphrase without 'uppföljning': 'redovisar varje höst för kommunfullmäktige hur andelen … har utvecklats'", () => {
    const body =
      "Social- och hälsonämnden redovisar varje höst för kommunfullmäktige hur andelen unga som känner sig trygga har utvecklats. Siffrorna visas för kvinnor och män separat och läggs ut på kommunens webbplats.";
    expect(stateOf(body, "sv")).toBe("satisfied");
    expect(stateOf("Each October the board reports to the council how the share of residents who feel safe has changed, for women and men separately.", "en")).toBe("satisfied");
  });

  it("a section under a follow-up heading is in context: '## Hur vi vet att det fungerar'", () => {
    const source = "# Program\n\n## Hur vi vet att det fungerar\n\nVarje vår sammanställer folkhälsostrategen svaren, uppdelade på kön och skola. En kortversion läggs ut på webben.\n";
    expect(run(source, "sv").coverage.state).toBe("satisfied");
  });

  it("a follow-up table is read by rows with its header row", () => {
    const source =
      "# Riktlinje\n\n## Uppföljning\n\n| Mått | När | Vem | Redovisas |\n|---|---|---|---|\n| Antal anhöriga som fått stöd, per kön | Varje år i februari | Anhörigkonsulent | Publiceras på webben |\n";
    expect(run(source, "sv").coverage.state).toBe("satisfied");
    const plan = "# Equality Action Plan\n\n| Action | Lead | By when | Measure of success |\n|---|---|---|---|\n| Publish pay gap data by sex | Head of HR | March each year | Data published on website |\n";
    expect(run(plan, "en").coverage.state).toBe("satisfied");
  });

  it("sex-disaggregated data count as WHAT: 'uppdelat på kön', 'broken down by sex'", () => {
    expect(elementsOf("Planen följs upp med statistik uppdelad på kön.", "sv")?.what).toBe(true);
    expect(elementsOf("Usage will be monitored, broken down by sex and age.", "en")?.what).toBe(true);
  });
});

describe("mr/follow-up: follow-up told in paraphrase (a verb of looking or telling with a quantity)", () => {
  it("'looks at how many', 'tittar på hur många', 'berättar … hur andelen' set the context", () => {
    expect(stateOf("Each autumn the Housing Committee looks at how many households were helped and publishes the figures on the council website.", "en")).toBe("satisfied");
    expect(stateOf("Varje höst tittar socialnämnden på hur många som fått stöd, och siffrorna läggs ut på webbplatsen.", "sv")).toBe("satisfied");
    expect(stateOf("Varje vår berättar fritidsnämnden för fullmäktige hur andelen flickor i föreningslivet har utvecklats.", "sv")).toBe("satisfied");
    expect(stateOf("Every spring the Youth Board reviews how well the new clubs reach girls, and the results are shared with the youth council.", "en")).toBe("satisfied");
  });

  it("a quantity or a 'how' without looking back is no follow-up: 'Det är oklart hur många', 'berättar hur man ansöker'", () => {
    expect(stateOf("Det är oklart hur många som berörs. Socialnämnden beslutar om insatserna 2026.", "sv")).toBe("missing");
    expect(stateOf("Broschyren berättar hur man ansöker om bidrag varje år hos kultur- och fritidsnämnden.", "sv")).toBe("missing");
    expect(stateOf("The leaflet looks at how residents can apply. The Council publishes it each year.", "en")).toBe("missing");
  });
});

describe("mr/follow-up: exception registry (wrong senses)", () => {
  it("uppföljning av ärenden is case handling", () => {
    expect(stateOf("Uppföljning av ärenden sker i ärendesystemet.", "sv")).toBe("missing");
  });

  it("uppföljning av elevärenden is case handling", () => {
    expect(stateOf("Uppföljning av elevärenden sker i elevhälsoteamet varje månad.", "sv")).toBe("missing");
  });

  it("uppföljning av det enskilda ärendet and of a genomförandeplan are case handling", () => {
    expect(stateOf("Uppföljning av det enskilda ärendet sker var tredje månad.", "sv")).toBe("missing");
    expect(stateOf("Uppföljning av genomförandeplanen görs varje halvår av kontaktmannen.", "sv")).toBe("missing");
  });

  it("uppföljningssamtal with one person is case handling", () => {
    expect(stateOf("Efter tre månader erbjuds ett uppföljningssamtal.", "sv")).toBe("missing");
  });

  it("a case followed up within a time limit is case handling: 'följs upp inom', 'followed up within'", () => {
    expect(stateOf("Varje avvikelse följs upp inom två veckor.", "sv")).toBe("missing");
    expect(stateOf("Complaints are followed up by the service concerned within ten working days.", "en")).toBe("missing");
  });

  it("a follow-up appointment or call is case handling", () => {
    expect(stateOf("A follow-up appointment is offered after six weeks.", "en")).toBe("missing");
    expect(stateOf("Follow-up calls are made to check that the resident is satisfied.", "en")).toBe("missing");
  });

  it("an individual's request for a review is not a review of the policy", () => {
    expect(stateOf("People can ask for the assessment to be reviewed.", "en")).toBe("missing");
    expect(stateOf("Residents may request a review of the decision within 21 days.", "en")).toBe("missing");
  });

  it("checks of suppliers belong to mr/contracts: 'Leverantörerna följs upp årligen genom revision'", () => {
    expect(stateOf("Leverantörerna följs upp årligen genom revision.", "sv")).toBe("missing");
    expect(stateOf("Leverantörsuppföljning sker varje år.", "sv")).toBe("missing");
    expect(stateOf("Avtalsuppföljning görs två gånger per år.", "sv")).toBe("missing");
    expect(stateOf("Suppliers are monitored every quarter against the contract.", "en")).toBe("missing");
  });

  it("'nämnda' is 'mentioned', not a board", () => {
    expect(elementsOf("De ovan nämnda insatserna följs upp.", "sv")?.who).toBe(false);
  });

  it("a board named as the audience is not who follows up: 'redovisas för socialnämnden'", () => {
    expect(elementsOf("Resultatet redovisas för socialnämnden.", "sv")?.who).toBe(false);
    expect(elementsOf("The report is presented to the Communities Scrutiny Committee.", "en")?.who).toBe(false);
    expect(elementsOf("Socialnämnden redovisar resultatet.", "sv")?.who).toBe(true);
  });

  it("a summary of what participants said is feedback on involvement, not results", () => {
    expect(stateOf("A summary of what we heard was published in March 2025 and sent to everyone who took part.", "en")).toBe("missing");
    expect(stateOf("Synpunkterna sammanställs i en samrådsredogörelse som publiceras i juni.", "sv")).toBe("missing");
  });

  it("a national agency's report is not the municipality's follow-up: 'Socialstyrelsens rapport'", () => {
    expect(elementsOf("I Socialstyrelsens rapport från 2023 framgår att andelen äldre ökar.", "sv")?.who).toBe(false);
    expect(stateOf("I Socialstyrelsens rapport från 2023 framgår att andelen äldre ökar.", "sv")).toBe("partial");
  });

  it("background statistics are not follow-up: 'Enligt Öppna jämförelser 2023 …'", () => {
    expect(stateOf("Enligt Öppna jämförelser 2023 ligger socialnämndens nyckeltal under rikets.", "sv")).toBe("missing");
  });

  it("reporting a fault or reporting to the police is not reporting results", () => {
    expect(stateOf("Residents can report a fault online every day of the year.", "en")).toBe("missing");
    expect(stateOf("Incidents are reported to the police in 2025.", "en")).toBe("missing");
  });
});

describe("mr/follow-up: text from PDFs and scans", () => {
  it("text without diacritics counts: 'uppfoljning', 'foljer upp', 'varje ar'", () => {
    const source = "# Plan\n\n## Uppfoljning\n\nSocialnamnden foljer upp nyckeltalen varje ar och resultaten publiceras pa kommunens webbplats.\n";
    expect(run(source, "sv").coverage.state).toBe("satisfied");
  });

  it("OCR confusions count: 'f6ljer varje ar upp', 'n&mnden'", () => {
    const source = "4 UPPF6LJNING\n\nBarn- och utbildningsforvaltningen f6ljer varje ar upp\nandelen elever som nar kunskapskraven, uppdelat pa flickor och\npojkar, och redovisar resultatet f6r n&mnden i kvalitetsrapporten.\n";
    expect(run(source, "sv").coverage.state).toBe("satisfied");
  });

  it("a word hyphenated across a line break counts: 'upp-\\nföljning'", () => {
    const source = "Planen ska föl-\njas upp vid behov.\n";
    expect(run(source, "sv").coverage.state).toBe("partial");
    expect(run("Någon upp-\nföljning av planen planeras inte.\n", "sv").coverage.state).toBe("missing");
  });
});

describe("mr/follow-up: fixtures (fixtures/rules/{follow-up,accountability,non-discrimination,knowledge})", () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/rules");
  const cases: Array<[string, string, string]> = [];
  for (const dir of ["follow-up", "accountability", "non-discrimination", "knowledge"]) {
    const expected = JSON.parse(readFileSync(path.join(root, dir, "expected.json"), "utf8")) as Record<string, Record<string, string>>;
    for (const file of readdirSync(path.join(root, dir)).filter((f) => f !== "expected.json")) {
      const state = expected[file]?.[RULE];
      if (state) cases.push([`${dir}/${file}`, state, file.includes("-en.") ? "en" : "sv"]);
    }
  }
  it("has fixtures for this rule", () => expect(cases.length).toBeGreaterThan(10));
  it.each(cases)("%s is %s", (file, state, lang) => {
    const source = readFileSync(path.join(root, file), "utf8");
    const format = file.endsWith(".txt") ? "text" : "markdown";
    const result = lint(source, { format, rules, config: { language: lang as Lang } });
    expect(result.coverage.rules[RULE].state).toBe(state);
  });
});
