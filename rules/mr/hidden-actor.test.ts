/**
 * mr/hidden-actor end to end through the real pipeline: the Markdown/text
 * parser, the analysis, the engine and the rule file (packages/*\/dist, so
 * build first). Checks the exact range (line and column of the modal, and
 * that the source at the range is the flagged text once markup is
 * stripped), the fixture documents in fixtures/rules/hidden-actor, and one
 * regression test per hard case of RULES.md.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { builtinRules, type Diagnostic } from "../../packages/core/dist/index.js";
import { lint } from "../../packages/markdown/dist/index.js";

const RULE = "mr/hidden-actor";
const rules = builtinRules().filter((r) => r.meta.id === RULE);
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/rules/hidden-actor");

/** A body sentence after a title and a first section, as in a real policy (the first block after a title can be header metadata). */
const PREFIX = {
  sv: "# Plan för arbetet\n\n## Bakgrund\n\nKommunen har tagit fram planen under året.\n\n## Åtgärder\n\n",
  en: "# Plan for the work\n\n## Background\n\nThe Council wrote this plan during the year.\n\n## Actions\n\n",
};

function run(source: string, options: { language?: "sv" | "en"; locale?: "sv" | "en"; format?: "markdown" | "text" } = {}) {
  return lint(source, { rules, format: options.format, locale: options.locale, config: options.language ? { language: options.language } : undefined });
}
const findings = (result: { diagnostics: Diagnostic[] }) => result.diagnostics.filter((d) => d.ruleId === RULE);
/** Flagged texts of one body sentence. */
const flagged = (sentence: string, language: "sv" | "en" = "sv") => findings(run(`${PREFIX[language]}${sentence}\n`, { language })).map((d) => d.text);

