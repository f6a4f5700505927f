/**
 * English word classes the grammar needs: modals, the adverbs that may stand
 * inside a verb chain, past participles (regular by ending, irregular by
 * list), participles that are adjectives after "be", actor nouns, and what
 * follows "by" without being an agent. General English, not phrases of any
 * document; every entry has a regression test in lexicon.test.ts.
 */

/** Obligation modals (RULES.md `mr/hidden-actor`); "is/are to" is handled as a pair. */
export const EN_MODALS = ["shall", "must", "should", "will"];

/** Negated contractions of the modals (one token each). */
export const EN_MODAL_CONTRACTIONS = ["shan't", "mustn't", "shouldn't", "won't"];

/** Forms of "be" that make "is/are to be" an obligation. */
export const EN_BE_TO = ["is", "are"];

/** Heads of a subject that make "is to be" a definition, not an obligation ("The aim is to be recognised as …"). */
export const EN_GOAL_SUBJECTS = ["aim", "goal", "objective", "purpose", "ambition", "intention", "vision", "idea", "challenge", "task", "hope", "mission"];

/** Adverbs that may stand between modal, "be" and participle ("will also be reviewed", "should normally be offered"). */
export const EN_ADVERBS = [
  "not", "also", "always", "never", "only", "still", "then", "therefore", "now", "first", "usually", "further",
  "generally", "normally", "regularly", "annually", "jointly", "routinely", "typically", "ideally", "immediately",
  "promptly", "clearly", "fully", "properly", "actively", "systematically", "automatically", "again", "likewise",
  "similarly", "thus", "hence", "in", "future", "all", "both", "each", "either", "ever", "just", "often", "once",
  "soon", "swiftly", "quickly", "carefully", "increasingly", "gradually", "progressively", "subsequently",
  "additionally", "instead", "equally", "primarily", "mainly", "particularly", "especially", "even", "rather",
  "no", "longer", "at", "least", "yet", "already", "consistently", "continuously", "periodically", "formally",
  "independently", "publicly", "directly", "collectively", "separately", "individually", "appropriately",
  "meaningfully", "genuinely", "proactively", "effectively", "explicitly", "visibly", "transparently",
];

/** Verbs that chain to "to be" after a modal ("will need to be reviewed", "will continue to be offered"). */
export const EN_CHAIN_VERBS = ["need", "continue", "have", "begin", "start", "come"];

/** Irregular past participles (and their common prefixed forms are derived: rebuilt, rewritten, overseen …). */
export const EN_IRREGULAR_PARTICIPLES = [
  "arisen", "awoken", "borne", "born", "beaten", "become", "begun", "bent", "bet", "bid", "bound", "bitten", "bled",
  "blown", "broken", "bred", "brought", "broadcast", "built", "burnt", "burst", "bought", "cast", "caught", "chosen",
  "clung", "come", "cost", "crept", "cut", "dealt", "dug", "done", "drawn", "dreamt", "drunk", "driven", "eaten",
  "fallen", "fed", "felt", "fought", "found", "fled", "flung", "flown", "forbidden", "forecast", "forgotten",
  "forgiven", "frozen", "got", "gotten", "given", "gone", "ground", "grown", "hung", "had", "heard", "hidden", "hit",
  "held", "hurt", "kept", "knelt", "known", "laid", "led", "leant", "learnt", "left", "lent", "let", "lain", "lit",
  "lost", "made", "meant", "met", "mistaken", "paid", "proven", "put", "quit", "read", "rid", "ridden", "rung",
  "risen", "run", "sawn", "said", "seen", "sought", "sold", "sent", "set", "sewn", "shaken", "shed", "shone",
  "shot", "shown", "shrunk", "shut", "sung", "sunk", "sat", "slept", "slid", "slung", "slit", "sown", "spoken",
  "sped", "spent", "spilt", "spun", "spat", "split", "spoilt", "spread", "sprung", "stood", "stolen", "stuck",
  "stung", "stunk", "struck", "strung", "sworn", "swept", "swollen", "swum", "swung", "taken", "taught", "torn",
  "told", "thought", "thrown", "thrust", "trodden", "understood", "undertaken", "upheld", "upset", "withdrawn",
  "withheld", "woken", "worn", "woven", "wept", "won", "wound", "written", "wrung", "overcome", "overseen",
  "overtaken", "overridden", "overrun", "undergone", "underwritten", "foreseen", "offset", "input", "output",
  "misled", "misread", "misunderstood", "outdone", "outgrown", "outlaid", "rebuilt", "rewritten", "redone", "remade",
  "reset", "rerun", "reread", "resold", "retold", "rethought", "reheard", "recast", "withstood",
];

/** Prefixes that keep an irregular participle irregular ("re" + "built", "co" + "written"). */
export const EN_PARTICIPLE_PREFIXES = ["re", "over", "under", "mis", "out", "with", "up", "fore", "co", "pre", "sub", "de", "un"];

