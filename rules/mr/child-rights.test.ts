/**
 * mr/child-rights end to end through the real pipeline: the Markdown/text
 * parser, the analysis, the engine and the built-in rule file
 * (packages/*\/dist, so build first). Applicability is its own step: a
 * document that concerns children (children, pupils, young people, schools,
 * families with children, an age bracket that includes children) is judged;
 * any other is not applicable with the reason. Covers the state table, the
 * messages, the fixtures in fixtures/rules/child-rights, text without
 * diacritics, and one regression test per exception-registry entry.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../../packages/core/dist/index.js";
import { lint } from "../../packages/markdown/dist/index.js";

const RULE = "mr/child-rights";
const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.resolve(here, "../../fixtures/rules/child-rights");
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

describe("mr/child-rights: applicability", () => {
  it("a document that does not concern children is not applicable, with the reason and no finding", () => {
    const { coverage, diagnostics } = run("Riktlinjen gäller personer som har fyllt 65 år och bor i ordinärt boende.\n", "sv");
    expect(coverage.state).toBe("not-applicable");
    expect(coverage.reason).toMatch(/^Dokumentet rör inte barn eller unga/);
    expect(diagnostics).toEqual([]);
  });

  it("preschool only as a workplace", () => {
    expect(stateOf("Ett utkast diskuterades vid workshoppar med medarbetare på arbetsplatser inom hemtjänsten, förskolan och gatuenheten.\n", "sv")).toBe("not-applicable");
    expect(stateOf("This policy covers all staff, including staff in schools maintained by the Council.\n", "en")).toBe("not-applicable");
  });

  it("children excluded from scope", () => {
    expect(stateOf("Stöd i hemmet till barn och unga handläggs enligt andra riktlinjer och omfattas inte av denna riktlinje.\n", "sv")).toBe("not-applicable");
    expect(stateOf("This policy does not apply to children, whose care is covered by a separate policy.\n", "en")).toBe("not-applicable");
  });

  it("parental leave of employees does not concern children", () => {
    expect(stateOf("Medarbetare som är föräldralediga ska inte missgynnas i lönerevisionen.\n", "sv")).toBe("not-applicable");
    expect(stateOf("Employees on maternity or shared parental leave will be kept informed.\n", "en")).toBe("not-applicable");
  });

  it("an age limit of 18 for a charge does not concern children", () => {
    expect(stateOf("The policy applies to people aged 18 and over. Young people who move from children's services are charged from their eighteenth birthday.\n", "en")).toBe("not-applicable");
    expect(stateOf("Färdtjänst beviljas personer som har fyllt 18 år.\n", "sv")).toBe("not-applicable");
  });

  it("a duration is not an age bracket: 'pågår i 2–3 år', 'under 4 år'", () => {
    expect(stateOf("Projektet pågår i 2–3 år och utvärderas därefter.\n", "sv")).toBe("not-applicable");
    expect(stateOf("Avtalet gäller under 4 år med start 2025.\n", "sv")).toBe("not-applicable");
    expect(stateOf("Målgruppen är personer 65 år och äldre.\n", "sv")).toBe("not-applicable");
  });

  it.each([
    ["sv", "Aktivitetsstöd lämnas för deltagare i åldern 7–20 år."],
    ["sv", "Bidrag lämnas för deltagare mellan 7 och 20 år."],
    ["sv", "Målgruppen är ungdomar 13–19 år i kommunens östra delar."],
    ["sv", "Simskolan för 6-åringar är avgiftsfri."],
    ["sv", "Vid långvariga strömavbrott stängs förskolorna."],
    ["sv", "Skolskjuts beviljas elever som har längre än fyra kilometer till skolan."],
    ["sv", "Trångbodda barnfamiljer behöver större lägenheter."],
    ["en", "The scheme is open to 16–17-year-olds living in the borough."],
    ["en", "The youth club opens three evenings a week for people aged 11 to 18."],
    ["en", "Free school meals will be paid automatically to eligible families."],
  ] as const)("applicable, and missing when children are never considered (%s): %s", (lang, text) => {
    expect(stateOf(text + "\n", lang)).toBe("missing");
  });
});

describe("mr/child-rights: states when applicable", () => {
  it("the best interests of the child are satisfied, with the reference as evidence and no finding", () => {
    const { coverage, diagnostics } = run("Inför beslut om att stänga skolan görs en prövning av barnets bästa där elevernas synpunkter redovisas.\n", "sv");
    expect(coverage.state).toBe("satisfied");
    expect(coverage.evidence.map((e) => e.text)).toContain("prövning av barnets bästa");
    expect(diagnostics).toEqual([]);
  });

  it.each([
    ["sv", "Fritidsgårdarna arbetar utifrån barnkonventionen (lag 2018:1197)."],
    ["sv", "Innan skolgården byggs om görs en barnkonsekvensanalys."],
    ["sv", "Planen har ett tydligt barnrättsperspektiv i arbetet med skolgårdarna."],
    ["sv", "Barnen har rätt att uttrycka sina åsikter om verksamheten på fritidsgården."],
    ["en", "Every decision about a placement puts the child's best interests first."],
    ["en", "Young people have the right to be heard on every decision about youth centres."],
    ["en", "A child rights impact assessment is carried out before any school closes."],
  ] as const)("satisfied (%s): %s", (lang, text) => {
    expect(stateOf(text + "\n", lang)).toBe("satisfied");
  });

  it.each([
    ["sv", "Hänsyn ska tas till barns behov i planeringen."],
    ["sv", "Arbetet med eleverna ska präglas av ett barnperspektiv."],
    ["sv", "Barnfamiljers behov av större lägenheter ska beaktas."],
    ["sv", "Ungas synpunkter ska tas tillvara i planeringen av fritidsgården."],
    ["en", "The needs of families with young children will be taken into account."],
    ["en", "Young people's views should be considered."],
    ["en", "The impact on children and young people must be considered under the age characteristic."],
  ] as const)("children as a group to consider, with no right named, are partial (%s): %s", (lang, text) => {
    expect(stateOf(text + "\n", lang)).toBe("partial");
  });

  it("a barnkonventionen mention only in the reference list does not count", () => {
    const body = "Barnens behov och intressen ska beaktas i förskolan.\n\n## Referenser\n\n- Barnkonventionen\n- Riktlinje för barnets bästa\n";
    expect(stateOf(body, "sv")).toBe("partial");
  });
});

describe("mr/child-rights: held-out classes", () => {
  it.each([
    ["sv", "Riktlinjen gäller vuxna brukare. Insatser till barn och unga faller utanför riktlinjen och regleras i en egen rutin."],
    ["sv", "Programmet gäller vuxna. Barn och ungdomar ligger utanför programmets ramar."],
    ["en", "This policy covers adults aged 18 and over. Support for children is out of scope and is set out in the Children's Services Plan."],
    ["en", "The strategy applies to adult learners. Services for young people fall outside this strategy."],
    ["en", "Services for children are commissioned under another strategy and are outside the scope of this policy."],
  ] as const)("scope exclusion: children mentioned only to exclude them leave it not applicable (%s): %s", (lang, text) => {
    expect(stateOf(text + "\n", lang)).toBe("not-applicable");
  });

  it("a scope exclusion does not hide children the document does serve", () => {
    const body = "Short breaks for children fall outside this policy. The day centre also runs holiday clubs for children of carers.\n";
    expect(stateOf(body, "en")).toBe("missing");
  });

  it.each([
    ["sv", "Hänsyn ska särskilt tas till barnfamiljer vid fördelningen av bostäderna."],
    ["sv", "Särskild vikt ska läggas vid barnens situation när planen genomförs."],
    ["en", "Account will be taken of pupils when the school site is redeveloped."],
    ["en", "Particular regard will be had to young people when the bus routes change."],
  ] as const)("regard for a group of children with the verb between is partial (%s): %s", (lang, text) => {
    expect(stateOf(text + "\n", lang)).toBe("partial");
  });

  it("regard for children in text that lost its diacritics is partial", () => {
    const source = "# Plan for skolgarden\n\n## Ombyggnad\n\nHansyn ska tas till eleverna nar skolgarden byggs om.\n";
    expect(run(source, "sv", { prefix: false }).coverage.state).toBe("partial");
  });

  it("regard for adults only does not concern children", () => {
    expect(stateOf("Hänsyn ska tas till de boende när vägen byggs om.\n", "sv")).toBe("not-applicable");
  });
});

describe("mr/child-rights: messages", () => {
  it("missing names the law (lag 2018:1197) and what a good sentence contains", () => {
    const [sv] = run("Eleverna i årskurs 4 får nya datorer till höstterminen.\n", "sv").diagnostics;
    expect(sv.state).toBe("missing");
    expect(sv.message).toMatch(/^Barnets rättigheter: dokumentet rör barn eller unga, men texten tar aldrig hänsyn till dem\./);
    expect(sv.message).toContain("lag 2018:1197");
    const [en] = run("Eleverna i årskurs 4 får nya datorer till höstterminen.\n", "sv", { locale: "en" }).diagnostics;
    expect(en.message).toMatch(/^Children's rights: the document concerns children or young people, but the text never considers them\./);
  });

  it("partial names what was found and the missing rights reference", () => {
    const [d] = run("Hänsyn ska tas till barns behov i planeringen.\n", "sv").diagnostics;
    expect(d.state).toBe("partial");
    expect(d.missingElements).toEqual(["rights"]);
    expect(d.message).toMatch(/^Barnets rättigheter: texten anger barns behov eller perspektiv \(”barns behov”\), men inte en hänvisning till barnets rättigheter\./);
  });
});

describe("mr/child-rights: text that lost its diacritics", () => {
  it("is judged like clean text", () => {
    const source = "# Plan\n\n## Bakgrund\n\nPlanen galler 2025 till 2027.\n\n## Barnets basta\n\nInnan en forskola stangs gors en barnkonsekvensanalys, och barnets basta ska vara vagledande.\n";
    expect(run(source, "sv", { prefix: false }).coverage.state).toBe("satisfied");
  });
});

describe("mr/child-rights: fixtures", () => {
  const expected = JSON.parse(readFileSync(path.join(fixtures, "expected.json"), "utf8")) as Record<string, string>;
  it.each(Object.entries(expected))("%s is %s", (file, state) => {
    const text = readFileSync(path.join(fixtures, file), "utf8");
    const result = lint(text, { rules, format: file.endsWith(".txt") ? "text" : "markdown" });
    expect(result.coverage.rules[RULE].state).toBe(state);
    if (state === "satisfied" || state === "not-applicable") expect(result.diagnostics.filter((d) => d.ruleId === RULE)).toEqual([]);
  });
});

/** One regression case per entry of `check.applicability.exclusions`: the case stays not applicable. */
const REGISTRY: Record<string, { lang: Lang; text: string }> = {
  "unga vuxna": { lang: "sv", text: "Unga vuxna som vill flytta hemifrån står länge i bostadskön." },
  "vuxna barn": { lang: "sv", text: "Anhöriga, till exempel vuxna barn, får stöd av anhörigkonsulenten." },
  folkhögskola: { lang: "sv", text: "Kurser ges i samarbete med folkhögskolan." },
  högskola: { lang: "sv", text: "Kommunen samarbetar med högskolan om praktikplatser." },
  körskola: { lang: "sv", text: "Körskolan hyr in sig i kommunens lokaler." },
  "barn och utbildningsnämnd": { lang: "sv", text: "Planen har tagits fram av barn- och utbildningsnämnden." },
  "barn och ungdomsnämnd": { lang: "sv", text: "Planen har tagits fram av barn- och ungdomsnämnden." },
  "barn och utbildningsförvaltning": { lang: "sv", text: "Lokalerna förvaltas av barn- och utbildningsförvaltningen." },
  "barn och ungdomsförvaltning": { lang: "sv", text: "Lokalerna förvaltas av barn- och ungdomsförvaltningen." },
  "barn och ungdomsenhet": { lang: "sv", text: "Ärendet handläggs av barn- och ungdomsenheten." },
  "adult children": { lang: "en", text: "Carers, including adult children, can ask for a carer's assessment." },
  "school of thought": { lang: "en", text: "One school of thought favours smaller care homes." },
  "Children's Commissioner": { lang: "en", text: "The Children's Commissioner published a national report last year." },
};

describe("mr/child-rights: exception registry", () => {
  const file = parse(readFileSync(path.join(here, "child-rights.yml"), "utf8"));
  const termOf = (e: string | { term: string }) => (typeof e === "string" ? e : e.term);
  const exclusions = file.check.applicability.exclusions;
  const entries = [...(exclusions.sv ?? []), ...(exclusions.en ?? [])].map(termOf);

  it("every registry entry has a regression case", () => {
    expect(entries.sort()).toEqual(Object.keys(REGISTRY).sort());
  });

  it.each(Object.entries(REGISTRY))("not about children: %s", (_entry, { lang, text }) => {
    expect(stateOf(text + "\n", lang)).toBe("not-applicable");
  });
});
