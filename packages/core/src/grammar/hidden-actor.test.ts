import { describe, expect, it } from "vitest";
import { analyse } from "../analysis/analyse.js";
import { testDocument } from "../analysis/test-document.js";
import type { Language } from "../model/document.js";
import { findHiddenActor } from "./hidden-actor.js";

/** The modal…verb text of the finding in a one-sentence paragraph, or null. */
function hidden(text: string, language: Language = "sv"): string | null {
  const sentence = analyse(testDocument([text], language)).sentences[0];
  const finding = findHiddenActor(sentence, language);
  return finding ? text.slice(finding.start, finding.end) : null;
}

const en = (text: string) => hidden(text, "en");

describe("findHiddenActor (sv): s-passive after an obligation modal", () => {
  it("s-passive infinitive after ska, skall, bör, måste", () => {
    expect(hidden("Barnets bästa ska beaktas i alla beslut.")).toBe("ska beaktas");
    expect(hidden("Hänsyn skall tas till de boendes önskemål.")).toBe("skall tas");
    expect(hidden("Rutinerna bör ses över vartannat år.")).toBe("bör ses över");
    expect(hidden("Avvikelser måste rapporteras samma dag.")).toBe("måste rapporteras");
  });

  it("particle verbs split after the passive", () => {
    expect(hidden("Planen ska följas upp varje år.")).toBe("ska följas upp");
    expect(hidden("En handlingsplan ska tas fram under hösten.")).toBe("ska tas fram");
    expect(hidden("Riktlinjen ska ses över.")).toBe("ska ses över");
    expect(hidden("Mötesplatserna ska byggas ut i ytterområdena.")).toBe("ska byggas ut");
  });

  it("passive supine after ska ha", () => {
    expect(hidden("Utbildningen ska ha genomförts före årsskiftet.")).toBe("ska ha genomförts");
    expect(hidden("Alla lokaler ska senast 2027 ha inventerats.")).toBe("ska senast 2027 ha inventerats");
  });

  it("active perfect after ska ha is no passive", () => {
    expect(hidden("Personalen ska ha genomgått utbildningen före årsskiftet.")).toBeNull();
    expect(hidden("Verksamheten ska ha ett barnperspektiv.")).toBeNull();
  });

  it("periphrastic passive ska bli + participle", () => {
    expect(hidden("Ansökan ska bli prövad inom två veckor.")).toBe("ska bli prövad");
  });

  it("ska bli + adjective is no passive", () => {
    expect(hidden("Lokalerna ska bli bättre anpassade.")).toBeNull();
  });

  it("vowel-stem passives förses, ges, nås, ses, tas, fås", () => {
    expect(hidden("Gångvägen ska förses med belysning.")).toBe("ska förses");
    expect(hidden("Alla elever ska ges samma möjligheter.")).toBe("ska ges");
    expect(hidden("Målen ska nås senast 2030.")).toBe("ska nås");
    expect(hidden("Insatsen ska ses som ett komplement.")).toBe("ska ses");
    expect(hidden("Beslut ska fås skriftligt.")).toBe("ska fås");
    expect(hidden("Behoven ska tillgodoses i första hand.")).toBe("ska tillgodoses");
    expect(hidden("Målen ska uppnås under perioden.")).toBe("ska uppnås");
  });

  it("verbs of change in s-form count as passive", () => {
    expect(hidden("Väntetiderna ska minskas.")).toBe("ska minskas");
    expect(hidden("Samverkan ska förbättras.")).toBe("ska förbättras");
    expect(hidden("Det förebyggande arbetet ska stärkas.")).toBe("ska stärkas");
    expect(hidden("Metoderna ska utvecklas vidare.")).toBe("ska utvecklas");
  });

  it("negated obligations are still obligations", () => {
    expect(hidden("Tvång ska inte användas.")).toBe("ska inte användas");
    expect(hidden("Ingen ska diskrimineras.")).toBe("ska diskrimineras");
    expect(hidden("Personuppgifter får inte och ska aldrig lämnas ut.")).toBe("ska aldrig lämnas ut");
  });

  it("adverbs between modal and verb", () => {
    expect(hidden("Tolk ska alltid erbjudas.")).toBe("ska alltid erbjudas");
    expect(hidden("Rutinen ska även tillämpas i hemtjänsten.")).toBe("ska även tillämpas");
    expect(hidden("Blanketten ska inte längre användas.")).toBe("ska inte längre användas");
  });

  it("prepositional phrases in the middle field", () => {
    expect(hidden("Insatserna ska i samråd med den enskilde utformas.")).toBe("ska i samråd med den enskilde utformas");
    expect(hidden("Stödet ska i första hand ges i hemmet.")).toBe("ska i första hand ges");
  });

  it("long gap: hedge clause between modal and verb", () => {
    expect(hidden("Modersmålsundervisning ska i den mån det är möjligt erbjudas på distans.")).toBe(
      "ska i den mån det är möjligt erbjudas",
    );
    expect(hidden("Öppettiderna ska i den mån budgeten tillåter utökas.")).toBe("ska i den mån budgeten tillåter utökas");
    expect(hidden("Stödet ska om möjligt ges i hemmet.")).toBe("ska om möjligt ges");
    expect(hidden("Anhöriga ska, när det är lämpligt, bjudas in.")).toBe("ska, när det är lämpligt, bjudas in");
  });

  it("inverted subject after a fronted adverbial (verb second)", () => {
    expect(hidden("Årligen ska planen följas upp.")).toBe("ska planen följas upp");
    expect(hidden("I varje ärende ska en riskbedömning göras.")).toBe("ska en riskbedömning göras");
    expect(hidden("Vid upphandling ska sociala hänsyn beaktas.")).toBe("ska sociala hänsyn beaktas");
    expect(hidden("Under perioden ska gemensamma mål formuleras.")).toBe("ska gemensamma mål formuleras");
    expect(hidden("När en elev är frånvarande ska vårdnadshavaren kontaktas.")).toBe("ska vårdnadshavaren kontaktas");
  });

  it("inverted subject with an active verb is no passive", () => {
    expect(hidden("Årligen ska nämnden följa upp planen.")).toBeNull();
    expect(hidden("I varje ärende ska handläggaren göra en riskbedömning.")).toBeNull();
  });

  it("a noun between modal and verb: hänsyn ska tas till", () => {
    expect(hidden("Hänsyn ska tas till barnens behov.")).toBe("ska tas");
  });

  it("ska kunna + passive is one chain", () => {
    expect(hidden("Lokalerna ska kunna användas av alla.")).toBeNull(); // "av alla" – people as agent
    expect(hidden("Tjänsten ska kunna erbjudas dygnet runt.")).toBe("ska kunna erbjudas");
  });

  it("one finding per sentence, at the first modal", () => {
    expect(hidden("Planen ska antas i juni, och den ska följas upp i december.")).toBe("ska antas");
  });

  it("a later modal when the first governs an active verb", () => {
    expect(hidden("Förvaltningen ska arbeta aktivt med frågan och resultaten ska redovisas.")).toBeNull();
    expect(hidden("Barnen ska få stöd och insatserna ska dokumenteras.")).toBe("ska dokumenteras");
  });

  it("OCR and lost diacritics", () => {
    expect(hidden("Riktlinjen ska f6ljas upp vid behov.")).toBe("ska f6ljas upp");
    expect(hidden("Kontakten ska upprétthallas genom samtal.")).toBe("ska upprétthallas");
    expect(hidden("Planen bor foljas upp arligen.")).toBe("bor foljas upp");
    expect(hidden("Beslut om stangning ska foregas av en analys.")).toBe("ska foregas");
  });
});

