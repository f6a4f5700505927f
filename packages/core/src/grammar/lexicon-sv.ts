/**
 * Swedish word classes the grammar needs (DOMAIN.md §3.3). General Swedish
 * vocabulary and morphology, not phrases of any document: closed classes
 * (modals, determiners, prepositions, subordinators, adverbs), verbs whose
 * -s form is not a passive (deponents, reciprocals), and the nouns that name
 * an actor. Every entry has a regression test in lexicon.test.ts.
 */

/** Obligation modals (RULES.md `mr/hidden-actor`). "bör" folds to "bor" (lives): checked on the lower form. */
export const SV_MODALS = ["ska", "skall", "bör", "måste"];

/**
 * Deponents: -s verbs that are active in meaning (DOMAIN.md §3.3), infinitive
 * and supine forms (the forms that follow a modal or "ha").
 */
export const SV_DEPONENTS = [
  "finnas", "funnits", "befinnas", "förefinnas", "återfinnas",
  "hoppas", "hoppats",
  "lyckas", "lyckats", "misslyckas", "misslyckats",
  "trivas", "trivts",
  "andas", "andats",
  "synas", "synts",
  "minnas", "mints",
  "umgås", "umgåtts",
  "kännas", "känts",
  "låtsas", "låtsats",
  "brottas", "brottats",
  "hämnas", "hämnats",
  "åldras", "åldrats",
  "vistas", "vistats",
  "skämmas", "skämts",
  "behövas", "behövts",
  "svettas", "kräkas", "töras", "tyckas", "nöjas", "samsas", "avundas", "envisas",
  "blygas", "dväljas", "glädjas", "vämjas", "mödas", "kivas", "idas", "förolyckas",
  "rymmas", "märkas", "tävlas",
];

/** Reciprocal -s verbs: "gruppen ska träffas", "parterna ska enas". */
export const SV_RECIPROCALS = ["träffas", "träffats", "mötas", "mötts", "enas", "enats", "kramas", "slåss", "skiljas"];

/** "ses" is reciprocal only with a first or second person plural subject ("vi ses"); otherwise passive ("ses över"). */
export const SV_RECIPROCAL_SES_SUBJECTS = ["vi", "ni"];

/** Vowel-stem verbs whose passive is stem + s ("ses", "ges", "tas", "nås", "fås", "förses"). */
export const SV_VOWEL_STEMS = ["se", "ge", "ta", "nå", "få", "gå", "stå", "slå", "dra", "bo", "tro", "sy", "klä", "strö", "så", "be", "spå", "må"];

/** Prefixes and particles that fuse with a verb ("förses", "uppnås", "tillses", "genomgås", "fastslås"). */
export const SV_VERB_PREFIXES = [
  "an", "av", "be", "bi", "bort", "efter", "fast", "fram", "för", "före", "genom", "in", "med", "mot", "ned", "ner",
  "om", "på", "sam", "till", "tillbaka", "undan", "under", "upp", "ut", "vid", "åter", "över",
];

/** Active infinitives that do not end in -a (a verb slot holding one of them is active). */
export const SV_SHORT_INFINITIVES = [
  "se", "ge", "gå", "få", "stå", "nå", "slå", "bo", "tro", "dö", "be", "le", "ske", "sy", "klä", "så", "spå",
];

