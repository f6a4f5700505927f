/**
 * Realistic policy sentences written for these tests (general municipal
 * prose in other topics than the dev corpus: climate, culture, housing,
 * schools, HR, procurement), with the expected decision. A regression net
 * for the grammar as a whole; the focused cases live in the other tests.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../analysis/analyse.js";
import { testDocument } from "../analysis/test-document.js";
import type { Language } from "../model/document.js";
import { findHedges } from "./hedges.js";
import { findHiddenActor } from "./hidden-actor.js";
import { isObligationOrGoal } from "./obligation.js";

function lastSentence(text: string, language: Language, ascii = false) {
  // Body text after two sections, outside the header region where "ska revideras" reads as metadata.
  const intro =
    language === "en"
      ? ["# Plan", "The plan describes the work.", "## Background", "The background is described here.", "## Actions"]
      : ascii
        ? ["# Plan", "Planen beskriver arbetet.", "## Bakgrund", "Har beskrivs bakgrunden.", "## Atgarder"]
        : ["# Plan", "Planen beskriver målen för året.", "## Bakgrund", "Här beskrivs bakgrunden.", "## Åtgärder"];
  const sentences = analyse(testDocument([...intro, text], language)).sentences;
  const sentence = sentences[sentences.length - 1];
  expect(sentence.text).toBe(text);
  return sentence;
}

/** Text without å/ä/ö, as extracted from a PDF that lost its diacritics. */
const stripDiacritics = (text: string) => text.replace(/[åä]/g, "a").replace(/[ÅÄ]/g, "A").replace(/ö/g, "o").replace(/Ö/g, "O");

