/**
 * mr/dilemmas end to end through the real pipeline: the Markdown/text
 * parser, the analysis, the engine and the built-in rule file
 * (packages/*\/dist, so build first). Covers the state table (a named
 * conflict with its handling; a generic acknowledgement; a conflict without
 * handling), words apart ("står i vissa fall mot"), headings that name the
 * conflict, the messages, the fixtures in fixtures/rules/dilemmas, text
 * without diacritics, and one regression test per exception-registry entry.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../../packages/core/dist/index.js";
import { lint } from "../../packages/markdown/dist/index.js";

const RULE = "mr/dilemmas";
const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.resolve(here, "../../fixtures/rules/dilemmas");
const rules = builtinRules().filter((r) => r.meta.id === RULE);
type Lang = "sv" | "en";

const PREFIX: Record<Lang, string> = {
  sv: "# Plan för verksamheten\n\n## Bakgrund\n\nKommunen har tagit fram planen under året tillsammans med förvaltningarna.\n\n## Innehåll\n\n",
  en: "# Plan for the service\n\n## Background\n\nThe Council prepared this plan during the year with its departments.\n\n## Content\n\n",
};

function run(body: string, lang: Lang, options: { locale?: Lang; prefix?: boolean } = {}) {
  const source = options.prefix === false ? body : PREFIX[lang] + body;
  const result = lint(source, { rules, locale: options.locale, config: { language: lang } });
  return { coverage: result.coverage.rules[RULE], diagnostics: result.diagnostics.filter((d) => d.ruleId === RULE) };
}
const stateOf = (body: string, lang: Lang) => run(body, lang).coverage.state;

describe("mr/dilemmas: a named conflict and how it is handled", () => {
  it("is satisfied with both as evidence and no finding", () => {
    const { coverage, diagnostics } = run(
      "Fler bostäder i Norrdalen står mot barnens behov av grönytan. Byggnadsnämnden gör en prövning av barnets bästa och ersätter ytan med en ny lekplats.\n",
      "sv",
    );
    expect(coverage.state).toBe("satisfied");
    expect(coverage.elements).toEqual({ conflict: true, handling: true });
    expect(coverage.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(["står mot", "ersätter"]));
    expect(diagnostics).toEqual([]);
  });

  it.each([
    ["sv", "Rätten till heltid står i vissa verksamheter mot behovet av bemanning på helger. Kommunen hanterar avvägningen genom att schemat läggs tillsammans med medarbetarna."],
    ["sv", "Kraven från arbetsmarknaden står därför delvis mot den interna lönestrukturen. Nämnden har valt att prioritera yrken med brist och redovisar avvägningen öppet."],
    ["sv", "Målkonflikten mellan snabb bostadsutbyggnad och skyddet av jordbruksmark hanteras genom att ny bebyggelse i första hand sker på redan ianspråktagen mark."],
    ["sv", "Intressena står mot varandra, och planen väljer att låta behoven styra."],
    ["en", "Longer library opening hours must be balanced against staff working time; the board decides after consulting the trade unions."],
    ["en", "The City weighs heritage conservation against equal access in a documented assessment, and access prevails."],
    ["en", "Our goals of reducing car use and keeping town centres accessible pull in different directions. We resolve this by keeping blue-badge parking in every car park we close."],
    ["en", "There is a trade-off between speed and thoroughness; we have chosen thoroughness because the risk to children outweighs the delay."],
  ] as const)("satisfied (%s): %s", (lang, text) => {
    expect(stateOf(text + "\n", lang)).toBe("satisfied");
  });

  it("a heading can name the conflict: 'Balancing income and access to care'", () => {
    const body = "## Balancing income and access to care\n\nCharges fund care for everyone, but high charges can lead people to refuse care. The Council has weighed these two aims and decided to cap weekly charges.\n";
    expect(stateOf(body, "en")).toBe("satisfied");
  });
});

describe("mr/dilemmas: partial", () => {
  it("a generic acknowledgement ('eventuella målkonflikter hanteras i ordinarie process') is partial, with the cue quoted", () => {
    const { coverage, diagnostics } = run("Eventuella målkonflikter hanteras i den ordinarie budgetprocessen.\n", "sv");
    expect(coverage.state).toBe("partial");
    expect(diagnostics[0].messageId).toBe("vague");
    expect(diagnostics[0].message).toBe(
      "Dilemman: texten nämner konflikter bara i allmänna ordalag (”Eventuella”) utan att namnge någon. Skriv vilka mål, rättigheter eller intressen som står mot varandra och hur avvägningen görs.",
    );
  });

  it.each([
    ["sv", "Avvägningar mellan olika intressen görs i varje enskilt fall."],
    ["sv", "I en kris kan målkonflikter uppstå, och dessa hanteras i krisledningsarbetet."],
    ["en", "Any conflicts between priorities will be resolved through the normal budget process."],
    ["en", "Conflicting views will be managed through the normal decision-making process."],
  ] as const)("conflicts acknowledged only in general are partial (%s): %s", (lang, text) => {
    expect(stateOf(text + "\n", lang)).toBe("partial");
  });

  it.each([
    ["sv", "Det finns en målkonflikt mellan att bevara Gamla stan och att bygga nya bostäder i centrum."],
    ["sv", "Tillgänglighet och kulturmiljövärden kan krocka i äldre byggnader."],
    ["sv", "Inom vissa yrken står kraven från arbetsmarknaden mot den interna lönestrukturen. Sådana avvägningar görs i lönerevisionen."],
    ["en", "There are tensions between investing in prevention and responding to immediate hardship."],
    ["en", "Landlords' flexibility has to be weighed against tenants' security."],
  ] as const)("a named conflict with no word on how it is handled (only where) is partial (%s): %s", (lang, text) => {
    expect(stateOf(text + "\n", lang)).toBe("partial");
  });

  it("partial names the conflict found and the missing handling, in Swedish and English", () => {
    const body = "Det finns en målkonflikt mellan klimatmålen och fler parkeringsplatser.\n";
    const [sv] = run(body, "sv").diagnostics;
    expect(sv.missingElements).toEqual(["handling"]);
    expect(sv.message).toMatch(/^Dilemman: texten anger en målkonflikt \(”målkonflikt( mellan)?”\), men inte hur konflikten vägs eller hanteras\./);
    const [en] = run(body, "sv", { locale: "en" }).diagnostics;
    expect(en.message).toMatch(/^Dilemmas: the text names a conflict \(“målkonflikt( mellan)?”\), but not how it is weighed or handled\./);
  });
});

describe("mr/dilemmas: missing and wrong senses", () => {
  it("nothing of the kind is missing, with the message saying why", () => {
    const [d] = run("Biblioteken har öppet till klockan 20 på vardagar.\n", "sv").diagnostics;
    expect(d.state).toBe("missing");
    expect(d.message).toMatch(/^Dilemman: texten namnger ingen målkonflikt eller krock mellan rättigheter eller intressen\./);
  });

  it("'conflicts of interest' is not a goal conflict", () => {
    expect(stateOf("Officers must declare any conflict of interest before a decision is taken.\n", "en")).toBe("missing");
    expect(stateOf("Förtroendevalda ska anmäla jäv och undvika intressekonflikter.\n", "sv")).toBe("missing");
  });

  it("workplace disputes resolved by mediation are not a dilemma of the policy", () => {
    expect(stateOf("The mediation service helps colleagues resolve conflicts at work, and managers are trained in conflict resolution.\n", "en")).toBe("missing");
    expect(stateOf("Personalen ska kunna hantera konflikter med brukare genom lågaffektivt bemötande.\n", "sv")).toBe("missing");
  });

  it("an armed conflict as a risk scenario is not a goal conflict", () => {
    expect(stateOf("Kommunen ska ha beredskap för väpnad konflikt och andra allvarliga kriser.\n", "sv")).toBe("missing");
  });

  it("a negated mention does not count", () => {
    expect(stateOf("Några målkonflikter har inte identifierats.\n", "sv")).toBe("missing");
  });
});

describe("mr/dilemmas: conflicts told in paraphrase (held-out classes)", () => {
  it.each([
    ["sv", "Konstgräsplanerna räcker inte till alla lag som vill träna på vintern."],
    ["sv", "Budgeten för färdtjänst räcker inte åt både de äldre och skolbarnen."],
    ["en", "There is not enough hall time for every club in the borough."],
  ] as const)("scarcity: a resource that is not enough for everyone names a conflict (%s): %s", (lang, text) => {
    expect(stateOf(text + "\n", lang)).toBe("partial");
  });

  it.each([
    ["sv", "Hundägarna vill ha en rastgård i parken, medan de boende vill ha kvar gräsytan."],
    ["sv", "Kulturskolan behöver lokalen på kvällarna, medan pensionärsföreningen vill använda den för dans."],
    ["en", "Cyclists want protected lanes, whereas bus operators want the kerb space for stops."],
    ["en", "Residents want more parking, while the plan aims to cut car use."],
  ] as const)("competing wants: one party wants what another wants or needs (%s): %s", (lang, text) => {
    expect(stateOf(text + "\n", lang)).toBe("partial");
  });

  it.each([
    ["sv", "Bassängtiden räcker inte till alla föreningar. Simskolor för barn får tider i första hand."],
    ["sv", "Fotbollsklubbarna vill ha planen på helgerna, medan skolorna vill använda den för idrottsdagar. Kommunen låter skolorna gå före under terminerna."],
    ["sv", "Hundägarna vill ha en rastgård, medan de boende vill ha kvar gräsytan. Vi väger de boendes behov tyngre och anlägger rastgården vid idrottsplatsen."],
    ["en", "There is not enough hall time for every club. We prioritise junior teams."],
  ] as const)("a paraphrased conflict with a weighing in the next sentences is satisfied (%s): %s", (lang, text) => {
    expect(stateOf(text + "\n", lang)).toBe("satisfied");
  });

  it.each([
    ["sv", "Personalens önskemål om heltid prioriteras framför behovet av korta pass på helgerna."],
    ["sv", "Trafiksäkerheten väger tyngre än framkomligheten på gator nära skolor."],
    ["en", "The Council puts road safety ahead of journey times near schools."],
    ["en", "We prioritise junior teams over adult leagues when halls are booked."],
  ] as const)("two-sided weighing: 'X prioriteras framför Y' names the conflict and how it is weighed (%s): %s", (lang, text) => {
    expect(stateOf(text + "\n", lang)).toBe("satisfied");
  });

  it.each([
    ["sv", "Det finns en målkonflikt mellan fler odlingslotter och en ny förskola på samma mark. Nämnden valde förskolan."],
    ["en", "We have weighed quiet study space against room for events. We chose quiet space during exam periods."],
    ["en", "There is a trade-off between opening hours and staffing. The board opted for shorter Sunday hours."],
  ] as const)("choosing, in any tense, is handling in the next sentence (%s): %s", (lang, text) => {
    expect(stateOf(text + "\n", lang)).toBe("satisfied");
  });

  it("a preposition's negation ends at the verb: 'en entré utan trappor kan krocka' is a named conflict", () => {
    expect(stateOf("Fasaden och kravet på en entré utan trappor kan krocka.\n", "sv")).toBe("partial");
    expect(run("# Plan\n\n## Mal\n\nEn hiss utan maskinrum och den skyddade takkonstruktionen kan krocka.\n", "sv", { prefix: false }).coverage.state).toBe("partial");
  });

  it.each([
    ["sv", "Personalen vill ha mer utbildning."],
    ["sv", "Vi prioriterar förebyggande arbete."],
    ["sv", "Biblioteket är öppet medan skolan har lov."],
    ["sv", "Ungdomarna vill ha en egen lokal, medan kommunen har beslutat om nya fritidsgårdar."],
    ["en", "Staff want more training."],
    ["en", "The library chose new furniture for the reading room."],
    ["en", "The library stays open while the schools are on holiday."],
  ] as const)("a want, a priority or a choice alone is not a conflict (%s): %s", (lang, text) => {
    expect(stateOf(text + "\n", lang)).toBe("missing");
  });
});

describe("mr/dilemmas: text that lost its diacritics", () => {
  it("is judged like clean text", () => {
    const source = "# Plan\n\n## Bakgrund\n\nPlanen galler 2025 till 2027.\n\n## Avvagningar\n\nBehovet av nya bostader star mot intresset att bevara gronomraden. Kommunen hanterar avvagningen genom att ersatta varje gronyta som bebyggs.\n";
    expect(run(source, "sv", { prefix: false }).coverage.state).toBe("satisfied");
  });
});

describe("mr/dilemmas: fixtures", () => {
  const expected = JSON.parse(readFileSync(path.join(fixtures, "expected.json"), "utf8")) as Record<string, string>;
  it.each(Object.entries(expected))("%s is %s", (file, state) => {
    const text = readFileSync(path.join(fixtures, file), "utf8");
    const result = lint(text, { rules, format: file.endsWith(".txt") ? "text" : "markdown" });
    expect(result.coverage.rules[RULE].state).toBe(state);
    if (state === "satisfied") expect(result.diagnostics.filter((d) => d.ruleId === RULE)).toEqual([]);
  });
});

/** One regression case per exception-registry entry (`check.ignore`): with the entry the sentence names no conflict. */
const REGISTRY: Record<string, { lang: Lang; text: string }> = {
  "undvika intressekonflikt": { lang: "sv", text: "Medarbetare ska undvika intressekonflikter i sitt arbete." },
  "intressekonflikt och jäv": { lang: "sv", text: "Vid intressekonflikt och jäv lämnar ledamoten sammanträdet." },
  "konflikter mellan medarbetare": { lang: "sv", text: "Konflikter mellan medarbetare hanteras genom samtal med chefen." },
  "konflikter mellan kollegor": { lang: "sv", text: "Konflikter mellan kollegor löses i första hand på arbetsplatsen." },
  "konflikter mellan elever": { lang: "sv", text: "Konflikter mellan elever hanteras av mentorn genom samtal." },
  "förena arbete och": { lang: "sv", text: "Det kan vara svårt att förena arbete och familj, och chefen beslutar om flexibla arbetstider." },
  "förena förvärvsarbete och": { lang: "sv", text: "Det är svårt att förena förvärvsarbete och föräldraskap, och chefen beslutar om flexibla arbetstider." },
  "i konflikt med lagen": { lang: "sv", text: "Unga i konflikt med lagen erbjuds stöd genom att socialtjänsten tar kontakt." },
  "står bakom": { lang: "sv", text: "Kommunen står bakom arbetet mot våld i nära relationer och prioriterar förebyggande insatser." },
  "står för": { lang: "sv", text: "Nämnden står för kostnaden för insatser mot hemlöshet och beslutar om fördelningen." },
  "står upp": { lang: "sv", text: "Kommunen står upp för alla invånare mot hat och hot och beslutar om åtgärder." },
  "står inför": { lang: "sv", text: "Kommunen står inför ett arbete mot översvämning och prioriterar skolorna." },
  "står i centrum": { lang: "sv", text: "Barnen står i centrum för arbetet mot mobbning, och skolan beslutar om åtgärder." },
  "står i fokus": { lang: "sv", text: "Tryggheten står i fokus för arbetet mot brott, och nämnden beslutar om insatserna." },
  "står fast": { lang: "sv", text: "Kommunen står fast vid sitt arbete mot segregation och prioriterar skolorna." },
  "står utanför": { lang: "sv", text: "Många står utanför arbetsmarknaden, och insatser mot arbetslöshet prioriteras." },
  "står öppen": { lang: "sv", text: "Lokalen står öppen för föreningar mot en låg avgift, och nämnden beslutar om tiderna." },
  "står till förfogande": { lang: "sv", text: "Lokalen står till förfogande mot en avgift, och nämnden beslutar om tiderna." },
  "står klar": { lang: "sv", text: "Den nya skolan står klar mot slutet av året, och nämnden beslutar om antagningen." },
  "framför allt": { lang: "sv", text: "Det finns en målkonflikt mellan klimatmålen och trafiken, framför allt i centrum." },
  "conflicts between colleagues": { lang: "en", text: "Conflicts between colleagues are handled by managers through mediation." },
  "conflicts between staff": { lang: "en", text: "Conflicts between staff are handled by managers through mediation." },
  "conflicts between pupils": { lang: "en", text: "Conflicts between pupils are handled by the school through restorative meetings." },
  "in conflict with the law": { lang: "en", text: "Children in conflict with the law are supported by the youth justice team, which decided to add two workers." },
  "balancing work and": { lang: "en", text: "Flexible working helps staff balancing work and caring responsibilities, and managers decide each request." },
  "surface tension": { lang: "en", text: "The surface tension of the water was measured before the pool decided to reopen." },
  "community tension": { lang: "en", text: "Community tension is monitored by the police, who decided to add patrols." },
  "tensions in the community": { lang: "en", text: "Tensions in the community are reported to the partnership, which decided to meet monthly." },
  "racial tension": { lang: "en", text: "Racial tension in the area is reported to the partnership, which decided to meet monthly." },
};
/** Registry entries whose case leaves a named conflict without handling (the entry removes only the handling word). */
const PARTIAL_CASES = new Set(["framför allt"]);

describe("mr/dilemmas: exception registry", () => {
  const file = parse(readFileSync(path.join(here, "dilemmas.yml"), "utf8"));
  const entries = [...(file.check.ignore.sv ?? []), ...(file.check.ignore.en ?? [])].map((e: string | { term: string }) => (typeof e === "string" ? e : e.term));

  it("every registry entry has a regression case", () => {
    expect(entries.sort()).toEqual(Object.keys(REGISTRY).sort());
  });

  it.each(Object.entries(REGISTRY))("wrong sense: %s", (entry, { lang, text }) => {
    expect(stateOf(text + "\n", lang)).toBe(PARTIAL_CASES.has(entry) ? "partial" : "missing");
  });
});
