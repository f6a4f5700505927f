/**
 * Negation cues and their local scope. A cue negates a concept only within
 * a few words in the same clause (whole-sentence negation killed real
 * evidence, see ACCURACY.md). Traps that are not negations (DOMAIN.md 3.3):
 * "icke-diskriminering" (one token, a term), "icke diskriminering",
 * "inte bara/enbart … utan även" and "not only … but also" (both),
 * "inte minst"/"not least" (especially), "inte X utan Y" (asserts Y: the
 * "utan" is "but", and the "inte" does not reach past it), "om inte"
 * (unless), "whether or not", "no later than", and prohibitions that state
 * a principle ("Ingen ska diskrimineras", "Inget barn får …", "No one shall
 * be …").
 */
import type { Sentence, Token } from "./types.js";

/** How a cue reaches the words around it. */
export type CueKind =
  | "adverb" // inte, ej, icke, aldrig, not, never, n't: both directions
  | "determiner" // ingen/inget/inga/no + noun phrase: forward, up to the verb
  | "pronoun" // ingen/none/nobody as subject: forward over the clause
  | "lexical" // saknas, uteblir, avstår, lacking: both directions
  | "preposition" // utan, without: a short forward reach
  | "correlative"; // varken … eller, neither … nor: forward

const ADVERBS = new Set(["inte", "ej", "icke", "aldrig", "not", "never", "cannot", "nor"]);
const DETERMINERS = new Set(["ingen", "inget", "inga", "no"]);
const PRONOUNS = new Set(["ingenting", "none", "nobody", "nothing", "noone"]);
const LEXICAL = new Set([
  "saknas", "saknades", "saknats", "saknar", "saknade", "saknat",
  "uteblir", "uteblev", "uteblivit", "utebliven", "uteblivna", "uteblivet",
  "avstar", "avstod", "avstatt", "avstas",
  "lacking", "lacks", "lack", "lacked", "absent",
]);
const PREPOSITIONS = new Set(["utan", "without"]);
const CORRELATIVES = new Set(["varken", "neither"]);

const ANY_CUE = new Set([...ADVERBS, ...DETERMINERS, ...PRONOUNS, ...LEXICAL, ...PREPOSITIONS, ...CORRELATIVES]);

/** After inte/ej/not these make "not only", "especially", "often". */
const NOT_ONLY_NEXT = new Set(["bara", "enbart", "endast", "blott", "minst", "sallan", "only", "just", "merely", "solely", "least"]);
/** "om inte" (unless), "såvida inte", "eller inte" / "or not" (whether or not). */
const UNLESS_PREV = new Set(["om", "savida", "ifall", "eller", "or"]);
const COMPARATIVES = new Set(["later", "earlier", "sooner", "more", "less", "fewer", "greater", "senare", "mer", "mindre", "fler", "farre"]);
/** Raw negation words that make a following "utan" mean "but". */
const CONTRAST_TRIGGERS = new Set(["inte", "ej", "icke", "aldrig", "ingen", "inget", "inga", "ingenting", "varken"]);
const CONTRAST_NEXT = new Set(["aven", "ocksa", "dessutom", "snarare"]);
/** Idioms with "utan"/"without" that negate nothing in the text around. */
const PREPOSITION_IDIOMS = new Set(["tvekan", "hinder", "undantag", "doubt", "exception", "prejudice"]);

/** Modals of a prohibition stating a principle: "Ingen ska/får/bör …", "No one shall …". */
const PRINCIPLE_MODALS = new Set(["ska", "skall", "far", "bor", "maste", "behover", "shall", "must", "should", "may", "will", "can"]);
/** Nouns for people after ingen/inget/no in a prohibition ("Inget barn ska …", "No child shall …"). */
const PERSON_NOUNS = new Set([
  "person", "personer", "barn", "elev", "elever", "invanare", "medarbetare", "individ", "individer", "manniska",
  "manniskor", "brukare", "patient", "patienter", "anstalld", "anstallda", "kund", "kunder", "medborgare", "grupp",
  "sokande", "arbetstagare", "one", "persons", "people", "child", "children", "individual", "individuals",
  "resident", "residents", "employee", "employees", "pupil", "pupils", "student", "students", "citizen",
  "citizens", "group", "patient", "patients", "customer", "customers", "member", "members", "applicant",
  "applicants", "worker", "workers", "user", "users", "tenant", "tenants",
]);