/** Words of noun phrases and adverbials that end in -a but are not verbs. */
export const SV_NON_VERB_A_WORDS = [
  // determiners, quantifiers, pronouns
  "alla", "andra", "båda", "bägge", "flera", "många", "några", "vissa", "dessa", "denna", "sina", "våra", "mina", "dina",
  "era", "hela", "egna", "samma", "sådana", "övriga", "samtliga", "nästa", "förra", "varenda", "bara", "enda", "ena",
  "inga", "själva", "flesta", "varandra", "sista", "första", "fjärde", "femte", "sjätte", "sjunde", "åttonde",
  "nionde", "tionde", "hundra",
  // common adjectives in -a
  "nya", "unga", "gamla", "stora", "små", "goda", "dåliga", "bästa", "största", "minsta", "högsta", "lägsta", "äldsta",
  "yngsta", "viktigaste", "tidiga", "sena", "korta", "långa", "höga", "låga", "breda", "fria", "trygga", "säkra",
  "svaga", "starka", "fattiga", "rika", "friska", "sjuka", "lika", "olika", "nära", "extra", "halva",
  "svenska", "engelska", "finska", "samiska", "romska", "tyska", "franska", "arabiska",
  "särskilda", "enskilda", "berörda", "anställda", "utsatta", "nyanlända", "funktionsnedsatta", "äldre",
  "vanliga", "ordinarie", "egentliga", "övergripande",
  // nouns in -a (indefinite singular)
  "skola", "kvinna", "människa", "flicka", "vecka", "kyrka", "gata", "lista", "fråga", "sida", "vana", "förskola",
  "grundskola", "gymnasieskola", "historia", "kamera", "opera", "agenda", "mamma", "pappa", "timma",
  // directions and positions
  "moderna", "norra", "södra", "östra", "västra",
];

/** Adjective endings in -a (plural or definite) that no common verb shares. */
export const SV_ADJECTIVE_A_ENDINGS = ["iska", "liga", "ella", "iala", "nala", "tala", "tiva", "anta", "enta", "rna", "ära", "ösa"];

/** Verbs that nevertheless end like an adjective above ("betala", "tala", "bära", "lära", "lösa", "varna"). */
export const SV_VERBS_WITH_ADJECTIVE_ENDINGS = [
  "betala", "tala", "samtala", "befala", "avtala", "hämta", "vänta", "bära", "lära", "ära", "lösa", "upplösa", "varna",
  "hinna", "planta", "kanta", "inventa", "påtala", "undervisa", "understiga", "överstiga",
];

/** Determiners and pronouns that open a noun phrase (a verb never follows one directly). */
export const SV_DETERMINERS = [
  "en", "ett", "den", "det", "de", "denna", "detta", "dessa", "denne", "varje", "var", "vart", "alla", "allt", "all",
  "samtliga", "ingen", "inget", "inga", "någon", "något", "några", "vissa", "viss", "visst", "flera", "många", "båda",
  "bägge", "min", "mitt", "mina", "din", "ditt", "dina", "sin", "sitt", "sina", "vår", "vårt", "våra", "er", "ert",
  "era", "hans", "hennes", "dess", "deras", "sådan", "sådant", "sådana", "samma", "annan", "annat", "andra", "övriga",
  "respektive", "varannan", "vartannat", "hela", "egen", "eget", "egna", "nämnda", "följande", "nästa", "förra",
  "första", "sista", "mer", "mera", "fler", "färre", "mindre", "minst", "mest", "mycket", "lite", "få", "varenda",
];

/** Personal pronouns. */
export const SV_PRONOUNS = ["jag", "du", "han", "hon", "hen", "vi", "ni", "man", "dem", "oss", "honom", "henne", "mig", "dig", "sig", "varandra", "den", "det", "de"];

/** Prepositions (a verb never follows one directly; "att" is a subordinator below). */
export const SV_PREPOSITIONS = [
  "i", "på", "av", "till", "från", "med", "för", "om", "under", "över", "vid", "inom", "utom", "utan", "efter",
  "före", "inför", "genom", "mot", "hos", "bland", "mellan", "enligt", "utifrån", "kring", "runt", "trots", "via",
  "per", "åt", "ur", "bakom", "framför", "bredvid", "längs", "jämte", "gentemot", "beträffande", "angående",
  "rörande", "oavsett", "inklusive", "exklusive", "utöver", "bortom", "ovanför", "nedanför", "utefter", "invid",
  "fr.o.m.", "t.o.m.",
];

