/**
 * Does the sentence state an obligation, a goal or the organisation's own
 * planned action (`mr/vague-commitment` flags hedges only there)? Yes for a
 * modal ("ska", "will"), a goal ("målet är", "we aim to", "kommunen arbetar
 * för"), future plans ("kommer att"), present-tense statements of the
 * organisation's own procedure ("HR-stöd ges vid behov") and verb-less
 * fragments ("Hembesök vid behov."). No for descriptive past tense ("tolk
 * anlitades vid behov"), descriptions of other people ("residents who seek
 * to …"), "kan komma att" predicting what a law may cause, "i den mån"
 * delimiting a chapter's scope, and reported or quoted words.
 */
import type { Sentence, Token } from "../analysis/types.js";
import type { Language } from "../model/document.js";
import { HeadLexicon, isEnActorWord, isSvActorWord } from "./actors.js";
import { citedByLaw } from "./citations.js";
import { isConditional, isReported } from "./clauses.js";
import { enModalAt, isEnParticiple } from "./en-chain.js";
import type { HedgeMatch } from "./hedges.js";
import {
  EN_FUTURE_OR_GOAL,
  EN_OTHER_PEOPLE,
  EN_EXTERNAL_ORGANISATIONS,
  EN_PAST_FORMS,
  EN_PAST_SUBJECTS,
  EN_SCOPE_VERBS,
  SV_EXTERNAL_HEADS,
  SV_EXTERNAL_ORGANISATIONS,
  SV_EXTERNAL_SUBJECTS,
  SV_GOAL_CUES,
  SV_OTHER_PEOPLE,
  SV_SCOPE_VERBS,
  SV_SUPINE_LOOKALIKES,
} from "./lexicon-goals.js";
import {
  form,
  isSvActiveInfinitiveForm,
  isSvAdverb,
  isSvFinite,
  isSvModal,
  isSvNonVerbA,
  isSvPassiveInfinitiveForm,
  looksSvPast,
  looksSvPresent,
  svDeterminers,
  svPrepositions,
} from "./sv-words.js";
import { WordSet, grammarTokens, inQuotes, is, isWord, keyOf, matchWords, readingSentence } from "./words.js";

/** How far around a hedge its local context is read (tokens). */
const LOCAL = 40;
const svExternalSubjects = new WordSet(SV_EXTERNAL_SUBJECTS);
const svScopeVerbs = new WordSet(SV_SCOPE_VERBS);
const enScopeVerbs = new WordSet(EN_SCOPE_VERBS);
const svOtherPeople = new WordSet(SV_OTHER_PEOPLE);
const enOtherPeople = new WordSet(EN_OTHER_PEOPLE);
const enPast = new WordSet(EN_PAST_FORMS);
const enPastSubjects = new WordSet(EN_PAST_SUBJECTS);
const svExternal = new WordSet(SV_EXTERNAL_ORGANISATIONS);
const svExternalHeads = new HeadLexicon(SV_EXTERNAL_HEADS);
const svSupineLookalikes = new WordSet(SV_SUPINE_LOOKALIKES);
const svHedgeInfinitives = new WordSet(["verka", "sträva", "eftersträva"]);
const svPastSubjects = new WordSet(["vi", "man", "han", "hon", "jag", "ni"]);
/** Past forms of the hedge verbs themselves ("sought to", "strävade efter"). */
const hedgePast = new WordSet([
  "sought", "strove", "striven", "endeavoured", "endeavored", "strived", "strävade", "strävat", "eftersträvade", "eftersträvades",
  "eftersträvat", "eftersträvats", "verkade", "verkat",
]);
const enExternal = new WordSet(EN_EXTERNAL_ORGANISATIONS);
/** Supines too short for the ending test ("har haft", "har gjort"). */
const svShortSupines = new WordSet(["haft", "gjort", "fått", "sett", "tagit", "gett", "givit", "varit", "blivit", "gått", "stått", "hunnit"]);
const svGoalCues = SV_GOAL_CUES.map((cue) => cue.split(" "));
const enGoalCues = EN_FUTURE_OR_GOAL.map((cue) => cue.split(" "));

