/**
 * Law cited as such (RULES.md: span rules never flag "the wording of a law
 * or convention cited as such"). A clause whose source is a statute or
 * convention reports the law's obligation, not the draft's own:
 * - a fronted source adverbial: "Enligt barnkonventionen ska barnets bästa
 *   beaktas …", "Under the Equality Act 2010, reasonable adjustments must be
 *   made …", "According to Article 12, …";
 * - a law as the subject (or source) of a stating verb: "Lagen anger att …",
 *   "I diskrimineringslagen anges att …", "Av 5 § minoritetslagen följer att
 *   …", "Regeringsformen slår fast att …", "The Act requires that …", "The
 *   Care Act 2014 requires councils to …".
 * Only a law counts as the source: "Enligt planen ska …" and "Enligt avtalet
 * ska leverantören …" are the document's own obligations, and so is a law
 * named inside the draft's own clause ("Socialnämnden ska enligt
 * socialtjänstlagen …").
 */
import { foldText } from "../analysis/fold.js";
import type { Token } from "../analysis/types.js";
import type { Language } from "../model/document.js";
import { EN_LAW_ACRONYMS, EN_LAW_NAMES, EN_LAW_VERBS, EN_LAW_WORDS, EN_SOURCE_OPENERS } from "./lexicon-en.js";
import { SV_LAW_ACRONYMS, SV_LAW_HEADS, SV_LAW_LOOKALIKES, SV_LAW_VERBS, SV_LAW_WORDS, SV_SOURCE_OPENERS } from "./lexicon-sv.js";
import { isSvAdverb, isSvFinite, svPrepositions } from "./sv-words.js";
import { WordSet, isAllCaps, isWord, matchWords, startsUpper } from "./words.js";

const svLawWords = new WordSet(SV_LAW_WORDS);
const svLawHeads = SV_LAW_HEADS.map(foldText);
const svLawLookalikes = SV_LAW_LOOKALIKES.map(foldText);
const svLawAcronyms = new WordSet(SV_LAW_ACRONYMS);
const svLawVerbs = new WordSet(SV_LAW_VERBS);
const svOpeners = SV_SOURCE_OPENERS.map((o) => [o]);
const enLawWords = new WordSet(EN_LAW_WORDS);
const enLawNames = new Set(EN_LAW_NAMES);
const enLawAcronyms = new Set(EN_LAW_ACRONYMS);
const enLawVerbs = new WordSet(EN_LAW_VERBS);

/** Longest source phrase looked at (tokens): "Enligt lag (2018:1197) om Förenta nationernas konvention om barnets rättigheter ska". */
const SOURCE_REACH = 16;

/** A Swedish statute number "(2018:1197)" or a law word, name or acronym. */
function isSvLawRef(token: Token): boolean {
  if (token.kind === "number") return /^\d{4}:\d+$/.test(token.text);
  if (token.kind === "symbol" || token.kind === "punct") return token.text === "§";
  if (svLawWords.has(token)) return true;
  if (isAllCaps(token) && svLawAcronyms.has(token)) return true;
  const f = token.fold;
  for (const head of svLawHeads) {
    if (f.length <= head.length || !f.endsWith(head)) continue;
    if (!head.startsWith("lag")) return true;
    // "socialtjänstlagen" is a law, "förslagen", "beslutsunderlag" and "arbetslaget" are not.
    const lemma = f.slice(0, f.length - head.length) + "lag";
    return lemma !== "slag" && !svLawLookalikes.some((l) => lemma.endsWith(l));
  }
  return false;
}

function isEnLawRef(token: Token): boolean {
  if (token.kind === "number") return false;
  if (!isWord(token)) return token.text === "§";
  if (enLawWords.has(token)) return true;
  return enLawNames.has(token.text) || enLawAcronyms.has(token.text);
}

const lawRef = (language: Language) => (language === "sv" ? isSvLawRef : isEnLawRef);

/** The token refers to a law: a law name or word, a section sign, a statute number. */
export function isLawRef(token: Token, language: Language): boolean {
  return lawRef(language)(token);
}