/** Subordinators and relative words: a new clause starts (the modal's chain ends there). */
export const SV_SUBORDINATORS = [
  "att", "som", "hur", "vilket", "vilka", "vilken", "vars", "när", "där", "om", "eftersom", "innan", "medan", "tills",
  "ifall", "såvida", "fastän", "varför", "vad", "vem", "huruvida", "emedan", "dit", "varifrån", "såsom", "än",
];

/** Coordinators. */
export const SV_COORDINATORS = ["och", "samt", "eller", "men", "utan", "respektive", "liksom"];

/**
 * Finite verbs and auxiliaries that open a new verb chain: when one stands
 * between the modal and a passive, the passive belongs to another clause.
 */
export const SV_FINITE_VERBS = [
  "ska", "skall", "bör", "måste", "kan", "kunde", "får", "fick", "kommer", "kom", "vill", "ville", "behöver",
  "behövde", "brukar", "är", "har", "hade", "blir", "blev", "skulle", "borde", "torde", "lär", "gör", "gjorde",
  "finns", "fanns", "gäller", "gällde", "sker", "skedde", "innebär", "innebar", "utgör", "utgjorde", "ger", "gav",
  "tar", "tog", "går", "gick", "står", "stod", "ligger", "verkar", "anser", "menar", "räcker", "tillåter",
  "medger", "behövs", "saknas", "uppstår", "kräver", "krävs", "avser", "omfattar",
];

/** Adverbs and negations of the middle field ("ska även/alltid/inte längre tillämpas"). */
export const SV_ADVERBS = [
  "inte", "ej", "icke", "aldrig", "även", "också", "alltid", "därför", "då", "sedan", "dock", "ju", "väl", "nog",
  "bara", "endast", "enbart", "särskilt", "främst", "huvudsakligen", "normalt", "vanligtvis", "oftast", "ofta",
  "regelbundet", "årligen", "löpande", "kontinuerligt", "fortlöpande", "snarast", "omgående", "skyndsamt", "tidigt",
  "senast", "minst", "högst", "fortsatt", "fortsättningsvis", "alltså", "således", "vidare", "dessutom", "därtill",
  "likaså", "gärna", "helst", "först", "därefter", "nu", "redan", "återigen", "åter", "direkt", "omedelbart",
  "systematiskt", "tydligt", "noggrant", "successivt", "gradvis", "stegvis", "gemensamt", "tillsammans", "samtidigt",
  "kvartalsvis", "månadsvis", "veckovis", "dagligen", "hädanefter", "framöver", "härefter", "alltjämt", "fortfarande",
  "längre", "mer", "mera", "mest", "heller", "ytterligare", "ändå", "emellertid", "därmed", "härmed", "därigenom",
  "slutligen", "ständigt", "uteslutande", "rutinmässigt", "primärt", "generellt", "företrädesvis", "speciellt",
  "uttryckligen", "snabbt", "aktivt", "exempelvis", "bl.a.", "t.ex.", "bland", "annat", "exempel",
  "till", "här", "där", "dit", "hit", "vanligen", "sällan", "ibland", "snart", "genast",
  "innan", "efteråt", "sen", "igen", "kvar", "tillbaka", "därvid", "härvid", "varvid", "naturligtvis", "givetvis",
  "självklart", "förstås", "möjligen", "eventuellt", "troligen", "sannolikt", "dels", "annars", "likväl", "ävenså", "ffa", "f.a.", "ffa.",
];

/** Adverb endings ("skriftligt", "årligen", "stegvis", "skyndsamt", "snarast"). */
export const SV_ADVERB_ENDINGS = ["ligt", "igt", "ligen", "vis", "samt", "ast"];