/**
 * Participles used as adjectives after "be": not a passive ("will be based
 * on", "should be able", "will be committed to", "is entitled to").
 */
export const EN_ADJECTIVAL_PARTICIPLES = [
  "based", "located", "situated", "interested", "committed", "dedicated", "prepared", "pleased", "satisfied",
  "qualified", "experienced", "skilled", "entitled", "aged", "married", "retired", "tired", "worried", "excited",
  "scared", "bored", "confused", "accustomed", "advanced", "sophisticated", "limited", "supposed", "concerned",
  "determined", "disabled", "unemployed", "employed", "self-employed", "vaccinated",
  "unhoused", "related", "connected", "focused", "focussed", "grounded", "rooted", "well-placed", "needed",
  "inclined", "minded", "aligned", "motivated", "united", "centred", "centered",
];

/** Words ending in -ed that are not participles. */
export const EN_ED_NON_PARTICIPLES = [
  "need", "speed", "seed", "feed", "bed", "red", "indeed", "creed", "breed", "greed", "heed", "exceed",
  "succeed", "proceed", "hundred", "sacred", "naked", "wicked", "wretched", "rugged", "ragged", "kindred",
];

/** Agentive nouns after "by a/the …" that end like actors but are not ("by the number of", "by the winter"). */
export const EN_AGENTIVE_LOOKALIKES = [
  "number", "letter", "order", "paper", "quarter", "summer", "winter", "gender", "border", "matter", "water",
  "computer", "manner", "other", "under", "after", "cover", "power", "corner", "chapter", "register", "counter", "error", "factor", "sector", "indicator", "indicators", "monitor", "motor", "colour",
  "color", "behaviour", "behavior", "favour", "labour", "honour", "rumour", "door", "floor", "poor", "major",
  "minor", "interior", "exterior", "calendar", "grammar", "dollar", "pillar", "pillars", "regular", "particular",
  "similar", "popular", "consent", "content", "extent", "event", "element", "statement", "document", "agreement",
  "payment", "assessment", "amount", "account", "point", "ratio", "percent", "cent",
];

/**
 * Actor nouns: bodies, roles and staff who carry out measures (a valid WHO).
 * An agent after "by" and a subject of another clause that acts.
 */
export const EN_ACTOR_BODIES = [
  "council", "councils", "cabinet", "board", "boards", "committee", "committees", "officer", "officers", "team",
  "teams", "staff", "department", "departments", "directorate", "directorates", "service", "services", "manager",
  "managers", "director", "directors", "head", "heads", "lead", "leads", "panel", "panels", "forum", "partnership",
  "partnerships", "authority", "authorities", "organisation", "organisations", "organization", "organizations",
  "provider", "providers", "contractor", "contractors", "supplier", "suppliers", "employer", "employers",
  "councillor", "councillors", "councilor", "councilors", "mayor", "executive", "trust", "trusts", "agency",
  "agencies", "commission", "commissioner", "commissioners", "ombudsman", "assessor", "assessors", "inspector",
  "inspectors", "adviser", "advisers", "advisor", "advisors", "coordinator", "coordinators", "champion", "champions",
  "group", "unit", "units", "office", "offices", "city", "government", "minister", "ministers", "we", "us",
  "police", "nhs", "charity", "charities", "association", "associations", "body", "bodies", "chair", "secretary",
  "clerk", "worker", "workers", "practitioner", "practitioners", "professional", "professionals", "specialist",
  "specialists", "consultant", "consultants", "colleague", "colleagues", "employee", "employees", "member",
  "members", "partner", "partners", "landlord", "landlords", "school", "schools", "hr", "scrutiny", "leader",
  "leaders", "governor", "governors", "administration", "municipality", "region", "county", "borough", "district",
  "library", "libraries", "centre", "network", "networks", "ceo", "owner", "owners", "auditor", "auditors",
  "reviewer", "reviewers", "facilitator", "facilitators", "volunteer", "volunteers", "operator", "operators",
  "developer", "developers", "planner", "planners", "teacher", "teachers", "nurse", "nurses",
  "doctor", "doctors", "caseworker", "caseworkers", "navigator", "navigators", "investigator", "investigators",
  "interpreter", "interpreters", "advocate", "advocates", "officials", "official", "representative",
  "representatives", "steward", "stewards", "contact", "party", "parties",
];

/** People who can be an agent after "by" ("co-designed by young people"), not the acting subject of another clause. */
export const EN_ACTOR_PEOPLE = [
  "residents", "resident", "people", "tenants", "tenant", "citizens", "citizen", "users", "parents", "carers",
  "children", "pupils", "students", "patients", "families", "participants", "communities", "community", "persons",
  "applicants", "claimants", "customers", "clients", "visitors", "youth", "groups",
];