function hasCue(tokens: readonly Token[], cues: readonly string[][], quotes: Sentence["marks"]["quotes"]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(tokens[i]) || inQuotes(quotes, tokens[i].start, tokens[i].end)) continue;
    for (const cue of cues) if (matchWords(tokens, i, cue) > 0) return true;
  }
  return false;
}

/**
 * "kommer … att" with the middle field between ("resultatet kommer vid behov
 * att föranleda en revidering", "kommer under 2026 att"): a plan, like
 * "kommer att".
 */
function futureWithGap(tokens: readonly Token[], quotes: Sentence["marks"]["quotes"]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!is(tokens[i], "kommer") || inQuotes(quotes, tokens[i].start, tokens[i].end)) continue;
    for (let j = i + 2; j < tokens.length && j <= i + 5; j++) {
      const t = tokens[j];
      if (!isWord(t) && t.kind !== "number") break;
      if (is(t, "att")) return true;
    }
  }
  return false;
}

interface SentenceFacts {
  /** An obligation modal in the document's own voice. */
  own: boolean;
  /** An obligation modal that is quoted, reported or conditional. */
  others: boolean;
  past: boolean;
  goal: boolean;
}

/** Facts about a sentence, computed once however many hedges it holds (keeps long sentences linear). */
const factsCache = new WeakMap<Sentence, Partial<Record<Language, SentenceFacts>>>();

function factsOf(sentence: Sentence, language: Language): SentenceFacts {
  let entry = factsCache.get(sentence);
  if (!entry) {
    entry = {};
    factsCache.set(sentence, entry);
  }
  let facts = entry[language];
  if (!facts) {
    const tokens = grammarTokens(sentence);
    facts = {
      ...modals(sentence, language),
      past: hasPast(tokens, language),
      goal: hasCue(tokens, language === "sv" ? svGoalCues : enGoalCues, sentence.marks.quotes) || (language === "sv" && futureWithGap(tokens, sentence.marks.quotes)),
    };
    entry[language] = facts;
  }
  return facts;
}

/** The obligation modals of the sentence: those in the document's own voice, and those quoted, reported or conditional. */
function modals(sentence: Sentence, language: Language): { own: boolean; others: boolean } {
  const tokens = grammarTokens(sentence);
  const found = { own: false, others: false };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isWord(t)) continue;
    const modal = language === "sv" ? isSvModal(t) && !(is(t, "måste") && svDeterminers.has(tokens[i - 1])) : enModalAt(tokens, i) > 0;
    if (!modal) continue;
    if (inQuotes(sentence.marks.quotes, t.start, t.end) || isReported(tokens, i, language) || isConditional(tokens, i, language) || citedByLaw(tokens, i, language)) {
      found.others = true;
    }
    else found.own = true;
  }
  return found;
}

/** Swedish "-ade/-de/-te" past after a subject ("Kommunen anordnade", "vi erbjöd", "2023 anordnade"); not an adjective ("anpassade lokaler"). */
function svActivePastAt(tokens: readonly Token[], i: number): boolean {
  const w = form(tokens[i]);
  if (w.length < 6 || !/(ade|de|te)$/.test(w)) return false;
  const prev = tokens[i - 1];
  if (prev?.kind === "number") return true;
  if (!isWord(prev) || svDeterminers.has(prev)) return false;
  return svPastSubjects.has(prev) || /(en|et|na)$/.test(keyOf(prev));
}

/** Descriptive past: a past-tense or perfect verb ("anlitades", "har genomförts", "were provided"). */
function hasPast(tokens: readonly Token[], language: Language): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isWord(t)) continue;
    if (language === "sv") {
      if (looksSvPast(t) || svActivePastAt(tokens, i)) return true;
      if ((t.fold === "har" || t.fold === "hade") && supineFollows(tokens, i, language)) return true;
      if (svBareSupine(tokens, i)) return true;
    } else {
      if (enPast.has(t)) return true;
      if (["has", "have", "had"].includes(t.fold) && supineFollows(tokens, i, language)) return true;
      // "we offered", "the Council sought": an "-ed" form or "sought" right after a subject
      if ((/[a-z]ed$/.test(t.fold) || t.fold === "sought") && enPastSubjects.has(tokens[i - 1])) return true;
    }
  }
  return false;
}

