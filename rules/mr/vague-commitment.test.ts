/**
 * mr/vague-commitment end to end through the real pipeline (Markdown/text
 * parser, analysis, engine, rule file; packages/*\/dist, so build first):
 * exact ranges, one finding per hedge, the per-hedge message, the fixture
 * documents in fixtures/rules/vague-commitment, and one regression test per
 * hard case of RULES.md.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { builtinRules, type Diagnostic } from "../../packages/core/dist/index.js";
import { lint } from "../../packages/markdown/dist/index.js";
import { HEDGES } from "../../packages/core/src/grammar/lexicon-hedges.js";

const RULE = "mr/vague-commitment";
const rules = builtinRules().filter((r) => r.meta.id === RULE);
const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.resolve(here, "../../fixtures/rules/vague-commitment");

const PREFIX = {
  sv: "# Plan för arbetet\n\n## Bakgrund\n\nKommunen har tagit fram planen under året.\n\n## Åtgärder\n\n",
  en: "# Plan for the work\n\n## Background\n\nThe Council wrote this plan during the year.\n\n## Actions\n\n",
};

function run(source: string, options: { language?: "sv" | "en"; locale?: "sv" | "en"; format?: "markdown" | "text" } = {}) {
  return lint(source, { rules, format: options.format, locale: options.locale, config: options.language ? { language: options.language } : undefined });
}
const findings = (result: { diagnostics: Diagnostic[] }) => result.diagnostics.filter((d) => d.ruleId === RULE);
const flagged = (sentence: string, language: "sv" | "en" = "sv") => findings(run(`${PREFIX[language]}${sentence}\n`, { language })).map((d) => d.text);

function stripMarkup(slice: string): string {
  return slice.replace(/[*_`]+/g, "").replace(/-\r?\n/g, "").replace(/\s*\r?\n\s*/g, " ");
}
function expectSliceIsText(source: string, d: Diagnostic): void {
  expect(stripMarkup(source.slice(d.range.start.offset, d.range.end.offset))).toBe(d.text);
}

describe("mr/vague-commitment: range", () => {
  it("covers exactly the hedge, at its line and column", () => {
    const source = `${PREFIX.sv}Kommunen ska i möjligaste mån erbjuda tolk.\n`;
    const [d, ...rest] = findings(run(source));
    expect(rest).toEqual([]);
    expect(d.text).toBe("i möjligaste mån");
    expect(d.level).toBe("info");
    expect(d.range.start).toMatchObject({ line: 8, column: 13 });
    expect(d.range.end).toMatchObject({ line: 8, column: 29 });
    expect(source.slice(d.range.start.offset, d.range.end.offset)).toBe("i möjligaste mån");
  });

  it("a hedge broken across lines and one inside emphasis", () => {
    const source = `${PREFIX.sv}Lokalerna ska anpassas i möjligaste\nmån, och kallelser ska *vid behov* skickas på lättläst svenska.\n`;
    const found = findings(run(source));
    expect(found.map((d) => [d.range.start.line, d.text])).toEqual([[8, "i möjligaste mån"], [9, "vid behov"]]);
    for (const d of found) expectSliceIsText(source, d);
  });

  it("one diagnostic per hedge, in text order", () => {
    expect(flagged("Stödet ska vid behov och om möjligt ges på modersmålet.")).toEqual(["vid behov", "om möjligt"]);
    expect(flagged("We will endeavour to publish the data as appropriate.", "en")).toEqual(["endeavour to", "as appropriate"]);
  });
});

describe("mr/vague-commitment: fixtures/rules/vague-commitment", () => {
  const expected = JSON.parse(readFileSync(path.join(fixtures, "expected.json"), "utf8")) as Record<string, Array<{ line: number; column: number; text: string }>>;
  it.each(Object.keys(expected))("%s: every finding at its line and column, nothing else", (file) => {
    const source = readFileSync(path.join(fixtures, file), "utf8");
    const found = findings(run(source, { format: file.endsWith(".txt") ? "text" : "markdown" }));
    expect(found.map((d) => ({ line: d.range.start.line + 1, column: d.range.start.column + 1, text: d.text }))).toEqual(expected[file]);
    for (const d of found) expectSliceIsText(source, d);
  });
});