/** Particles of particle verbs ("följas upp", "tas fram", "ses över", "tas till vara"). */
export const SV_PARTICLES = [
  "upp", "fram", "över", "ut", "in", "till", "bort", "av", "ned", "ner", "om", "på", "tillbaka", "igen", "åt", "kvar",
  "med", "undan", "vara", "vid", "ihop", "isär", "fast", "loss", "emot", "hem", "iväg", "sönder",
];

/** Supine endings of the passive after "ha" ("ska ha genomförts", "ska ha tagits fram"). */
export const SV_PASSIVE_SUPINE_ENDINGS = ["ats", "ts", "its"];

/** Nouns ending like a supine: "plats", "insats", "sats" are not verbs. */
export const SV_TS_NOUN_ENDINGS = ["plats", "sats"];

/** Words ending in -as that are not verbs: genitives of pronouns and nouns in -a, and nouns in -as. */
export const SV_AS_NON_VERBS = [
  "deras", "dennas", "allas", "andras", "bådas", "fleras", "mångas", "ingas", "varandras", "någras", "sinas", "egnas",
  "vissas", "ungas", "vuxnas", "sjukas", "fattigas", "rikas", "gamlas", "svagas", "nyanländas", "dementas",
  "bas", "fas", "gas", "atlas", "ananas", "kanvas", "bias", "glas", "gräs", "ras",
];

/** Endings in -as that are genitives or nouns: definite plural genitive ("elevernas"), "-bas", "-fas", "-gas". */
export const SV_AS_NON_VERB_ENDINGS = ["arnas", "ernas", "ornas", "urnas"];

/**
 * Noun heads in -as found in compounds ("databas", "planeringsfas"); a
 * doubled consonant ("klubbas", "straffas") or a verb prefix before them
 * ("förebas"?) makes a verb. "-gas" is left out: "vägas", "lagas", "sägas" are verbs.
 */
export const SV_AS_NOUN_HEADS = ["bas", "fas"];

/** Nouns in -gas ("biogas", "naturgas", "fordonsgas"). */
export const SV_GAS_NOUNS = ["gas", "biogas", "naturgas", "fordonsgas", "vätgas", "växthusgas", "avgas", "avgaser"];

/** Participle endings after "bli" ("ska bli genomförd", "ska bli informerade"). */
export const SV_PARTICIPLE_ENDINGS = ["ad", "at", "ade", "rd", "rt", "rda", "ld", "lda", "lt", "md", "mda", "dd", "dda", "nd", "nda", "ven", "vet", "vna", "gen", "get", "gna", "ten", "tet", "tna", "jord", "jort", "jorda", "kt", "pt", "st", "sta"];

/** Not participles after "bli" (adjectives): "bli bättre", "bli klar". */
export const SV_NOT_PARTICIPLES = ["bättre", "sämre", "klar", "klart", "klara", "större", "mindre", "bra", "glad", "god", "gott", "rätt", "fast", "först", "sist", "kvar", "mest", "bäst", "värst", "längst", ];

/**
 * Actor heads: bodies and roles that carry out measures (a valid WHO, DOMAIN.md §3.2).
 * Matched as the head of a compound ("socialnämnden", "förvaltningschefen").
 */