describe("findHiddenActor (sv): not passive", () => {
  it("deponent finnas", () => {
    expect(hidden("Det ska finnas en plan för varje boende.")).toBeNull();
  });

  it("deponents synas, kännas, trivas, lyckas, hoppas, vistas, åldras", () => {
    for (const verb of ["synas", "kännas", "trivas", "lyckas", "hoppas", "vistas", "åldras", "behövas", "andas", "umgås"]) {
      expect(hidden(`Alla ska ${verb} i verksamheten.`), verb).toBeNull();
    }
  });

  it("reciprocals träffas, mötas, enas", () => {
    expect(hidden("Gruppen ska träffas fyra gånger per år.")).toBeNull();
    expect(hidden("Parterna ska mötas regelbundet.")).toBeNull();
    expect(hidden("Parterna ska enas om en tidplan.")).toBeNull();
  });

  it("reciprocal ses with vi or ni, passive ses otherwise", () => {
    expect(hidden("Vi ska ses igen i maj.")).toBeNull();
    expect(hidden("Avtalet ska ses över i maj.")).toBe("ska ses över");
  });

  it("reciprocal följas åt", () => {
    expect(hidden("Syskon ska följas åt vid placering.")).toBeNull();
  });

  it("ska vara + adjective or participle used as adjective", () => {
    expect(hidden("Rutinerna ska vara kända av all personal.")).toBeNull();
    expect(hidden("Informationen ska vara tillgänglig.")).toBeNull();
    expect(hidden("Lokalen ska vara anpassad.")).toBeNull();
  });

  it("får, kan, behöver and kommer att are not obligation modals", () => {
    expect(hidden("Ansökan kan göras digitalt.")).toBeNull();
    expect(hidden("Bidrag får sökas två gånger per år.")).toBeNull();
    expect(hidden("Rutinen behöver ses över.")).toBeNull();
    expect(hidden("Planen kommer att följas upp.")).toBeNull();
  });

  it("modal and passive in different clauses", () => {
    expect(hidden("Förvaltningen ska se till att planen följs upp.")).toBeNull();
    expect(hidden("Nämnden ska säkerställa att alla beslut dokumenteras.")).toBeNull();
    expect(hidden("Skolan ska arbeta för att eleverna ska trivas.")).toBeNull();
    expect(hidden("Kommunen ska ta hänsyn till hur barn påverkas.")).toBeNull();
  });

  it("genitives in -s are not verbs", () => {
    expect(hidden("Vid behov ska kommunens rutiner gälla.")).toBeNull();
    expect(hidden("Verksamheten ska utgå från barnfamiljernas behov.")).toBeNull();
    expect(hidden("Arbetet ska utgå från elevernas synpunkter.")).toBeNull();
  });

  it("nouns in -s are not verbs", () => {
    expect(hidden("Arbetet ska ha fokus på delaktighet.")).toBeNull();
    expect(hidden("Nämnden ska följa processen och dess status.")).toBeNull();
    expect(hidden("Uppgifterna ska sparas i en databas.")).toBe("ska sparas");
  });

  it("verbs whose infinitive ends in -gas are passives, not the noun gas", () => {
    expect(hidden("Skadorna ska lagas inom en vecka.")).toBe("ska lagas");
    expect(hidden("Intressena ska vägas mot varandra.")).toBe("ska vägas");
    expect(hidden("Fordonen ska drivas med biogas.")).toBe("ska drivas");
  });

  it("ett måste is a noun", () => {
    expect(hidden("Samverkan är ett måste och kan inte väljas bort.")).toBeNull();
  });

  it("bör is not bor (lives) in text that keeps its diacritics", () => {
    expect(hidden("De som bor här får stöd och kan hämtas med färdtjänst.")).toBeNull();
  });

  it("reported views of others", () => {
    expect(hidden("Sametinget framhöll att samiska intressen måste bedömas särskilt.")).toBeNull();
    expect(hidden("Flera föreningar påpekade att lokalerna bör rustas upp.")).toBeNull();
  });

  it("conditional clause with the modal", () => {
    expect(hidden("Om verksamheten ska läggas ner, tillfrågar nämnden brukarna först.")).toBeNull();
  });

  it("quoted obligation", () => {
    expect(hidden("I förra planen stod det ”Lokalerna ska rustas upp” men inget hände.")).toBeNull();
  });
});