const HIDDEN_SV: Array<[boolean, string]> = [
  [true, "Ekonomiskt bistånd ska beviljas utifrån en individuell prövning."],
  [true, "Riktlinjen ska revideras vart tredje år eller när lagstiftningen ändras."],
  [false, "Socialnämnden ska revidera riktlinjen vart tredje år."],
  [true, "Samtliga medarbetare ska erbjudas introduktion inom tre månader."],
  [true, "Klimatanpassningsåtgärder ska prioriteras i områden med hög risk för översvämning."],
  [false, "Kommunen ska prioritera klimatanpassning i utsatta områden."],
  [true, "Dagvattnet ska omhändertas lokalt där det är möjligt."],
  [true, "Nya cykelvägar ska anläggas mellan tätorterna."],
  [true, "Vid nybyggnation ska krav på tillgänglighet ställas redan i programskedet."],
  [true, "Senast 2026 ska en digital tjänst för ansökan om färdtjänst lanseras."],
  [false, "Senast 2026 ska förvaltningen lansera en digital tjänst."],
  [true, "Kulturhuset ska hållas öppet även på helger."],
  [true, "Ungdomarnas synpunkter ska inhämtas innan beslut fattas."],
  [false, "Ungdomarnas synpunkter ska inhämtas av fritidsförvaltningen innan beslut fattas."],
  [true, "Personuppgifter ska hanteras i enlighet med dataskyddsförordningen."],
  [true, "Barn ska ges möjlighet att komma till tals i alla frågor som rör dem."],
  [true, "Den enskildes självbestämmande och integritet ska respekteras."],
  [true, "Ärendet ska avgöras skyndsamt."],
  [false, "Det ska vara lätt att lämna synpunkter."],
  [false, "Alla ska kunna delta på lika villkor."],
  [true, "Skolgården ska rustas upp och göras tillgänglig för elever med funktionsnedsättning."],
  [false, "Avgifterna ska fastställas årligen av kommunfullmäktige."],
  [false, "Avgifterna fastställs årligen av kommunfullmäktige."],
  [true, "Resultaten ska redovisas uppdelat på kön och ålder."],
  [true, "Ett nytt äldreboende ska uppföras i Västra Ekby under perioden 2026–2028."],
  [false, "Vi ska arbeta för att fler äldre ska kunna bo kvar hemma."],
  [true, "Lokalerna ska städas dagligen och desinficeras vid behov."],
  [true, "Information ska finnas på flera språk och ges i olika format."],
  [false, "Information ska finnas på flera språk."],
  [true, "Kommunens webbplats ska uppfylla kraven i lagen om tillgänglighet till digital offentlig service och granskas årligen."],
  [true, "Tillsyn ska genomföras minst en gång per år och oftare vid behov."],
  [true, "Samråd med de nationella minoriteterna ska hållas minst två gånger per år."],
  [false, "Kommunen ska hålla samråd med de nationella minoriteterna minst två gånger per år."],
  [true, "Det ska säkerställas att ingen utestängs."],
  [true, "Särskild hänsyn ska tas till barn som lever med våld."],
  [true, "Förskolans lokaler ska anpassas så att alla barn kan delta."],
  [false, "Förskolan ska anpassa lokalerna så att alla barn kan delta."],
  [true, "Åtgärderna i handlingsplanen ska kostnadsberäknas och tidsättas."],
  [true, "Upphandlade leverantörer ska följas upp minst en gång per år."],
  [false, "Leverantörerna ska följa upp sina underleverantörer."],
  [false, "Det måste finnas en tydlig ansvarsfördelning."],
  [true, "Äldre personer ska inte behöva vänta mer än tre månader, och ansökan ska behandlas skyndsamt."],
  [true, "Resultatet ska sammanställas i en rapport som lämnas till nämnden."],
  [false, "Förvaltningen sammanställer resultatet i en rapport som ska lämnas till nämnden."],
  [true, "Beslutet ska kunna överklagas."],
  [false, "Handlingsplanen ska beslutas av kommunstyrelsen och följas upp av förvaltningen."],
  [true, "Inom ramen för det förebyggande arbetet ska särskilda insatser riktas till familjer med låga inkomster, och effekterna ska följas upp i samband med årsredovisningen."],
  [false, "Socialnämnden ansvarar för att särskilda insatser riktas till familjer med låga inkomster och att effekterna följs upp."],
  [true, "För att minska segregationen ska nya bostäder med hyresrätt prioriteras i de västra stadsdelarna."],
  [false, "För att minska segregationen ska kommunen prioritera hyresrätter i de västra stadsdelarna."],
  [true, "De synpunkter som kommer in ska besvaras inom tio arbetsdagar."],
  [false, "De synpunkter som kommer in besvaras av kundtjänst inom tio arbetsdagar."],
  [true, "Ett systematiskt arbetsmiljöarbete ska bedrivas på samtliga arbetsplatser."],
  [true, "Alla nyanställda ska ges en introduktion som omfattar kommunens värdegrund."],
  [false, "Chefen ska ge alla nyanställda en introduktion som omfattar kommunens värdegrund."],
  [true, "Lokaler som används för offentliga möten ska vara tillgängliga och utrustas med hörslinga."],
  [true, "I de fall en brukare inte vill ta emot hjälp ska detta respekteras och dokumenteras."],
  [true, "Vid en kris ska information ges på de nationella minoritetsspråken och på lättläst svenska."],
  [true, "Konsekvenserna för barn ska belysas i alla ärenden som går till beslut."],
  [true, "Riskerna ska bedömas och åtgärder vidtas innan verksamheten startar."],
  [false, "Riskerna bedöms av enhetschefen innan verksamheten startar."],
  [true, "Samtliga chefer ska utbildas i rekrytering utan diskriminering senast 2026."],
  [false, "Samtliga chefer ska genomgå utbildning i rekrytering utan diskriminering senast 2026."],
  [true, "Bidrag ska inte beviljas till föreningar som diskriminerar."],
  [false, "Föreningar som diskriminerar ska inte få bidrag."],
  [true, "En plan för hur de nationella minoriteternas inflytande ska stärkas ska tas fram under 2025."],
  [true, "Medborgardialoger ska genomföras i tidiga skeden, så att invånarnas synpunkter kan påverka besluten."],
  [false, "Medborgardialoger genomförs i tidiga skeden av stadsbyggnadsförvaltningen."],
  [true, "Dessutom bör möjligheten att införa ett brukarråd utredas."],
  [true, "Den sociala dimensionen ska därför integreras i samtliga planeringsprocesser."],
  [true, "Fritidsgårdarna ska i större utsträckning hållas öppna under kvällar och helger."],
  [true, "Utbildningen ska erbjudas både på svenska och på arabiska, somaliska och persiska."],
  [true, "Hyresgästerna ska garanteras inflytande över upprustningen."],
  [false, "Hyresgästerna ska ha inflytande över upprustningen."],
  [false, "Det ska tydligt framgå av beslutet vilka skäl som har legat till grund för bedömningen."],
  [true, "Upphandlingen ska annonseras och utvärderas enligt lagen om offentlig upphandling."],
  [true, "Kostnaderna ska rymmas inom befintlig budget och fördelas mellan förvaltningarna."],
  [false, "Kostnaderna ska rymmas inom befintlig budget."],
  [true, "Under 2025 ska samtliga förskolor ha inventerats."],
  [false, "Under 2025 ska samtliga förskolor ha inventerat sina lokaler."],
  [true, "Varje vecka ska gården städas och lekredskapen kontrolleras."],
  [true, "Fordonen ska bytas ut successivt och ersättas med elfordon."],
  [false, "Förvaltningen ska successivt byta ut fordonen."],
  [true, "Papperskorgarna ska tömmas dagligen."],
  [true, "Insatser ska prioreras utifrån behov."],
  [false, "Det är viktigt att barnens röster tas till vara."],
  [true, "Planen gäller 2025–2028 och ska revideras inför varje ny mandatperiod."],
  [false, "Kommunstyrelsen har det övergripande ansvaret och ska se till att planen följs upp."],
  [false, "Varje nämnd ansvarar för att åtgärderna genomförs inom sitt område."],
  [false, "Åtgärderna ska genomföras av respektive nämnd."],
  [true, "Åtgärderna ska genomföras inom respektive nämnds verksamhetsområde."],
  [true, "Åtgärderna i tabellen nedan ska genomföras under planperioden."],
  [true, "Arbetet ska bedrivas i enlighet med FN:s konvention om barnets rättigheter."],
  [true, "Samtliga beslut som rör barn ska föregås av en barnkonsekvensanalys."],
  [true, "Alla barn ska ges förutsättningar att utvecklas."],
  [false, "Skolan ska vara en trygg plats där alla elever bemöts med respekt."],
  [false, "Detta ska ske i dialog med de boende."],
  [true, "Frågan ska lyftas till kommunstyrelsen."],
  [false, "Frågan ska lyftas av kommunstyrelsen."],
  [true, "Uppföljningen ska göras i samband med delårsrapporten och redovisas för kommunfullmäktige."],
  [false, "Rapporten ska redovisas för och godkännas av nämnden."],
  [false, "Strategin ska genomsyra all verksamhet."],
  [true, "Budgeten ska fördelas så att resurserna når de elever som har störst behov."],
  [true, "Stödet till civilsamhället ska utvecklas genom idéburet offentligt partnerskap."],
  [true, "Mänskliga rättigheter ska integreras i styrning och ledning."],
  [true, "I budgetprocessen ska hänsyn tas till konsekvenserna för barn."],
  [false, "Kommunen ska, i samverkan med regionen, erbjuda stöd."],
  [false, "Kommunen ska i samverkan med regionen erbjuda stöd."],
  [true, "Stödet ska, i samverkan med regionen, erbjudas alla familjer."],
  [false, "Alla som arbetar i kommunen ska ha kunskap om mänskliga rättigheter."],
  [true, "De som arbetar i kommunen ska utbildas i mänskliga rättigheter."],
  [true, "Personalen ska utbildas i lågaffektivt bemötande."],
  [false, "Personalen ska utbilda de anhöriga."],
  [false, "Vid behov ska tolk bokas av handläggaren."],
  [true, "Ett jämställdhetsperspektiv ska anläggas på all statistik."],
  [true, "Statistik ska alltid redovisas könsuppdelad."],
  [false, "Bostäder ska byggas i alla kommundelar, och nämnden ska årligen rapportera hur många som tillkommit."],
  [true, "Lärdomar från projektet ska spridas till andra förvaltningar."],
  [false, "Rutinen ska vara känd och tillämpas av all personal."],
  [true, "Elevernas närvaro ska följas upp varje vecka och frånvaro ska anmälas till rektor samma dag."],
  [false, "Rektor ska följa upp elevernas närvaro varje vecka."],
  [true, "Information om rättigheter ska finnas tillgänglig och delas ut vid första besöket."],
  [true, "Trygghetsvandringar ska genomföras två gånger per år tillsammans med boende och polis."],
];