export const SV_ACTOR_BODIES = [
  "nämnd", "styrelse", "förvaltning", "kommun", "region", "fullmäktige", "direktör", "chef", "handläggare", "personal",
  "tjänsteperson", "tjänsteman", "tjänstemän", "samordnare", "ansvarig", "ombud", "enhet",
  "avdelning", "kontor", "myndighet", "länsstyrelse", "rektor", "lärare", "pedagog", "sjuksköterska", "läkare",
  "kurator", "psykolog", "assistent", "utförare", "leverantör", "entreprenör", "byggherre", "förening",
  "organisation", "råd", "team", "ledning", "ledningsgrupp", "styrgrupp", "arbetsgrupp", "projektgrupp",
  "referensgrupp", "upphandlare", "controller", "strateg", "specialist", "konsult", "terapeut", "polis",
  "räddningstjänst", "socialtjänst", "bolag", "vårdgivare", "huvudman", "arbetsgivare", "inspektör", 
  "ordförande", "ledamot", "ledamöter", "politiker", "förtroendevald", "förtroendevalda", "riksdag", "regering",
  "inspektion", "ombudsman", "utredare", "granskare", "revisor", "revisorer", "sekretariat", "kansli", "stab",
  "expert", "tandläkare", "barnmorska", "skolsköterska", "skolläkare", "specialpedagog", "företrädare",
  "verksamhetschef", "biträde", "elevhälsoteam", "hemtjänst", "larmcentral", "skola", "förskola", "mottagning",
  "utvärderare", "bedömare", "ledare", "handledare", "förvaltare", "förmedlare", "rådgivare", "ägare", "hyresvärd",
  "forskare", "utbildare", "tolk", "jurist", "administratör", "sekreterare", "koordinator", "arkitekt", "planerare",
  "ingenjör", "tekniker", "vaktmästare", "undersköterska", "boendestödjare", "kontaktperson", "part", "sameting",
  "tingsrätt", "domstol", "förvaltningsrätt", "vi", "oss",
  // roles in culture, libraries, transport and HR
  "bibliotekarie", "antikvarie", "intendent", "konsulent", "kommunikatör", "aktör", "arrangör", "rekryterare",
  "utvecklare", "förare", "chaufför", "tränare", "mentor", "dietist", "logoped", "socionom", "väktare",
  "ordningsvakt", "fackförbund", "skyddsombud",
];

/** People who can be an agent after "av" ("av vårdnadshavarna"), but not the subject of another clause that carries out an obligation. */
export const SV_ACTOR_PEOPLE = [
  "vårdnadshavare", "förälder", "föräldrar", "elev", "invånare", "brukare", "boende", "anhörig", "anhöriga",
  "deltagare", "medborgare", "ungdom", "patient", "hyresgäst", "volontär", "frivillig", "frivilliga", "barn",
  "kund", "användare", "besökare", "sökande", "ungdomar", "unga", "äldre", "pensionär", "arbetssökande",
  "medarbetare", "grupp", "person", "personer", "individ", "familj", "kvinnor", "män", "flickor", "pojkar",
  "arbetstagare", "mottagare",
];

/**
 * Organisations outside the municipality that can be the agent after "av"
 * ("av ett externt företag", "av en konsultbyrå", "av forskningsinstitutet"),
 * like the people above not taken as the acting subject of another clause.
 */
export const SV_AGENT_ORGANISATIONS = ["företag", "firma", "byrå", "institut", "universitet", "stiftelse", "kooperativ"];

/**
 * Words that end like an agent noun ("-are", "-ör", "-ist", "-iker") but name
 * no one: comparatives, devices, things.
 */
export const SV_AGENT_NOUN_LOOKALIKES = [
  "senare", "vidare", "närmare", "snabbare", "enklare", "svårare", "lättare", "säkrare", "tryggare", "kortare",
  "bredare", "djupare", "tätare", "flera", "behållare", "hållare", "skrivare", "räknare", "mätare", "brytare",
  "högtalare", "sändare", "släckare", "brist", "frist", "tvist", "kvist", "humör", "likör", "interiör",
  "exteriör", "motor", "faktor", "sektor", "vektor", "indikator", "generator", "kalkylator", "ventilator", "radiator",
  "ackumulator", "simulator",
];

