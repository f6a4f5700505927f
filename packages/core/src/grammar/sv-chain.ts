/**
 * The Swedish verb chain after a modal: which verb does "ska/bör/måste"
 * govern? Main clauses are verb-second, so between the modal and its
 * infinitive stand the middle field's adverbs and negation, prepositional
 * phrases, a subject in inverted order ("Årligen ska planen följas upp"),
 * parentheticals between commas and hedge clauses ("ska i den mån det är
 * möjligt erbjudas"). The first verb of the slot decides: a passive
 * infinitive ("beaktas", "ses över"), "ha" + passive supine ("ska ha
 * genomförts"), "bli" + participle ("ska bli genomförd"), or something else
 * (an active infinitive, "vara" + adjective, a deponent).
 */
import type { Token } from "../analysis/types.js";
import {
  form,
  isSvActiveInfinitiveForm,
  isSvAdverb,
  isSvFinite,
  isSvNonPassiveS,
  isSvNonVerbA,
  isSvParticiple,
  isSvPassiveInfinitiveForm,
  isSvPassiveSupineForm,
  looksSvPresent,
  svCoordinators,
  svDeterminers,
  svParticles,
  svPrepositions,
  svPronouns,
  svSubordinators,
} from "./sv-words.js";
import { SV_HEDGE_ADJECTIVES, SV_RECIPROCAL_SES_SUBJECTS } from "./lexicon-sv.js";
import { WordSet, is, isPunct, isWord, matchWords } from "./words.js";

export type ChainKind = "passive" | "active" | "copula" | "non-passive-s";

export interface ChainVerb {
  kind: ChainKind;
  /** Token index of the governed verb (the passive form, the participle after "bli", the supine after "ha"). */
  verb: number;
  /** Token index of the last token of the verb group (a particle such as "upp" included). */
  last: number;
}

/** Most words of the middle field skipped before the verb (hedge clauses and parentheticals not counted). */
const MAX_MIDDLE_WORDS = 14;

const hedgeAdjectives = new WordSet(SV_HEDGE_ADJECTIVES);
const sesSubjects = new WordSet(SV_RECIPROCAL_SES_SUBJECTS);
/** Particles that extend the reported verb group ("följas upp", "tas fram"). */
const groupParticles = new WordSet(["upp", "fram", "ut", "bort", "ned", "ner", "tillbaka", "igen", "kvar", "undan", "ihop", "isär", "loss", "över", "in"]);
/** Particles that are also prepositions: part of the group only at the end of a phrase ("byggas om."). */
const groupParticlesAtEnd = new WordSet(["om", "på", "av", "till"]);

/** Multi-word openers of a hedge or condition clause inside the middle field ("i den mån", "så långt", "så snart"). */
const CLAUSE_OPENERS: ReadonlyArray<readonly string[]> = [
  ["i", "den", "mån"],
  ["i", "den", "utsträckning"],
  ["i", "takt", "med", "att"],
  ["så", "långt", "som"],
  ["så", "långt"],
  ["så", "snart"],
  ["när"],
  ["där"],
  ["om"],
  ["ifall"],
  ["innan"],
  ["eftersom"],
];

/**
 * Skips a hedge or condition clause that starts at `i` ("i den mån det är
 * möjligt", "om möjligt", "när det behövs"); returns the index after it or -1.
 */
function skipClause(tokens: readonly Token[], i: number): number {
  let opener = -1;
  for (const words of CLAUSE_OPENERS) {
    const end = matchWords(tokens, i, words);
    if (end > 0) {
      opener = end;
      break;
    }
  }
  if (opener < 0) return -1;
  let j = opener;
  // "om möjligt", "så långt möjligt", "när så krävs"
  if (hedgeAdjectives.has(tokens[j])) return j + 1;
  for (let k = 0; j < tokens.length && k < 8; j++, k++) {
    const t = tokens[j];
    if (!isWord(t)) return -1;
    if (k > 0 && looksSvPresent(t)) {
      j++;
      // predicate: "det är möjligt", "det bedöms lämpligt"
      while (j < tokens.length && isWord(tokens[j]) && (hedgeAdjectives.has(tokens[j]) || isSvAdverb(tokens[j]))) j++;
      return j;
    }
  }
  return -1;
}

/** Skips a parenthesis after the modal ("ska (om möjligt) erbjudas"); -1 when it does not close soon. */
function skipParenthesis(tokens: readonly Token[], i: number): number {
  for (let j = i + 1; j < tokens.length && j < i + 16; j++) {
    const t = tokens[j];
    if (isPunct(t, ")")) return j + 1;
    if (isPunct(t, ".;:!?")) return -1;
  }
  return -1;
}

/**
 * A parenthetical between commas in the middle field ("ska, oavsett var hen
 * bor, bemötas", "ska, när det behövs, kompletteras"): when the verb slot
 * follows the closing comma, returns the index after it; otherwise -1 (the
 * comma may start another clause: "…, och nämnden ansvarar").
 */