/** Finite auxiliaries and modals: where a noun phrase after ingen/no ends. */
const VERB_STOPS = new Set([
  "ar", "var", "har", "hade", "blir", "blev", "finns", "fanns", "sker", "skedde", "kan", "ska", "skall", "far",
  "fick", "bor", "maste", "kommer", "behover", "gors", "gjordes", "ges", "gavs", "tas", "togs",
  "is", "are", "was", "were", "has", "have", "had", "will", "shall", "can", "may", "must", "should", "would",
  "could", "does", "did", "do", "be", "been", "took", "takes", "exists", "existed",
]);

/** Words that open a subordinate clause: a cue after them does not reach back before them. */
const SUBORDINATORS = new Set([
  "att", "som", "dar", "nar", "om", "eftersom", "vilket", "vilka", "vars", "medan", "sa", "innan", "tills",
  "that", "which", "who", "whom", "whose", "where", "when", "if", "because", "since", "so", "unless", "until",
  "while", "whether", "before", "after",
]);
/** Words that always separate clauses. */
const CLAUSE_BREAKS = new Set(["men", "but", "whereas", "however", "although", "though", "fast", "trots"]);
const COORDINATORS = new Set(["och", "eller", "samt", "and", "or"]);
/** A coordinator followed by one of these starts a new clause. */
const CLAUSE_STARTERS = new Set([
  "vi", "jag", "den", "det", "de", "han", "hon", "man", "kommunen", "ska", "skall", "bor", "maste", "har", "ar",
  "kan", "far", "kommer", "we", "it", "they", "he", "she", "shall", "must", "should", "will", "has", "have", "is",
  "are", "can", "may", "the",
  // "… respekterar mänskliga rättigheter och inte diskriminerar": a negated second predicate does not reach back.
  "inte", "ej", "aldrig", "not", "never",
]);
const BREAK_PUNCT = new Set([",", ";", ":", "(", ")", "[", "]", "\u2013", "\u2014", "-", "!", "?", ".", "...", "\u2026"]);

function isWord(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === "word" || token.kind === "number");
}

function nextWord(tokens: readonly Token[], i: number): Token | undefined {
  for (let k = i + 1; k < tokens.length; k++) {
    if (isWord(tokens[k])) return tokens[k];
    if (BREAK_PUNCT.has(tokens[k].text) && tokens[k].text !== "-") return undefined;
  }
  return undefined;
}

function prevWord(tokens: readonly Token[], i: number): Token | undefined {
  for (let k = i - 1; k >= 0; k--) {
    if (isWord(tokens[k])) return tokens[k];
    if (BREAK_PUNCT.has(tokens[k].text)) return undefined;
  }
  return undefined;
}

/** The next `count` word tokens after i (stopping at punctuation). */
function wordsAfter(tokens: readonly Token[], i: number, count: number): Token[] {
  const out: Token[] = [];
  for (let k = i + 1; k < tokens.length && out.length < count; k++) {
    if (isWord(tokens[k])) out.push(tokens[k]);
    else if (BREAK_PUNCT.has(tokens[k].text)) break;
  }
  return out;
}

function endsWithNt(fold: string): boolean {
  return fold.length > 3 && fold.endsWith("n't");
}

/** Does this "ingen"/"no one" start a prohibition that states a principle? */
function isPrinciple(tokens: readonly Token[], i: number): boolean {
  const fold = tokens[i].fold;
  const after = wordsAfter(tokens, i, 4);
  if (after.length === 0) return false;
  let k = 0;
  if (fold === "no" || fold === "ingen" || fold === "inget" || fold === "inga" || fold === "none" || fold === "nobody" || fold === "noone") {
    // "Ingen ska", "Ingen diskrimineras", "No one shall", "Nobody may".
    if (fold !== "no" && PRINCIPLE_MODALS.has(after[0].fold)) return true;
    if ((fold === "ingen" || fold === "inga") && isSPassive(after[0].fold)) return true;
    // Skip an adjective or two before a person noun: "Inget enskilt barn ska", "No one shall".
    while (k < after.length - 1 && !PERSON_NOUNS.has(after[k].fold)) k++;
    if (!PERSON_NOUNS.has(after[k].fold) || k > 2) return false;
    const verb = after[k + 1];
    if (verb === undefined) return false;
    if (PRINCIPLE_MODALS.has(verb.fold)) return true;
    // "No one is to be …".
    const then = after[k + 2];
    return (verb.fold === "is" || verb.fold === "are") && then !== undefined && then.fold === "to";
  }
  return false;
}