describe("findHiddenActor (sv): actors", () => {
  it("av + body is an agent", () => {
    expect(hidden("Planen ska följas upp av socialnämnden.")).toBeNull();
    expect(hidden("Ansökan ska prövas av en handläggare.")).toBeNull();
    expect(hidden("Utredningen ska göras av förvaltningens jurist och två handläggare.")).toBeNull();
    expect(hidden("Avtalen ska tecknas av förvaltningens upphandlare.")).toBeNull();
    expect(hidden("Varje projekt ska utvärderas av en extern utvärderare.")).toBeNull();
    expect(hidden("Samrådet ska ledas av Länsstyrelsen.")).toBeNull();
  });

  it("av + people is an agent", () => {
    expect(hidden("Rapporten ska granskas av brukarna.")).toBeNull();
    expect(hidden("Kostnaderna ska inte bäras av de grupper som redan har minst.")).toBeNull();
  });

  it("av hänsyn till is not an agent", () => {
    expect(hidden("Parken ska bevaras av hänsyn till folkhälsan.")).toBe("ska bevaras");
  });

  it("av varor, av vikt, en del av are not agents", () => {
    expect(hidden("Miljökrav ska ställas vid inköp av varor.")).toBe("ska ställas");
    expect(hidden("Frågan ska prioriteras eftersom den är av vikt för kommunen.")).toBe("ska prioriteras");
    expect(hidden("Torget ska rustas upp som en del av kommunens centrumplan.")).toBe("ska rustas upp");
  });

  it("quantity of a group is not an agent", () => {
    expect(hidden("Ytan ska ersättas där 80 procent av invånarna saknar park.")).toBe("ska ersättas");
    expect(hidden("Behovet av personal ska kartläggas.")).toBe("ska kartläggas");
    expect(hidden("En tredjedel av medlen ska avsättas för skolor med låga resultat.")).toBe("ska avsättas");
  });

  it("a nominalisation takes av as of", () => {
    expect(hidden("Synpunkter ska samlas in vid granskningen av förvaltningen.")).toBe("ska samlas in");
  });

  it("a law after av is not an agent", () => {
    expect(hidden("Ansökan ska prövas enligt kraven av LSS.")).toBe("ska prövas");
  });

  it("genom (a means) is not an agent", () => {
    expect(hidden("Informationssäkerheten ska stärkas genom en gemensam klassning.")).toBe("ska stärkas");
  });

  it("a body acting in another clause of the sentence names the actor", () => {
    expect(hidden("Krisledningsnämnden kan fatta beslut i brådskande fall, och skälen ska då dokumenteras.")).toBeNull();
    expect(hidden("Nämnden beslutar om insatsen och beslutet ska meddelas skriftligt.")).toBeNull();
    expect(hidden("Regionen har valt att beskriva hur konflikterna ska hanteras.")).toBeNull();
    expect(hidden("Den plan som utföraren upprättar beskriver hur insatserna ska utföras.")).toBeNull();
  });

  it("a body joined to the acting subject (tillsammans med) names the actor", () => {
    expect(hidden("Den enskilde bestämmer tillsammans med utföraren hur insatserna ska utföras.")).toBeNull();
  });

  it("recipient or beneficiary is not the actor", () => {
    expect(hidden("Anmälan ska göras till tillståndsenheten.")).toBe("ska göras");
    expect(hidden("Ungdomsrådet ska ges möjlighet att yttra sig.")).toBe("ska ges");
    expect(hidden("Socialnämnden ska informeras om alla avvikelser.")).toBe("ska informeras");
  });

  it("people as subject of a relative clause are not the actor", () => {
    expect(hidden("Krav ska ställas på varor som invånare eller medarbetare ska använda.")).toBe("ska ställas");
  });

  it("a genitive body is not a subject", () => {
    expect(hidden("Kommunens lokaler ska därför göras tillgängliga.")).toBe("ska därför göras");
  });

  it("nouns that only look like actors: områden, lägenheter, värdet, rad", () => {
    expect(hidden("Bostadsområden ska utformas så att de är trygga.")).toBe("ska utformas");
    expect(hidden("Ansökan ska göras innan värdet överstiger gränsen.")).toBe("ska göras");
    expect(hidden("En rad åtgärder ska vidtas av hänsyn till de boende.")).toBe("ska vidtas");
    expect(hidden("Fler lägenheter ska byggas och lägenheterna ska fördelas rättvist.")).toBe("ska byggas");
  });
});