/** Compounds whose head only looks like an actor ("områden" is not "råden", "lägenhet" not "enhet"). */
export const SV_ACTOR_LOOKALIKES = [
  "område", "områden", "området", "områdena", "förråd", "förrådet", "lägenhet", "lägenheter", "lägenheten",
  "lägenheterna", "angelägenhet", "benägenhet", "vägledning", "handledning", "målgrupp", "målgruppen",
  "målgrupper", "målgrupperna", "rådgivning", "förmedling", "sekund",
  // "samråd" is a method, not a council ("ska föregås av samråd med brukarna")
  "samråd",
  // abstract nouns in adjective + "-het" that end like "enhet" (unit)
  "erfarenhet", "befogenhet", "medvetenhet", "öppenhet", "egenhet", "förmögenhet", "belägenhet", "nyfikenhet",
  "regelbundenhet", "förtrogenhet", "tillgivenhet", "upptagenhet", "bundenhet", "beskaffenhet", "välgörenhet",
  "underlägsenhet", "överlägsenhet", "eftergivenhet", "uppgivenhet", "besvikenhet", "förlägenhet",
  // pipes and cables, not management ("ledning")
  "rörledning", "vattenledning", "elledning", "avloppsledning", "kraftledning", "avledning",
];

/** Swedish noun inflections a head may carry (definite, plural, genitive). */
export const SV_NOUN_INFLECTIONS = ["", "en", "n", "et", "t", "er", "ar", "or", "r", "na", "erna", "arna", "orna", "rna", "ens", "ns", "ets", "s", "ers", "ernas", "arnas", "ornas", "nas"];

/** Nouns before "av" that make it "of", not an agent ("en del av kommunen", "behov av personal"). */
export const SV_AV_OF_NOUNS = [
  "del", "delar", "andel", "andelen", "antal", "antalet", "behov", "behovet", "behoven", "brist", "bristen",
  "tillgång", "tillgången", "hälften", "majoritet", "majoriteten", "merparten", "flertalet", "resten", "ökning",
  "minskning", "typ", "form", "formen", "värdet", "uppföljning", "kännedom", "hänsyn", "vikt",
  "representant", "representanter", "medlem", "medlemmar", "medlemmarna", "företrädare", "ledamot", "ledamöter",
  "ordförande", "procent", "procenten", "tredjedel", "tredjedelar", "fjärdedel", "fjärdedelar", "hälft", "flera",
  "många", "några", "alla", "ett", "en", "två", "tre", "fyra", "fem", "vissa", "ingen", "inga", "var", "vart",
  "varje", "minoritet", "minoriteten", "grupp", "gruppen", "urval", "urvalet",
  // action nouns without a nominalising ending: "inköp av hjälpmedel", "drift av boenden", "tillsyn av serveringar"
  "inköp", "inköpet", "inköpen", "köp", "köpet", "drift", "driften", "tillsyn", "tillsynen", "bygge", "bygget",
  "byggandet", "försäljning", "hyra", "hyran", "val", "valet",
];

/** Endings of nominalisations that take an objective "av" ("granskning av förvaltningen"). */
export const SV_NOMINALISATION_ENDINGS = [
  "ing", "ingen", "ingar", "ingarna", "ande", "andet", "else", "elsen", "het", "heten", "tion", "tionen", "sion",
  "nad", "naden", "nader",
];

/** Action nouns whose "av" names who acts ("under ledning av rektor"), despite the nominalising ending. */
export const SV_AGENTIVE_AV_NOUNS = ["ledning", "ledningen", "medverkan", "försorg", "försorgen"];

/** Names after "av" that are laws or documents, not actors. */
export const SV_DOCUMENT_NAME_ENDINGS = ["lagen", "lag", "konventionen", "förordningen", "planen", "programmet", "policyn", "strategin", "balken", "direktivet"];

/** Acronyms of Swedish statutes (not actors after "av"). */
export const SV_LAW_ACRONYMS = ["lss", "lou", "lov", "sol", "hsl", "lvm", "lvu", "pbl", "dl", "rf", "gdpr", "luf", "lupp", "ofl", "sfs", "afs", "aml"];

/**
 * Reporting verbs: a modal in their "att"-clause states somebody else's view,
 * not the document's obligation ("Sametinget framhöll att … måste bedömas").
 */
