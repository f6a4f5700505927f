import { describe, expect, it } from "vitest";
import type { Sentence } from "./types.js";
import { computeMarks } from "./marks.js";
import { negatedNear } from "./negation.js";
import { tokenize } from "./tokens.js";

function sentence(text: string): Sentence {
  const tokens = tokenize(text);
  return { index: 0, block: 0, start: 0, end: text.length, text, tokens, marks: computeMarks(tokens, text, 0, text.length) };
}

/** Is the (first) word starting with `word` negated in `text`? */
function negated(text: string, word: string): boolean {
  const s = sentence(text);
  const i = s.tokens.findIndex((t) => t.lower.startsWith(word.toLowerCase()));
  if (i < 0) throw new Error(`"${word}" not in "${text}"`);
  return negatedNear(s, i, i + 1);
}

const cueWords = (text: string) => {
  const s = sentence(text);
  return s.marks.negations.map((i) => s.tokens[i].text);
};

describe("negation inside a relative clause ends with the clause", () => {
  it("does not reach the main clause after a Swedish relative clause", () => {
    expect(negated("Personer som inte talar svenska drabbas hårdast.", "drabbas")).toBe(false);
    expect(negated("Personer som inte talar svenska drabbas hårdast.", "hårdast")).toBe(false);
    expect(negated("De som aldrig använder internet har sämre tillgång.", "sämre")).toBe(false);
    expect(negated("Hushåll som saknar bil får längre resväg.", "längre")).toBe(false);
    expect(negated("Äldre som inte har anhöriga riskerar isolering.", "isolering")).toBe(false);
  });

  it("still negates what is inside the relative clause", () => {
    expect(negated("Personer som inte talar svenska drabbas hårdast.", "talar")).toBe(true);
    expect(negated("Personer som inte talar svenska drabbas hårdast.", "svenska")).toBe(true);
    expect(negated("Brukare som inte fått information om klagomål hörs.", "information")).toBe(true);
  });

  it("does not reach the main clause after an English relative clause", () => {
    expect(negated("Residents who do not use the internet are hardest hit.", "hardest")).toBe(false);
    expect(negated("People who are not online are shut out.", "shut")).toBe(false);
    expect(negated("Tenants who never speak English are less likely to complain.", "likely")).toBe(false);
    expect(negated("Residents who do not use the internet are hardest hit.", "internet")).toBe(true);
  });

  it("a main-clause negation still reaches as before", () => {
    expect(negated("Personer som talar svenska drabbas inte hårdast.", "hårdast")).toBe(true);
    expect(negated("Dialog med brukarna har inte förts.", "Dialog")).toBe(true);
  });
});