describe("findHiddenActor (en)", () => {
  it("modal + be + regular participle", () => {
    expect(en("Progress will be reviewed annually.")).toBe("will be reviewed");
    expect(en("All complaints must be investigated within 20 working days.")).toBe("must be investigated");
    expect(en("The policy shall be published on the website.")).toBe("shall be published");
    expect(en("Third-party top-up payments must be agreed in writing.")).toBe("must be agreed");
  });

  it("irregular participle rebuilt, split, read, made, given, taken, held, kept, set, met, sent, built, run", () => {
    expect(en("The entrance will be rebuilt with a level approach.")).toBe("will be rebuilt");
    expect(en("Contracts must not be split to avoid a threshold.")).toBe("must not be split");
    expect(en("It should be read together with the Financial Regulations.")).toBe("should be read");
    expect(en("School trips will be made free for families on low incomes.")).toBe("will be made");
    expect(en("Priority will be given to families with children.")).toBe("will be given");
    expect(en("The needs of carers will be taken into account.")).toBe("will be taken");
    expect(en("Drop-in sessions will be held monthly.")).toBe("will be held");
    expect(en("Records will be kept for six years.")).toBe("will be kept");
    expect(en("Targets will be set each spring.")).toBe("will be set");
    expect(en("The standard must be met in every ward.")).toBe("must be met");
    expect(en("A summary will be sent to every participant.")).toBe("will be sent");
    expect(en("Accessible entrances will be built at both buildings.")).toBe("will be built");
    expect(en("The service will be run from the library.")).toBe("will be run");
    expect(en("Guidance will be rewritten in plain English.")).toBe("will be rewritten");
  });

  it("is to be + participle", () => {
    expect(en("The plan is to be reviewed every two years.")).toBe("is to be reviewed");
    expect(en("The aim is to be recognised as a Human Rights City.")).toBeNull();
  });

  it("will be consulted: the subject is the one consulted, not the actor", () => {
    expect(en("The Youth Forum, which brings together young people from all schools, will be consulted on leisure.")).toBe(
      "will be consulted",
    );
  });

  it("adverbs between modal, be and participle", () => {
    expect(en("Plans will also be reviewed.")).toBe("will also be reviewed");
    expect(en("Support should normally be offered within a week.")).toBe("should normally be offered");
    expect(en("Progress will be regularly monitored.")).toBe("will be regularly monitored");
    expect(en("Places will, where possible, be offered locally.")).toBe("will, where possible, be offered");
  });

  it("chains through need to / continue to / have been", () => {
    expect(en("The scheme will need to be reviewed.")).toBe("will need to be reviewed");
    expect(en("Grants will continue to be paid automatically.")).toBe("will continue to be paid");
    expect(en("All audits will have been completed by 2026.")).toBe("will have been completed");
  });

  it("must be + adjective or adjectival participle is no passive", () => {
    expect(en("Information must be accessible.")).toBeNull();
    expect(en("Flexible working will be available in all roles.")).toBeNull();
    expect(en("The service will be based in the town centre.")).toBeNull();
    expect(en("Staff should be able to request adjustments.")).toBeNull();
    expect(en("Residents will be entitled to a review.")).toBeNull();
  });

  it("has to is not a listed modal; may and can are permission", () => {
    expect(en("The report has to be approved.")).toBeNull();
    expect(en("Applications may be submitted online.")).toBeNull();
    expect(en("Bookings can be made by phone.")).toBeNull();
  });

  it("by + actor is an agent", () => {
    expect(en("The plan will be reviewed by the Council.")).toBeNull();
    expect(en("Complaints will be investigated by a trained investigator.")).toBeNull();
    expect(en("The strategy will be monitored by Scrutiny.")).toBeNull();
    expect(en("Bids will be assessed by officers from two departments.")).toBeNull();
    expect(en("The charter will be co-designed by young people.")).toBeNull();
    expect(en("Funding will be administered by Age UK.")).toBeNull();
  });

  it("by the end of 2027, by March, by sex, by ward are not agents", () => {
    expect(en("The action plan will be reviewed by the end of 2027.")).toBe("will be reviewed");
    expect(en("The entrance will be rebuilt by March 2026.")).toBe("will be rebuilt");
    expect(en("Data will be broken down by sex, age and disability.")).toBe("will be broken");
    expect(en("Evidence will be broken down by protected characteristic and by ward.")).toBe("will be broken");
    expect(en("Emissions will be reduced by 40 per cent.")).toBe("will be reduced");
    expect(en("Letters will be sent by post.")).toBe("will be sent");
    expect(en("Costs will be cut by sharing premises.")).toBe("will be cut");
  });

  it("through (a means) is not an agent", () => {
    expect(en("Conflicts will be resolved through the normal budget process.")).toBe("will be resolved");
  });

  it("a body acting in another clause names the actor", () => {
    expect(en("Services in French will be provided where numbers warrant, and the City will support community groups.")).toBeNull();
    expect(en("We will consult residents and the results will be published.")).toBeNull();
    expect(en("The Council has adopted a charter, which will be reviewed annually.")).toBeNull();
  });

  it("recipient is not the actor", () => {
    expect(en("An annual report will be presented to Cabinet each June.")).toBe("will be presented");
    expect(en("The report will be published on the Council's website.")).toBe("will be published");
    expect(en("Young carers will be offered an assessment.")).toBe("will be offered");
  });

  it("a plural noun after a body-like modifier is no acting verb", () => {
    expect(en("School trips, uniforms and study materials will be made free.")).toBe("will be made");
  });

  it("political will is a noun", () => {
    expect(en("Without political will be done nothing.")).toBeNull();
  });

  it("reported views of others", () => {
    expect(en("Residents told us that the bus service must be improved.")).toBeNull();
  });

  it("a conditional clause is hypothetical", () => {
    expect(en("If the centre is to be closed, we will consult users first.")).toBeNull();
  });

  it("a question or condition with inversion is no obligation", () => {
    expect(en("Should residents be affected, the Council will write to them.")).toBeNull();
  });
});