const HIDDEN_EN: Array<[boolean, string]> = [
  [true, "All new council homes will be built to the Lifetime Homes standard."],
  [false, "The Council will build all new homes to the Lifetime Homes standard."],
  [true, "Tenants will be given at least 28 days' notice of any change."],
  [true, "Rent arrears will be dealt with sensitively, and eviction will be used only as a last resort."],
  [true, "An Equality Impact Assessment must be completed for every new policy."],
  [false, "Officers must complete an Equality Impact Assessment for every new policy."],
  [true, "The findings will be shared with partners and used to shape the next plan."],
  [true, "Translation and interpretation will be provided free of charge."],
  [true, "Feedback from service users shall be collected after every contact."],
  [true, "Reasonable adjustments should be considered at every stage of recruitment."],
  [false, "Managers should consider reasonable adjustments at every stage."],
  [true, "Data on hate crime will be published quarterly, broken down by type of incident."],
  [false, "Data on hate crime will be published quarterly by the Community Safety Partnership."],
  [true, "The strategy is to be refreshed in 2027."],
  [false, "Our aim is to be a fully accessible borough by 2030."],
  [true, "Homelessness applications will be assessed within 10 working days."],
  [true, "Progress on each action will be reported to the Health and Wellbeing Board twice a year."],
  [false, "The Health and Wellbeing Board will receive a progress report twice a year."],
  [true, "No one will be turned away because they cannot pay."],
  [true, "The play areas in Northfield Park will be upgraded and fenced."],
  [false, "Residents will be able to book appointments online."],
  [false, "The new hub will be open six days a week."],
  [true, "The new hub will be opened in spring 2026."],
  [false, "Children and young people should be at the centre of decisions that affect them."],
  [true, "Children's views should be sought and recorded in every care plan."],
  [true, "Lessons learned will be fed back to all teams."],
  [true, "Council buildings will be made step-free where this is structurally possible."],
  [false, "We will make council buildings step-free where this is structurally possible."],
  [true, "Grants will be awarded on the basis of need, and applicants will be notified within six weeks."],
  [false, "The panel will award grants on the basis of need, and applicants will be notified within six weeks."],
  [true, "Staff will be supported to complete the training."],
  [false, "Staff will support residents to complete the forms."],
  [true, "Any breach of the code will be investigated and, where appropriate, referred to the police."],
  [true, "Funding for the scheme will be sought from the Lottery."],
  [false, "Funding for the scheme will be provided by the National Lottery Community Fund."],
  [true, "Outcomes must be measured, not just outputs."],
  [true, "Equality data will be gathered at the point of referral."],
  [false, "We will gather equality data at the point of referral."],
  [true, "Hate incidents will be recorded and responded to within 48 hours."],
  [true, "The guidance will be updated to reflect the new duty."],
  [false, "This will be reviewed by the Head of Housing in consultation with tenants."],
  [true, "Where a complaint is upheld, an apology will be offered."],
  [true, "Each directorate will be required to publish an action plan."],
  [false, "Each directorate will publish an action plan."],
  [false, "The strategy will be owned by the Director of Communities."],
  [false, "Delivery will be overseen by the Partnership Board."],
  [true, "Delivery will be overseen through the quarterly performance framework."],
  [true, "It is expected that all staff will be trained by 2026."],
  [false, "Staff will be trained by the Learning and Development team by 2026."],
  [true, "A named officer will be assigned to every family."],
  [true, "Tenancy conditions must be explained in a format the tenant understands."],
  [false, "The plan, which was agreed by Cabinet in March, will be reviewed in 2027."],
  [false, "Should a conflict arise, it will be resolved by the Monitoring Officer."],
  [true, "Targets will be agreed with partners and reported to the Board."],
  [true, "Young people will be supported into work through apprenticeships."],
  [true, "This policy applies to all staff and will be reviewed every three years."],
  [false, "All staff must be aware of the policy."],
  [true, "All staff must be trained in safeguarding."],
  [false, "Support must be person-centred."],
  [false, "Services must be culturally appropriate."],
  [true, "Decisions will be made transparently and explained in plain English."],
  [true, "Data will be held securely and not shared without consent."],
  [false, "Directors will ensure that their teams complete the training."],
  [true, "The register will be kept up to date and checked every quarter."],
  [false, "Managers will keep the register up to date."],
  [true, "Complaints should be acknowledged within three working days."],
  [true, "The charter will be displayed in all council buildings."],
  [false, "The charter will be on display in all council buildings."],
  [true, "Every school will be offered training on anti-racism."],
  [false, "Every school will offer training on anti-racism."],
];