/** An s-passive verb form ("diskrimineras", "utesluts", "kränks"), not a genitive or a noun in -s. */
function isSPassive(fold: string): boolean {
  if (fold.length < 5 || !fold.endsWith("s")) return false;
  return fold.endsWith("as") || fold.endsWith("ts") || fold.endsWith("ks") || fold.endsWith("ps") || fold.endsWith("rs") || fold.endsWith("ds");
}

/** The kind of a real negation cue at token i, or null when the token is no cue (or a trap). */
export function cueKind(tokens: readonly Token[], i: number): CueKind | null {
  const token = tokens[i];
  if (token.kind !== "word") return null;
  const fold = token.fold;
  if (!ANY_CUE.has(fold) && !endsWithNt(fold)) return null;
  const next = nextWord(tokens, i);
  const prev = prevWord(tokens, i);
  if (ADVERBS.has(fold) || endsWithNt(fold)) {
    if (next && NOT_ONLY_NEXT.has(next.fold)) return null;
    if (prev && UNLESS_PREV.has(prev.fold) && fold !== "nor") return null;
    if (fold === "icke" && next && next.fold.startsWith("diskrimin")) return null;
    if (next && COMPARATIVES.has(next.fold)) {
      const after = wordsAfter(tokens, i, 2);
      if (after[1] && (after[1].fold === "than" || after[1].fold === "an")) return null;
    }
    return "adverb";
  }
  if (DETERMINERS.has(fold)) {
    if (fold === "no") {
      if (!next) return null; // "No." as a number sign or a bare answer.
      if (next.kind === "number" || next.fold === "matter") return null;
      if (tokens[i + 1] && tokens[i + 1].text === ".") return null;
      if (COMPARATIVES.has(next.fold)) {
        const after = wordsAfter(tokens, i, 2);
        if (after[1] && after[1].fold === "than") return null;
      }
      if (next.fold === "one") return isPrinciple(tokens, i) ? null : "pronoun";
    }
    if (isPrinciple(tokens, i)) return null;
    if (next && VERB_STOPS.has(next.fold)) return "pronoun";
    return "determiner";
  }
  if (PRONOUNS.has(fold)) return isPrinciple(tokens, i) ? null : "pronoun";
  if (LEXICAL.has(fold)) return "lexical";
  if (PREPOSITIONS.has(fold)) {
    if (next && PREPOSITION_IDIOMS.has(next.fold)) return null;
    if (fold === "utan" && isContrastiveUtan(tokens, i)) return null;
    if (fold === "without" && prev && (prev.fold === "not" || endsWithNt(prev.fold))) return null;
    return "preposition";
  }
  if (CORRELATIVES.has(fold)) return "correlative";
  return null;
}

/** "utan" meaning "but": after a negation in the same sentence ("inte X utan Y"), or before "även/också". */
function isContrastiveUtan(tokens: readonly Token[], i: number): boolean {
  const next = nextWord(tokens, i);
  if (next && CONTRAST_NEXT.has(next.fold)) return true;
  let words = 0;
  for (let k = i - 1; k >= 0 && words < 15; k--) {
    const t = tokens[k];
    if (!isWord(t)) {
      if (t.text === ";" || t.text === ":") break;
      continue;
    }
    words++;
    if (CONTRAST_TRIGGERS.has(t.fold)) return true;
  }
  return false;
}

/** Token indexes of the real negation cues in a sentence's tokens. */
export function negationCues(tokens: readonly Token[]): number[] {
  const cues: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (cueKind(tokens, i) !== null) cues.push(i);
  return cues;
}

/** Relative pronouns: a cue after one sits in a relative clause ("personer som inte talar svenska"). */
const RELATIVES = new Set(["som", "vilka", "vilken", "vilket", "vars", "who", "whom", "whose", "which", "that"]);

/** A finite verb that can start the main clause again after a relative clause: an auxiliary, an s-passive or a Swedish -erar verb. */
function mainClauseVerb(token: Token): boolean {
  return VERB_STOPS.has(token.fold) || isSPassive(token.fold) || (token.fold.length > 5 && token.fold.endsWith("erar"));
}