describe("findHiddenActor: reported views", () => {
  it("the document's own view (vi anser, we believe) is not reported speech", () => {
    expect(hidden("Vi anser att alla beslut ska dokumenteras.")).toBe("ska dokumenteras");
    expect(en("We believe that services must be designed with residents.")).toBe("must be designed");
  });
});

describe("findHiddenActor (en): named agents", () => {
  it("a capitalised name in -ing after by is an agent (the Monitoring Officer)", () => {
    expect(en("Should a conflict arise, it will be resolved by the Monitoring Officer.")).toBeNull();
    expect(en("Staff will be trained by the Learning and Development team by 2026.")).toBeNull();
  });

  it("a gerund after by is a means", () => {
    expect(en("Costs will be reduced by sharing premises with partners.")).toBe("will be reduced");
  });
});

describe("findHiddenActor: reported after a colon", () => {
  it("words after 'told us:' are somebody else's view", () => {
    expect(en("Residents told us: the buses must be improved.")).toBeNull();
    expect(hidden("Flera föreningar framförde: lokalerna måste rustas upp.")).toBeNull();
  });

  it("a colon after an ordinary label is no report", () => {
    expect(hidden("Åtgärd: lokalerna ska rustas upp.")).toBe("ska rustas upp");
  });
});

describe("findHiddenActor: agents behind a modifier", () => {
  it("by a third party, av en motpart", () => {
    expect(en("Assessments may not be outsourced and will be carried out by a third party only with consent.")).toBeNull();
    expect(hidden("Avtalet ska granskas av en oberoende part.")).toBeNull();
  });
});