const HEDGES_SV: Array<[number, string]> = [
  [1, "Kommunen ska i möjligaste mån erbjuda plats i närheten av hemmet."],
  [1, "Tolk anlitas vid behov."],
  [0, "Tolk anlitades vid behov under 2023."],
  [1, "Hemtjänst vid behov."],
  [1, "Vi strävar efter en jämn könsfördelning."],
  [0, "Många invånare strävar efter att flytta till en mindre bostad."],
  [0, "Föreningar som strävar efter ökad delaktighet kan söka bidrag."],
  [1, "Förvaltningen verkar för att fler unga får sommarjobb."],
  [0, "Föreningen verkar för ökad delaktighet bland äldre."],
  [1, "Målet är att alla elever så långt det är möjligt ska få undervisning i sin hemskola."],
  [1, "Insatserna genomförs inom befintliga ramar."],
  [1, "Samverkan med polisen ska eftersträvas."],
  [0, "Samverkan med polisen eftersträvades men kom aldrig till stånd."],
  [1, "Avgifter kan komma att tas ut för vissa aktiviteter."],
  [0, "Den nya lagen kan komma att påverka kommunens kostnader."],
  [0, "Programmet omfattar inte skolan annat än i den mån skolans lokaler berörs."],
  [1, "Öppettiderna ska utökas i den mån det finns resurser."],
  [1, "Studiebesök görs i mån av tid."],
  [0, "Under förra året gjordes studiebesök i mån av tid."],
  [1, "Anhöriga bjuds in om möjligt."],
  [0, "Tjänsten gör det möjligt för den enskilde att larma vid behov."],
  [1, "Där det är lämpligt ska digitala möten erbjudas."],
  [0, "Där det bedöms lämpligt kan digitala möten erbjudas."],
  [0, "Arbetet sker när det går att ordna."],
  [0, "Upprustningen sker i den takt ekonomin medger."],
  [1, "Uppföljning sker vid behov."],
  [0, "Kommunen har haft dialog med föreningarna vid behov."],
  [0, "Dialog har förts vid behov."],
  [1, "Kommunen ska eftersträva att alla har tillgång till bredband."],
  [0, "I rapporten beskrivs hur tidigare insatser har genomförts i möjligaste mån."],
  [0, "”Vi vill ha hjälp vid behov”, skrev en deltagare."],
  [1, "Vid behov kan extra personal sättas in."],
];