describe("negation cues", () => {
  it("finds Swedish cues", () => {
    expect(cueWords("Dialog har inte förts och ej planerats, aldrig.")).toEqual(["inte", "ej", "aldrig"]);
    expect(cueWords("Ingen uppföljning görs. Inga möten hålls. Inget stöd ges.")).toEqual(["Ingen", "Inga", "Inget"]);
    expect(cueWords("Uppföljning saknas och dialogen uteblir; nämnden avstår.")).toEqual(["saknas", "uteblir", "avstår"]);
    expect(cueWords("Beslut fattas utan dialog med brukarna.")).toEqual(["utan"]);
    expect(cueWords("Varken dialog eller samråd har ägt rum.")).toEqual(["Varken"]);
  });

  it("finds English cues", () => {
    expect(cueWords("No consultation took place and residents were not asked.")).toEqual(["No", "not"]);
    expect(cueWords("We never consult, don't monitor and cannot report.")).toEqual(["never", "don't", "cannot"]);
    expect(cueWords("Decisions were made without consultation; monitoring is lacking.")).toEqual(["without", "lacking"]);
    expect(cueWords("None of the groups was consulted.")).toEqual(["None"]);
  });

  it("icke-diskriminering is a term, not a negation", () => {
    expect(cueWords("Principen om icke-diskriminering gäller.")).toEqual([]);
    expect(cueWords("Principen om icke diskriminering gäller.")).toEqual([]);
  });

  it("inte bara … utan även means both", () => {
    expect(cueWords("Planen gäller inte bara barn utan även vuxna.")).toEqual([]);
    expect(negated("Planen omfattar inte bara dialog utan även uppföljning.", "dialog")).toBe(false);
    expect(negated("Planen omfattar inte bara dialog utan även uppföljning.", "uppföljning")).toBe(false);
    expect(negated("Vi arbetar inte enbart med information utan också med dialog.", "dialog")).toBe(false);
  });

  it("inte minst means especially", () => {
    expect(cueWords("Dialog är viktig, inte minst med barn.")).toEqual([]);
    expect(negated("Kommunen för dialog, inte minst med unga.", "dialog")).toBe(false);
  });

  it("inte X utan Y asserts Y", () => {
    expect(negated("Det handlar inte om välgörenhet utan om rättigheter.", "rättigheter")).toBe(false);
    expect(negated("Det handlar inte om välgörenhet utan om rättigheter.", "välgörenhet")).toBe(true);
    expect(negated("Frågan är inte ekonomisk, utan gäller mänskliga rättigheter.", "rättigheter")).toBe(false);
  });

  it("utan after a negation is not a cue (double negation asserts)", () => {
    expect(cueWords("Inget beslut fattas utan dialog med brukarna.")).toEqual(["Inget"]);
    expect(negated("Inget beslut fattas utan dialog med brukarna.", "dialog")).toBe(false);
  });

  it("Ingen ska diskrimineras is a prohibition, not a negated mention", () => {
    expect(cueWords("Ingen ska diskrimineras.")).toEqual([]);
    expect(negated("Ingen ska diskrimineras på grund av kön.", "diskrimineras")).toBe(false);
    expect(negated("Ingen får diskrimineras.", "diskrimineras")).toBe(false);
    expect(negated("Kommunen ser till att ingen diskrimineras.", "diskrimineras")).toBe(false);
    expect(negated("Inget barn ska behöva leva i fattigdom.", "barn")).toBe(false);
  });

  it("no one shall be discriminated is a prohibition", () => {
    expect(cueWords("No one shall be discriminated against.")).toEqual([]);
    expect(negated("No one shall be discriminated against.", "discriminated")).toBe(false);
    expect(negated("No person should be treated less favourably.", "treated")).toBe(false);
    expect(negated("Nobody may be excluded.", "excluded")).toBe(false);
  });

  it("not only … but also means both", () => {
    expect(cueWords("The plan covers not only housing but also care.")).toEqual([]);
    expect(negated("We will not only inform residents but also consult them.", "consult")).toBe(false);
  });

  it("not least, whether or not and no later than are not negations", () => {
    expect(cueWords("Consultation matters, not least with young people.")).toEqual([]);
    expect(cueWords("All residents, whether or not they are disabled, are invited.")).toEqual([]);
    expect(cueWords("The review is completed no later than March.")).toEqual([]);
    expect(cueWords("See No. 4 of the policy.")).toEqual([]);
  });

  it("om inte (unless) is not a negation of the main clause", () => {
    expect(negated("Uppföljning sker årligen om inte annat beslutas.", "uppföljning")).toBe(false);
  });
});