export const SV_REPORTING_VERBS = [
  "framhöll", "påpekade", "menade", "betonade", "ansåg", "underströk", "framförde", "föreslog", "efterfrågade",
  "uttryckte", "konstaterade", "varnade", "berättade", "sa", "sade", "tyckte", "önskade", "krävde", "framhåller",
  "påpekar", "menar", "betonar", "understryker", "framför", "föreslår", "efterfrågar", "anser", "tycker", "önskar",
  "kräver", "skrev", "skriver", "uppgav", "uppger", "svarade", "svarar", "hävdade", "hävdar", "lyfte", "lyfter",
  "argumenterade", "poängterade", "poängterar", "påminde", "invände", "befarade", "befarar",
];

/** Conditional openers: a modal in their clause is hypothetical, not an obligation ("Om lokalen ska byggas om, …"). */
export const SV_CONDITIONALS = ["om", "ifall", "såvida"];

/** Words after "om" that make it "om möjligt"-like, not a conditional clause. */
export const SV_HEDGE_ADJECTIVES = ["möjligt", "lämpligt", "nödvändigt", "motiverat", "rimligt", "behövligt", "praktiskt", ];

/** Month and weekday names: capitalised in English and not actors after "by"; in Swedish lower case. */
export const SV_TIME_WORDS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december", "år", "året", "våren", "hösten", "sommaren", "vintern"];

/**
 * Law and convention references (a law as the source of an obligation, RULES.md: "the wording of a
 * law or convention cited as such" is not the draft's own). Whole words, folded.
 */
export const SV_LAW_WORDS = [
  "lag", "lagen", "lagens", "lagar", "lagarna", "lagstiftning", "lagstiftningen", "lagtexten", "lagrummet",
  "regeringsformen", "regeringsformens", "konvention", "konventionen", "konventionens", "konventioner", "konventionerna",
  "förordning", "förordningen", "förordningens", "föreskrift", "föreskriften", "föreskrifter", "föreskrifterna",
  "paragraf", "paragrafen", "artikel", "artikeln", "art", "kap", "kapitel", "kapitlet", "§", "§§",
];

/** Heads of law names in compounds ("socialtjänstlagen", "miljöbalken", "barnkonventionen", "dataskyddsförordningen"). */
export const SV_LAW_HEADS = ["lagen", "lag", "lagens", "balken", "balk", "konventionen", "konvention", "konventionens", "förordningen", "förordning"];

/** Compounds ending like a law name that are not laws ("förslag", "underlag", "arbetslag" = team); "slag" alone neither. */
export const SV_LAW_LOOKALIKES = [
  "förslag", "inslag", "anslag", "beslag", "utslag", "avslag", "påslag", "tillslag", "genomslag", "uppslag", "omslag",
  "bakslag", "handslag", "nedslag", "nerslag", "överslag", "klockslag", "pulsslag", "trumslag", "fastslag", "underlag",
  "upplag", "arbetslag", "idrottslag", "fotbollslag", "bortalag", "hemmalag", "byalag", "bolag", "anlag", "nederlag",
  "samlag", "handlag", "ordalag", "sinnelag",
];

/**
 * Verbs by which a law states what applies ("Lagen anger att …", "I skollagen
 * föreskrivs att …", "Av 5 § följer att …", "Regeringsformen slår fast att …").
 */
export const SV_LAW_VERBS = [
  "anger", "anges", "säger", "sägs", "fastslår", "fastslås", "föreskriver", "föreskrivs", "stadgar", "stadgas",
  "kräver", "krävs", "följer", "framgår", "fastställer", "fastställs", "innebär", "betonar", "understryker",
  "reglerar", "regleras", "står", "ger", "garanterar", "ålägger", "åläggs", "förpliktar", "slår", "ställer",
  "innehåller",
];

/** Openers of a fronted source adverbial: "Enligt barnkonventionen ska …". */
export const SV_SOURCE_OPENERS = ["enligt"];
