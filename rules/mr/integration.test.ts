/**
 * mr/integration end to end through the real pipeline: the Markdown/text
 * parser, the analysis, the engine and the built-in rule file
 * (packages/*\/dist, so build first). Covers the four-way state table, the
 * messages in both languages, the fixture documents in
 * fixtures/rules/integration, text without diacritics, and one regression
 * test per entry of the rule's exception registry.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../../packages/core/dist/index.js";
import { lint } from "../../packages/markdown/dist/index.js";

const RULE = "mr/integration";
const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.resolve(here, "../../fixtures/rules/integration");
const rules = builtinRules().filter((r) => r.meta.id === RULE);
type Lang = "sv" | "en";

/** A title and a first section, as in a real policy (a short first block after a title can be header metadata). */
const PREFIX: Record<Lang, string> = {
  sv: "# Plan för verksamheten\n\n## Bakgrund\n\nKommunen har tagit fram planen under året tillsammans med förvaltningarna.\n\n## Innehåll\n\n",
  en: "# Plan for the service\n\n## Background\n\nThe Council prepared this plan during the year with its departments.\n\n## Content\n\n",
};

function run(body: string, lang: Lang, options: { locale?: Lang; prefix?: boolean } = {}) {
  const source = options.prefix === false ? body : PREFIX[lang] + body;
  const result = lint(source, { rules, locale: options.locale, config: { language: lang } });
  return { result, coverage: result.coverage.rules[RULE], diagnostics: result.diagnostics.filter((d) => d.ruleId === RULE) };
}
const stateOf = (body: string, lang: Lang) => run(body, lang).coverage.state;

describe("mr/integration: states", () => {
  it("a named instrument tied to the measures is satisfied, with the instrument as evidence and no finding", () => {
    const { coverage, diagnostics } = run("Programmet genomför barnkonventionen (lag 2018:1197); varje mål anger vilken artikel det bygger på.\n", "sv");
    expect(coverage.state).toBe("satisfied");
    expect(coverage.evidence.map((e) => e.text)).toContain("barnkonventionen");
    expect(diagnostics).toEqual([]);
  });

  it.each([
    ["sv", "Planen utgår från de mänskliga rättigheterna och ett rättighetsbaserat arbetssätt."],
    ["sv", "Enligt 1 kap. 2 § RF ska det allmänna motverka diskriminering, och planen anger hur."],
    ["sv", "Planen utgår från RF 1:2 och de nationella minoriteternas rättigheter."],
    ["sv", "Biblioteksplanen utgår från yttrandefriheten enligt regeringsformen."],
    ["sv", "Planen genomför kommunens åtaganden enligt minoritetslagen."],
    ["sv", "Förvaltningen beaktar funktionsrättskonventionen i alla beslut."],
    ["sv", "Planen är en del av kommunens MR-arbete och varje åtgärd knyts till en rättighet."],
    ["en", "The strategy applies the Human Rights Act 1998 to every decision on surveillance."],
    ["en", "This plan sets out how we meet the public sector equality duty under the Equality Act 2010."],
    ["en", "Our reconciliation plan gives effect to the UN Declaration on the Rights of Indigenous Peoples."],
    ["en", "We take a human rights-based approach to homelessness, recognising the right to adequate housing."],
  ] as const)("satisfied (%s): %s", (lang, text) => {
    expect(stateOf(text + "\n", lang)).toBe("satisfied");
  });

  it.each([
    ["sv", "Arbetet vilar på kommunens värdegrund om alla människors lika värde."],
    ["sv", "Planen bidrar till de globala målen i Agenda 2030."],
    ["en", "Our values are respect, fairness and dignity for all."],
    ["en", "This strategy contributes to the Sustainable Development Goals."],
  ] as const)("a value statement or bare Agenda 2030 is partial (%s): %s", (lang, text) => {
    expect(stateOf(text + "\n", lang)).toBe("partial");
  });

  it.each([
    ["sv", "Enligt plan- och bygglagens portalparagraf ska planeringen främja en god livsmiljö."],
    ["sv", "Folkhälsopolitikens mål är en god och jämlik hälsa i hela befolkningen."],
    ["sv", "Socialtjänstlagen anger att verksamheten ska bygga på respekt för människors självbestämmande."],
    ["sv", "Närboendes rätt till nattsömn väger tungt vid prövningen av serveringstider."],
    ["en", "The Care Act 2014 wellbeing principle guides this policy."],
    ["en", "The Localism Act 2011 requires us to publish a tenancy strategy."],
  ] as const)("general welfare or planning purpose clauses and public-health goals are missing (%s): %s", (lang, text) => {
    expect(stateOf(text + "\n", lang)).toBe("missing");
  });

  it("a mention only in the reference list does not count", () => {
    const body = "Planen gäller 2025–2027.\n\n## Referenser\n\n- Barnkonventionen\n- Diskrimineringslagen (2008:567)\n";
    expect(stateOf(body, "sv")).toBe("missing");
    expect(stateOf("The plan runs to 2027.\n\n## Related documents\n\n- Human Rights Act 1998\n- Equality Act 2010\n", "en")).toBe("missing");
  });

  it("a quoted title of another document does not count", () => {
    expect(stateOf("Planen ska läsas tillsammans med ”Barnkonventionen i praktiken”, kommunens vägledning.\n", "sv")).toBe("missing");
  });

  it("a negated mention does not count: 'Barnkonventionen har inte beaktats'", () => {
    expect(stateOf("Barnkonventionen har inte beaktats i arbetet med planen.\n", "sv")).toBe("missing");
    expect(stateOf("Human rights were not considered in this review.\n", "en")).toBe("missing");
  });

  it("the header block is metadata: a rights word only there does not count", () => {
    const header = "Fastställd av kommunfullmäktige 2024-05-02 · Dnr KS 2024/12 · Dokumentansvarig: strateg för mänskliga rättigheter";
    const source = `# Plan för parkerna\n\n${header}\n\n## Innehåll\n\nParkerna sköts av gatuenheten.\n`;
    expect(run(source, "sv", { prefix: false }).coverage.state).toBe("missing");
    // The same words in the body count.
    expect(stateOf("Parkerna sköts av gatuenheten. Ansvarig är strategen för mänskliga rättigheter.\n", "sv")).toBe("satisfied");
  });

  it("a hedged mention is only intent: partial with the hedge quoted", () => {
    const { coverage, diagnostics } = run("Mänskliga rättigheter ska beaktas där det är lämpligt.\n", "sv");
    expect(coverage.state).toBe("partial");
    expect(diagnostics[0].messageId).toBe("vague");
    expect(diagnostics[0].message).toContain("”där det är lämpligt”");
  });
});