/**
 * Organisations outside the council that can be the agent after "by" ("run
 * by an independent research company", "delivered by local businesses").
 * Not taken as the acting subject of another clause: their aims are not the
 * document's commitments.
 */
export const EN_AGENT_ORGANISATIONS = [
  "company", "companies", "firm", "firms", "consultancy", "consultancies", "institute", "institutes", "institution",
  "institutions", "university", "universities", "college", "colleges", "business", "businesses", "enterprise",
  "enterprises", "foundation", "foundations", "union", "unions", "consortium", "consortia", "clinic", "clinics",
  "hospital", "hospitals", "academy", "academies", "society", "societies", "cooperative", "cooperatives",
  "co-operative", "co-operatives", "inspectorate", "regulator", "regulators", "insurer", "insurers",
];

/** What follows "by" without naming an agent: dates, groupings, quantities, means. */
export const EN_NOT_AGENT_AFTER_BY = [
  "end", "start", "beginning", "middle", "close", "time", "then", "now", "default", "means", "way", "virtue", "law",
  "email", "e-mail", "post", "phone", "telephone", "letter", "text", "hand", "far", "half", "third", "quarter",
  "sex", "gender", "age", "disability", "ethnicity", "race", "religion", "belief", "ward", "area", "postcode",
  "characteristic", "characteristics", "category", "type", "year", "month", "week", "day", "tenure", "household",
  "percent", "per", "cent", "%", "spring", "summer", "autumn", "fall", "winter", "deadline", "date", "next",
  "contrast", "comparison", "definition", "nature", "design", "choice", "chance", "mistake", "accident", "request",
  "appointment", "agreement", "consent", "negotiation", "referral", "sexual", "protected", "income", "location",
  "neighbourhood", "neighborhood", "service", "theme", "topic", "priority", "level", "size", "volume", "number",
  "amount", "share", "proportion", "rate", "group", "groups", "sector", "language", "occupation", "grade", "pay",
  "band", "role", "itself", "themselves", "video", "online",
];

/** Months, weekdays and seasons: capitalised but never actors. */
export const EN_TIME_NAMES = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "easter",
  "spring", "summer", "autumn", "winter", "q1", "q2", "q3", "q4",
];

/** Determiners and quantifiers inside a noun phrase after "by". */
export const EN_DETERMINERS = [
  "the", "a", "an", "each", "every", "all", "our", "their", "its", "his", "her", "this", "that", "these", "those",
  "any", "some", "relevant", "both", "either", "one", "two", "three", "several", "other", "another", "no", "my",
  "your", "such", "respective",
];

/** Relative and subordinating words: a clause starting with one of them is not the acting main clause. */
export const EN_RELATIVES = ["who", "which", "that", "whom", "whose", "where", "when"];

/** Reporting verbs: a modal in their that-clause states somebody else's view. */
export const EN_REPORTING_VERBS = [
  "said", "told", "argued", "noted", "stressed", "suggested", "felt", "believed", "emphasised", "emphasized",
  "called", "asked", "raised", "highlighted", "wanted", "commented", "reported", "claimed", "explained",
  "insisted", "warned", "proposed", "recommended", "urged", "says", "argues", "notes", "stresses", "suggests",
  "feels", "believe", "believes", "emphasises", "emphasizes", "asks", "wants", "claims", "explains", "insists",
  "warns", "proposes", "urges", "think", "thinks", "thought", "wrote", "writes", "pointed", "points",
];

/** Conditional openers: a modal in their clause is hypothetical ("If the centre is to be closed, …"). */
export const EN_CONDITIONALS = ["if", "unless", "whether"];

/**
 * Law references: "the Equality Act 2010", "Section 149", "Article 12", "the Convention", "the
 * legislation". Lower-case words always count; capitalised ones ("Act", "Convention",
 * "Regulations") only with their capital, since "act" and "regulation" are ordinary words too.
 */
export const EN_LAW_WORDS = ["law", "laws", "legislation", "statute", "statutes", "statutory", "section", "sections", "article", "articles"];
export const EN_LAW_NAMES = ["Act", "Acts", "Convention", "Regulations", "Regulation", "Directive"];
export const EN_LAW_ACRONYMS = ["UNCRC", "CRC", "CRPD", "ECHR", "UDHR", "PSED", "GDPR", "HRA", "CEDAW"];

/** Verbs by which a law states what applies ("The Act requires that …", "Article 12 states that …"). */
export const EN_LAW_VERBS = [
  "requires", "require", "states", "state", "says", "provides", "stipulates", "specifies", "sets", "establishes",
  "obliges", "mandates", "imposes", "places", "gives", "grants", "guarantees", "makes", "expects", "prohibits",
];

/** Openers of a fronted source adverbial: "Under the Equality Act 2010, …", "According to Article 12, …". */
export const EN_SOURCE_OPENERS: ReadonlyArray<readonly string[]> = [["under"], ["according", "to"], ["pursuant", "to"]];
