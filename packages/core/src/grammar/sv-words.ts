/**
 * Swedish word-form tests: is this token a passive infinitive, a passive
 * supine, an active infinitive in the verb slot, an adverb …? Forms are read
 * from the lower-case text when it is clean and from the fold when OCR
 * characters stand for vowels ("g6ras", "upprétthallas").
 */
import { foldText } from "../analysis/fold.js";
import type { Token } from "../analysis/types.js";
import {
  SV_ADJECTIVE_A_ENDINGS,
  SV_ADVERB_ENDINGS,
  SV_ADVERBS,
  SV_AS_NON_VERB_ENDINGS,
  SV_AS_NON_VERBS,
  SV_AS_NOUN_HEADS,
  SV_COORDINATORS,
  SV_DEPONENTS,
  SV_DETERMINERS,
  SV_FINITE_VERBS,
  SV_GAS_NOUNS,
  SV_MODALS,
  SV_NON_VERB_A_WORDS,
  SV_NOT_PARTICIPLES,
  SV_PARTICIPLE_ENDINGS,
  SV_PARTICLES,
  SV_PASSIVE_SUPINE_ENDINGS,
  SV_PREPOSITIONS,
  SV_PRONOUNS,
  SV_RECIPROCALS,
  SV_SHORT_INFINITIVES,
  SV_SUBORDINATORS,
  SV_TS_NOUN_ENDINGS,
  SV_VERB_PREFIXES,
  SV_VERBS_WITH_ADJECTIVE_ENDINGS,
  SV_VOWEL_STEMS,
} from "./lexicon-sv.js";
import { WordSet, isWord, startsUpper } from "./words.js";

export const svModals = new WordSet(SV_MODALS);
export const svDeponents = new WordSet(SV_DEPONENTS);
export const svReciprocals = new WordSet(SV_RECIPROCALS);
export const svDeterminers = new WordSet(SV_DETERMINERS);
export const svPronouns = new WordSet(SV_PRONOUNS);
export const svPrepositions = new WordSet(SV_PREPOSITIONS);
export const svSubordinators = new WordSet(SV_SUBORDINATORS);
export const svCoordinators = new WordSet(SV_COORDINATORS);
export const svFinite = new WordSet(SV_FINITE_VERBS);
export const svAdverbs = new WordSet(SV_ADVERBS);
export const svParticles = new WordSet(SV_PARTICLES);
const nonVerbA = new WordSet(SV_NON_VERB_A_WORDS);
const verbsWithAdjectiveEndings = new WordSet(SV_VERBS_WITH_ADJECTIVE_ENDINGS);
const shortInfinitives = new Set(SV_SHORT_INFINITIVES);
const asNonVerbs = new Set(SV_AS_NON_VERBS);
/** Lower-case and folded spellings ("nå" and "na" in text that lost its diacritics). */
const withFolds = (words: readonly string[]) => new Set(words.flatMap((w) => [w, foldText(w)]));
const vowelStems = new Set(SV_VOWEL_STEMS);
const verbPrefixes = withFolds(SV_VERB_PREFIXES);
const notParticiples = new Set(SV_NOT_PARTICIPLES);
const gasNouns = new WordSet(SV_GAS_NOUNS);

/** Lower-case form when it is plain letters, else the fold (OCR digits, "&", "é" standing for vowels). */
export function form(token: Token): string {
  const lower = token.lower;
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i];
    if (ch === "é" || ch === "&" || (ch >= "0" && ch <= "9")) return token.fold;
  }
  return lower;
}

/** Could `isSvModal` be true for the token in strict or in loose text? */
export function mayBeSvModal(token: Token): boolean {
  return svModals.mayHave(token);
}

/** An obligation modal. "bör" folds to "bor" (lives), so the lower form decides when it is clean. */
export function isSvModal(token: Token | undefined): boolean {
  return svModals.has(token);
}

function endsWithOneOf(word: string, endings: readonly string[], stem = 1): boolean {
  // A loop, not some(): this runs for most words of a verb chain.
  for (const e of endings) if (word.length >= e.length + stem && word.endsWith(e)) return true;
  return false;
}

/**
 * The stem (without the final "s") is a vowel-stem verb, alone or after a
 * verb prefix ("förse", "uppnå", "fastslå"). With `anyPrefix`, "se" and "ge"
 * take any first part ("tillgodose") – for the passive, where "-ses"/"-ges"
 * words are nearly always verbs.
 */
function isVowelStemVerb(stem: string, anyPrefix = false): boolean {
  if (vowelStems.has(stem)) return true;
  if (anyPrefix && stem.length > 3 && (stem.endsWith("se") || stem.endsWith("ge"))) return true;
  for (const v of vowelStems) {
    if (stem.length > v.length && stem.endsWith(v) && verbPrefixes.has(stem.slice(0, stem.length - v.length))) return true;
  }
  return false;
}

/** Not a name in the middle of a sentence (names in -as: "Jonas", "Tobias"). */
function lowerCaseWord(token: Token, first: boolean): boolean {
  return first || !startsUpper(token) || token.text === token.text.toUpperCase();
}

/** A -s verb form that is not passive: deponent or reciprocal. */
export function isSvNonPassiveS(token: Token): boolean {
  return svDeponents.has(token) || svReciprocals.has(token);
}

/**
 * Passive infinitive after a modal: "-as" ("beaktas", "göras", "följas") or a
 * vowel stem + s ("ses", "ges", "nås", "förses"). Consonant + s is a present
 * passive, a genitive or a noun ("erbjuds", "kommunens", "process"), never
 * the infinitive a modal governs.
 */
