/**
 * mr/knowledge end to end through the real pipeline (Markdown/text parser,
 * analysis, engine and the built-in rule file from packages/*\/dist, so build
 * first). Covers the state table (training on rights; training on, or
 * information about, people's own rights and how to complain; competence with
 * no rights; nothing), the messages, text without diacritics, the shared
 * fixtures, and one regression test per exception-registry entry, named after
 * the case it guards.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../../packages/core/dist/index.js";
import { lint } from "../../packages/markdown/dist/index.js";

const RULE = "mr/knowledge";
type Lang = "sv" | "en";
const rules = builtinRules().filter((r) => r.meta.id === RULE);

function run(source: string, lang: Lang, locale?: Lang) {
  const format = source.startsWith("#") || source.includes("|") ? "markdown" : "text";
  const result = lint(source, { format, rules, locale, config: { language: lang } });
  return { coverage: result.coverage.rules[RULE], diagnostics: result.diagnostics.filter((d) => d.ruleId === RULE) };
}
const doc = (body: string, lang: Lang) => (lang === "sv" ? `# Plan för verksamheten\n\n${body}\n` : `# Plan for the service\n\n${body}\n`);
const stateOf = (body: string, lang: Lang) => run(doc(body, lang), lang).coverage.state;

describe("mr/knowledge: the state table", () => {
  it("training on the rights at stake is satisfied, with evidence", () => {
    const { coverage, diagnostics } = run(
      doc("Alla nya medarbetare i hemtjänsten får i introduktionen en halvdag om diskrimineringslagens sju grunder och om hur de tar emot klagomål.", "sv"),
      "sv",
    );
    expect(coverage.state).toBe("satisfied");
    expect(new Set(coverage.evidence.map((e) => e.element))).toEqual(new Set(["learn", "rights", "entitlement"]));
    expect(diagnostics).toEqual([]);
    expect(stateOf("All youth workers will attend training on children's rights and the UN Convention on the Rights of the Child.", "en")).toBe("satisfied");
  });

  it("paraphrase without 'utbildning': 'går en halvdag om diskrimineringsgrunderna och om barns rätt till hälsa'", () => {
    expect(stateOf("Alla som arbetar i hälsoprojekten går en halvdag om diskrimineringsgrunderna och om barns rätt till hälsa.", "sv")).toBe("satisfied");
  });

  it("people informed of their rights and how to complain are satisfied", () => {
    expect(stateOf("Brukarna får skriftlig information på lättläst svenska och på finska om rätten att klaga och vart de vänder sig.", "sv")).toBe("satisfied");
    expect(stateOf("People will be told in writing about their rights and how to complain to the Ombudsman.", "en")).toBe("satisfied");
    expect(stateOf("Information about how to appeal is printed on every notice.", "en")).toBe("satisfied");
  });

  it("competence with no link to rights is partial and the message names the missing link", () => {
    const { diagnostics } = run(doc("Personalen ska ha adekvat kompetens för uppdraget.", "sv"), "sv");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].state).toBe("partial");
    expect(diagnostics[0].missingElements).toEqual(["rights"]);
    expect(diagnostics[0].message).toMatch(/^Kunskap: texten anger utbildning eller kompetens \(”kompetens”\), men inte en koppling till rättigheter\./);
    expect(stateOf("Medarbetarna får utbildning i lyftteknik och hygien.", "sv")).toBe("partial");
    expect(stateOf("Officers leading consultations will be trained in engagement techniques.", "en")).toBe("partial");
  });

  it("nothing, or only negated training, is missing", () => {
    const { diagnostics } = run(doc("Någon utbildningsinsats ryms inte inom planperioden.", "sv"), "sv");
    expect(diagnostics[0].state).toBe("missing");
    expect(diagnostics[0].message).toMatch(/ett av MR-kommunens sex åtaganden/);
    expect(stateOf("No training is planned for this period.", "en")).toBe("missing");
    expect(run(doc("Biblioteken har öppet.", "sv"), "sv", "en").diagnostics[0].message).toMatch(/^Knowledge: the text does not say how knowledge of rights is built\./);
  });

  it("rights alone build no knowledge: a reference to the Convention is integration, not knowledge", () => {
    expect(stateOf("Planen bygger på barnkonventionen och diskrimineringslagen.", "sv")).toBe("missing");
  });

  it("training in one sentence and the Convention in the next are not training on rights", () => {
    expect(stateOf("Personalen får utbildning i brandskydd. Barnkonventionen är svensk lag sedan 2020.", "sv")).toBe("partial");
  });

  it("information with no rights is nothing: 'Information om öppettider finns på webben'", () => {
    expect(stateOf("Information om öppettider finns på kommunens webbplats.", "sv")).toBe("missing");
  });

  it("information as a service is not informing people of rights: 'access … information and public services'", () => {
    expect(stateOf("The Convention recognises the right of disabled persons to access information and public services.", "en")).toBe("missing");
  });

  it("a description of a procedure is not informing people of rights: 'This procedure explains the equality duty'", () => {
    expect(stateOf("This procedure explains how the Council meets its equality duty under the Equality Act 2010.", "en")).toBe("missing");
  });

  it("a training table row counts with its header", () => {
    const source = "# Plan\n\n| Insats | Innehåll | Vem |\n|---|---|---|\n| Utbildning | Barnkonventionen och barnets bästa | All personal |\n";
    expect(run(source, "sv").coverage.state).toBe("satisfied");
  });
});

describe("mr/knowledge: exception registry (wrong senses)", () => {
  it("the right to education is not training on rights", () => {
    expect(stateOf("Alla barn har rätt till en likvärdig utbildning.", "sv")).toBe("missing");
    expect(stateOf("Every child has the right to education.", "en")).toBe("missing");
  });

  it("education and work as domains of life are not staff training: 'tillgång till arbete, utbildning'", () => {
    expect(stateOf("Den fysiska miljön påverkar tillgången till service, arbete, utbildning och natur.", "sv")).toBe("missing");
    expect(stateOf("Young people not in education, employment or training get a mentor.", "en")).toBe("missing");
  });

  it("'årskurs' is a school year and 'språkintroduktion' a programme, not training", () => {
    expect(stateOf("Elever i årskurs 9 svarar på enkäten.", "sv")).toBe("missing");
    expect(stateOf("Två fokusgrupper hölls med unga på språkintroduktion.", "sv")).toBe("missing");
  });

  it("a council named after a right is not a right: 'funktionsrättsrådet'", () => {
    expect(stateOf("Workshoppar hölls med elever i årskurs 8 och med funktionsrättsrådet.", "sv")).toBe("missing");
  });

  it("the employer areas of active measures name training as an area, not training on rights", () => {
    expect(stateOf("Aktiva åtgärder mot diskriminering i fråga om befordran och kompetensutveckling redovisas i planen.", "sv")).toBe("missing");
  });

  it("'learning disabilities' is a group, not learning", () => {
    expect(stateOf("Letters will be tested with residents with learning disabilities and their rights advocates.", "en")).toBe("missing");
  });

  it("the board's legal competence is not staff competence: 'kommunal kompetens'", () => {
    expect(stateOf("Frågan ligger utanför den kommunala kompetensen.", "sv")).toBe("missing");
  });
});

describe("mr/knowledge: providers' staff and providers' records belong to contracts", () => {
  it("checking a provider's training records is contract follow-up, not training: 'training records', 'dokumentation av utbildning'", () => {
    expect(stateOf("The commissioning team visits each home and checks its complaints log and staff training records.", "en")).toBe("missing");
    expect(stateOf("Vid avtalsuppföljningen granskas utförarens rutin för klagomål och dokumentation av personalens utbildning.", "sv")).toBe("missing");
    expect(stateOf("Our own staff keep training records and complete training on residents' rights each year.", "en")).toBe("satisfied");
  });

  it("a provider's duty to train its staff is a contract term: sentences opening with the provider", () => {
    expect(stateOf("Leverantören av trygghetslarm ska se till att dess personal har utbildning i barnkonventionen.", "sv")).toBe("missing");
    expect(stateOf("Utförarens personal ska ha genomgått utbildning om brukarnas rättigheter.", "sv")).toBe("missing");
    expect(stateOf("Care providers must make sure their staff are trained in residents' rights and how to complain.", "en")).toBe("missing");
    expect(stateOf("Contracts will require providers to train their staff on human rights.", "en")).toBe("missing");
  });

  it("own staff named first still count, even with providers or contracts later in the sentence", () => {
    expect(stateOf("Alla medarbetare i äldreomsorgen, oavsett utförare, går kommunens webbutbildning om mänskliga rättigheter.", "sv")).toBe("satisfied");
    expect(stateOf("Every member of staff, and every commissioned provider, completes training on children's rights.", "en")).toBe("satisfied");
    expect(stateOf("Contract managers complete training on the Equality Act.", "en")).toBe("satisfied");
  });

  it("own staff's competence next to a provider's training is partial: 'appropriate procurement expertise'", () => {
    expect(stateOf("Providers must train their staff on the Human Rights Act. Commissioning staff must have appropriate procurement expertise.", "en")).toBe("partial");
  });
});

describe("mr/knowledge: text from PDFs and scans", () => {
  it("text without diacritics and OCR confusions count", () => {
    expect(run("Alla chefer utbildas i manskliga rattigheter och i minoritetslagen.\n", "sv").coverage.state).toBe("satisfied");
    expect(run("All personal gér en utbildning om barnkonventionen och om\ndiskrimineringsgrunderna under 2025.\n", "sv").coverage.state).toBe("satisfied");
  });
});

describe("mr/knowledge: fixtures (fixtures/rules/{follow-up,accountability,non-discrimination,knowledge})", () => {
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