/** The source at a range with Markdown emphasis, hyphenation at line ends and line breaks undone. */
function stripMarkup(slice: string): string {
  return slice.replace(/[*_`]+/g, "").replace(/-\r?\n/g, "").replace(/\s*\r?\n\s*/g, " ");
}
function expectSliceIsText(source: string, d: Diagnostic): void {
  expect(stripMarkup(source.slice(d.range.start.offset, d.range.end.offset))).toBe(d.text);
}

describe("mr/hidden-actor: range", () => {
  it("runs from the modal to the end of the passive verb group, on the modal's line and column", () => {
    const source = `${PREFIX.sv}Planen ska följas upp varje år.\n`;
    const [d, ...rest] = findings(run(source));
    expect(rest).toEqual([]);
    expect(d.text).toBe("ska följas upp");
    expect(d.level).toBe("info");
    expect(d.range.start).toMatchObject({ line: 8, column: 7 });
    expect(d.range.end).toMatchObject({ line: 8, column: 21 });
    expect(source.slice(d.range.start.offset, d.range.end.offset)).toBe("ska följas upp");
  });

  it("a sentence wrapped across lines with emphasis: the line is the modal's, the source is the text without markup", () => {
    const source = `${PREFIX.sv}Alla lokaler där kommunen har verksamhet för allmänheten ska\n**inventeras** utifrån tillgänglighet.\n`;
    const [d] = findings(run(source));
    expect(d.text).toBe("ska inventeras");
    expect(d.range.start.line).toBe(8);
    expect(d.range.end.line).toBe(9);
    expectSliceIsText(source, d);
  });

  it("a modal at the end of a line and the passive on the next: the label line is the modal's", () => {
    const source = `${PREFIX.en}Every complaint from a resident or a member of staff shall\nbe investigated within ten working days.\n`;
    const [d] = findings(run(source));
    expect(d.text).toBe("shall be investigated");
    expect(d.range.start).toMatchObject({ line: 8, column: 53 });
    expectSliceIsText(source, d);
  });

  it("one diagnostic per sentence, at its first modal", () => {
    const source = `${PREFIX.sv}Belysningen ska ses över och otrygga platser ska kartläggas.\n`;
    expect(findings(run(source)).map((d) => d.text)).toEqual(["ska ses över"]);
  });

  it("a word hyphenated across a line break in plain text", () => {
    const source = "PLAN FÖR DIGITAL TILLGÄNGLIGHET\n\n1. Bakgrund\n\nKommunen har tagit fram planen under året.\n\n2. Åtgärder\n\nKommunens webbplats ska upp-\ndateras så att den uppfyller kraven i standarden.\n";
    const [d] = findings(run(source, { format: "text" }));
    expect(d.text).toBe("ska uppdateras");
    expect(d.range.start.line).toBe(8);
    expectSliceIsText(source, d);
  });
});

describe("mr/hidden-actor: fixtures/rules/hidden-actor", () => {
  const expected = JSON.parse(readFileSync(path.join(fixtures, "expected.json"), "utf8")) as Record<string, Array<{ line: number; column: number; text: string }>>;
  it.each(Object.keys(expected))("%s: every finding at its line and column, nothing else", (file) => {
    const source = readFileSync(path.join(fixtures, file), "utf8");
    const found = findings(run(source, { format: file.endsWith(".txt") ? "text" : "markdown" }));
    expect(found.map((d) => ({ line: d.range.start.line + 1, column: d.range.start.column + 1, text: d.text }))).toEqual(expected[file]);
    for (const d of found) expectSliceIsText(source, d);
  });
});

describe("mr/hidden-actor: messages", () => {
  it("Swedish: names the flagged words, who should act, and why (duty-bearer)", () => {
    const [d] = findings(run(`${PREFIX.sv}Barnets bästa ska alltid beaktas.\n`));
    expect(d.message).toMatch(/^”ska alltid beaktas”: meningen säger vad som ska göras men inte vem som ansvarar för det\./);
    expect(d.message).toContain("”Socialnämnden ska säkerställa …”");
    expect(d.message).toContain("skyldigheten");
    expect(d.url).toBe("https://github.com/mrlint/mrlint/blob/main/rules/mr/hidden-actor.md");
  });

  it("English on request, for a Swedish document", () => {
    const [d] = findings(run(`${PREFIX.sv}Barnets bästa ska alltid beaktas.\n`, { locale: "en" }));
    expect(d.message).toMatch(/^“ska alltid beaktas”: the sentence says what is to be done but not who is responsible for it\./);
    expect(d.message).toContain("duty-bearer");
  });

  it("the rule carries rationale and a good example for hover text", () => {
    const meta = rules[0].meta;
    expect(meta.rationale?.sv).toContain("skyldighetsbärare");
    expect(meta.rationale?.en).toContain("accountability");
    expect(flagged(meta.example!.sv)).toEqual([]);
    expect(flagged(meta.example!.en, "en")).toEqual([]);
  });
});

describe("mr/hidden-actor: quoted text is never flagged", () => {
  it.each([
    ["quotation marks (sv)", "En förälder skrev: ”Lekplatserna måste rustas upp.”", "sv"],
    ["quotation marks (en)", 'One parent wrote: "The playgrounds must be repaired."', "en"],
    ["reported view (sv)", "Föreningarna framhöll i remissen att belysningen måste förbättras.", "sv"],
    ["reported view (en)", "Residents told us that street lighting must be improved.", "en"],
  ] as const)("%s", (_name, sentence, language) => {
    expect(flagged(sentence, language)).toEqual([]);
  });

  it.each([
    ["barnkonventionen art. 3.1", "Vid alla åtgärder som rör barn ska i första hand beaktas vad som bedöms vara barnets bästa.", "sv"],
    ["barnkonventionen art. 12.1", "Barnets åsikter ska tillmätas betydelse i förhållande till barnets ålder och mognad.", "sv"],
    ["regeringsformen 1 kap. 2 §", "Den offentliga makten ska utövas med respekt för alla människors lika värde och för den enskilda människans frihet och värdighet.", "sv"],
    ["Europakonventionen art. 14", "Åtnjutandet av de fri- och rättigheter som anges i denna konvention ska säkerställas utan åtskillnad på grund av kön, ras eller hudfärg.", "sv"],
    ["ECHR art. 14", "The enjoyment of the rights and freedoms set forth in this Convention shall be secured without discrimination on any ground such as sex, race or colour.", "en"],
    ["ECHR art. 2", "Everyone's right to life shall be protected by law.", "en"],
  ] as const)("exception registry: statute wording cited without quotation marks (%s)", (_name, sentence, language) => {
    expect(flagged(sentence, language)).toEqual([]);
  });

  it("the draft's own wording near a statute phrase is still flagged", () => {
    expect(flagged("Barnets bästa ska beaktas i alla beslut.")).toEqual(["ska beaktas"]);
    expect(flagged("Barnens åsikter ska tillmätas betydelse.")).toEqual(["ska tillmätas"]);
    expect(flagged("Equal access shall be secured for every resident.", "en")).toEqual(["shall be secured"]);
  });

  it("a block quote of law text", () => {
    expect(findings(run(`${PREFIX.sv}> Barnets bästa ska beaktas vid alla åtgärder som rör barn.\n`))).toEqual([]);
    expect(findings(run(`${PREFIX.en}> The views of the child must be given due weight.\n`, { language: "en" }))).toEqual([]);
  });
});

describe("mr/hidden-actor: hard cases (sv)", () => {
  it.each([
    ["s-passive", "Alla avvikelser ska dokumenteras i verksamhetssystemet.", "ska dokumenteras"],
    ["particle verb split", "Riktlinjen ska ses över vart fjärde år.", "ska ses över"],
    ["adverb between modal and verb", "Barnets bästa ska alltid beaktas.", "ska alltid beaktas"],
    ["noun between modal and verb: 'hänsyn ska tas till'", "Hänsyn ska tas till barnens synpunkter.", "ska tas"],
    ["inverted order after a fronted adverbial", "Årligen ska en trygghetsvandring genomföras i varje stadsdel.", "ska en trygghetsvandring genomföras"],
    ["vowel-stem passive 'ges'", "Information ska ges på finska, meänkieli och samiska.", "ska ges"],
    ["vowel-stem passive 'förses'", "Alla förskolor ska förses med hörselslingor.", "ska förses"],
    ["skall", "Stödet skall utvärderas efter två år.", "skall utvärderas"],
    ["bör", "Planen bör uppdateras när nya behov uppstår.", "bör uppdateras"],
    ["måste", "Lokalerna måste saneras innan verksamheten flyttar in.", "måste saneras"],
    ["verb of change in the s-form", "Väntetiderna ska kortas.", "ska kortas"],
    ["bli + participle", "Ombyggnaden ska bli genomförd före sommaren.", "ska bli genomförd"],
    ["'av hänsyn till' is not an agent", "Åtgärderna ska genomföras av hänsyn till de boendes säkerhet.", "ska genomföras"],
    ["'en del av' is not an agent", "En del av medlen ska användas till förebyggande insatser.", "ska användas"],
    ["'genom' is a means, not an agent", "Tillgängligheten ska förbättras genom ombyggnad av entréer.", "ska förbättras"],
    ["a recipient is not the actor", "Redovisningen ska lämnas till kommunstyrelsen senast den 31 mars.", "ska lämnas"],
    ["a beneficiary as subject is not the actor", "Ungdomsrådet ska ges möjlighet att yttra sig.", "ska ges"],
    ["a genitive body is not the actor", "Nämndens beslut ska meddelas skriftligt.", "ska meddelas"],
  ])("flags: %s", (_name, sentence, text) => {
    expect(flagged(sentence)).toEqual([text]);
  });

  it.each([
    ["active obligation", "Socialnämnden ska ta fram en handlingsplan mot hemlöshet."],
    ["av + a named body", "Handlingsplanen ska följas upp av respektive nämnd."],
    ["av + an indefinite actor", "Insatserna ska utvärderas av en extern forskare."],
    ["actor as subject of another clause", "Samhällsbyggnadsnämnden ansvarar för åtgärderna, och resultatet ska redovisas årligen."],
    ["deponent finnas", "Det ska finnas en kontaktperson på varje enhet."],
    ["deponents trivas, lyckas", "Alla barn ska trivas och lyckas i skolan."],
    ["deponent åldras", "Äldre ska kunna åldras i trygghet."],
    ["reciprocal träffas", "Ungdomarna ska kunna träffas i den nya lokalen."],
    ["reciprocal enas", "Parterna ska enas om en gemensam tidsplan."],
    ["ska vara + adjective", "Parkerna ska vara tillgängliga för alla."],
    ["ska vara + participle used as adjective", "Rutinerna ska vara kända för alla medarbetare."],
    ["får is not an obligation modal", "Bidrag får sökas av föreningar i kommunen."],
    ["kan is not an obligation modal", "Tjänsten kan beställas via webbplatsen."],
    ["behöver is not an obligation modal", "Avgiften behöver justeras."],
    ["kommer att is not an obligation modal", "Stödet kommer att utvidgas nästa år."],
    ["the modal does not govern the passive", "Socialnämnden ska se till att planen följs upp."],
    ["'ett måste' is a noun", "Ett måste är att rutinen följs."],
  ])("does not flag: %s", (_name, sentence) => {
    expect(flagged(sentence)).toEqual([]);
  });

  it("an actor in another cell of the same table row does not count", () => {
    const source = `${PREFIX.sv}| Åtgärd | Ansvarig |\n|---|---|\n| Buskage ska röjas | Parkenheten |\n`;
    expect(findings(run(source)).map((d) => d.text)).toEqual(["ska röjas"]);
  });

  it("an actor in the next sentence does not count", () => {
    expect(flagged("Planen ska följas upp varje år. Kommunstyrelsen ansvarar för planen.")).toEqual(["ska följas upp"]);
  });

  it("a modal in a list item, each item its own sentence", () => {
    const source = `${PREFIX.sv}- Klotter ska saneras inom 24 timmar.\n- Gatubelysningen kan bytas ut.\n- Planen ska följas upp.\n`;
    expect(findings(run(source)).map((d) => [d.range.start.line, d.text])).toEqual([[8, "ska saneras"], [10, "ska följas upp"]]);
  });
});

describe("mr/hidden-actor: hard cases (en)", () => {
  it.each([
    ["be + participle", "All complaints must be acknowledged within three working days.", "must be acknowledged"],
    ["'is to be' + participle", "Data is to be broken down by protected characteristic.", "is to be broken"],
    ["irregular participle 'kept'", "Community centres shall be kept open during school holidays.", "shall be kept"],
    ["irregular participle 'rewritten'", "The policy will be rewritten in plain English.", "will be rewritten"],
    ["adverb between", "Performance against these targets will be closely monitored.", "will be closely monitored"],
    ["'by the end of 2027' is not an agent", "The plan will be reviewed by the end of 2027.", "will be reviewed"],
    ["'by ward population' is not an agent", "Funding will be allocated by ward population.", "will be allocated"],
    ["'by 3 per cent' is not an agent", "Rents will be increased by 3 per cent.", "will be increased"],
    ["a recipient is not the actor", "Progress will be reported to the Health and Wellbeing Board twice a year.", "will be reported"],
    ["a beneficiary as subject is not the actor", "Residents should be given a named contact.", "should be given"],
  ])("flags: %s", (_name, sentence, text) => {
    expect(flagged(sentence, "en")).toEqual([text]);
  });

  it.each([
    ["active obligation", "The Housing Committee will review the strategy every four years."],
    ["by + a named body", "The strategy will be reviewed by the Housing Committee."],
    ["by + a role", "The action plan will be monitored by the Head of Community Safety."],
    ["actor as subject of another clause", "The Community Safety Partnership leads this work, and progress will be published each year."],
    ["must be + adjective", "Venues must be accessible to wheelchair users."],
    ["must be aware", "Staff must be aware of the safeguarding procedure."],
    ["may is permission", "Applications may be submitted online."],
    ["can is not an obligation modal", "The plan can be downloaded from our website."],
    ["has to is not a listed modal", "The service has to be redesigned."],
    ["past tense", "The centre was refurbished in 2022."],
    ["a conditional clause", "If the library is to be closed, the Council will consult residents first."],
  ])("does not flag: %s", (_name, sentence) => {
    expect(flagged(sentence, "en")).toEqual([]);
  });
});
