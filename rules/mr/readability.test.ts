/**
 * mr/readability end to end through the real pipeline (Markdown parser,
 * analysis, engine, rule file; packages/*\/dist, so build first): LIX per
 * paragraph of at least 40 words against the `threshold` option, the
 * paragraph's and the document's LIX in the message, the document's LIX in
 * the coverage, and the fixture in fixtures/rules/readability.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { builtinRules, lix, type Diagnostic } from "../../packages/core/dist/index.js";
import { lint } from "../../packages/markdown/dist/index.js";

const RULE = "mr/readability";
const rules = builtinRules().filter((r) => r.meta.id === RULE);
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/rules/readability");

/** 48 words in one sentence, most of them long: LIX far above 60. */
const HARD_SV =
  "Kommunfullmäktiges övergripande verksamhetsstyrning förutsätter systematiska uppföljningsrutiner, kvalitetsindikatorer, resursfördelningsmodeller och förvaltningsövergripande samverkansstrukturer som tillsammans möjliggör långsiktiga prioriteringar mellan konkurrerande samhällsintressen inom organisationens samtliga verksamhetsområden, styrelser, bolag och nämnder, vilket innebär att rättighetsperspektivet behöver integreras i budgetprocessens samtliga beslutssteg och i internkontrollplanen för innevarande verksamhetsår.";
/** About 50 short words in short sentences: LIX near 20. */
const EASY_SV =
  "Alla barn har rätt att säga vad de tycker. Vi frågar barnen innan vi bestämmer något som rör dem. Det vi får veta skriver vi ner. Sedan berättar vi för barnen vad vi har bestämt och varför. Om ett barn inte vill prata kan det rita i stället. Vi tar hjälp av tolk.";
const HARD_EN =
  "Implementation of the comprehensive organisational accountability framework necessitates systematic monitoring arrangements, performance indicators, resource allocation methodologies and interdepartmental collaboration structures, which collectively facilitate longer-term prioritisation between competing community interests throughout the organisation's directorates, committees, subsidiaries and partnership arrangements, notwithstanding considerable budgetary constraints affecting neighbourhood services.";

function run(source: string, options: { locale?: "sv" | "en"; threshold?: number; language?: "sv" | "en" } = {}) {
  return lint(source, {
    rules,
    locale: options.locale,
    config: {
      language: options.language,
      rules: options.threshold === undefined ? undefined : { [RULE]: ["hint", { threshold: options.threshold }] },
    },
  });
}
const findings = (result: { diagnostics: Diagnostic[] }) => result.diagnostics.filter((d) => d.ruleId === RULE);