/** A Swedish supine ("genomfört", "verkat", "tagit", "gjort"); not an adverb or a noun in -ts ("tydligt", "plats"). */
function isSvSupine(token: Token): boolean {
  if (svShortSupines.has(token)) return true;
  if (svSupineLookalikes.has(token)) return false;
  const w = form(token);
  return w.length > 4 && /(ats|ts|its|at|it|tt|ört|gt|kt|pt|vt|jt)$/.test(w) && !/(ligt|igt|samt|plats|sats|högt|mycket)$/.test(w);
}

const enMiddlePrepositions = new WordSet(["since", "for", "in", "during", "over", "throughout", "from", "under", "within", "across"]);

/**
 * "har" stands after a fronted adverbial, so its subject follows it ("Vid
 * behov har tolk anlitats", "Under 2023 har kommunen anlitat …").
 */
function svInvertedAfter(tokens: readonly Token[], i: number): boolean {
  let first = 0;
  while (first < i && !isWord(tokens[first]) && tokens[first].kind !== "number") first++;
  const t = tokens[first];
  if (first >= i || !(t.kind === "number" || svPrepositions.has(t) || isSvAdverb(t))) return false;
  for (let j = first + 1; j < i; j++) if (isSvFinite(tokens[j])) return false;
  return true;
}

/**
 * A supine after "har"/"has" over the middle field: adverbs, numbers, short
 * prepositional phrases and a parenthetical between commas ("har sedan 2019
 * verkat för", "har vid behov anlitat", "have, where possible, recruited"),
 * and an inverted subject ("Vid behov har tolk anlitats"). A determiner or
 * noun right after "har" is possession ("har ett mandat att …").
 */
function supineFollows(tokens: readonly Token[], i: number, language: Language): boolean {
  let phrase = 0;
  let subject = language === "sv" && svInvertedAfter(tokens, i) ? 3 : 0;
  for (let j = i + 1; j < tokens.length && j <= i + 10; j++) {
    const t = tokens[j];
    if (t.kind === "number") continue;
    if (t.text === ",") {
      let close = j + 1;
      while (close < tokens.length && close <= j + 8 && tokens[close].text !== "," && isWord(tokens[close])) close++;
      if (tokens[close]?.text !== ",") return false;
      j = close;
      continue;
    }
    if (!isWord(t)) return false;
    if (language === "sv" ? isSvSupine(t) : t.fold === "been" || (t.fold.length > 4 && t.fold.endsWith("ed")) || isEnParticiple(t)) return true;
    if (language === "sv" ? isSvAdverb(t) : /ly$/.test(t.fold) || ["also", "already", "long", "since", "not", "never", "always"].includes(t.fold)) continue;
    if (language === "sv" ? svPrepositions.has(t) : enMiddlePrepositions.has(t)) {
      // the noun phrase of the preposition: "sedan 2019", "under många år", "for the past three years"
      phrase = 3;
      continue;
    }
    if (phrase > 0) {
      phrase--;
      continue;
    }
    if (subject > 0) {
      subject--;
      continue;
    }
    return false;
  }
  return false;
}

/**
 * A supine without "har" in a subordinate clause, as Swedish writes the
 * perfect there ("Av rapporten framgår att personal i möjligaste mån
 * anpassat arbetet"): past, so descriptive. Not a participle used as an
 * adjective ("att ett anpassat arbetssätt …", "att arbetet är anpassat").
 */