describe("negatedNear", () => {
  it("a determiner negates its noun phrase", () => {
    expect(negated("Ingen uppföljning planeras.", "uppföljning")).toBe(true);
    expect(negated("Ingen dialog har förts med brukarna.", "dialog")).toBe(true);
    expect(negated("Det finns ingen systematisk uppföljning.", "uppföljning")).toBe(true);
    expect(negated("No consultation took place.", "consultation")).toBe(true);
    expect(negated("There has been no formal consultation with residents.", "consultation")).toBe(true);
  });

  it("a determiner does not reach past the verb", () => {
    expect(negated("Ingen uppföljning har gjorts men dialog förs med brukarna.", "dialog")).toBe(false);
    expect(negated("No group is always the one left behind, so we consult residents.", "consult")).toBe(false);
  });

  it("inte/not before the concept in the same clause", () => {
    expect(negated("Vi har inte genomfört någon dialog med brukarna.", "dialog")).toBe(true);
    expect(negated("Kommunen planerar inte att följa upp planen.", "följa")).toBe(true);
    expect(negated("The council does not consult residents.", "consult")).toBe(true);
  });

  it("lexical negation after the concept", () => {
    expect(negated("Uppföljning saknas.", "uppföljning")).toBe(true);
    expect(negated("Uppföljning av insatserna saknas.", "uppföljning")).toBe(true);
    expect(negated("Rutiner för uppföljning, dialog och samråd saknas.", "uppföljning")).toBe(true);
    expect(negated("Dialogen med föreningarna uteblev.", "dialogen")).toBe(true);
    expect(negated("Consultation is lacking.", "consultation")).toBe(true);
  });

  it("lexical negation before the concept", () => {
    expect(negated("Planen saknar uppföljning.", "uppföljning")).toBe(true);
    expect(negated("Det saknas en plan för uppföljning.", "uppföljning")).toBe(true);
    expect(negated("The strategy lacks monitoring.", "monitoring")).toBe(true);
  });

  it("inte/not after the concept in the same clause", () => {
    expect(negated("Dialog har inte förts.", "dialog")).toBe(true);
    expect(negated("Dialog med brukarna har inte förts.", "dialog")).toBe(true);
    expect(negated("Uppföljning har inte genomförts.", "uppföljning")).toBe(true);
    expect(negated("Samråd med minoriteterna är inte aktuellt.", "samråd")).toBe(true);
    expect(negated("Consultation has not been carried out.", "consultation")).toBe(true);
  });

  it("a cue in a subordinate clause does not reach back to the main clause", () => {
    expect(negated("Uppföljningen visar att andelen inte ökat.", "uppföljningen")).toBe(false);
    expect(negated("The review showed that targets were not met.", "review")).toBe(false);
  });

  it("a cue beyond the window does not negate", () => {
    expect(
      negated("Dialog med brukarna, anhöriga och personal i hela kommunen och i alla verksamheter har ännu inte förts.", "dialog"),
    ).toBe(false);
    expect(negated("Vi kan inte i dag med säkerhet säga hur många som under året fått uppföljning.", "uppföljning")).toBe(false);
  });

  it("a clause break stops the cue", () => {
    expect(negated("Vi har inte haft resurser, men dialog med brukarna förs varje år.", "dialog")).toBe(false);
    expect(negated("Dialog förs varje år och vi ska inte minska den.", "dialog")).toBe(false);
    expect(negated("We did not have the funds, but consultation took place.", "consultation")).toBe(false);
  });

  it("a negation elsewhere in the sentence leaves real evidence alone", () => {
    expect(negated("Uppföljningen görs årligen av nämnden så att ingen grupp hamnar utanför.", "uppföljningen")).toBe(false);
    expect(negated("Monitoring takes place every year so that no group is left behind.", "monitoring")).toBe(false);
  });

  it("utan negates what follows it", () => {
    expect(negated("Beslut fattas utan dialog med brukarna.", "dialog")).toBe(true);
    expect(negated("Beslut fattas utan att samråd sker.", "samråd")).toBe(true);
    expect(negated("Decisions are taken without consultation.", "consultation")).toBe(true);
  });

  it("utan and without govern their noun phrase, not the verb after it", () => {
    expect(negated("Fasaden och en entré utan trappor kan krocka.", "krocka")).toBe(false);
    expect(negated("Homes without lifts will be adapted.", "adapted")).toBe(false);
  });

  it("utan tvekan and utan undantag negate nothing", () => {
    expect(cueWords("Dialog är utan tvekan viktig.")).toEqual([]);
  });

  it("a pronoun subject negates its clause", () => {
    expect(negated("Ingen har deltagit i dialogen.", "dialogen")).toBe(true);
    expect(negated("No one was consulted.", "consulted")).toBe(true);
  });

  it("works on diacritic-less and OCR text", () => {
    expect(negated("Uppfoljning saknas.", "uppfoljning")).toBe(true);
    expect(negated("Uppf6ljning har inte gjorts.", "uppf6ljning")).toBe(true);
    expect(negated("Nagon dialog har ej forts.", "dialog")).toBe(true);
  });
});