const HEDGES_EN: Array<[number, string]> = [
  [1, "We will consult residents where possible."],
  [1, "Adjustments will be made as appropriate."],
  [0, "In 2023, interpreters were provided where possible."],
  [1, "The Council will endeavour to respond within ten days."],
  [0, "Residents who seek to challenge a decision often do not know where to turn."],
  [1, "We seek to reduce the number of evictions."],
  [0, "Many families seek to move to larger homes."],
  [1, "The service will be expanded subject to available resources."],
  [1, "Where practicable, meetings will be held in accessible venues."],
  [0, "Information will be shared where relevant."],
  [0, "We may consider a youth panel."],
  [0, "Each indicator will be broken down by ward wherever the data allow."],
  [1, "Support is offered when needed."],
  [1, "Strive to reduce waiting times."],
  [1, "Interpreters will be booked if feasible."],
  [1, "The Council seeks to involve young people in every decision."],
  [0, "The charity seeks to support carers across the region."],
  [1, "To the extent possible, documents will be published in plain English."],
  [1, "Facilities will be upgraded as far as possible within the budget."],
  [0, "The previous strategy sought to reduce rough sleeping."],
  [1, "Drop-in sessions, where appropriate."],
  [0, "Such as appropriate training and support."],
];

/**
 * A second set in topics the first grammar pass had not seen (climate,
 * culture, transport, libraries, HR), written when generalising from the
 * probe sentences of team/span-misses.md: law cited as such, actors without
 * diacritics, role names with "of", organisations after "by", genitives,
 * parentheticals, past tense after a gap, hedge variants.
 */
