/**
 * mr/accountability end to end through the real pipeline (Markdown/text
 * parser, analysis, engine and the built-in rule file from packages/*\/dist,
 * so build first). Covers the state table (a named actor with a
 * responsibility or a task; diffuse responsibility; nobody), responsibility
 * tables and "Ansvar" sections, the header block, the messages, text without
 * diacritics, the shared fixtures, and one regression test per
 * exception-registry entry, named after the case it guards.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../../packages/core/dist/index.js";
import { lint } from "../../packages/markdown/dist/index.js";

const RULE = "mr/accountability";
type Lang = "sv" | "en";
const rules = builtinRules().filter((r) => r.meta.id === RULE);

function run(source: string, lang: Lang, locale?: Lang) {
  const format = source.startsWith("#") || source.includes("|") ? "markdown" : "text";
  const result = lint(source, { format, rules, locale, config: { language: lang } });
  return { coverage: result.coverage.rules[RULE], diagnostics: result.diagnostics.filter((d) => d.ruleId === RULE) };
}
const doc = (body: string, lang: Lang) => (lang === "sv" ? `# Plan för verksamheten\n\n${body}\n` : `# Plan for the service\n\n${body}\n`);
const stateOf = (body: string, lang: Lang) => run(doc(body, lang), lang).coverage.state;

describe("mr/accountability: the state table", () => {
  it("a named board with a responsibility is satisfied: 'Kultur- och fritidsnämnden ansvarar för åtgärd 1–4'", () => {
    const { coverage, diagnostics } = run(doc("Kultur- och fritidsnämnden ansvarar för åtgärd 1–4.", "sv"), "sv");
    expect(coverage.state).toBe("satisfied");
    expect(coverage.evidence.map((e) => [e.element, e.text])).toEqual([
      ["actor", "fritidsnämnden"],
      ["duty", "ansvarar"],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it("a named actor carrying out a measure is satisfied: 'Fritidsnämnden beslutar …', 'The Leisure Services Manager will introduce …'", () => {
    expect(stateOf("Fritidsnämnden beslutar om bidrag. Fritidsenheten handlägger ansökningarna.", "sv")).toBe("satisfied");
    expect(stateOf("Samhällsbyggnadsnämnden bygger om 40 hållplatser till 2027.", "sv")).toBe("satisfied");
    expect(stateOf("The Leisure Services Manager will introduce women-only swimming sessions at two centres.", "en")).toBe("satisfied");
    expect(stateOf("The Strategic Housing Manager is responsible for delivering actions 1 to 6.", "en")).toBe("satisfied");
  });

  it("a modal and an active infinitive with the actor between them: 'Under 2025 ska socialnämnden inrätta …'", () => {
    expect(stateOf("Under 2025 ska socialnämnden inrätta ett brukarråd.", "sv")).toBe("satisfied");
    expect(stateOf("Kulturnämnden beslutade 2023 att ta fram en ny kulturplan.", "sv")).toBe("missing");
  });

  it("an actor as the agent of a passive counts: 'tas fram av socialförvaltningen', 'overseen by the Steering Group'", () => {
    expect(stateOf("Planen ska tas fram av socialförvaltningen.", "sv")).toBe("satisfied");
    expect(stateOf("Progress will be overseen by the Equality Steering Group.", "en")).toBe("satisfied");
  });

  it("a role counts: förvaltningschef, rektor, socialsekreterare, Head of Service", () => {
    expect(stateOf("Rektor ansvarar för arbetet på den egna skolan.", "sv")).toBe("satisfied");
    expect(stateOf("Socialsekreteraren utreder ärendet och fattar beslut.", "sv")).toBe("satisfied");
    expect(stateOf("The Head of Youth Services leads the work on actions 1 to 3.", "en")).toBe("satisfied");
  });

  it("diffuse responsibility is partial and the message says why: 'Alla har ett gemensamt ansvar'", () => {
    const { diagnostics } = run(doc("Alla medarbetare har ett gemensamt ansvar för att programmet genomförs.", "sv"), "sv");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].state).toBe("partial");
    expect(diagnostics[0].missingElements).toEqual(["actor"]);
    expect(diagnostics[0].message).toMatch(/^Ansvar: texten anger ett ansvar för åtgärderna \(”ansvar för”\), men inte en namngiven ansvarig\./);
  });

  it("nobody named anywhere is missing, with the principle in the message", () => {
    const { diagnostics } = run(doc("Planen ska genomföras under 2025. Åtgärderna ska följas upp.", "sv"), "sv");
    expect(diagnostics[0].state).toBe("missing");
    expect(diagnostics[0].message).toMatch(/principen om transparens och ansvar/);
    expect(run(doc("Planen ska genomföras under 2025.", "sv"), "sv", "en").diagnostics[0].message).toMatch(/^Accountability: the text does not say who is responsible/);
  });

  it("a document written entirely in the passive names no actor: missing", () => {
    const body = "- Personal inom socialtjänsten ska utbildas i att upptäcka våld.\n- Rutiner ska tas fram.\n- Samverkan ska stärkas.";
    expect(stateOf(body, "sv")).toBe("missing");
    expect(stateOf("Playgrounds will be refurbished on a rolling programme. New benches will be installed.", "en")).toBe("missing");
  });

  it("actor and responsibility in different sentences are partial with the 'apart' message", () => {
    const { diagnostics } = run(doc("Socialnämnden har sitt säte i stadshuset. Ansvaret för genomförandet är gemensamt.", "sv"), "sv");
    expect(diagnostics[0]).toMatchObject({ state: "partial", messageId: "apart" });
  });
});

describe("mr/accountability: diffuse actors (partial)", () => {
  it.each([
    ["sv", "Arbetsgivaren ansvarar för arbetsmiljön."],
    ["sv", "Kommunen ansvarar för markanvisningarna."],
    ["sv", "Varje förskola ansvarar för sitt eget arbete."],
    ["sv", "Varje gruppbostad ansvarar för att riktlinjen följs."],
    ["sv", "Berörda förvaltningar har ett gemensamt ansvar för att inriktningarna beaktas."],
    ["en", "All departments share responsibility for delivering this plan."],
    ["en", "The Council remains responsible for the final decision in every case."],
    ["en", "The City as a whole is responsible for implementing this Charter."],
    ["en", "All budget holders share responsibility for value for money."],
  ] as const)("'%s' %s is diffuse", (lang, text) => {
    expect(stateOf(text, lang)).toBe("partial");
  });

  it("a body named with a distributive determiner is diffuse: 'Varje förvaltning ska …', 'Each directorate will …'", () => {
    expect(stateOf("Varje förvaltning ska ta fram en handlingsplan.", "sv")).toBe("partial");
    expect(stateOf("Berörda nämnder ansvarar för genomförandet.", "sv")).toBe("partial");
    expect(stateOf("Each directorate will produce an annual equality action plan.", "en")).toBe("partial");
  });

  it("arbetsgivaren is diffuse", () => {
    expect(stateOf("Arbetsgivaren ansvarar för arbetsmiljön. Alla har ett gemensamt ansvar för ett gott arbetsklimat.", "sv")).toBe("partial");
  });
});

describe("mr/accountability: a named actor with a modal and a verb of carrying out", () => {
  it("inverted word order after a time adverbial: 'Under 2025 ska socialnämnden skapa …'", () => {
    expect(stateOf("Under 2025 ska socialnämnden skapa en mottagning för unga.", "sv")).toBe("satisfied");
    expect(stateOf("Från hösten ska förvaltningen anställa två fältassistenter.", "sv")).toBe("satisfied");
    expect(stateOf("The Youth Team will launch a drop-in centre in 2026.", "en")).toBe("satisfied");
  });

  it("an adjective after a modal chain is not a verb of carrying out: 'ska beaktas när socialtjänstens öppna verksamhet …'", () => {
    expect(stateOf("Barnets bästa ska beaktas när socialtjänstens öppna verksamhet planeras.", "sv")).toBe("missing");
  });

  it("the municipality taking on a task is diffuse: 'Kommunen ska skapa fler platser' is partial", () => {
    expect(stateOf("Kommunen ska skapa fler platser.", "sv")).toBe("partial");
    expect(stateOf("Under 2025 ska det skapas fler platser.", "sv")).toBe("missing");
  });
});

describe("mr/accountability: tables and 'Ansvar' sections", () => {
  it("a responsibility table: the 'Ansvarig' column gives each row's actor a responsibility", () => {
    const source = "# Plan\n\n## Åtgärder\n\n| Åtgärd | Ansvarig | Klart |\n|---|---|---|\n| Fler kvällsöppna bibliotek | Kulturförvaltningen | 2026 |\n";
    expect(run(source, "sv").coverage.state).toBe("satisfied");
    const en = "# Plan\n\n| Lead | Actions |\n|---|---|\n| Head of Youth Services | 1, 2, 3 and 8 |\n";
    expect(run(en, "en").coverage.state).toBe("satisfied");
  });

  it("a list under an 'Ansvar' heading assigns responsibility: '- Socialnämnden: beslut om tillämpningsreglerna.'", () => {
    const source = "# Riktlinje\n\n## Ansvar\n\n- Socialnämnden: beslut om tillämpningsreglerna.\n- Biståndsenheten: utredning och beslut.\n";
    const { coverage } = run(source, "sv");
    expect(coverage.state).toBe("satisfied");
    expect(coverage.evidence.map((e) => e.text)).toContain("Ansvar");
    const en = "# Strategy\n\n## Who is responsible\n\n- Housing Options Manager: prevention casework\n";
    expect(run(en, "en").coverage.state).toBe("satisfied");
  });

  it("an 'Ansvar' section with only diffuse responsibility stays partial", () => {
    const source = "# Riktlinje\n\n## Ansvar\n\nVarje gruppbostad ansvarar för att riktlinjen följs. Alla medarbetare har ett gemensamt ansvar.\n";
    expect(run(source, "sv").coverage.state).toBe("partial");
  });

  it("the diagnostic sits on the 'Ansvar' heading when the section names nobody", () => {
    const source = "# Plan\n\n## Mål\n\nFler ska läsa.\n\n## Ansvar\n\nAlla har ett gemensamt ansvar för planen.\n";
    const [d] = run(source, "sv").diagnostics;
    expect(d.text).toBe("Ansvar");
  });
});

describe("mr/accountability: the header block is metadata", () => {
  it("'Fastställd av' / 'Dokumentansvarig' / 'Approved by' / 'Policy owner' are not responsibility for measures", () => {
    const sv = "# Riktlinje för fritidsgårdar\n\nFastställd av: Fritidsnämnden 2023-03-08\nDokumentansvarig: fritidschef\n\n## Regler\n\nGården ska vara öppen fem kvällar i veckan.\n";
    expect(run(sv, "sv").coverage.state).toBe("missing");
    const en = "# Procurement Policy\n\nApproved by: Cabinet\nPolicy owner: Head of Procurement\n\n## Rules\n\nContracts must not be split to avoid thresholds.\n";
    expect(run(en, "en").coverage.state).toBe("missing");
  });

  it("'Ansvarig tjänsteperson' and 'Lead Member' in the header are metadata", () => {
    const sv = "# Riktlinje\n\nBeslutad av kultur- och fritidsnämnden 2024-09-24\nAnsvarig tjänsteperson: fritidschef\n\n## Regler\n\nGården ska vara öppen fem kvällar i veckan.\n";
    expect(run(sv, "sv").coverage.state).toBe("missing");
    const en = "COMMUNITY STRATEGY\n\nApproved by Cabinet: 9 January 2025\nLead Member: Cabinet Member for Communities\n\n1. APPROACH\n\nThe strategy will be delivered over three years.\n";
    expect(run(en, "en").coverage.state).toBe("missing");
  });
});

describe("mr/accountability: exception registry (wrong senses)", () => {
  it("a contact point is not responsibility: 'Kontakta närmaste chef eller skyddsombud'", () => {
    expect(stateOf("Kontakta närmaste chef eller skyddsombud.", "sv")).toBe("missing");
    expect(stateOf("Contact your line manager or the HR team if you have concerns.", "en")).toBe("missing");
  });

  it("a consulted body is not responsibility: 'i samråd med socialnämnden', 'were consulted'", () => {
    expect(stateOf("Förslaget har tagits fram i samråd med socialnämnden.", "sv")).toBe("missing");
    expect(stateOf("The Youth Council and the Disability Forum were consulted on the draft.", "en")).toBe("missing");
  });

  it("a body named as recipient is not the actor: 'redovisas för kultur- och fritidsnämnden'", () => {
    expect(stateOf("Kommunen redovisar resultatet för kultur- och fritidsnämnden.", "sv")).toBe("missing");
    expect(stateOf("The annual report is sent to the Children and Young People Scrutiny Committee, which publishes it.", "en")).toBe("missing");
  });

  it("a body named as a place is not the actor: 'Medarbetarna på kulturförvaltningen ska …'", () => {
    expect(stateOf("Medarbetarna på kulturförvaltningen ska ha god kännedom om kulturlivet.", "sv")).toBe("missing");
  });

  it("who drafted the document is not who carries it out: 'Arbetet har letts av en projektgrupp inom samhällsbyggnadsförvaltningen'", () => {
    expect(stateOf("Arbetet med planen har letts av en projektgrupp inom samhällsbyggnadsförvaltningen.", "sv")).toBe("missing");
  });

  it("background in the past tense is not a task: 'Socialnämnden genomförde 2023 en kartläggning'", () => {
    expect(stateOf("Socialnämnden genomförde 2023 en kartläggning av behoven.", "sv")).toBe("missing");
  });

  it("a national agency is not one of the municipality's bodies: 'Länsstyrelsen beslutar', 'Socialstyrelsen'", () => {
    expect(stateOf("Länsstyrelsen beslutar om bidraget.", "sv")).toBe("missing");
    expect(stateOf("Socialstyrelsen tar fram nationella riktlinjer.", "sv")).toBe("missing");
  });

  it("'leder till' is 'results in', not 'leads'; 'lead to' likewise", () => {
    expect(stateOf("Målet är att upphandlingarna leder till goda affärer för nämnden.", "sv")).toBe("missing");
    expect(stateOf("High charges can lead to people refusing care from the team.", "en")).toBe("missing");
  });

  it("abstract nouns in -enhet are not units: 'öppenhet', 'medvetenheten'", () => {
    expect(stateOf("Upphandlingen ska präglas av öppenhet och leder inte till ökade kostnader.", "sv")).toBe("missing");
    expect(stateOf("Medvetenheten om rättigheter ska öka och kommunen samordnar arbetet.", "sv")).toBe("missing");
  });

  it("plural generic roles are not a named actor: 'chefer', 'managers', 'departments'", () => {
    expect(stateOf("Chefer ska ha god kompetens i arbetsmiljöfrågor.", "sv")).toBe("missing");
    expect(stateOf("Managers will make sure that staff know the policy.", "en")).toBe("missing");
  });

  it("'respekt, engagemang och ansvar' is a value statement, not a responsibility", () => {
    expect(stateOf("Kommunens värdegrund – respekt, engagemang och ansvar – ska prägla alla arbetsplatser.", "sv")).toBe("missing");
  });
});

describe("mr/accountability: text from PDFs and scans", () => {
  it("text without diacritics and OCR confusions count: 'Socialnamnden ansvarar', 'n&mnden ansvarar f6r'", () => {
    expect(run("Socialnamnden ansvarar for att planen genomfors.\n", "sv").coverage.state).toBe("satisfied");
    expect(run("3 ANSVAR\n\nBarn- och utbildningsn&mnden ansvarar f6r att planen genomf6rs.\n", "sv").coverage.state).toBe("satisfied");
  });
});

describe("mr/accountability: fixtures (fixtures/rules/{follow-up,accountability,non-discrimination,knowledge})", () => {
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