describe("negatedNear: terse fragments and continued clauses", () => {
  it("a label negated by its value after a colon", () => {
    expect(negated("Dialog med civilsamhället: inte aktuellt under policyns första period.", "dialog")).toBe(true);
    expect(negated("Uppföljning: saknas.", "uppföljning")).toBe(true);
    expect(negated("Dialog med brukare: ingen.", "dialog")).toBe(true);
    expect(negated("Consultation: none planned.", "consultation")).toBe(true);
    expect(negated("Consultation: not applicable.", "consultation")).toBe(true);
  });

  it("a colon before a longer clause still separates", () => {
    expect(negated("Dialog med brukarna: vi har under året tyvärr inte hunnit med allt.", "dialog")).toBe(false);
  });

  it("men + auxiliary continues the subject", () => {
    expect(negated("Ett brukarråd har diskuterats men har inte inrättats.", "brukarråd")).toBe(true);
    expect(negated("Dialog förs med brukarna, men vi har inte hunnit följa upp.", "dialog")).toBe(false);
  });
});

describe("negatedNear: a negated second predicate after och/and", () => {
  it("does not reach back over 'och inte' / 'and not' to the first predicate's words", () => {
    expect(negated("Organisationen respekterar mänskliga rättigheter och inte diskriminerar deltagare.", "rättigheter")).toBe(false);
    expect(negated("Suppliers must respect human rights and not use forced labour.", "rights")).toBe(false);
    // The negated predicate's own words stay negated.
    expect(negated("Organisationen respekterar mänskliga rättigheter och inte diskriminerar deltagare.", "diskriminerar")).toBe(true);
  });
});

describe("negatedNear: a negation after the finite verb does not reach a fronted adverbial", () => {
  it("Vid upphandling av hemtjänst ska utföraren inte …: the procurement is not negated (sv)", () => {
    const text = "Vid upphandling av hemtjänst ska utföraren inte diskriminera brukare.";
    expect(negated(text, "upphandling")).toBe(false);
    expect(negated(text, "hemtjänst")).toBe(false);
    expect(negated("I samband med upphandling får leverantören inte anlita underleverantörer.", "upphandling")).toBe(false);
    // The verb phrase after the cue stays negated.
    expect(negated(text, "diskriminera")).toBe(true);
  });

  it("When procuring services providers must not …: the procurement is not negated (en)", () => {
    expect(negated("When procuring services, providers must not discriminate against users.", "procuring")).toBe(false);
    expect(negated("When procuring services providers must not discriminate against users.", "procuring")).toBe(false);
    expect(negated("In procurement suppliers must not use child labour.", "procurement")).toBe(false);
  });

  it("negation of the concept's own clause still works", () => {
    expect(negated("Ingen upphandling görs inom området.", "upphandling")).toBe(true);
    expect(negated("Upphandling saknas.", "upphandling")).toBe(true);
    expect(negated("Uppföljning genomförs inte.", "uppföljning")).toBe(true);
    expect(negated("Dialog har inte förts med föreningarna.", "dialog")).toBe(true);
    expect(negated("Under året har uppföljning inte genomförts.", "uppföljning")).toBe(true);
    expect(negated("No consultation took place.", "consultation")).toBe(true);
    // English puts the subject before the verb: a concept in the subject stays negated.
    expect(negated("In 2024 follow-up was not carried out.", "follow-up")).toBe(true);
    expect(negated("In 2024 follow-up of the plan was not carried out.", "follow-up")).toBe(true);
    expect(negated("When procurement is not possible, services are run in-house.", "procurement")).toBe(true);
  });
});
