/**
 * Cues for `isObligationOrGoal`: goals and plans of the organisation, past
 * tense of description, scope statements and other people as subjects.
 * General Swedish and English; every entry has a regression test.
 */

/** Goal and plan cues (multi-word, matched on folded words). */
export const SV_GOAL_CUES = [
  "målet är", "målen är", "målet för", "målsättningen är", "syftet är", "ambitionen är", "visionen är",
  "har som mål", "har som ambition", "har som målsättning", "kommer att", "vi vill", "vi avser", "vi planerar",
  "vi arbetar", "avser att", "planerar att", "arbetar för", "arbetar aktivt för", "åtar sig", "prioriterar",
];

export const EN_FUTURE_OR_GOAL = [
  "we aim", "aims to", "aim to", "our aim", "the aim is", "our goal", "the goal is", "objective is", "we want",
  "we intend", "intends to", "we plan", "plans to", "committed to", "commits to", "commit to", "we pledge",
  "pledges to", "our ambition", "the ambition is", "is to", "are to", "is going to", "are going to", "we are working",
  "is working to", "works to", "work to",
];

/** Subjects of "kan komma att" that make it a prediction about laws or the outside world. */
export const SV_EXTERNAL_SUBJECTS = [
  "lag", "lagen", "lagar", "förordning", "förordningen", "regler", "reglerna", "regelverk", "regelverket", "reform",
  "reformen", "regeringen", "riksdagen", "staten", "eu", "direktiv", "direktivet", "betoning", "utveckling",
  "utvecklingen", "förändringar", "förändringarna", "kostnader", "kostnaderna", "läget", "situationen", "behovet",
  "behoven", "efterfrågan", "befolkningen", "klimatet", "konjunkturen", "socialtjänstlagen", "lagstiftningen",
];

/** Verbs of a scope statement ("Programmet omfattar inte …"). */
export const SV_SCOPE_VERBS = ["omfattar", "behandlar", "gäller", "berör", "beskriver", "avgränsas", "innefattar", "inkluderar", "exkluderar"];
export const EN_SCOPE_VERBS = ["covers", "cover", "applies", "apply", "describes", "addresses", "concerns", "excludes", "includes"];

/** Other people as the subject of a hedge verb ("Households who seek to …", "Många invånare strävar efter …"). */
export const SV_OTHER_PEOPLE = [
  "hushåll", "hushållen", "invånare", "invånarna", "personer", "personerna", "föräldrar", "föräldrarna", "familjer",
  "familjerna", "många", "individer", "ungdomar", "ungdomarna", "elever", "eleverna", "brukare", "brukarna",
  "boende", "medborgare", "medborgarna", "företag", "företagen", "föreningar", "föreningarna", "man",
];
export const EN_OTHER_PEOPLE = [
  "residents", "households", "people", "families", "tenants", "parents", "individuals", "many", "those", "they",
  "users", "communities", "pupils", "young", "carers", "businesses", "employers", "applicants", "someone", "anyone",
];

/** English past tense forms that are never participles ("were provided", "took part"). */
export const EN_PAST_FORMS = ["was", "were", "had", "did", "took", "gave", "came", "went", "began", "saw", "ran", "strove", "wrote", "rose", "fell", "grew", "chose", "spoke"];

/** Subjects before an "-ed" form that make it a finite past ("we offered", "the Council sought"). */
export const EN_PAST_SUBJECTS = ["we", "they", "it", "he", "she", "i", "you", "who", "which", "council", "city", "staff", "officers"];

/** External organisations as the subject of a hedge verb: their aims, not the document's ("Föreningen verkar för …", "The charity seeks to …"). */
export const SV_EXTERNAL_ORGANISATIONS = [
  "förening", "föreningen", "föreningar", "föreningarna", "organisation", "organisationen", "organisationer",
  "organisationerna", "förbund", "förbundet", "företag", "företaget", "företagen", "stiftelse", "stiftelsen",
  "församling", "församlingen", "kyrkan", "civilsamhället", "staten", "regeringen", "riksdagen", "länsstyrelsen",
  "polisen", "myndigheten", "myndigheter", "myndigheterna", "leverantören", "leverantörer", "leverantörerna",
];
/**
 * Heads of Swedish compounds naming others as the subject of a hedge verb
 * ("Idrottsföreningarna strävar efter …", "Pensionärsorganisationerna verkar
 * för …", "Småbarnsföräldrar strävar efter …"). Not "boende" ("äldreboendet"
 * is a municipal service) nor the municipality's own bodies.
 */
export const SV_EXTERNAL_HEADS = [
  "förening", "organisation", "förbund", "företag", "stiftelse", "församling", "klubb", "sällskap", "hushåll",
  "myndighet", "verket", "verken",
  "föräldrar", "familj", "elev", "invånare", "medborgare", "individ", "ungdom", "ungdomar", "brukare",
];

export const EN_EXTERNAL_ORGANISATIONS = [
  "charity", "charities", "association", "associations", "organisation", "organisations", "organization",
  "organizations", "club", "clubs", "society", "company", "companies", "business", "businesses", "government",
  "police", "provider", "providers", "supplier", "suppliers", "landlord", "landlords", "partners", "sector",
  "trust", "trusts", "foundation", "foundations", "institute", "university", "universities", "college", "colleges",
  "union", "unions", "operator", "operators",
];

/** Nouns that end like a supine in -at/-it ("har mandat att …", "har resultat"). */
export const SV_SUPINE_LOOKALIKES = [
  "mandat", "resultat", "format", "klimat", "kandidat", "privat", "certifikat", "sekretariat", "konsulat", "citat",
  "attentat", "apparat", "kvitt", "kredit", "profit", "audit", "limit", "granit", "kvalitet",
];