/**
 * Where the reach of a cue inside a relative clause ends: the relative clause is over at the
 * first finite verb after its own verb ("personer som inte talar svenska | drabbas hårdast",
 * "residents who do not use the internet | are hardest hit"). Swedish puts the negation before
 * the clause's own verb ("som inte har"); English after its auxiliary ("who do not", "who are
 * not"); a lexical cue is the verb itself ("hushåll som saknar bil"). Returns the token index
 * where the reach ends, or the sentence's length when the cue is not in a relative clause.
 */
function relativeClauseEnd(tokens: readonly Token[], cue: number, kind: CueKind): number {
  if (kind !== "adverb" && kind !== "lexical") return tokens.length;
  let ownVerbSeen = kind === "lexical";
  let relative = false;
  let words = 0;
  for (let k = cue - 1; k >= 0 && words < 3; k--) {
    const t = tokens[k];
    if (!isWord(t)) {
      if (BREAK_PUNCT.has(t.text)) break;
      continue;
    }
    if (RELATIVES.has(t.fold)) {
      relative = true;
      break;
    }
    if (VERB_STOPS.has(t.fold)) ownVerbSeen = true;
    words++;
  }
  if (!relative) return tokens.length;
  for (let k = cue + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!isWord(t)) continue;
    if (!ownVerbSeen) {
      ownVerbSeen = true;
      continue;
    }
    if (mainClauseVerb(t)) return k;
  }
  return tokens.length;
}

/** Does a token between two positions separate clauses? `backward`: the cue follows the concept. */
function isBreak(tokens: readonly Token[], k: number, cue: number, backward: boolean, lexical: boolean): boolean {
  const t = tokens[k];
  if (!isWord(t)) {
    if (lexical && t.text === ",") return false;
    // A label and its value: "Dialog med civilsamhället: inte aktuellt", "Uppföljning: saknas".
    if (backward && t.text === ":" && wordsBetween(tokens, k, cue) <= 1) return false;
    return BREAK_PUNCT.has(t.text);
  }
  const fold = t.fold;
  if (CLAUSE_BREAKS.has(fold)) {
    // "Ett brukarråd har diskuterats men har inte inrättats": the same subject goes on.
    if (backward && (fold === "men" || fold === "but")) {
      const next = nextWord(tokens, k);
      if (next && VERB_STOPS.has(next.fold)) return false;
    }
    return true;
  }
  if (fold === "utan" && isContrastiveUtan(tokens, k)) return true;
  if (backward && SUBORDINATORS.has(fold)) return true;
  if (COORDINATORS.has(fold)) {
    const next = nextWord(tokens, k);
    if (next && CLAUSE_STARTERS.has(next.fold)) return true;
  }
  return false;
}

function wordsBetween(tokens: readonly Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a + 1; k < b; k++) if (isWord(tokens[k])) n++;
  return n;
}

/** Word tokens strictly between token indexes a and b (a < b), or -1 when a clause break lies between. */
function wordGap(tokens: readonly Token[], a: number, b: number, backward: boolean, lexical: boolean): number {
  let words = 0;
  const cue = backward ? b : a;
  for (let k = a + 1; k < b; k++) {
    if (isBreak(tokens, k, cue, backward, lexical)) return -1;
    if (isWord(tokens[k])) words++;
  }
  return words;
}

const REACH_BEFORE: Record<CueKind, number> = {
  adverb: 5,
  determiner: 3,
  pronoun: 5,
  lexical: 4,
  preposition: 3,
  correlative: 6,
};
const REACH_AFTER: Partial<Record<CueKind, number>> = {
  adverb: 5,
  lexical: 6,
};

/**
 * True when a real negation cue governs the concept at tokens
 * [tokenStart, tokenEnd) of the sentence: a cue a few words before it or
 * (for inte/not and lexical cues such as "saknas") a few words after it,
 * in the same clause.
 */