/**
 * Classes of error found on fresh probe sentences outside the dev corpus
 * (team/span-misses.md, classes A–G); each test holds the probe sentences
 * that showed the class and new ones in other topics.
 */
describe("findHiddenActor A: law cited as such is the law's obligation", () => {
  it("a fronted 'enligt <law>' introduces the law's words", () => {
    expect(hidden("Enligt barnkonventionen ska barnets bästa beaktas vid alla åtgärder som rör barn.")).toBeNull();
    expect(hidden("Enligt socialtjänstlagen ska insatserna utformas och genomföras tillsammans med den enskilde.")).toBeNull();
    expect(hidden("Enligt 4 kap. 1 § skollagen (2010:800) ska utbildningen utformas så att alla elever kan delta.")).toBeNull();
    expect(hidden("Enligt plan- och bygglagen ska hänsyn tas till barns behov av lek.")).toBeNull();
    expect(hidden("Enligt lag (2018:1197) om Förenta nationernas konvention om barnets rättigheter ska barnets bästa beaktas.")).toBeNull();
  });

  it("a law stating what applies: anger, anges, följer, framgår, slår fast", () => {
    expect(hidden("Lagen anger att verksamheten ska bedrivas i samverkan med den enskilde.")).toBeNull();
    expect(hidden("I diskrimineringslagen anges att lönekartläggning ska göras varje år.")).toBeNull();
    expect(hidden("Av 5 § minoritetslagen följer att minoriteterna ska ges möjlighet till inflytande.")).toBeNull();
    expect(hidden("Det framgår av lagen att beslutet ska motiveras.")).toBeNull();
    expect(hidden("Lagstiftningen ställer krav på att tillgängligheten ska säkerställas.")).toBeNull();
  });

  it("English: under the Act, the Act requires, Article N states", () => {
    expect(en("Under the Equality Act 2010, reasonable adjustments must be made for disabled people.")).toBeNull();
    expect(en("Section 149 of the Equality Act 2010 requires that due regard must be paid to the need to eliminate discrimination.")).toBeNull();
    expect(en("Article 12 states that the views of the child must be given due weight.")).toBeNull();
    expect(en("Under the Public Libraries and Museums Act 1964, a comprehensive and efficient library service must be provided.")).toBeNull();
    expect(en("According to the UN Convention on the Rights of the Child, children's views must be given due weight.")).toBeNull();
  });

  it("the document's own source or clause stays the document's obligation", () => {
    expect(hidden("Enligt planen ska uppföljning göras årligen.")).toBe("ska uppföljning göras");
    expect(hidden("Enligt förslaget ska planen följas upp årligen.")).toBe("ska planen följas upp");
    expect(hidden("Insatserna ska enligt socialtjänstlagen utformas tillsammans med den enskilde.")).toBe("ska enligt socialtjänstlagen utformas");
    expect(hidden("Det framgår av planen att uppföljning ska göras årligen.")).toBe("ska göras");
    expect(en("Under the new contract, the provider will be paid monthly.")).toBe("will be paid");
    expect(en("The strategy states that progress will be reported annually.")).toBe("will be reported");
  });

  it("a clause of the document's own after the cited one", () => {
    expect(hidden("Enligt diskrimineringslagen ska lönekartläggning göras, och resultaten ska redovisas för personalutskottet.")).toBe("ska redovisas");
    expect(hidden("Barnkonventionen blev svensk lag 2020 och barnets bästa ska därför beaktas i alla beslut.")).toBe("ska därför beaktas");
    expect(en("Article 12 of the UNCRC gives children the right to be heard, and their views will be recorded in every plan.")).toBe("will be recorded");
  });

  it("a law after 'by' is no agent", () => {
    expect(en("Pay gap data must be published every year, as required by the Equality Act 2010.")).toBe("must be published");
  });
});