describe("mr/integration: text that lost its diacritics or went through OCR", () => {
  it("is judged like clean text", () => {
    const clean = "# Plan\n\n## Bakgrund\n\nPlanen galler 2025 till 2027.\n\n## Utgangspunkter\n\nPlanen utgar fran de manskliga rattigheterna och anger hur varje atgard starker dem.\n";
    expect(run(clean, "sv", { prefix: false }).coverage.state).toBe("satisfied");
    const ocr = "# Plan\n\n## Bakgrund\n\nPlanen g&ller 2025 till 2027.\n\n## Utgångspunkter\n\nPlanen utg&r fr&n de m&nskliga r&ttigheterna.\n";
    expect(run(ocr, "sv", { prefix: false }).coverage.state).toBe("satisfied");
  });
});

describe("mr/integration: messages", () => {
  it("missing says what is missing and why, in Swedish and English", () => {
    const sv = run("Parkerna sköts av gatuenheten.\n", "sv").diagnostics[0];
    expect(sv.state).toBe("missing");
    expect(sv.message).toMatch(/^Mänskliga rättigheter: texten förankrar inte sina mål eller åtgärder i de mänskliga rättigheterna\./);
    expect(sv.message).toContain("lag 2018:1197");
    const en = run("Parkerna sköts av gatuenheten.\n", "sv", { locale: "en" }).diagnostics[0];
    expect(en.message).toMatch(/^Human rights: the text does not anchor its goals or measures in human rights\./);
  });

  it("partial names the value statement found and the missing anchoring", () => {
    const [d] = run("Arbetet vilar på kommunens värdegrund.\n", "sv").diagnostics;
    expect(d.state).toBe("partial");
    expect(d.missingElements).toEqual(["anchor"]);
    expect(d.message).toContain("en värdegrund eller Agenda 2030 (”värdegrund”)");
    expect(d.message).toContain("men inte en förankring i de mänskliga rättigheterna");
  });
});

describe("mr/integration: fixtures", () => {
  const expected = JSON.parse(readFileSync(path.join(fixtures, "expected.json"), "utf8")) as Record<string, string>;
  it.each(Object.entries(expected))("%s is %s", (file, state) => {
    const text = readFileSync(path.join(fixtures, file), "utf8");
    const result = lint(text, { rules, format: file.endsWith(".txt") ? "text" : "markdown" });
    expect(result.coverage.rules[RULE].state).toBe(state);
    // No finding on a satisfied document.
    if (state === "satisfied") expect(result.diagnostics.filter((d) => d.ruleId === RULE)).toEqual([]);
  });
});

/** One regression case per entry of the exception registry (`check.ignore`): the entry's text must not anchor. */
const REGISTRY: Record<string, { lang: Lang; text: string }> = {
  "program för mänskliga rättigheter": { lang: "sv", text: "Planen ska läsas tillsammans med kommunens program för mänskliga rättigheter." },
  "handlingsplan för mänskliga rättigheter": { lang: "sv", text: "Se kommunens handlingsplan för mänskliga rättigheter för fler åtgärder." },
  "policy för mänskliga rättigheter": { lang: "sv", text: "Kommunens policy för mänskliga rättigheter antogs 2021." },
  "strategi för mänskliga rättigheter": { lang: "sv", text: "Regionens strategi för mänskliga rättigheter revideras 2026." },
  "plan för mänskliga rättigheter": { lang: "sv", text: "Nämnden tar fram en plan för mänskliga rättigheter under 2026." },
  "human rights policy": { lang: "en", text: "This plan should be read with the Council's Human Rights Policy." },
  "human rights strategy": { lang: "en", text: "The Human Rights Strategy was adopted in 2021." },
  "human rights action plan": { lang: "en", text: "Further actions are listed in the Human Rights Action Plan." },
};

describe("mr/integration: exception registry", () => {
  const file = parse(readFileSync(path.join(here, "integration.yml"), "utf8"));
  const entries = [...(file.check.ignore.sv ?? []), ...(file.check.ignore.en ?? [])].map((e: string | { term: string }) => (typeof e === "string" ? e : e.term));

  it("every registry entry has a regression case", () => {
    expect(entries.sort()).toEqual(Object.keys(REGISTRY).sort());
  });

  it.each(Object.entries(REGISTRY))("the title of another document is not anchoring: %s", (_entry, { lang, text }) => {
    expect(stateOf(text + "\n", lang)).toBe("missing");
  });
});