const HIDDEN_SV_OTHER_TOPICS: Array<[boolean, string]> = [
  // climate
  [true, "Laddinfrastrukturen ska byggas ut längs de regionala stråken."],
  [false, "Klimatbudgeten ska följas upp av miljö- och klimatnämnden varje tertial."],
  [true, "Utsläppen från kommunens fordon ska minskas med 70 procent till 2030."],
  [false, "Utsläppen från kommunens fordon ska minska med 70 procent till 2030."],
  [true, "Klimatanpassningen ska, oavsett vilken förvaltning som äger frågan, samordnas i en gemensam plan."],
  [false, "Enligt miljöbalken ska hänsyn tas till människors hälsa och miljön."],
  [true, "Vid upphandling av fordon ska krav på förnybara drivmedel ställas."],
  [false, "Energirådgivningen ska skötas av ett externt företag."],
  // culture
  [true, "Kulturskolans avgifter ska ses över så att fler barn kan delta."],
  [true, "Kulturarvet ska bevaras och tillgängliggöras för alla."],
  [true, "Konstnärlig frihet ska respekteras och armlängds avstånd ska gälla."],
  [false, "Kulturnämnden fördelar bidragen, och ansökningarna ska bedömas utifrån tydliga kriterier."],
  [false, "Evenemanget ska genomföras av lokala arrangörer."],
  [true, "Särskild uppmärksamhet ska ägnas åt barn som sällan tar del av kulturutbudet."],
  // transport
  [true, "Kollektivtrafiken ska göras tillgänglig för personer med funktionsnedsättning."],
  [true, "Färdtjänsten ska upphandlas med krav på utbildning i bemötande."],
  [false, "Bussarna ska köras av utbildade förare."],
  [true, "Cykelvägnätet ska byggas ut och underhållas så att det är tryggt året runt."],
  [false, "Hållplatser ska utformas så att de kan användas av alla."],
  [false, "Trafiknamnden ansvarar för trafiksäkerheten, och åtgärderna ska följas upp varje år."],
  // libraries
  [true, "Biblioteksplanen ska revideras vart fjärde år."],
  [true, "Meröppna bibliotek ska införas i samtliga kommundelar senast 2027."],
  [false, "Alla skolbibliotek ska bemannas av utbildade bibliotekarier."],
  [false, "Enligt bibliotekslagen ska folkbiblioteken ägna särskild uppmärksamhet åt personer med funktionsnedsättning."],
  [true, "Bibliotekens lokaler ska anpassas innan nya tjänster införs."],
  [false, "Bibliotekschefen ansvarar för medieplanen och den ska ses över årligen."],
  // HR
  [true, "Medarbetarundersökningen ska genomföras vartannat år och resultaten ska återkopplas till alla arbetsplatser."],
  [false, "Lönekartläggningen ska genomföras av HR-avdelningen tillsammans med fackliga företrädare."],
  [false, "HR-avdelningen ansvarar för att rutinen hålls uppdaterad och den ska ses över årligen."],
  [false, "Enligt diskrimineringslagen ska arbetsgivaren vidta aktiva åtgärder."],
  [false, "I diskrimineringslagen anges att lönekartläggning ska göras varje år."],
  [true, "Kommunens ansvar som arbetsgivare ska tydliggöras i personalpolicyn."],
  [true, "Vid rekrytering ska kompetensbaserad rekrytering tillämpas."],
  [false, "Nya medarbetare ska introduceras av närmaste chef."],
  [true, "Den som anmäler trakasserier ska, oavsett vem anmälan gäller, bemötas med respekt."],
  [false, "Rekryteringen ska genomföras av erfarna rekryterare."],
];