const COORDINATORS: Record<Language, WordSet> = { sv: new WordSet(["och", "men", "samt"]), en: new WordSet(["and", "but"]) };
const EN_FINITE = new WordSet(["shall", "must", "should", "will", "is", "are", "has", "have", "does", "do", "can", "may"]);

/**
 * Clause breaks that end the cited part before `limit`: ";", ":", or a
 * coordinator that opens a new clause with its own finite verb ("…, och
 * nämnden ska …", "Lagen kräver samråd och kommunen ska därför …"); not "och
 * att …" (a second clause of the same citation) nor coordinated verbs.
 */
function breaksClause(tokens: readonly Token[], i: number, limit: number, language: Language): boolean {
  const t = tokens[i];
  if (t.kind === "punct" && (t.text === ";" || t.text === ":")) return true;
  if (!COORDINATORS[language].has(t)) return false;
  const next = tokens[i + 1];
  if (isWord(next) && next.fold === (language === "sv" ? "att" : "that")) return false;
  // A subject first, then the finite verb: "och kommunen ska", "and the Council will".
  for (let j = i + 2; j <= i + 4 && j <= limit && j < tokens.length; j++) {
    const w = tokens[j];
    if (language === "sv" ? isSvFinite(w) : EN_FINITE.has(w)) return true;
  }
  return false;
}

/** How far back a citation is looked for (tokens): keeps run-on "sentences" (huge table cells, OCR noise) linear. */
const REACH = 60;

/** Index of the first word of the sentence part holding `i` (after ";" or ":"), at most REACH tokens back. */
function partStart(tokens: readonly Token[], i: number): number {
  const stop = Math.max(0, i - REACH);
  for (let j = i - 1; j >= stop; j--) if (tokens[j].kind === "punct" && (tokens[j].text === ";" || tokens[j].text === ":")) return j + 1;
  return stop;
}

/** "Enligt <law> ska …" / "Under <the … Act>, …" at the start of the sentence part, with `index` in the clause it introduces. */
function frontedSource(tokens: readonly Token[], index: number, language: Language): boolean {
  let first = partStart(tokens, index);
  while (first < index && !isWord(tokens[first])) first++;
  const openers = language === "sv" ? svOpeners : EN_SOURCE_OPENERS;
  let after = -1;
  for (const opener of openers) {
    after = matchWords(tokens, first, opener);
    if (after > 0) break;
  }
  if (after < 0) return false;
  const isLaw = lawRef(language);
  let law = false;
  for (let j = after; j < index && j < after + SOURCE_REACH; j++) if (isLaw(tokens[j])) law = true;
  if (!law) return false;
  // The clause the source introduces runs from its finite verb ("Enligt X ska", "Under X, adjustments
  // must"); "och"/"and" before it belongs to the source ("plan- och bygglagen") or the subject.
  let verb = after;
  while (verb < index && !(language === "sv" ? isSvFinite(tokens[verb]) : EN_FINITE.has(tokens[verb]))) verb++;
  for (let j = verb + 1; j < index; j++) if (breaksClause(tokens, j, index, language)) return false;
  return true;
}

/** A law as the subject or source of a stating verb before `index`: "Lagen anger att …", "The Act requires …". */
function lawStates(tokens: readonly Token[], index: number, language: Language): boolean {
  const verbs = language === "sv" ? svLawVerbs : enLawVerbs;
  const isLaw = lawRef(language);
  const from = partStart(tokens, index);
  for (let v = index - 1; v >= from; v--) {
    if (breaksClause(tokens, v, index, language)) return false;
    const t = tokens[v];
    if (!verbs.has(t)) continue;
    // "slår fast": the particle makes "slår" a stating verb.
    if (language === "sv" && t.fold === "slar" && !(isWord(tokens[v + 1]) && tokens[v + 1].fold === "fast")) continue;
    if (lawAfterVerb(tokens, v, index, language)) return true;
    // Or the law stands right before the verb, as its subject or fronted source ("Lagen anger", "I skollagen
    // anges", "Av 5 § minoritetslagen följer", "the Care Act 2014 requires", "Article 12 clearly states").
    let j = v - 1;
    while (j >= from && (isNumberOrBracket(tokens[j]) || isAdverb(tokens[j], language))) j--;
    if (j < from || !isLaw(tokens[j])) continue;
    // Either the verb introduces the law's words ("anger att", "states that", "står det att") or the law
    // is the clause's subject ("The Care Act 2014 requires councils to …"); "I enlighet med skollagen ger
    // förvaltningen stöd …" has another subject after the verb.
    if (introducesContent(tokens, v, language) || lawIsSubject(tokens, from, j, language)) return true;
  }
  return false;
}