function skipCommaParenthetical(tokens: readonly Token[], comma: number): number {
  for (let j = comma + 1; j < tokens.length && j <= comma + 14; j++) {
    const t = tokens[j];
    if (t.kind === "word" || t.kind === "number") continue;
    if (t.text !== ",") return -1;
    if (j === comma + 1) return -1;
    let k = j + 1;
    while (k < tokens.length && isWord(tokens[k]) && isSvAdverb(tokens[k])) k++;
    const v = tokens[k];
    if (!isWord(v)) return -1;
    const f = form(v);
    if (f === "ha" || f === "bli" || f === "vara" || f === "kunna" || isSvPassiveInfinitiveForm(v) || isSvActiveInfinitiveForm(v)) return j + 1;
    return -1;
  }
  return -1;
}

/** The token is in a position where a verb cannot stand: right after a determiner, preposition, adjective or genitive. */
function afterNominal(tokens: readonly Token[], i: number): boolean {
  const prev: Token | undefined = tokens[i - 1];
  if (!isWord(prev)) return prev !== undefined && prev.kind === "number";
  if (isSvAdverb(prev)) return false; // "ska dels erbjuda", "ska annars ordna"
  if (svDeterminers.has(prev) || svPrepositions.has(prev)) return true;
  const p = form(prev);
  if (p.endsWith("s") && !p.endsWith("ss") && !isSvPassiveInfinitiveForm(prev)) return true; // genitive "barns", "kommunens"
  return p.endsWith("a") && isSvNonVerbA(prev);
}

/** A particle or preposition follows directly: the -a word is a verb ("följa upp", "ta fram"). */
function particleFollows(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return isWord(next) && svParticles.has(next);
}

/** An -a word followed by a noun and then a passive infinitive is an adjective of an inverted subject ("ska gemensamma mål formuleras"). */
function adjectiveOfInvertedSubject(tokens: readonly Token[], i: number): boolean {
  if (particleFollows(tokens, i)) return false;
  const noun = tokens[i + 1];
  const verb = tokens[i + 2];
  if (!isWord(noun) || !isWord(verb)) return false;
  if (svDeterminers.has(noun) || svPrepositions.has(noun) || svSubordinators.has(noun) || isSvAdverb(noun)) return false;
  return isSvPassiveInfinitiveForm(verb) && !isSvNonPassiveS(verb);
}

function groupEnd(tokens: readonly Token[], verb: number): number {
  const next = tokens[verb + 1];
  if (!isWord(next)) return verb;
  if (groupParticles.has(next)) return verb + 1;
  if (groupParticlesAtEnd.has(next) && !isWord(tokens[verb + 2]) && tokens[verb + 2]?.kind !== "number") return verb + 1;
  return verb;
}

/** "ses" with "vi"/"ni" as subject is reciprocal ("vi ses"); "följas åt", "talas vid" too. */
function reciprocalUse(tokens: readonly Token[], modal: number, verb: number): boolean {
  const v = tokens[verb];
  const next = tokens[verb + 1];
  // "följas åt" (go together); "åt" after other passives is a preposition ("ska ägnas åt flickor").
  if (is(next, "åt") && form(v) === "följas") return true;
  if (form(v) === "talas" && is(next, "vid")) return true;
  if (form(v) !== "ses") return false;
  const subject = tokens[modal - 1];
  const after = tokens[modal + 1];
  return sesSubjects.has(subject) || sesSubjects.has(after);
}

/** A finite verb after a subject word (not after a determiner, preposition, coordinator or adverb): "och nämnden ansvarar". */
function startsClause(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!isWord(prev)) return false;
  return !(svDeterminers.has(prev) || svPrepositions.has(prev) || svCoordinators.has(prev) || isSvAdverb(prev));
}

/** After "ha": a passive supine ("ska ha genomförts") or an active perfect / possession. */
function afterHa(tokens: readonly Token[], ha: number): ChainVerb {
  for (let j = ha + 1; j < tokens.length && j < ha + 4; j++) {
    const t = tokens[j];
    if (!isWord(t)) break;
    if (isSvPassiveSupineForm(t)) return { kind: "passive", verb: j, last: groupEnd(tokens, j) };
    if (!isSvAdverb(t)) break;
  }
  return { kind: "active", verb: ha, last: ha };
}

/** After "bli": a participle makes a periphrastic passive ("ska bli genomförd"). */
function afterBli(tokens: readonly Token[], bli: number): ChainVerb {
  for (let j = bli + 1; j < tokens.length && j < bli + 4; j++) {
    const t = tokens[j];
    if (!isWord(t)) break;
    if (isSvParticiple(t)) return { kind: "passive", verb: j, last: j };
    if (!isSvAdverb(t)) break;
  }
  return { kind: "copula", verb: bli, last: bli };
}

/**
 * A finite verb at `i` that opens another chain. In text without diacritics
 * "ar" is "år" (year) after a determiner, number or preposition ("per ar",
 * "varje ar", "2025 ar") and "är" otherwise.
 */
function finiteAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!isSvFinite(t)) return false;
  if (t.lower === "ar") {
    const prev: Token | undefined = tokens[i - 1];
    if (prev?.kind === "number" || svDeterminers.has(prev) || svPrepositions.has(prev)) return false;
  }
  return true;
}

