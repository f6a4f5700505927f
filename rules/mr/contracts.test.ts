/**
 * mr/contracts end to end through the real pipeline: the Markdown/text
 * parser, the analysis, the engine and the built-in rule file
 * (packages/*\/dist, so build first). Applicability is its own step: a
 * document that buys, grants, partners or signs agreements is judged, any
 * other is not applicable with the reason. Covers the state table (rights
 * terms + how they are checked; general words; a check or sanction with no
 * rights term), the messages, the fixtures in fixtures/rules/contracts, text
 * without diacritics, and one regression test per exception-registry entry.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../../packages/core/dist/index.js";
import { lint } from "../../packages/markdown/dist/index.js";

const RULE = "mr/contracts";
const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.resolve(here, "../../fixtures/rules/contracts");
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

describe("mr/contracts: applicability", () => {
  it("a document that concerns no agreement is not applicable, with the reason and no finding", () => {
    const { coverage, diagnostics } = run("Biblioteken har öppet till klockan 20 på vardagar.\n", "sv");
    expect(coverage.state).toBe("not-applicable");
    expect(coverage.reason).toMatch(/^Dokumentet rör inte upphandling, inköp, bidrag/);
    expect(run("The libraries open at nine on weekdays.\n", "en").coverage.reason).toMatch(/^The document concerns no procurement/);
    expect(diagnostics).toEqual([]);
  });

  it("kollektivavtal for own staff is not a supplier contract", () => {
    expect(stateOf("Lön och villkor regleras i de centrala kollektivavtal som SKR tecknar med de fackliga organisationerna. Policyn ändrar inte dessa avtal.\n", "sv")).toBe("not-applicable");
    expect(stateOf("Pay is set by national collective agreements with the trade unions, which this policy does not change.\n", "en")).toBe("not-applicable");
  });

  it("serveringstillstånd and premises licences are permits, not agreements", () => {
    expect(stateOf("Serveringstillstånd prövas av tillståndsenheten enligt alkohollagen.\n", "sv")).toBe("not-applicable");
    expect(stateOf("Premises licences are granted under the Licensing Act 2003.\n", "en")).toBe("not-applicable");
  });

  it("a caterer's own contract with its customer does not involve the council", () => {
    expect(stateOf("Cateringföretag ska kunna visa avtal med beställaren för varje tillfälle.\n", "sv")).toBe("not-applicable");
  });

  it("a tenancy of a resident and an individual service decision are not covered", () => {
    expect(stateOf("Hyresgäster i kommunens bostäder tecknar hyresavtal med bostadsbolaget.\n", "sv")).toBe("not-applicable");
    expect(stateOf("Beslut om bistånd fattas av handläggaren efter en individuell prövning.\n", "sv")).toBe("not-applicable");
    expect(stateOf("Tenants sign a tenancy agreement with the housing company when they move in.\n", "en")).toBe("not-applicable");
  });

  it("a wellness allowance to staff is not a grant to an association; services run in-house buy nothing", () => {
    expect(stateOf("Friskvårdsbidrag erbjuds samtliga anställda.\n", "sv")).toBe("not-applicable");
    expect(stateOf("Alla gruppbostäder drivs i egen regi.\n", "sv")).toBe("not-applicable");
  });

  it.each([
    ["sv", "Hemtjänst utförs av tre privata utförare inom valfrihetssystemet enligt LOV."],
    ["sv", "Kommunen lämnar föreningsbidrag till idrottsföreningar."],
    ["sv", "Fritidsgården drivs genom ett idéburet offentligt partnerskap (IOP)."],
    ["sv", "Kommunen tecknar markanvisningsavtal med byggherrar."],
    ["sv", "Förskolan hyrs av kommunen genom ett hyresavtal på 15 år."],
    ["en", "Affordable homes are secured through section 106 agreements."],
    ["en", "Youth work is commissioned from two charities under grant agreements."],
    ["en", "Nomination agreements with registered providers will be updated."],
  ] as const)("applicable and missing when nothing is required (%s): %s", (lang, text) => {
    expect(stateOf(text + "\n", lang)).toBe("missing");
  });

  it.each([
    ["sv", "# Policy för hemtjänsten\n\nVid upphandling av hemtjänst ska utföraren inte ta ut extra avgifter.\n"],
    ["sv", "# Policy för hemtjänsten\n\nI samband med upphandling får leverantören inte anlita underleverantörer utan godkännande.\n"],
    ["en", "# Home care policy\n\nWhen procuring services, providers must not charge extra fees.\n"],
    ["en", "# Home care policy\n\nIn procurement suppliers must not charge extra fees.\n"],
  ] as const)("Vid upphandling … ska utföraren inte …: a negated obligation still concerns procurement (%s)", (lang, doc) => {
    const { coverage } = run(doc, lang, { prefix: false });
    expect(coverage.state).toBe("missing");
  });

  it("Ingen upphandling görs: a negated procurement is still not applicable", () => {
    expect(run("# Policy för verksamheten\n\nIngen upphandling görs inom området.\n", "sv", { prefix: false }).coverage.state).toBe("not-applicable");
  });
});

describe("mr/contracts: states when applicable", () => {
  it("rights terms and how they are checked are satisfied, with both as evidence", () => {
    const { coverage, diagnostics } = run(
      "## Upphandling\n\nVid upphandling av städtjänster ställs villkor om lön, semester och arbetstid enligt centralt kollektivavtal. Leverantören följs upp årligen och vite tas ut vid brister.\n",
      "sv",
    );
    expect(coverage.state).toBe("satisfied");
    expect(coverage.elements).toMatchObject({ rights: true, check: true });
    expect(coverage.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(["lön, semester och arbetstid", "vite"]));
    expect(diagnostics).toEqual([]);
  });

  it.each([
    ["sv", "Föreningar som får föreningsbidrag ska följa diskrimineringslagen. Fritidsenheten gör stickprov varje år, och bidraget kan krävas tillbaka."],
    ["sv", "I IOP-överenskommelsen ingår krav på att organisationen respekterar mänskliga rättigheter och inte diskriminerar deltagare. Kommunen följer upp överenskommelsen årligen och kan säga upp den vid brister."],
    ["en", "All contracts include a clause requiring the supplier to respect the ILO core labour standards. The Procurement Team audits high-risk contracts every year, and breaches lead to termination."],
    ["en", "Grant agreements require an equal opportunities policy. Officers check compliance at an annual monitoring visit, and grants can be withdrawn."],
  ] as const)("satisfied (%s): %s", (lang, text) => {
    expect(stateOf(text + "\n", lang)).toBe("satisfied");
  });

  it.each([
    ["sv", "Hållbarhet ska beaktas vid upphandling."],
    ["sv", "Vid upphandling av kritiska varor ska sociala hänsyn beaktas."],
    ["sv", "Leverantören ska följa ILO:s kärnkonventioner vid upphandling."],
    ["en", "Contracts with care providers will require providers to treat people fairly."],
  ] as const)("general words, or a requirement with no check, are partial (%s): %s", (lang, text) => {
    expect(stateOf(text + "\n", lang)).toBe("partial");
  });

  it("'avtalen ska följa LOU' and a sanction unrelated to rights are missing, not partial", () => {
    expect(stateOf("Avtalen med leverantörerna ska följa lagen om offentlig upphandling.\n", "sv")).toBe("missing");
    expect(stateOf("Vid markanvisning tas vite ut om byggstart sker senare än två år efter avtalet.\n", "sv")).toBe("missing");
    expect(stateOf("Contracts must include delivery dates and the remedies available if the supplier fails to deliver.\n", "en")).toBe("missing");
  });

  it("the procurement-law principle of non-discrimination of suppliers is not a rights term", () => {
    const body = "Upphandlingar ska följa principerna om likabehandling, icke-diskriminering, öppenhet och proportionalitet. Leverantörerna följs upp årligen.\n";
    expect(stateOf(body, "sv")).toBe("missing");
  });

  it("rights words elsewhere in the document do not make the agreements' terms", () => {
    const body = "## Jämlikhet\n\nIngen ska diskrimineras på grund av kön eller funktionsnedsättning.\n\n## Upphandling\n\nHållbarhet ska beaktas vid alla upphandlingar. Leverantörerna granskas årligen avseende leveranstider.\n";
    expect(stateOf(body, "sv")).toBe("partial");
  });

  it("the plan's own follow-up is not a check of the agreements", () => {
    const body = "## Upphandling\n\nTillgänglighetskrav ställs vid upphandling av tjänster som invånarna använder. Planen som helhet följs upp årligen av kommunstyrelsen.\n";
    expect(stateOf(body, "sv")).toBe("partial");
  });

  it("a hedged requirement is only intent: partial with the hedge quoted", () => {
    const { coverage, diagnostics } = run("Accessibility requirements will be included in contracts where appropriate.\n", "en");
    expect(coverage.state).toBe("partial");
    expect(diagnostics[0].messageId).toBe("vague");
    expect(diagnostics[0].message).toContain("“where appropriate”");
  });
});

describe("mr/contracts: rights terms told in other words (held-out classes)", () => {
  it.each([
    ["sv", "Kommunen tecknar avtal med en privat utförare av boendestöd. Avtalet kräver att utföraren tar emot brukare oavsett ålder, religion eller könsidentitet."],
    ["sv", "Kommunen ingår ett idéburet offentligt partnerskap med en förening. Överenskommelsen kräver att mötesplatsen är öppen för alla oavsett deras ursprung."],
    ["en", "Contracts for home care require providers to serve all residents irrespective of disability or gender reassignment."],
    ["en", "Grant agreements require funded groups to welcome everyone regardless of their religion or belief."],
  ] as const)("non-discrimination requirement: 'oavsett <grund>' / 'regardless of <characteristic>' in an agreement, no check, is partial (%s): %s", (lang, text) => {
    expect(stateOf(text + "\n", lang)).toBe("partial");
  });

  it.each([
    ["sv", "Föreningar som får verksamhetsbidrag ska vara öppna för alla oavsett bakgrund, sexuell läggning eller funktionsnedsättning. Kultur- och fritidsförvaltningen gör stickprov varje år."],
    ["en", "Grant recipients must offer their activities to everyone regardless of race, religion or sexual orientation. The grants team visits each recipient once a year."],
  ] as const)("non-discrimination requirement with how it is checked is satisfied (%s): %s", (lang, text) => {
    expect(stateOf(text + "\n", lang)).toBe("satisfied");
  });

  it.each([
    ["sv", "I överenskommelsen med föreningen står att personalen ska ha kunskap om barnets rättigheter. Kommunen följer upp överenskommelsen vid två besök om året."],
    ["en", "Our commissioned providers must train staff in the rights of children. Contract managers audit training records every year."],
  ] as const)("rights of the people served: training on children's rights required in an agreement is a rights term (%s): %s", (lang, text) => {
    expect(stateOf(text + "\n", lang)).toBe("satisfied");
  });

  it("a discrimination ground outside any agreement is not a term of the agreements", () => {
    const body = "## Upphandling\n\nAvtalen med leverantörerna ska ha tydliga leveranstider.\n\n## Bemötande\n\nBiblioteket har öppet sex dagar i veckan. Personalen hjälper alla besökare. Alla ska bemötas lika oavsett kön eller religion.\n";
    expect(stateOf(body, "sv")).toBe("missing");
  });

  it.each([
    ["sv", "Kostnaden för hyran godtas enligt hyresavtalet om den är skälig."],
    ["sv", "Hushållet ska visa upp sitt hyresavtal vid ansökan om bistånd."],
    ["en", "The tenant must show their tenancy agreement when applying for help with rent."],
  ] as const)("an applicant's own tenancy does not make the rule apply (%s): %s", (lang, text) => {
    expect(stateOf(text + "\n", lang)).toBe("not-applicable");
  });

  it.each([
    ["sv", "Kommunen hyr lokaler för förskolan genom ett hyresavtal på tio år."],
    ["sv", "Kommunen tecknar hyresavtal för verksamhetslokaler med privata fastighetsägare."],
  ] as const)("a lease the council holds does (%s): %s", (lang, text) => {
    expect(stateOf(text + "\n", lang)).toBe("missing");
  });
});

describe("mr/contracts: messages", () => {
  it("missing says what is missing and why (the commitment, LOU 17 kap.)", () => {
    const [sv] = run("Hemtjänst utförs av tre privata utförare enligt LOV.\n", "sv").diagnostics;
    expect(sv.state).toBe("missing");
    expect(sv.message).toMatch(/^Avtal: texten rör upphandling, bidrag eller andra avtal men ställer inga krav om mänskliga rättigheter i dem\./);
    expect(sv.message).toContain("LOU (17 kap.)");
    const [en] = run("Hemtjänst utförs av tre privata utförare enligt LOV.\n", "sv", { locale: "en" }).diagnostics;
    expect(en.message).toMatch(/^Contracts: the text concerns procurement, grants or other agreements but sets no human-rights terms in them\./);
  });

  it("partial names the term found and the missing check", () => {
    const [d] = run("I förfrågningsunderlaget krävs att utföraren följer diskrimineringslagen.\n", "sv").diagnostics;
    expect(d.state).toBe("partial");
    expect(d.missingElements).toEqual(["check"]);
    expect(d.message).toMatch(/^Avtal: texten anger villkor om mänskliga rättigheter \(”diskrimineringslagen”\), men inte hur villkoren följs upp\./);
  });
});

describe("mr/contracts: text that lost its diacritics", () => {
  it("is judged like clean text", () => {
    const source = "# Policy\n\n## Bakgrund\n\nPolicyn galler alla upphandlingar.\n\n## Krav\n\nVid upphandling stalls krav pa lon, semester och arbetstid enligt kollektivavtal. Leverantorerna granskas arligen och vite tas ut vid brister.\n";
    expect(run(source, "sv", { prefix: false }).coverage.state).toBe("satisfied");
  });
});

describe("mr/contracts: fixtures", () => {
  const expected = JSON.parse(readFileSync(path.join(fixtures, "expected.json"), "utf8")) as Record<string, string>;
  it.each(Object.entries(expected))("%s is %s", (file, state) => {
    const text = readFileSync(path.join(fixtures, file), "utf8");
    const result = lint(text, { rules, format: file.endsWith(".txt") ? "text" : "markdown" });
    expect(result.coverage.rules[RULE].state).toBe(state);
    if (state === "satisfied" || state === "not-applicable") expect(result.diagnostics.filter((d) => d.ruleId === RULE)).toEqual([]);
  });
});

/**
 * One regression case per exception-registry entry: `check.ignore` (wrong senses of rights terms;
 * the case stays missing) and `check.applicability.exclusions` (not agreements this rule covers;
 * the case stays not applicable).
 */