describe("findHiddenActor B: actor words that lost their diacritics", () => {
  it("av + an actor without å/ä/ö in otherwise clean text", () => {
    expect(hidden("Planen ska följas upp av socialnamnden.")).toBeNull();
    expect(hidden("Planen ska följas upp av namnden.")).toBeNull();
    expect(hidden("Planen ska följas upp av forvaltningen.")).toBeNull();
    expect(hidden("Lokalerna ska inventeras av lansstyrelsen.")).toBeNull();
  });

  it("an acting body without diacritics in another clause", () => {
    expect(hidden("Socialnamnden ansvarar för arbetet, och planen ska följas upp årligen.")).toBeNull();
  });

  it("words that only fold to an actor stay no actor", () => {
    expect(hidden("Daglig verksamhet ska utvecklas så att fler deltagare kan gå vidare till praktik.")).toBe("ska utvecklas");
    expect(hidden("Insatser ska prioriteras i omraden med hog risk.")).toBe("ska prioriteras");
    expect(hidden("Resultaten ska redovisas för malgruppen.")).toBe("ska redovisas");
  });
});

describe("findHiddenActor C: English role names with an of-phrase", () => {
  it("the role acts in another clause", () => {
    expect(en("The Head of Housing leads this work, and progress will be reported each quarter.")).toBeNull();
    expect(en("The Director of Public Health leads this work and progress will be reported each quarter.")).toBeNull();
    expect(en("The Director of Adult Services will lead the review, which will be completed by June.")).toBeNull();
    expect(en("The Cabinet Member for Adult Social Care will chair the board, and minutes will be published.")).toBeNull();
    expect(en("The Head of Housing and Communities leads the work, and progress will be reported.")).toBeNull();
  });
});

describe("findHiddenActor C (sv): a role with the body it belongs to", () => {
  it("the role acts after its prepositional phrase", () => {
    expect(hidden("Ordföranden i socialnämnden leder arbetet och planen ska följas upp årligen.")).toBeNull();
    expect(hidden("Rektor på varje skola ansvarar för arbetet och planen ska följas upp årligen.")).toBeNull();
    expect(hidden("Enhetschefen inom hemtjänsten ansvarar för rutinen, som ska ses över årligen.")).toBeNull();
  });
  it("a body inside the passive's own subject is no actor", () => {
    expect(hidden("Personalen i förskolan ska utbildas i barnrätt.")).toBe("ska utbildas");
  });
});

describe("findHiddenActor D: organisations and agent nouns after by / av", () => {
  it("an indefinite organisation is an agent", () => {
    expect(en("The survey will be run by an independent research company.")).toBeNull();
    expect(en("The survey will be run by a research company.")).toBeNull();
    expect(en("The accounts will be checked by an external auditor.")).toBeNull();
    expect(en("The service will be delivered by the provider.")).toBeNull();
    expect(en("Branch libraries will be staffed by qualified librarians.")).toBeNull();
    expect(hidden("Enkäten ska genomföras av ett externt företag.")).toBeNull();
    expect(hidden("Utvärderingen ska göras av forskningsinstitutet.")).toBeNull();
  });

  it("Swedish agent nouns by their ending (-are, -ör, -iker, -ist, -ator)", () => {
    expect(hidden("Kurserna ska ledas av erfarna utvecklare.")).toBeNull();
    expect(hidden("Evenemanget ska genomföras av lokala arrangörer.")).toBeNull();
    expect(hidden("Frågan ska lösas av politiker.")).toBeNull();
    expect(hidden("Mötet ska ledas av en extern moderator.")).toBeNull();
  });

  it("things with such endings are no agents", () => {
    expect(hidden("Arbetet ska hindras av personalbristen.")).toBe("ska hindras");
    expect(hidden("Vården ska styras av indikatorer.")).toBe("ska styras");
    expect(hidden("Listan ska kompletteras av fler frågor.")).toBe("ska kompletteras");
  });
});

