/**
 * mr/non-discrimination end to end through the real pipeline (Markdown/text
 * parser, analysis, engine and the built-in rule file from packages/*\/dist,
 * so build first). Covers the state table (a group with equality, or with an
 * accessibility measure or a difference in outcomes; a generic statement;
 * nothing), weak grounds that count only with equality context, the
 * messages, text without diacritics, the shared fixtures, and one regression
 * test per exception-registry entry, named after the case it guards.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../../packages/core/dist/index.js";
import { lint } from "../../packages/markdown/dist/index.js";

const RULE = "mr/non-discrimination";
type Lang = "sv" | "en";
const rules = builtinRules().filter((r) => r.meta.id === RULE);

function run(source: string, lang: Lang, locale?: Lang) {
  const format = source.startsWith("#") || source.includes("|") ? "markdown" : "text";
  const result = lint(source, { format, rules, locale, config: { language: lang } });
  return { coverage: result.coverage.rules[RULE], diagnostics: result.diagnostics.filter((d) => d.ruleId === RULE) };
}
const doc = (body: string, lang: Lang) => (lang === "sv" ? `# Plan för verksamheten\n\n${body}\n` : `# Plan for the service\n\n${body}\n`);
const stateOf = (body: string, lang: Lang) => run(doc(body, lang), lang).coverage.state;

describe("mr/non-discrimination: the state table", () => {
  it("groups with an analysis of effects are satisfied, with evidence", () => {
    const { coverage, diagnostics } = run(
      doc("Statistiken uppdelad på kön och ålder visar att kvinnor över 75 år i glesbygd når tjänsten sämst; åtgärd 3 riktar sig till dem.", "sv"),
      "sv",
    );
    expect(coverage.state).toBe("satisfied");
    expect(coverage.evidence.map((e) => e.text)).toContain("kvinnor");
    expect(diagnostics).toEqual([]);
  });

  it("discrimination grounds with a prohibition are satisfied, although the sentence is negated", () => {
    expect(stateOf("Ingen ska diskrimineras på grund av etnisk tillhörighet, religion eller sexuell läggning.", "sv")).toBe("satisfied");
    expect(stateOf("Unga ska inte behandlas sämre på grund av kön, könsidentitet eller funktionsnedsättning.", "sv")).toBe("satisfied");
  });

  it("terms that carry both a group and equality satisfy alone: lönekartläggning, jämställdhets- och jämlikhetsanalys, EqIA", () => {
    expect(stateOf("Varje år görs en lönekartläggning.", "sv")).toBe("satisfied");
    expect(stateOf("En jämställdhets- och jämlikhetsanalys görs före varje beslut.", "sv")).toBe("satisfied");
    expect(stateOf("Arbetsgivaren arbetar med aktiva åtgärder enligt 3 kap. diskrimineringslagen.", "sv")).toBe("satisfied");
    expect(stateOf("Each proposal is screened with an equality impact assessment.", "en")).toBe("satisfied");
    expect(stateOf("Data will be broken down by protected characteristic.", "en")).toBe("satisfied");
  });

  it("an accessibility measure for a named group is satisfied", () => {
    expect(stateOf("Alla nya bostäder ska vara tillgängliga för personer med nedsatt rörelseförmåga.", "sv")).toBe("satisfied");
    expect(stateOf("Elever som använder rullstol ska få sina behov av anpassningar utredda av arbetsterapeut.", "sv")).toBe("satisfied");
    expect(stateOf("Assisted collections will be offered to residents who cannot move their bins because of age or disability.", "en")).toBe("satisfied");
  });

  it("a difference in outcomes between groups is satisfied", () => {
    expect(stateOf("Äldre, personer med funktionsnedsättning och personer som inte talar svenska drabbas hårdast när information inte når fram.", "sv")).toBe("satisfied");
    expect(stateOf("They are more likely to be older, disabled or on a low income.", "en")).toBe("satisfied");
    expect(stateOf("Black residents are twice as likely as white residents to be accepted as homeless.", "en")).toBe("satisfied");
  });

  it("a generic statement is partial with the vague message: 'Alla ska behandlas lika'", () => {
    const { diagnostics } = run(doc("Alla ska behandlas lika.", "sv"), "sv");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ state: "partial", messageId: "vague" });
    expect(diagnostics[0].message).toMatch(/^Icke-diskriminering: texten har bara ett allmänt påstående om likabehandling \(”behandlas lika”\)\./);
    expect(stateOf("Everyone will be treated fairly and consistently.", "en")).toBe("partial");
    expect(stateOf("Alla invånare ska ha samma möjlighet att delta.", "sv")).toBe("partial");
  });

  it("equality without a group is partial and names the missing group", () => {
    const { diagnostics } = run(doc("Verksamheten ska vara jämlik.", "sv"), "sv");
    expect(diagnostics[0].state).toBe("partial");
    expect(diagnostics[0].missingElements).toEqual(["group"]);
  });

  it("nothing is missing, with the law in the message", () => {
    const { diagnostics } = run(doc("Biblioteken har öppet klockan 10–19 på vardagar.", "sv"), "sv");
    expect(diagnostics[0].state).toBe("missing");
    expect(diagnostics[0].message).toMatch(/diskrimineringslagen \(2008:567\)/);
    expect(run(doc("The libraries open at nine.", "en"), "en").diagnostics[0].message).toMatch(/^Non-discrimination: the text says nothing about equal rights across groups\./);
  });
});

describe("mr/non-discrimination: the service's own target group does not count alone", () => {
  it("naming the people a service is for is missing: LSS, elderly care", () => {
    expect(stateOf("Stödet riktar sig till personer med funktionsnedsättning som bor i gruppbostad.", "sv")).toBe("missing");
    expect(stateOf("Programmet gäller äldre som behöver hemtjänst.", "sv")).toBe("missing");
    expect(stateOf("This strategy is about older people: their health, their homes and their independence.", "en")).toBe("missing");
  });

  it("'anpassad bostad för äldre' is the service itself, not an accessibility measure", () => {
    expect(stateOf("Kommunen erbjuder anpassad bostad för äldre med stora behov.", "sv")).toBe("missing");
  });
});

describe("mr/non-discrimination: groups at risk described in ordinary prose (unequal-outcome and vulnerability cues)", () => {
  it("a burden that falls hardest on a group: 'drabbar främst', 'slår hårdast mot', 'hit … hardest'", () => {
    expect(stateOf("Långa strömavbrott drabbar främst hushåll i glesbygden och äldre som bor ensamma.", "sv")).toBe("satisfied");
    expect(stateOf("Hettan slår hårdast mot ensamboende äldre.", "sv")).toBe("satisfied");
    expect(stateOf("Heat hits older residents who live alone hardest.", "en")).toBe("satisfied");
    expect(stateOf("Unmet need falls hardest on disabled people with no family nearby.", "en")).toBe("satisfied");
  });

  it("a group most vulnerable or most at risk: 'mest sårbara', 'risken är störst', 'most at risk'", () => {
    expect(stateOf("Äldre som bor ensamma är mest sårbara vid långa strömavbrott.", "sv")).toBe("satisfied");
    expect(stateOf("Risken är störst för personer med funktionsnedsättning i de äldre husen.", "sv")).toBe("satisfied");
    expect(stateOf("Households on low incomes in the eastern wards are most at risk of fuel poverty.", "en")).toBe("satisfied");
  });

  it("a group that risks being left out, in the next sentence: 'risk being shut out', 'hamna utanför'", () => {
    expect(stateOf("Many are over 80 or have a disability. As services move online, they risk being shut out.", "en")).toBe("satisfied");
    expect(stateOf("Besökare som inte kan läsa svenska riskerar att hamna utanför.", "sv")).toBe("satisfied");
  });

  it("a comparison between groups: 'dubbelt så hög', 'än i kommunen i övrigt', 'twice as high'", () => {
    expect(stateOf("Andelen hushåll med låga inkomster är dubbelt så hög som i kommunen i övrigt.", "sv")).toBe("satisfied");
    expect(stateOf("Unemployment among refugees is twice as high as the borough figure.", "en")).toBe("satisfied");
  });

  it("the cue alone, or the group alone as the service's target group, is not enough", () => {
    expect(stateOf("Kostnaden blev dubbelt så hög som budgeterat.", "sv")).toBe("missing");
    expect(stateOf("Most at risk of flooding are the riverside car parks.", "en")).toBe("missing");
    expect(stateOf("Hemtjänsten erbjuder trygghetslarm till äldre som bor ensamma.", "sv")).toBe("missing");
    expect(stateOf("The service is for older people who live alone.", "en")).toBe("missing");
    expect(stateOf("Young people at risk of offending will be offered a mentor.", "en")).toBe("missing");
    expect(stateOf("Unga som löper risk att hamna i kriminalitet erbjuds en mentor.", "sv")).toBe("missing");
  });
});

describe("mr/non-discrimination: data broken down by groups of people is an analysis of effects on groups", () => {
  it("a breakdown by several groups: 'uppdelad på stadsdel, ålder och kön', 'per kommundel, åldersgrupp och kön', 'broken down by ward, age group and sex'", () => {
    expect(stateOf("Riskkartan redovisas uppdelad på stadsdel, ålder och kön.", "sv")).toBe("satisfied");
    expect(stateOf("Kartläggningen redovisas per kommundel, åldersgrupp och kön.", "sv")).toBe("satisfied");
    expect(stateOf("Resultaten bryts ned på kön och ålder.", "sv")).toBe("satisfied");
    expect(stateOf("Flood risk maps will be broken down by ward, age group and sex.", "en")).toBe("satisfied");
  });

  it("a breakdown by something other than people is not: 'per månad', 'by month and by service'", () => {
    expect(stateOf("Statistik över besök redovisas per månad och per enhet.", "sv")).toBe("missing");
    expect(stateOf("Data will be broken down by month and by service.", "en")).toBe("missing");
  });
});

describe("mr/non-discrimination: value statements are not statements of equal treatment", () => {
  it("a list of organisational values is not partial: 'values of fairness, respect and openness'", () => {
    expect(stateOf("This plan supports the Council's values of fairness, respect and openness.", "en")).toBe("missing");
    expect(stateOf("Our parks are guided by the values of openness, fairness and care.", "en")).toBe("missing");
  });

  it("'allas lika värde' alone is a value statement (mr/integration partial), not equal treatment", () => {
    expect(stateOf("Verksamheten vilar på allas lika värde.", "sv")).toBe("missing");
  });

  it("a generic statement of equal treatment is still partial: 'treated fairly', 'treat … fairly'", () => {
    expect(stateOf("Everyone will be treated fairly when pitches are booked.", "en")).toBe("partial");
    expect(stateOf("We will treat all applicants fairly.", "en")).toBe("partial");
  });
});

describe("mr/non-discrimination: weak grounds count only with equality context", () => {
  it("'ålder och kön' on an application form is not about equal rights", () => {
    expect(stateOf("Ansökan ska innehålla uppgift om sökandens ålder och kön.", "sv")).toBe("missing");
    expect(stateOf("Applicants must state their age and address.", "en")).toBe("missing");
  });

  it("'kön' with equality context counts: 'oavsett kön och ålder'", () => {
    expect(stateOf("Alla sökande bedöms utifrån samma krav, oavsett kön, ålder eller funktionsnedsättning.", "sv")).toBe("satisfied");
  });

  it("an age limit for buying alcohol is not about groups at risk", () => {
    expect(stateOf("Folköl får inte säljas till personer under 18 års ålder.", "sv")).toBe("missing");
    expect(stateOf("Alcohol will not be sold to anyone under the age of 18.", "en")).toBe("missing");
  });
});

describe("mr/non-discrimination: exception registry (wrong senses)", () => {
  it("equal treatment of suppliers is not about groups of people", () => {
    expect(stateOf("Upphandlingen ska följa principerna om likabehandling och icke-diskriminering av leverantörer.", "sv")).toBe("missing");
    expect(stateOf("Det innebär att alla leverantörer behandlas lika och att ingen leverantör gynnas.", "sv")).toBe("missing");
    expect(stateOf("The Council will treat all suppliers equally and without discrimination.", "en")).toBe("missing");
  });

  it("the list of procurement principles is not about people: 'proportionalitet och ömsesidigt erkännande'", () => {
    expect(stateOf("Vid upphandling gäller likabehandling, icke-diskriminering, öppenhet, proportionalitet och ömsesidigt erkännande.", "sv")).toBe("missing");
    expect(stateOf("Procurement follows equal treatment, non-discrimination, transparency, proportionality and mutual recognition.", "en")).toBe("missing");
  });

  it("all tenderers treated equally is about tenderers: 'Alla anbudsgivare ska behandlas lika'", () => {
    expect(stateOf("Alla anbudsgivare ska behandlas lika.", "sv")).toBe("missing");
  });

  it("'kön' in 'vårdkön' / 'bostadskön' / 'i kön' is the queue", () => {
    expect(stateOf("Den som står i bostadskön får erbjudande i turordning efter kötid.", "sv")).toBe("missing");
    expect(stateOf("Väntetiden i vårdkön ska minska för alla.", "sv")).toBe("missing");
    expect(stateOf("Den som står i kön ska få ett jämlikt bemötande.", "sv")).toBe("partial");
  });

  it("'språket' of a text is not language as a ground: 'klarspråk', 'lättläst språk'", () => {
    expect(stateOf("Texten ska skrivas på klarspråk och språket ska vara tillgängligt.", "sv")).toBe("missing");
  });

  it("information 'tillgänglig på webben' is not accessibility for a group", () => {
    expect(stateOf("Informationen ska vara tillgänglig på webben för äldre och unga.", "sv")).toBe("missing");
  });

  it("names of conventions are anchoring, not groups addressed by the text", () => {
    expect(stateOf("Planen utgår från konventionen om rättigheter för personer med funktionsnedsättning.", "sv")).toBe("missing");
    expect(stateOf("The Convention on the Elimination of All Forms of Discrimination against Women was ratified in 1980.", "en")).toBe("missing");
  });

  it("community groups are not groups at risk: 'residents or local groups', 'friends groups'", () => {
    expect(stateOf("We will discuss inclusion with residents and local groups.", "en")).toBe("partial");
    expect(stateOf("Friends groups and community groups help with planting; the park is for everyone.", "en")).toBe("partial");
    expect(stateOf("Lokala grupper bjuds in till samtal om inkludering.", "sv")).toBe("partial");
  });

  it("the scope of a document is not equal treatment: 'Policyn gäller för alla anställda'", () => {
    expect(stateOf("Policyn gäller för alla anställda i kommunen.", "sv")).toBe("missing");
  });
});

describe("mr/non-discrimination: text from PDFs and scans", () => {
  it("text without diacritics counts: 'personer med funktionsnedsattning … pa lika villkor'", () => {
    expect(run("Personer med funktionsnedsattning ska kunna delta pa lika villkor.\n", "sv").coverage.state).toBe("satisfied");
  });

  it("neuter -t forms come from the lexicon: 'tillgängligt', 'jämlikt', 'likvärdigt'", () => {
    expect(stateOf("Biblioteket ska vara tillgängligt för personer med synnedsättning.", "sv")).toBe("satisfied");
    expect(stateOf("Stödet ska vara jämlikt för kvinnor och män.", "sv")).toBe("satisfied");
    expect(stateOf("Vi vill ha ett likvärdigt stöd oavsett bostadsort.", "sv")).toBe("partial");
  });

  it("OCR confusions count: 'funktionsneds&ttning', 'tillg&nglighet'", () => {
    expect(run("Personer med funktionsneds&ttning ska m6ta bristande tillg&nglighet allt mer s&llan.\n", "sv").coverage.state).toBe("satisfied");
  });
});

describe("mr/non-discrimination: fixtures (fixtures/rules/{follow-up,accountability,non-discrimination,knowledge})", () => {
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