const REGISTRY: Record<string, { lang: Lang; text: string; state: string }> = {
  "icke-diskriminering av leverantörer": { lang: "sv", text: "Vid upphandling gäller icke-diskriminering av leverantörer, och leverantörerna följs upp årligen.", state: "missing" },
  "icke-diskriminering av anbudsgivare": { lang: "sv", text: "Vid upphandling gäller icke-diskriminering av anbudsgivare, och leverantörerna följs upp årligen.", state: "missing" },
  "non-discrimination of suppliers": { lang: "en", text: "Procurement respects the non-discrimination of suppliers, and contracts are audited every year.", state: "missing" },
  kollektivavtal: { lang: "sv", text: "Lönerna följer kollektivavtal med de fackliga organisationerna.", state: "not-applicable" },
  hyreskontrakt: { lang: "sv", text: "Alla som bor i bostad med särskild service ska ha ett eget hyreskontrakt.", state: "not-applicable" },
  anställningskontrakt: { lang: "sv", text: "Nyanställda får sitt anställningskontrakt första arbetsdagen.", state: "not-applicable" },
  energileverantör: { lang: "sv", text: "Hushållen kan jämföra priser mellan energileverantörer.", state: "not-applicable" },
  "energy supplier": { lang: "en", text: "Advisers help residents switch to a cheaper energy supplier.", state: "not-applicable" },
  "energy suppliers": { lang: "en", text: "Advisers help residents compare energy suppliers.", state: "not-applicable" },
  "phone contract": { lang: "en", text: "Residents can get help choosing a phone contract.", state: "not-applicable" },
  "mobile contract": { lang: "en", text: "The digital champion explains what a mobile contract costs.", state: "not-applicable" },
  "broadband contract": { lang: "en", text: "Advisers help residents end an expensive broadband contract.", state: "not-applicable" },
  "grants planning permission": { lang: "en", text: "The Planning Committee grants planning permission for new homes.", state: "not-applicable" },
  "grants permission": { lang: "en", text: "The Parks Service grants permission for events in parks.", state: "not-applicable" },
  "avtal med beställaren": { lang: "sv", text: "Cateringföretaget ska kunna visa avtal med beställaren.", state: "not-applicable" },
  "avtal med medarbetaren": { lang: "sv", text: "Chefen tecknar avtal med medarbetaren om distansarbete.", state: "not-applicable" },
  "avtal med arbetstagaren": { lang: "sv", text: "Arbetsgivaren träffar avtal med arbetstagaren om arbetstiden.", state: "not-applicable" },
  "avtal med den enskilde": { lang: "sv", text: "Hemtjänsten gör avtal med den enskilde om när besöken sker.", state: "not-applicable" },
  "avtal med brukaren": { lang: "sv", text: "Personalen gör avtal med brukaren om hur stödet ges.", state: "not-applicable" },
  "collective agreement": { lang: "en", text: "Pay follows the collective agreement with the trade unions.", state: "not-applicable" },
  "collective agreements": { lang: "en", text: "Pay follows national collective agreements with the trade unions.", state: "not-applicable" },
  "employment contract": { lang: "en", text: "Every employee receives an employment contract.", state: "not-applicable" },
  "contract of employment": { lang: "en", text: "Every employee receives a contract of employment.", state: "not-applicable" },
  "fixed-term contract": { lang: "en", text: "Staff on a fixed-term contract have the same rights.", state: "not-applicable" },
  "permanent contract": { lang: "en", text: "Staff on a permanent contract may request flexible working.", state: "not-applicable" },
  "temporary contract": { lang: "en", text: "Staff on a temporary contract may request flexible working.", state: "not-applicable" },
  "psychological contract": { lang: "en", text: "Managers respect the psychological contract with their teams.", state: "not-applicable" },
  "agency contract": { lang: "en", text: "Agency workers' terms are set by their agency contract.", state: "not-applicable" },
  "zero-hours contract": { lang: "en", text: "No employee will be offered a zero-hours contract.", state: "not-applicable" },
  "tenancy agreement": { lang: "en", text: "Tenants sign a tenancy agreement with the landlord.", state: "not-applicable" },
  "agreement with their manager": { lang: "en", text: "Staff may work from home by agreement with their manager.", state: "not-applicable" },
  "agreement with the employee": { lang: "en", text: "Hours are changed only by agreement with the employee.", state: "not-applicable" },
  "clothing grant": { lang: "en", text: "School clothing grants are paid to families each August.", state: "not-applicable" },
  "facilities grant": { lang: "en", text: "Disabled facilities grants pay for adaptations in the home.", state: "not-applicable" },
  "hardship grant": { lang: "en", text: "Hardship grants are paid to residents in crisis.", state: "not-applicable" },
  "crisis grant": { lang: "en", text: "Crisis grants are paid within two days.", state: "not-applicable" },
  "student grant": { lang: "en", text: "Student grants are paid to care leavers at college.", state: "not-applicable" },
};

describe("mr/contracts: exception registry", () => {
  const file = parse(readFileSync(path.join(here, "contracts.yml"), "utf8"));
  const termOf = (e: string | { term: string }) => (typeof e === "string" ? e : e.term);
  const lists = [file.check.ignore, file.check.applicability.exclusions];
  const entries = lists.flatMap((l) => [...(l.sv ?? []), ...(l.en ?? [])].map(termOf));

  it("every registry entry has a regression case", () => {
    expect(entries.sort()).toEqual(Object.keys(REGISTRY).sort());
  });

  it.each(Object.entries(REGISTRY))("wrong sense: %s", (_entry, { lang, text, state }) => {
    expect(stateOf(text + "\n", lang)).toBe(state);
  });
});