/**
 * The law follows the verb and then the law's words: "Det framgår av lagen
 * att …", "Det anges i 4 kap. 1 § skollagen att …", "It is set out in
 * section 149 that …".
 */
function lawAfterVerb(tokens: readonly Token[], v: number, index: number, language: Language): boolean {
  const isLaw = lawRef(language);
  const complementiser = language === "sv" ? "att" : "that";
  const linking = language === "sv" ? ["det", "av", "i", "fast", "uttryckligen", "tydligt"] : ["in", "by", "out", "the", "of", "clearly"];
  let law = false;
  for (let k = v + 1; k < index && k <= v + 12; k++) {
    const t = tokens[k];
    if (isLaw(t)) {
      law = true;
      continue;
    }
    if (isNumberOrBracket(t) || (t.kind === "punct" && t.text === ".")) continue;
    if (!isWord(t)) return false;
    if (t.fold === complementiser) return law;
    // linking words, or the rest of a capitalised law name ("the Equality Act 2010 (Gender Pay Gap Information) Regulations")
    if (!linking.includes(t.fold) && !(law && startsUpper(t))) return false;
  }
  return false;
}

/** "att"/"that" follows the stating verb (after "det", a particle or adverbs): "anger att", "står det att", "slår fast att". */
function introducesContent(tokens: readonly Token[], v: number, language: Language): boolean {
  const complementiser = language === "sv" ? "att" : "that";
  for (let k = v + 1; k < tokens.length && k <= v + 4; k++) {
    const t = tokens[k];
    if (!isWord(t)) return false;
    if (t.fold === complementiser) return true;
    if (!(isAdverb(t, language) || ["det", "fast", "out", "clear", "explicitly"].includes(t.fold))) return false;
  }
  return false;
}

/** The law at `law` heads the clause's first noun phrase: no preposition before it ("Lagen", "Section 149 of the Act", "Artikel 12 i barnkonventionen"). */
function lawIsSubject(tokens: readonly Token[], from: number, law: number, language: Language): boolean {
  const prepositions = language === "sv" ? svPrepositions : EN_PREPOSITIONS;
  const isLaw = lawRef(language);
  for (let k = from; k < law; k++) {
    const t = tokens[k];
    if (!isWord(t) || !prepositions.has(t)) continue;
    // "Section 149 of the Act", "artikel 12 i barnkonventionen": a preposition inside the law's own name
    const before = tokens[k - 1];
    if (before !== undefined && (before.kind === "number" || isLaw(before))) continue;
    return false;
  }
  return true;
}

const EN_PREPOSITIONS = new WordSet(["in", "under", "with", "by", "through", "for", "from", "of", "to", "according", "pursuant", "within", "at"]);

function isNumberOrBracket(token: Token): boolean {
  return token.kind === "number" || (token.kind === "punct" && (token.text === "(" || token.text === ")"));
}

function isAdverb(token: Token, language: Language): boolean {
  if (!isWord(token)) return false;
  if (language === "sv") return isSvAdverb(token);
  return (token.fold.length > 4 && token.fold.endsWith("ly")) || token.fold === "also";
}

/** The token at `index` (a modal or a hedge) stands in a clause that reports a law's own wording or duty. */
export function citedByLaw(tokens: readonly Token[], index: number, language: Language): boolean {
  return frontedSource(tokens, index, language) || lawStates(tokens, index, language);
}