export function isSvPassiveInfinitiveForm(token: Token, first = false): boolean {
  if (!isWord(token) || !lowerCaseWord(token, first)) return false;
  const w = form(token);
  if (w.length < 3 || !w.endsWith("s") || w.endsWith("ss")) return false;
  if (w.endsWith("as")) {
    if (asNonVerbs.has(w) || gasNouns.has(token) || endsWithOneOf(w, SV_AS_NON_VERB_ENDINGS, 1)) return false;
    for (const head of SV_AS_NOUN_HEADS) {
      if (w.length <= head.length || !w.endsWith(head)) continue;
      const prefix = w.slice(0, w.length - head.length);
      // "databas", "planeringsfas" are nouns; "klubbas", "straffas" double the consonant and are verbs.
      if (prefix[prefix.length - 1] !== head[0] && !verbPrefixes.has(prefix)) return false;
    }
    return true;
  }
  return isVowelStemVerb(w.slice(0, -1), true);
}

/** Passive supine after "ha": "genomförts", "beaktats", "tagits", "setts". */
export function isSvPassiveSupineForm(token: Token): boolean {
  if (!isWord(token) || startsUpper(token)) return false;
  const w = form(token);
  if (w.length < 4 || !endsWithOneOf(w, SV_PASSIVE_SUPINE_ENDINGS, 2)) return false;
  if (endsWithOneOf(w, SV_TS_NOUN_ENDINGS, 0)) return false;
  return !isSvNonPassiveS(token);
}

/** Participle after "bli" ("genomförd", "informerade", "skriven"). */
export function isSvParticiple(token: Token): boolean {
  if (!isWord(token)) return false;
  const w = form(token);
  if (notParticiples.has(w) || w.length < 4) return false;
  return endsWithOneOf(w, SV_PARTICIPLE_ENDINGS, 2);
}

/** Adverb of the middle field, by list or ending ("skriftligt", "årligen", "stegvis"). */
export function isSvAdverb(token: Token): boolean {
  if (!isWord(token)) return false;
  // In text without diacritics "har" is far more often "har" (has) than "här".
  if (svFinite.hasExact(token)) return false;
  if (svAdverbs.has(token)) return true;
  return endsWithOneOf(form(token), SV_ADVERB_ENDINGS, 3);
}

/** A word that ends in -a yet is no verb: determiner, adjective, noun in -a, definite plural noun. */
export function isSvNonVerbA(token: Token): boolean {
  if (nonVerbA.has(token) || svDeterminers.has(token)) return true;
  if (verbsWithAdjectiveEndings.has(token)) return false;
  const w = form(token);
  // "särskilda", "berörda", "anställda": participles in -lda/-rda used as adjectives; "vårda" is a verb.
  if ((w.endsWith("lda") || w.endsWith("rda")) && w !== "vårda" && w.length > 5) return true;
  return endsWithOneOf(w, SV_ADJECTIVE_A_ENDINGS, 2);
}

/** An active infinitive form: ends in -a (not a listed non-verb), or a short verb ("se", "gå", "förstå"). */
export function isSvActiveInfinitiveForm(token: Token): boolean {
  if (!isWord(token) || startsUpper(token) || isSvNonVerbA(token)) return false;
  const w = form(token);
  if (shortInfinitives.has(w)) return true;
  if (w.length > 3 && isVowelStemVerb(w) && !svPrepositions.has(token) && !svAdverbs.has(token)) return true;
  return w.length >= 3 && w.endsWith("a");
}

/** Finite verb that opens another chain (list), or a present passive ("genomförs", "ges"). */
export function isSvFinite(token: Token | undefined): boolean {
  return isWord(token) && (svFinite.has(token) || isSvModal(token));
}

/** Present-tense finite verb form by ending: "-ar", "-er", "-r" after a vowel, or a present passive ("-s"). */
export function looksSvPresent(token: Token): boolean {
  if (!isWord(token) || startsUpper(token)) return false;
  if (isSvFinite(token)) return true;
  const w = form(token);
  if (w.length < 3) return false;
  if (/(ar|er|ör|år|är|ir|yr|or)$/.test(w)) return true;
  // present passive after a consonant: "genomförs", "erbjuds", "görs" (not a genitive of a definite noun).
  return /[^aeiouyåäös]s$/.test(w) && !/(ens|ets|ns|ts)$/.test(w);
}

/** Past tense finite verb form: "-ade", "-de", "-te", strong pasts of the list, and past passives "-des", "-tes". */
export function looksSvPast(token: Token): boolean {
  if (!isWord(token) || startsUpper(token)) return false;
  const w = form(token);
  if (SV_STRONG_PAST.has(w)) return true;
  return w.length > 5 && /(ades|des|tes|ddes|ttes)$/.test(w) && !/(ndes)$/.test(w);
}

/** Strong (irregular) past tense forms common in descriptive text. */
export const SV_STRONG_PAST_FORMS = [
  "var", "hade", "blev", "fanns", "skedde", "gjorde", "gjordes", "tog", "togs", "gav", "gavs", "fick", "kom", "gick",
  "stod", "såg", "sågs", "höll", "hölls", "drevs", "skrevs", "skrev", "erbjöd", "erbjöds", "drogs", "drog", "lades",
  "lade", "ställdes", "sattes", "satte", "fördes", "förde", "visade", "visades", "kunde", "ville", "skulle", "började",
  "avslutades", "inleddes", "genomfördes", "anordnades", "anlitades", "eftersträvades", "uppgick", "ökade", "minskade",
  "deltog", "deltogs", "beslöt", "beslutade", "beslutades", "antogs", "antog", "inrättades", "infördes", "bjöds",
  "bjöd", "hölls", "lämnades", "tilldelades",
];
const SV_STRONG_PAST = new Set(SV_STRONG_PAST_FORMS);