function svBareSupine(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const w = form(t);
  if (w.length < 6 || !/(at|it)$/.test(w) || /(ligt|igt|samt)$/.test(w) || isSvAdverb(t) || svSupineLookalikes.has(t)) return false;
  const prev = tokens[i - 1];
  if (!isWord(prev) || svDeterminers.has(prev) || svPrepositions.has(prev) || /s$/.test(prev.fold) || isSvNonVerbA(prev)) return false;
  for (let j = i - 2; j >= 0 && j >= i - 8; j--) {
    const c = tokens[j];
    if (!isWord(c)) return false;
    // A finite verb in between, or an article opening a noun phrase the participle modifies ("att ett … anpassat arbetssätt").
    if (isSvFinite(c) || looksSvPast(c) || is(c, "en") || is(c, "ett")) return false;
    if (is(c, "att") || is(c, "som")) {
      // "att" + a subject ("att personal …"), not an infinitive marker ("att anpassa")
      return j + 1 < i - 1 && !isSvActiveInfinitiveForm(tokens[j + 1]);
    }
  }
  return false;
}

const clauseCoordinators: Record<Language, WordSet> = { sv: new WordSet(["och", "men", "samt", "medan"]), en: new WordSet(["and", "but", "while", "whereas"]) };

/** A coordinator at `i` that opens a verb phrase or clause of its own: a finite verb follows within four words. */
function opensVerbPhrase(tokens: readonly Token[], i: number, language: Language): boolean {
  if (!clauseCoordinators[language].has(tokens[i])) return false;
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    const t = tokens[j];
    if (!isWord(t)) return false;
    if (language === "sv" ? isSvFinite(t) || isSvModal(t) || looksSvPast(t) || (looksSvPresent(t) && !isSvNonVerbA(t)) : enModalAt(tokens, j) > 0 || enPast.has(t) || ["is", "are", "has", "have"].includes(t.fold)) {
      return true;
    }
  }
  return false;
}

/**
 * Descriptive past in the hedge's own clause or verb phrase: "Kommunen har
 * genomfört en kartläggning och kompletterar den vid behov" is present where
 * the hedge stands; "Tolk anlitades vid behov under 2023, och arbetet
 * fortsätter" is past there. Without a clause break the whole sentence's
 * tense (`sentencePast`) decides.
 */
function pastAround(tokens: readonly Token[], hedge: HedgeMatch, language: Language, sentencePast: boolean): boolean {
  if (!sentencePast) return false;
  let from = hedge.tokenStart;
  while (from > 0 && from > hedge.tokenStart - LOCAL) {
    const t = tokens[from - 1];
    if (t.kind === "punct" && (t.text === ";" || t.text === ":")) break;
    if (opensVerbPhrase(tokens, from - 1, language)) break;
    from--;
  }
  let to = hedge.tokenEnd;
  while (to < tokens.length && to < hedge.tokenEnd + LOCAL) {
    const t = tokens[to];
    if (t.kind === "punct" && (t.text === ";" || t.text === ":")) break;
    if (opensVerbPhrase(tokens, to, language)) break;
    to++;
  }
  if (from === 0 && to === tokens.length) return true;
  return hasPast(tokens.slice(from, to), language);
}

/** The hedge is a verb whose subject is other people: "residents who seek to", "hushåll som strävar efter". */
function othersAsSubject(tokens: readonly Token[], hedge: HedgeMatch, language: Language): boolean {
  if (!hedge.verb) return false;
  // An infinitive has no subject right before it ("Kommunen avser att i dialog med regionen som
  // kollektivtrafikmyndighet verka för …"): the word there is no subject.
  if (language === "sv" && svHedgeInfinitives.has(tokens[hedge.tokenStart])) return false;
  let j = hedge.tokenStart - 1;
  // "who often seek to", "som aktivt strävar efter"
  while (j >= 0 && j >= hedge.tokenStart - 3 && isWord(tokens[j]) && (language === "sv" ? isSvAdverb(tokens[j]) : /ly$/.test(tokens[j].fold) || ["also", "still", "often"].includes(tokens[j].fold))) j--;
  const t = tokens[j];
  if (!isWord(t)) return false;
  if (language === "en") return ["who", "that", "which"].includes(t.fold) || enOtherPeople.has(t) || enExternal.has(t);
  return is(t, "som") || svOtherPeople.has(t) || svExternal.has(t) || svExternalHeads.matches(t);
}

/**
 * "kan komma att" predicting what a law or the world may cause ("… lagen,
 * vars betoning … kan komma att påverka …"), not the organisation's plan
 * ("En enkät kan komma att genomföras", "Kommunen kan komma att ta fram …").
 */