/** "om" after a noun is a preposition ("ansökan om färdtjänst", "lagen om …"), not a condition. */
function prepositionalOm(tokens: readonly Token[], i: number, modal: number): boolean {
  const prev = tokens[i - 1];
  return is(tokens[i], "om") && isWord(prev) && i - 1 !== modal && !isSvAdverb(prev) && !svCoordinators.has(prev) && !svSubordinators.has(prev);
}

/**
 * A passive infinitive coordinated with the governed verb: "ska finnas på
 * flera språk och ges i olika format", "ska uppfylla kraven … och granskas
 * årligen". Stops where another clause starts.
 */
function coordinatedPassive(tokens: readonly Token[], from: number): ChainVerb | null {
  for (let i = from + 1; i < tokens.length && i <= from + 20; i++) {
    const t = tokens[i];
    if (!isWord(t)) {
      if (t.kind === "number" || t.text === "-" || t.text === "/") continue;
      return null;
    }
    if (finiteAt(tokens, i) || (svSubordinators.has(t) && !prepositionalOm(tokens, i, from))) return null;
    if (!svCoordinators.has(t)) continue;
    let j = i + 1;
    while (j < tokens.length && isSvAdverb(tokens[j])) j++;
    const v = tokens[j];
    if (isWord(v) && isSvPassiveInfinitiveForm(v) && !isSvNonPassiveS(v)) return { kind: "passive", verb: j, last: groupEnd(tokens, j) };
  }
  return null;
}

/**
 * The verb governed by the modal at `modal` (a passive coordinated with a
 * first verb included), or null when the chain ends before a verb.
 */
export function svGovernedVerb(tokens: readonly Token[], modal: number): ChainVerb | null {
  const first = svFirstGovernedVerb(tokens, modal);
  if (first && first.kind !== "passive") return coordinatedPassive(tokens, first.last) ?? first;
  return first;
}

/**
 * The first verb governed by the modal at `modal`, or null when the chain
 * ends before a verb (another clause starts, the sentence ends).
 */
function svFirstGovernedVerb(tokens: readonly Token[], modal: number): ChainVerb | null {
  let words = 0;
  // After a comma or a coordinator a new clause may start ("…, och nämnden ansvarar för …").
  let crossed = false;
  let i = modal + 1;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.kind === "number") {
      i++;
      continue;
    }
    if (t.kind !== "word") {
      if (t.text === "(") {
        const after = skipParenthesis(tokens, i);
        if (after < 0) return null;
        i = after;
        continue;
      }
      if (t.text === ",") {
        const after = skipCommaParenthetical(tokens, i);
        if (after > 0) {
          i = after;
          continue;
        }
      }
      // Commas of a list or a parenthetical, dashes, slashes: the middle field goes on.
      if (",–—-/'\u2019".includes(t.text)) {
        if (t.text === "," || t.text === "–" || t.text === "—") crossed = true;
        i++;
        continue;
      }
      return null;
    }
    const f = form(t);
    if (f === "ha") return afterHa(tokens, i);
    if (f === "bli") return afterBli(tokens, i);
    if (f === "vara") return { kind: "copula", verb: i, last: i };
    if (f === "kunna") {
      i++;
      continue;
    }
    if (isSvPassiveInfinitiveForm(t)) {
      if (isSvNonPassiveS(t) || reciprocalUse(tokens, modal, i)) return { kind: "non-passive-s", verb: i, last: i };
      return { kind: "passive", verb: i, last: groupEnd(tokens, i) };
    }
    if (prepositionalOm(tokens, i, modal)) {
      if (++words > MAX_MIDDLE_WORDS) return null;
      i++;
      continue;
    }
    const clauseEnd = skipClause(tokens, i);
    if (clauseEnd > 0) {
      i = clauseEnd;
      continue;
    }
    // An infinitive phrase inside the inverted subject: "bör möjligheten att införa ett brukarråd utredas".
    if (is(t, "att") && i - 1 !== modal && isWord(tokens[i + 1]) && isSvActiveInfinitiveForm(tokens[i + 1])) {
      words += 2;
      if (words > MAX_MIDDLE_WORDS) return null;
      i += 2;
      continue;
    }
    if (finiteAt(tokens, i) || svSubordinators.has(t)) return null;
    if (crossed && looksSvPresent(t) && startsClause(tokens, i)) return null;
    if (svCoordinators.has(t)) crossed = true;
    if (svCoordinators.has(t) || svPrepositions.has(t) || svDeterminers.has(t) || svPronouns.has(t) || isSvAdverb(t)) {
      if (++words > MAX_MIDDLE_WORDS) return null;
      i++;
      continue;
    }
    if (isSvActiveInfinitiveForm(t) && !afterNominal(tokens, i) && !adjectiveOfInvertedSubject(tokens, i)) {
      return { kind: "active", verb: i, last: i };
    }
    if (++words > MAX_MIDDLE_WORDS) return null;
    i++;
  }
  return null;
}