describe("mr/readability", () => {
  it("flags a long paragraph above the threshold, over the whole paragraph, at hint level", () => {
    const source = `# Plan\n\n${EASY_SV}\n\n${HARD_SV}\n\n${EASY_SV}\n`;
    const result = run(source);
    const [d, ...rest] = findings(result);
    expect(rest).toEqual([]);
    expect(d.level).toBe("hint");
    expect(d.range.start).toMatchObject({ line: 4, column: 0 });
    expect(d.text).toBe(HARD_SV);
    expect(source.slice(d.range.start.offset, d.range.end.offset)).toBe(HARD_SV);
  });

  it("the message gives the paragraph's LIX, the document's LIX (as in the coverage), the threshold and språklagen 11 §", () => {
    const source = `# Plan\n\n${EASY_SV}\n\n${HARD_SV}\n\n${EASY_SV}\n`;
    const result = run(source);
    const [d] = findings(result);
    const paragraph = Math.round(lix(HARD_SV)!);
    const whole = Math.round(result.coverage.lix!);
    expect(paragraph).toBeGreaterThan(60);
    expect(whole).toBeLessThan(paragraph);
    expect(d.message).toBe(
      `Stycket är svårläst: LIX ${paragraph} mot ${whole} för dokumentet som helhet (gränsen är 60). Språklagen (11 §) kräver att språket i offentlig verksamhet är vårdat, enkelt och begripligt. Dela upp långa meningar, skriv en sak i taget och byt långa ord och sammansättningar mot kortare, vanliga ord.`,
    );
    expect(findings(run(source, { locale: "en" }))[0].message).toMatch(
      new RegExp(`^This paragraph is hard to read: LIX ${paragraph} against ${whole} for the document as a whole \\(the threshold is 60\\)\\. Swedish law \\(språklagen, section 11\\)`),
    );
  });

  it("reports the document's LIX in the coverage even when nothing is flagged", () => {
    const result = run(`# Plan\n\n${EASY_SV}\n`);
    expect(findings(result)).toEqual([]);
    expect(result.coverage.lix).not.toBeNull();
    expect(result.coverage.lix!).toBeLessThan(40);
  });

  it("does not measure a paragraph under 40 words, however hard", () => {
    const short = `${HARD_SV.split(" ").slice(0, 30).join(" ")}.`;
    expect(lix(short)!).toBeGreaterThan(60);
    expect(findings(run(`# Plan\n\n${short}\n`))).toEqual([]);
  });

  it("takes the threshold from the config", () => {
    const source = `# Plan\n\n${HARD_SV}\n`;
    expect(findings(run(source, { threshold: 200 }))).toEqual([]);
    const easyLix = lix(EASY_SV)!;
    const [d] = findings(run(`# Plan\n\n${EASY_SV}\n`, { threshold: Math.floor(easyLix) - 1 }));
    expect(d.message).toContain(`(gränsen är ${Math.floor(easyLix) - 1})`);
  });

  it("shows one decimal when the rounded LIX would not be above the threshold ('LIX 18,3', not 'LIX 18' against 18)", () => {
    const easyLix = lix(EASY_SV)!;
    const threshold = Math.floor(easyLix);
    expect(Math.round(easyLix)).toBe(threshold); // the case this guards: rounding lands on the threshold
    const source = `# Plan\n\n${EASY_SV}\n`;
    expect(findings(run(source, { threshold }))[0].message).toContain(`LIX ${easyLix.toFixed(1).replace(".", ",")} mot`);
    expect(findings(run(source, { threshold, locale: "en" }))[0].message).toContain(`LIX ${easyLix.toFixed(1)} against`);
  });

  it("measures list items, not headings or block quotes", () => {
    expect(findings(run(`# Plan\n\n- ${HARD_SV}\n`)).map((d) => d.range.start.line)).toEqual([2]);
    expect(findings(run(`# Plan\n\n> ${HARD_SV}\n`))).toEqual([]);
  });

  it("abbreviations do not end sentences: 't.ex.', 'bl.a.' and 'kap.' keep one long sentence", () => {
    const withAbbreviations = HARD_SV.replace("kvalitetsindikatorer,", "bl.a. kvalitetsindikatorer, t.ex. enligt 6 kap.,");
    const [d] = findings(run(`# Plan\n\n${withAbbreviations}\n`));
    expect(d.text).toBe(withAbbreviations);
    // One sentence of 48 words: about 113; split at any of the abbreviations it would fall below 90.
    expect(Number(/LIX (\d+)/.exec(d.message)?.[1])).toBeGreaterThan(100);
  });

  it("works on English text", () => {
    const [d] = findings(run(`# Plan\n\n${HARD_EN}\n`, { language: "en" }));
    expect(d.text).toBe(HARD_EN);
    expect(d.message).toMatch(/^This paragraph is hard to read: LIX \d+ against \d+/);
  });

  it("fixtures/rules/readability: the flagged paragraph and the document's LIX", () => {
    const expected = JSON.parse(readFileSync(path.join(fixtures, "expected.json"), "utf8")) as Record<string, { documentLix: number; findings: Array<{ line: number; column: number; lix: number; endLine: number }> }>;
    for (const [file, want] of Object.entries(expected)) {
      const result = run(readFileSync(path.join(fixtures, file), "utf8"));
      expect(Math.round(result.coverage.lix!), file).toBe(want.documentLix);
      expect(
        findings(result).map((d) => ({ line: d.range.start.line + 1, column: d.range.start.column + 1, lix: Number(/LIX (\d+)/.exec(d.message)?.[1]), endLine: d.range.end.line + 1 })),
        file,
      ).toEqual(want.findings);
    }
  });
});