describe("mr/vague-commitment: messages", () => {
  it("names the hedge and asks the question that shows how it empties the commitment (sv)", () => {
    const [d] = findings(run(`${PREFIX.sv}Kommunen ska i möjligaste mån erbjuda tolk.\n`));
    expect(d.message).toBe(
      "”i möjligaste mån” gör åtagandet villkorat. Vem avgör vad som är möjligt, och vad händer när det inte är det? Skriv vad som ska göras, av vem och när, eller skriv villkoret konkret (till exempel ”inom två veckor från ansökan” eller ”för alla som begär det”).",
    );
  });

  it("each hedge gets its own question; OCR text keeps its surface form in the message", () => {
    const [need] = findings(run(`${PREFIX.sv}Tolk ska anlitas vid behov.\n`));
    expect(need.message).toContain("Vem bedömer behovet");
    const [frame] = findings(run(`${PREFIX.sv}Utbildningen ska genomföras inom befintliga ramar.\n`));
    expect(frame.message).toContain("vilka medel avsätts");
    const [ocr] = findings(run(`${PREFIX.sv}Kommunen ska i mojligaste man erbjuda tolk.\n`));
    expect(ocr.message).toMatch(/^”i mojligaste man” gör åtagandet villkorat\. Vem avgör vad som är möjligt/);
  });

  it("English messages", () => {
    const [d] = findings(run(`${PREFIX.en}The Council will involve disabled residents where possible.\n`, { language: "en" }));
    expect(d.message).toMatch(/^“where possible” makes the commitment conditional\. Who decides where it is possible, and what happens elsewhere\? Say what will be done, by whom and when/);
    const [sv] = findings(run(`${PREFIX.sv}Vi ska sträva efter kortare väntetider.\n`, { locale: "en" }));
    expect(sv.message).toContain("Striving is a commitment to try, not to achieve");
  });

  it("every hedge the grammar module knows has a note in both languages", () => {
    const file = parse(readFileSync(path.join(here, "vague-commitment.yml"), "utf8")) as { check: { notes: Record<string, { sv: string; en: string }> } };
    const ids = [...new Set(HEDGES.map((h) => h.id))];
    expect(ids.filter((id) => !file.check.notes[id]?.sv || !file.check.notes[id]?.en)).toEqual([]);
    expect(Object.keys(file.check.notes).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it("the rule's good example passes", () => {
    const meta = rules[0].meta;
    expect(flagged(meta.example!.sv)).toEqual([]);
    expect(flagged(meta.example!.en, "en")).toEqual([]);
  });
});

describe("mr/vague-commitment: the hedge list (sv)", () => {
  it.each([
    ["i möjligaste mån", "Kommunen ska i möjligaste mån anlita lokala leverantörer."],
    ["i görligaste mån", "Verksamheten ska i görligaste mån bedrivas på lika villkor."],
    ["så långt det är möjligt", "Vi ska så långt det är möjligt erbjuda plats nära hemmet."],
    ["så långt som möjligt", "Information ska så långt som möjligt ges på lättläst svenska."],
    ["om möjligt", "Mötena ska om möjligt hållas i tillgängliga lokaler."],
    ["vid behov", "Tolk ska anlitas vid behov."],
    ["där det är lämpligt", "Medborgardialog ska användas där det är lämpligt."],
    ["där så är lämpligt", "Barn ska där så är lämpligt få komma till tals."],
    ["i den mån", "Anhöriga ska informeras i den mån den enskilde samtycker."],
    ["i mån av resurser", "Fritidsgårdarna ska hålla öppet på helger i mån av resurser."],
    ["inom befintliga ramar", "Utbildningsinsatserna ska genomföras inom befintliga ramar."],
    ["sträva efter", "Nämnden ska sträva efter en jämn könsfördelning."],
    ["strävar efter", "Kommunen strävar efter att alla ska ha ett arbete."],
    ["eftersträvas", "En jämn fördelning ska eftersträvas."],
    ["eftersträvar", "Vi eftersträvar korta handläggningstider."],
    ["verka för", "Kommunen ska verka för att fler ungdomar deltar i föreningslivet."],
    ["kan komma att", "Öppettiderna kan komma att utökas."],
    ["i mojligaste man", "Kommunen ska i mojligaste man anlita lokala leverantörer."],
    ["om m6jligt", "Stödet ska om m6jligt ges i hemmet."],
  ])("flags %s", (hedge, sentence) => {
    expect(flagged(sentence)).toEqual([hedge]);
  });
});

describe("mr/vague-commitment: the hedge list (en)", () => {
  it.each([
    ["where possible", "We will use local suppliers where possible."],
    ["wherever possible", "Meetings will be held in accessible venues wherever possible."],
    ["as far as possible", "The Council will, as far as possible, avoid placing families in bed and breakfast accommodation."],
    ["to the extent possible", "Data will be published to the extent possible."],
    ["where practicable", "Easy Read versions should be produced where practicable."],
    ["subject to available resources", "The youth club will open on Sundays, subject to available resources."],
    ["as appropriate", "Partners will be consulted as appropriate."],
    ["where appropriate", "Children should be involved in decisions where appropriate."],
    ["endeavour to", "We will endeavour to respond within ten days."],
    ["strive to", "We strive to treat everyone fairly."],
    ["seek to", "The strategy will seek to reduce inequalities."],
    ["if feasible", "A second hub will be opened if feasible."],
    ["when needed", "Interpreters are provided when needed."],
  ])("flags %s", (hedge, sentence) => {
    expect(flagged(sentence, "en")).toEqual([hedge]);
  });
});

describe("mr/vague-commitment: hard cases", () => {
  it.each([
    ["a verb-less fragment", "Hembesök vid behov.", "sv", "vid behov"],
    ["a present-tense statement of own procedure", "HR-stöd ges vid behov.", "sv", "vid behov"],
    ["a hedge at the start of the sentence", "Vid behov ska skolan erbjuda extra anpassningar.", "sv", "Vid behov"],
    ["the organisation's own aim in the present tense", "Kommunstyrelsen verkar för ett tryggt Kallby.", "sv", "verkar för"],
    ["a goal cue", "Målet är att alla mötesplatser om möjligt ska vara tillgängliga 2027.", "sv", "om möjligt"],
    ["the Council's own aim", "The Council seeks to reduce waiting times.", "en", "seeks to"],
  ] as const)("flags: %s", (_name, sentence, language, hedge) => {
    expect(flagged(sentence, language)).toEqual([hedge]);
  });

  it.each([
    ["descriptive past tense (sv)", "Tolk anlitades vid behov under projektet.", "sv"],
    ["descriptive past tense with a year", "Under 2023 erbjöds hembesök vid behov.", "sv"],
    ["descriptive past tense (en)", "An interpreter was arranged when needed.", "en"],
    ["a past hedge verb", "In 2023 we sought to recruit more foster carers.", "en"],
    ["others as subject (sv)", "Många familjer strävar efter att få ihop vardagen.", "sv"],
    ["others in a relative clause (sv)", "Elever som strävar efter högre betyg kan få läxhjälp.", "sv"],
    ["others as subject (en)", "Many residents seek to downsize when their children leave home.", "en"],
    ["others in a relative clause (en)", "Households that strive to save can get advice.", "en"],
    ["an external organisation's aim (sv)", "Föreningen verkar för ökad jämställdhet inom idrotten.", "sv"],
    ["an external organisation's aim (en)", "The charity seeks to end homelessness in the city.", "en"],
    ["look-alike 'verkar för litet'", "Huset verkar för litet för verksamheten.", "sv"],
    ["look-alike 'när det går att ordna'", "Vi erbjuder stöd när det går att ordna.", "sv"],
    ["look-alike 'i den takt ekonomin medger'", "Investeringarna görs i den takt ekonomin medger.", "sv"],
    ["look-alike 'behov' alone", "Det finns ett stort behov av fler platser.", "sv"],
    ["look-alike 'where relevant'", "We will involve young people where relevant.", "en"],
    ["look-alike 'may consider'", "We may consider a youth panel.", "en"],
    ["look-alike 'such as appropriate'", "The housing we provide, such as appropriate adaptations, is listed in annex B.", "en"],
    ["'i den mån' delimiting a chapter's scope", "Kapitlet behandlar upphandling endast i den mån den rör sociala krav.", "sv"],
    ["'kan komma att' predicting the effect of a law", "Den nya lagen kan komma att påverka kommunens kostnader.", "sv"],
    ["no hedge in an obligation", "Kommunen ska erbjuda tolk till alla som begär det.", "sv"],
  ] as const)("does not flag: %s", (_name, sentence, language) => {
    expect(flagged(sentence, language)).toEqual([]);
  });

  it.each([
    ["regeringsformen 1 kap. 2 §", "Det allmänna ska verka för att alla människor ska kunna uppnå delaktighet och jämlikhet i samhället."],
    ["regeringsformen, older wording", "Det allmänna skall verka för att demokratins idéer blir vägledande inom samhällets alla områden."],
    ["minoritetslagen 5 §", "Förvaltningsmyndigheter ska ge de nationella minoriteterna möjlighet till inflytande i frågor som berör dem och så långt det är möjligt samråda med representanter för minoriteterna i sådana frågor."],
  ])("exception registry: statute wording cited without quotation marks (%s)", (_name, sentence) => {
    expect(flagged(sentence)).toEqual([]);
  });

  it("the draft's own hedge in the same words as a statute is still flagged", () => {
    expect(flagged("Kommunen ska verka för att alla människor ska kunna uppnå delaktighet.")).toEqual(["verka för"]);
    expect(flagged("Kommunen ska så långt det är möjligt samråda med föreningarna.")).toEqual(["så långt det är möjligt"]);
  });

  it("quoted words and block-quoted law text are not flagged", () => {
    expect(flagged("En förälder sa: ”Vi får hjälp i möjligaste mån, men det räcker inte.”")).toEqual([]);
    expect(flagged('One carer told us: "We only get help where possible."', "en")).toEqual([]);
    const law = `${PREFIX.sv}> Förvaltningsmyndigheter ska ge de nationella minoriteterna möjlighet till inflytande i frågor som berör dem och så långt det är möjligt samråda med representanter för minoriteterna i sådana frågor.\n`;
    expect(findings(run(law))).toEqual([]);
  });
});