function predictsEffect(tokens: readonly Token[], hedge: HedgeMatch): boolean {
  if (hedge.id !== "kan komma att") return false;
  const verb = tokens[hedge.tokenEnd];
  for (let j = hedge.tokenStart - 1; j >= 0 && j >= hedge.tokenStart - 4; j--) {
    const t = tokens[j];
    if (!isWord(t)) break;
    if (svExternalSubjects.has(t) || t.fold.endsWith("lagen")) return true;
    if (isSvActorWord(t, false)) return false;
  }
  // A passive verb is the organisation's own (postponed) measure; an active one without an acting subject predicts.
  return !(isWord(verb) && isSvPassiveInfinitiveForm(verb));
}

/**
 * "i den mån" delimiting what a text covers: "annat än i den mån …", or a
 * scope statement without an obligation ("Kapitlet behandlar X endast i den
 * mån …"). In an obligation it is the hedge ("ska genomföras i den mån …").
 */
function delimitsScope(tokens: readonly Token[], hedge: HedgeMatch, language: Language, ownModal: boolean): boolean {
  if (hedge.id !== "i den mån") return false;
  const prev = tokens[hedge.tokenStart - 1];
  if (is(prev, "än") || is(prev, "utom")) return true;
  const scope = language === "sv" ? svScopeVerbs : enScopeVerbs;
  return !ownModal && tokens.slice(Math.max(0, hedge.tokenStart - LOCAL), hedge.tokenEnd + LOCAL).some((t) => scope.has(t));
}

/** "möjligt för den enskilde att larma vid behov": the hedge belongs to another person's action. */
function inOthersInfinitive(tokens: readonly Token[], hedge: HedgeMatch, language: Language): boolean {
  const marker = language === "sv" ? "att" : "to";
  const forWord = language === "sv" ? "för" : "for";
  for (let j = hedge.tokenStart - 1; j >= 1 && j >= hedge.tokenStart - 8; j--) {
    const t = tokens[j];
    if (!isWord(t)) return false;
    if (!is(t, marker)) continue;
    for (let k = j - 1; k >= 0 && k >= j - 4; k--) if (is(tokens[k], forWord)) return true;
    return false;
  }
  return false;
}

/**
 * The sentence states an obligation, goal or own planned action. With
 * `hedge`, also judges the hedge's own context (its subject, what "kan komma
 * att" and "i den mån" do there).
 */
export function isObligationOrGoal(sentence: Sentence, language: Language, hedge?: HedgeMatch): boolean {
  return readingSentence(sentence, () => obligationOrGoal(sentence, language, hedge));
}

function obligationOrGoal(sentence: Sentence, language: Language, hedge?: HedgeMatch): boolean {
  const tokens = grammarTokens(sentence);
  const found = factsOf(sentence, language);
  if (hedge) {
    if (inQuotes(sentence.marks.quotes, hedge.start, hedge.end)) return false;
    // "Enligt minoritetslagen ska kommunen så långt det är möjligt samråda …": the law's own hedge.
    if (citedByLaw(tokens, hedge.tokenStart, language)) return false;
    if (othersAsSubject(tokens, hedge, language)) return false;
    if (language === "sv" && predictsEffect(tokens, hedge)) return false;
    if (delimitsScope(tokens, hedge, language, found.own)) return false;
  }
  if (found.own) return true;
  // "Föreningarna påpekade att lokalerna måste rustas upp": somebody else's obligation
  if (found.others) return false;
  if (found.goal) return true;
  if (hedge?.verb) {
    // "Kommunen verkar för …", "The Council seeks to …": the organisation's own aim in the present tense.
    const subject = tokens[hedge.tokenStart - 1];
    if (language === "sv" ? isSvActorWord(subject, false) : isEnActorWord(subject, false)) return !pastAround(tokens, hedge, language, found.past);
  }
  if (hedge ? pastAround(tokens, hedge, language, found.past) || hedgePast.has(tokens[hedge.tokenStart]) : found.past) return false;
  if (hedge && inOthersInfinitive(tokens, hedge, language)) return false;
  return true;
}