export function negatedNear(sentence: Sentence, tokenStart: number, tokenEnd: number): boolean {
  const tokens = sentence.tokens;
  const cues = sentence.marks ? sentence.marks.negations : negationCues(tokens);
  for (const c of cues) {
    if (c >= tokenStart && c < tokenEnd) continue;
    const kind = cueKind(tokens, c);
    if (kind === null) continue;
    if (c < tokenStart) {
      const gap = wordGap(tokens, c, tokenStart, false, false);
      if (gap < 0 || gap > REACH_BEFORE[kind]) continue;
      if (tokenStart >= relativeClauseEnd(tokens, c, kind)) continue;
      // A determiner or a preposition governs its noun phrase, not the verb after it ("en entré utan trappor kan krocka").
      if ((kind === "determiner" || kind === "preposition") && verbBetween(tokens, c, tokenStart)) continue;
      return true;
    }
    // After a label colon any cue answers for the label: "Dialog: ingen", "Consultation: none".
    const afterColon = colonJustBefore(tokens, tokenEnd, c);
    // A cue after the finite verb negates the verb phrase, not a fronted adverbial before the verb.
    if (!afterColon && inFrontedAdverbial(tokens, tokenStart, tokenEnd, c)) continue;
    const reach = afterColon ? REACH_AFTER.lexical : REACH_AFTER[kind];
    if (reach === undefined) continue;
    const gap = wordGap(tokens, tokenEnd - 1, c, true, kind === "lexical");
    if (gap >= 0 && gap <= reach) return true;
  }
  return false;
}

/** Prepositions that open a fronted adverbial ("Vid upphandling av X ska …", "In procurement suppliers must …"). */
const FRONTING_PREPOSITIONS = new Set([
  "vid", "i", "inom", "under", "for", "genom", "infor", "enligt", "efter", "pa", "hos", "bland", "kring", "med",
  "in", "at", "during", "within", "through", "upon", "on", "after", "before", "by", "with", "when", "while",
]);
/** Prepositions that start a noun's postmodifier ("uppföljning av planen", "follow-up of the plan"). */
const POSTMODIFIERS = new Set(["av", "for", "med", "om", "pa", "i", "of", "on", "in", "with", "to"]);
/** How many words a fronted adverbial may hold before the concept ("I samband med upphandling"). */
const FRONTED_REACH = 5;

/**
 * Does the concept at tokens [start, end) stand in an adverbial that opens its clause, while
 * the cue at `cue` follows the clause's finite verb and its subject? Then the cue negates the
 * verb phrase, not the adverbial: "Vid upphandling av hemtjänst ska utföraren inte …" prohibits
 * something in a procurement; it does not deny the procurement. Swedish puts the subject after
 * the finite verb (a word between the verb and the cue); English before it (a word after the
 * concept that is no postmodifier: "In procurement suppliers must not …", but "In 2024
 * follow-up of the plan was not done" keeps its negation). English "when/while" counts only
 * before an -ing form: "When procurement is not possible" has its own subject and verb.
 */
function inFrontedAdverbial(tokens: readonly Token[], start: number, end: number, cue: number): boolean {
  let first = -1;
  let words = 0;
  for (let k = start - 1; k >= 0; k--) {
    const t = tokens[k];
    if (!isWord(t)) {
      if (BREAK_PUNCT.has(t.text)) break;
      continue;
    }
    if (mainClauseVerb(t) || (SUBORDINATORS.has(t.fold) && t.fold !== "when" && t.fold !== "while")) return false;
    if (++words > FRONTED_REACH) return false;
    first = k;
  }
  if (first < 0 || !FRONTING_PREPOSITIONS.has(tokens[first].fold)) return false;
  if ((tokens[first].fold === "when" || tokens[first].fold === "while") && !tokens[start].fold.endsWith("ing")) return false;
  const between: Token[] = [];
  for (let k = end; k < cue; k++) if (isWord(tokens[k])) between.push(tokens[k]);
  const verb = between.findIndex(mainClauseVerb);
  if (verb < 0) return false;
  const subjectAfterVerb = verb < between.length - 1;
  const subjectBeforeVerb = verb > 0 && !POSTMODIFIERS.has(between[0].fold);
  return subjectAfterVerb || subjectBeforeVerb;
}

/** A colon lies between the concept and the cue, with at most one word between the colon and the cue. */
function colonJustBefore(tokens: readonly Token[], from: number, cue: number): boolean {
  for (let k = cue - 1; k >= from; k--) {
    if (tokens[k].text === ":") return wordsBetween(tokens, k, cue) <= 1;
  }
  return false;
}

function verbBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (VERB_STOPS.has(tokens[k].fold)) return true;
  return false;
}