const HIDDEN_EN_OTHER_TOPICS: Array<[boolean, string]> = [
  // climate
  [true, "Electric vehicle charging points will be installed at every council car park."],
  [false, "The Climate Board will monitor progress and emissions data will be published annually."],
  [true, "Emissions from the council fleet should be cut by half by 2030."],
  [false, "Under the Climate Change Act 2008, the net zero target must be met by 2050."],
  [false, "The Director of Environment leads the programme, and progress will be reported each quarter."],
  // culture
  [true, "Arts funding will be allocated through an open grants process."],
  [false, "Grants will be assessed by a panel of local artists."],
  [false, "The archive will be digitised by volunteers from the local history society."],
  [false, "The evaluation will be carried out by an independent research company."],
  // transport
  [true, "Bus stops must be designed so that they can be used by everyone."],
  [true, "Cycle lanes will be segregated where practicable and maintained year-round."],
  [false, "Road safety audits shall be carried out by an independent auditor."],
  [false, "Works will be carried out by our highways contractor."],
  // libraries
  [true, "Library opening hours should be extended where possible."],
  [false, "Branch libraries will be staffed by qualified librarians."],
  [false, "Under the Public Libraries and Museums Act 1964, a comprehensive and efficient library service must be provided."],
  [false, "The Head of Libraries and Culture leads the review, and the new opening hours will be published in May."],
  // HR
  [true, "All vacancies will be advertised internally and externally."],
  [false, "Flexible working requests will be considered by line managers within four weeks."],
  [false, "The Head of HR will oversee the review, and findings will be reported to the Workforce Committee."],
  [false, "Section 149 of the Equality Act 2010 requires that due regard must be paid to the need to advance equality."],
  [true, "Pay gap data must be published every year, as required by the Equality Act 2010."],
  [true, "Staff will be offered reasonable adjustments as needed."],
];

const HEDGES_SV_OTHER_TOPICS: Array<[number, string]> = [
  [1, "Bussarna ska i största möjliga mån drivas med förnybara drivmedel."],
  [1, "Kulturnämnden ska verka för att fler unga får ta del av kulturutbudet."],
  [0, "Trafikverket strävar efter säkrare vägar."],
  [0, "Idrottsföreningarna strävar efter jämställda styrelser."],
  [0, "Kommunen har sedan 2019 verkat för fler laddplatser."],
  [1, "Vi strävar efter att alla bibliotek ska vara tillgängliga."],
  [0, "Enligt bibliotekslagen ska folkbiblioteken verka för att öka tillgängligheten."],
  [0, "Enligt minoritetslagen ska kommunen så långt det är möjligt samråda med minoriteterna."],
  [1, "Enligt avtalet ska leverantören i möjligaste mån anlita lokal personal."],
  [1, "Nya medarbetare ska om det är möjligt få en mentor."],
  [1, "Utbildningen ska genomföras inom befintliga budgetramar."],
  [0, "Av utvärderingen framgår att personalen i möjligaste mån anpassat arbetet."],
  [1, "Kommunen har ett tydligt mandat att i möjligaste mån stödja föreningarna."],
];

