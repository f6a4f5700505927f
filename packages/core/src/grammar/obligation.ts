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
import { isEnActorWord, isSvActorWord } from "./actors.js";
import { isConditional, isReported } from "./clauses.js";
import { enModalAt } from "./en-chain.js";
import type { HedgeMatch } from "./hedges.js";
import {
  EN_FUTURE_OR_GOAL,
  EN_OTHER_PEOPLE,
  EN_EXTERNAL_ORGANISATIONS,
  EN_PAST_FORMS,
  EN_PAST_SUBJECTS,
  EN_SCOPE_VERBS,
  SV_EXTERNAL_ORGANISATIONS,
  SV_EXTERNAL_SUBJECTS,
  SV_GOAL_CUES,
  SV_OTHER_PEOPLE,
  SV_SCOPE_VERBS,
} from "./lexicon-goals.js";
import { form, isSvAdverb, isSvModal, isSvPassiveInfinitiveForm, looksSvPast, svDeterminers } from "./sv-words.js";
import { WordSet, grammarTokens, inQuotes, is, isWord, keyOf, matchWords } from "./words.js";

const svExternalSubjects = new WordSet(SV_EXTERNAL_SUBJECTS);
const svScopeVerbs = new WordSet(SV_SCOPE_VERBS);
const enScopeVerbs = new WordSet(EN_SCOPE_VERBS);
const svOtherPeople = new WordSet(SV_OTHER_PEOPLE);
const enOtherPeople = new WordSet(EN_OTHER_PEOPLE);
const enPast = new WordSet(EN_PAST_FORMS);
const enPastSubjects = new WordSet(EN_PAST_SUBJECTS);
const svExternal = new WordSet(SV_EXTERNAL_ORGANISATIONS);
const svPastSubjects = new WordSet(["vi", "man", "han", "hon", "jag", "ni"]);
/** Past forms of the hedge verbs themselves ("sought to", "strävade efter"). */
const hedgePast = new WordSet(["sought", "strove", "endeavoured", "endeavored", "strived", "strävade", "eftersträvade", "eftersträvades", "verkade"]);
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

/** The obligation modals of the sentence: those in the document's own voice, and those quoted, reported or conditional. */
function modals(sentence: Sentence, language: Language): { own: boolean; others: boolean } {
  const tokens = grammarTokens(sentence);
  const found = { own: false, others: false };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isWord(t)) continue;
    const modal = language === "sv" ? isSvModal(t) && !(is(t, "måste") && svDeterminers.has(tokens[i - 1])) : enModalAt(tokens, i) > 0;
    if (!modal) continue;
    if (inQuotes(sentence.marks.quotes, t.start, t.end) || isReported(tokens, i, language) || isConditional(tokens, i, language)) found.others = true;
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
    } else {
      if (enPast.has(t)) return true;
      if (["has", "have", "had"].includes(t.fold) && supineFollows(tokens, i, language)) return true;
      // "we offered", "the Council sought": an "-ed" form or "sought" right after a subject
      if ((/[a-z]ed$/.test(t.fold) || t.fold === "sought") && enPastSubjects.has(tokens[i - 1])) return true;
    }
  }
  return false;
}

function supineFollows(tokens: readonly Token[], i: number, language: Language): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    const t = tokens[j];
    if (!isWord(t)) return false;
    const w = form(t);
    if (language === "sv" && (svShortSupines.has(t) || (w.length > 4 && /(ats|ts|its|at|it|tt|ts)$/.test(w) && !/(ligt|igt|samt|plats|sats)$/.test(w)))) return true;
    if (language === "en" && (w === "been" || (w.length > 4 && w.endsWith("ed")))) return true;
  }
  return false;
}

/** The hedge is a verb whose subject is other people: "residents who seek to", "hushåll som strävar efter". */
function othersAsSubject(tokens: readonly Token[], hedge: HedgeMatch, language: Language): boolean {
  if (!hedge.verb) return false;
  let j = hedge.tokenStart - 1;
  // "who often seek to", "som aktivt strävar efter"
  while (j >= 0 && j >= hedge.tokenStart - 3 && isWord(tokens[j]) && (language === "sv" ? isSvAdverb(tokens[j]) : /ly$/.test(tokens[j].fold) || ["also", "still", "often"].includes(tokens[j].fold))) j--;
  const t = tokens[j];
  if (!isWord(t)) return false;
  if (language === "en") return ["who", "that", "which"].includes(t.fold) || enOtherPeople.has(t) || enExternal.has(t);
  return is(t, "som") || svOtherPeople.has(t) || svExternal.has(t);
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
  return !ownModal && tokens.some((t) => scope.has(t));
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
  const tokens = grammarTokens(sentence);
  const found = modals(sentence, language);
  if (hedge) {
    if (inQuotes(sentence.marks.quotes, hedge.start, hedge.end)) return false;
    if (othersAsSubject(tokens, hedge, language)) return false;
    if (language === "sv" && predictsEffect(tokens, hedge)) return false;
    if (delimitsScope(tokens, hedge, language, found.own)) return false;
  }
  if (found.own) return true;
  // "Föreningarna påpekade att lokalerna måste rustas upp": somebody else's obligation
  if (found.others) return false;
  if (hasCue(tokens, language === "sv" ? svGoalCues : enGoalCues, sentence.marks.quotes)) return true;
  if (hedge?.verb) {
    // "Kommunen verkar för …", "The Council seeks to …": the organisation's own aim in the present tense.
    const subject = tokens[hedge.tokenStart - 1];
    if (language === "sv" ? isSvActorWord(subject, false) : isEnActorWord(subject, false)) return !hasPast(tokens, language);
  }
  if (hasPast(tokens, language) || (hedge && hedgePast.has(tokens[hedge.tokenStart]))) return false;
  if (hedge && inOthersInfinitive(tokens, hedge, language)) return false;
  return true;
}