describe("findHiddenActor E: no actor where none acts", () => {
  it("the object of an action noun is no agent", () => {
    expect(hidden("Vid upphandling av hemtjänst ska krav ställas.")).toBe("ska krav ställas");
    expect(hidden("Vid upphandling av hemtjänst ska krav på språkkunskaper ställas.")).toBe("ska krav på språkkunskaper ställas");
    expect(hidden("Vid inköp av hjälpmedel ska tillgänglighet beaktas.")).toBe("ska tillgänglighet beaktas");
  });

  it("an agentive action noun keeps its agent", () => {
    expect(hidden("Arbetet ska bedrivas under ledning av förvaltningschefen.")).toBeNull();
  });

  it("a genitive actor modifies a noun and acts nowhere", () => {
    expect(hidden("Kommunens ansvar som arbetsgivare ska tydliggöras.")).toBe("ska tydliggöras");
    expect(hidden("Kommunens ansvar som arbetsgivare ska tydliggöras i riktlinjen för aktiva åtgärder.")).toBe("ska tydliggöras");
    expect(hidden("Synpunkter ska inhämtas innan skolans lokaler byggs om.")).toBe("ska inhämtas");
    expect(hidden("Elevernas synpunkter ska inhämtas innan skolans lokaler byggs om.")).toBe("ska inhämtas");
  });

  it("a body as subject of another clause still acts", () => {
    expect(hidden("Rektor ansvarar för arbetet och rutinen ska följas upp.")).toBeNull();
  });
});

describe("findHiddenActor F: passives of vowel stems and prepositions after them", () => {
  it("åt after a passive is a preposition, not 'följas åt'", () => {
    expect(hidden("Uppmärksamhet ska ägnas åt flickor.")).toBe("ska ägnas");
    expect(hidden("Särskild uppmärksamhet ska ägnas åt flickor med funktionsnedsättning, eftersom de ofta har sämre tillgång till fritidsaktiviteter.")).toBe(
      "ska ägnas",
    );
    expect(hidden("Deltagarna ska följas åt.")).toBeNull();
  });

  it("vowel stems with a prefix: bistås, ingås, avslås, utses, förutses", () => {
    expect(hidden("Familjen ska bistås med rådgivning.")).toBe("ska bistås");
    expect(hidden("Avtal ska ingås med leverantören.")).toBe("ska ingås");
    expect(hidden("Förslaget ska avslås.")).toBe("ska avslås");
    expect(hidden("En samordnare ska utses.")).toBe("ska utses");
    expect(hidden("Konsekvenserna ska förutses.")).toBe("ska förutses");
  });
});

describe("findHiddenActor G: a parenthetical clause between modal and verb", () => {
  it("a comma-enclosed clause with its own finite verb", () => {
    expect(hidden("Den som ansöker ska, oavsett var hen bor, bemötas på ett likvärdigt sätt.")).toBe("ska, oavsett var hen bor, bemötas");
    expect(hidden("Den som ansöker om stöd ska, oavsett var i kommunen hen bor, bemötas på ett likvärdigt sätt.")).toBe(
      "ska, oavsett var i kommunen hen bor, bemötas",
    );
    expect(hidden("Stödet ska, om familjen önskar det, ges i hemmet.")).toBe("ska, om familjen önskar det, ges");
  });

  it("an active verb after the parenthetical stays active", () => {
    expect(hidden("Kommunen ska, om familjen önskar det, ge stödet i hemmet.")).toBeNull();
    expect(hidden("Planen ska tas fram, och nämnden ansvarar för den.")).toBeNull();
  });
});

describe("findHiddenActor: English reported views without 'that'", () => {
  it("a reporting verb and a subject before the modal", () => {
    expect(en("Residents told us services must be improved.")).toBeNull();
    expect(en("Officers noted the plan will be reviewed.")).toBeNull();
    expect(en("Young people said the buses should be made cheaper.")).toBeNull();
    expect(en("The buses should be made cheaper.")).toBe("should be made");
  });
});