const HEDGES_EN_OTHER_TOPICS: Array<[number, string]> = [
  [1, "Staff must so far as is reasonably practicable reduce waiting times."],
  [1, "Libraries will open on Sundays subject to funding."],
  [1, "Ramps will be installed at stations where feasible."],
  [1, "We will endeavour to make all events accessible."],
  [0, "The museum trust strives to widen participation."],
  [0, "Since 2020 the Council has sought to reduce emissions from its fleet."],
  [0, "The Care Act 2014 requires councils to promote wellbeing as far as possible."],
  [0, "Under the Equality Act 2010 employers must, so far as is reasonably practicable, remove barriers."],
  [1, "The Council will, as far as it is reasonably practicable, publish data in open formats."],
  [0, "We will involve young people where relevant."],
];

describe("hidden actor in realistic sentences", () => {
  it.each(HIDDEN_SV)("sv %s: %s", (expected, text) => {
    expect(findHiddenActor(lastSentence(text, "sv"), "sv") !== null).toBe(expected);
  });
  it.each(HIDDEN_SV)("sv without diacritics %s: %s", (expected, text) => {
    const ascii = stripDiacritics(text);
    expect(findHiddenActor(lastSentence(ascii, "sv", true), "sv") !== null).toBe(expected);
  });
  it.each(HIDDEN_EN)("en %s: %s", (expected, text) => {
    expect(findHiddenActor(lastSentence(text, "en"), "en") !== null).toBe(expected);
  });
});

describe("vague commitment in realistic sentences", () => {
  const count = (text: string, language: Language, ascii = false) => {
    const sentence = lastSentence(text, language, ascii);
    return findHedges(sentence, language).filter((h) => isObligationOrGoal(sentence, language, h)).length;
  };
  it.each(HEDGES_SV)("sv %i: %s", (expected, text) => {
    expect(count(text, "sv")).toBe(expected);
  });
  it.each(HEDGES_SV)("sv without diacritics %i: %s", (expected, text) => {
    expect(count(stripDiacritics(text), "sv", true)).toBe(expected);
  });
  it.each(HEDGES_EN)("en %i: %s", (expected, text) => {
    expect(count(text, "en")).toBe(expected);
  });
});

describe("realistic sentences in other topics (climate, culture, transport, libraries, HR)", () => {
  const count = (text: string, language: Language, ascii = false) => {
    const sentence = lastSentence(text, language, ascii);
    return findHedges(sentence, language).filter((h) => isObligationOrGoal(sentence, language, h)).length;
  };
  it.each(HIDDEN_SV_OTHER_TOPICS)("hidden actor sv %s: %s", (expected, text) => {
    expect(findHiddenActor(lastSentence(text, "sv"), "sv") !== null).toBe(expected);
  });
  it.each(HIDDEN_SV_OTHER_TOPICS)("hidden actor sv without diacritics %s: %s", (expected, text) => {
    expect(findHiddenActor(lastSentence(stripDiacritics(text), "sv", true), "sv") !== null).toBe(expected);
  });
  it.each(HIDDEN_EN_OTHER_TOPICS)("hidden actor en %s: %s", (expected, text) => {
    expect(findHiddenActor(lastSentence(text, "en"), "en") !== null).toBe(expected);
  });
  it.each(HEDGES_SV_OTHER_TOPICS)("hedges sv %i: %s", (expected, text) => {
    expect(count(text, "sv")).toBe(expected);
  });
  it.each(HEDGES_SV_OTHER_TOPICS)("hedges sv without diacritics %i: %s", (expected, text) => {
    expect(count(stripDiacritics(text), "sv", true)).toBe(expected);
  });
  it.each(HEDGES_EN_OTHER_TOPICS)("hedges en %i: %s", (expected, text) => {
    expect(count(text, "en")).toBe(expected);
  });
});

