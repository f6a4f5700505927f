/**
 * Clause-level facts about a modal: does it stand in somebody else's
 * reported view ("X framhöll att … måste bedömas", "Residents told us that …
 * must be improved"), in a condition ("Om lokalen ska byggas om, …"), and
 * does another clause of the sentence name a body that acts
 * ("Krisledningsnämnden kan göra …, och skälen ska då dokumenteras";
 * "…, and the City will support …")?
 */
import type { Token } from "../analysis/types.js";
import type { Language } from "../model/document.js";
import { isEnActorWord, isSvActorGenitive, isSvActorWord } from "./actors.js";
import { enGovernedVerb, enModalAt } from "./en-chain.js";
import { EN_CONDITIONALS, EN_DETERMINERS, EN_RELATIVES, EN_REPORTING_VERBS } from "./lexicon-en.js";
import { SV_CONDITIONALS, SV_HEDGE_ADJECTIVES, SV_REPORTING_VERBS } from "./lexicon-sv.js";
import { svGovernedVerb } from "./sv-chain.js";
import {
  form,
  isSvAdverb,
  isSvFinite,
  isSvModal,
  isSvNonVerbA,
  looksSvPast,
  looksSvPresent,
  svCoordinators,
  svDeterminers,
  svPrepositions,
  svSubordinators,
} from "./sv-words.js";
import { WordSet, is, isWord, startsUpper } from "./words.js";

const svReporting = new WordSet(SV_REPORTING_VERBS);
const enReporting = new WordSet(EN_REPORTING_VERBS);
const svConditionals = new WordSet(SV_CONDITIONALS);
const enConditionals = new WordSet(EN_CONDITIONALS);
const enRelatives = new WordSet(EN_RELATIVES);
const enDeterminers = new WordSet(EN_DETERMINERS);
const hedgeAdjectives = new WordSet(SV_HEDGE_ADJECTIVES);
/** Auxiliaries whose chain decides whether their subject acts ("nämnden kan besluta", "kommunen får …"). */
const svChainAuxiliaries = new WordSet(["kan", "får", "kommer", "vill", "behöver"]);
const svClauseOpeners = new WordSet(["som", "när", "om", "då", "eftersom", "innan", "medan", "att", "så", "där", "tills", "vilken", "vilket"]);
const svCopulas = new WordSet(["är", "var", "blir", "blev", "vara", "bli"]);
const svJoining = new WordSet(["tillsammans", "samverkan", "samarbete", "samråd"]);

const CLAUSE_PUNCT = ";:";
/** How far back a clause is looked for (tokens): keeps run-on "sentences" (huge table cells, OCR noise) linear. */
const REACH = 60;
const ownVoice: Record<Language, WordSet> = { sv: new WordSet(["vi", "jag"]), en: new WordSet(["we", "i"]) };

/** Index of the first token of the clause holding `i`: after the last ";", ":" or sentence start. */
function sentencePartStart(tokens: readonly Token[], i: number): number {
  const stop = Math.max(0, i - REACH);
  for (let j = i - 1; j >= stop; j--) if (tokens[j].kind === "punct" && CLAUSE_PUNCT.includes(tokens[j].text)) return j + 1;
  return stop;
}

/**
 * The modal stands in somebody else's reported words: the that-clause of a
 * reporting verb ("framhöll att", "told us that") or after a colon that
 * follows one ("Residents told us: the buses must be improved").
 */
export function isReported(tokens: readonly Token[], modal: number, language: Language): boolean {
  const from = sentencePartStart(tokens, modal);
  const complementiser = language === "sv" ? "att" : "that";
  const reporting = language === "sv" ? svReporting : enReporting;
  const reportsAt = (r: number) => reporting.has(tokens[r]) && !ownVoice[language].has(tokens[r - 1]);
  for (let a = modal - 1; a >= from; a--) {
    const t = tokens[a];
    if (!isWord(t) || t.fold !== complementiser) continue;
    // "Vi anser att …", "We believe that …" are the document's own voice.
    for (let r = a - 1; r >= Math.max(from, a - 4); r--) if (reportsAt(r)) return true;
  }
  // English drops "that": "The guidance says councils should act …", "Residents told us services must …".
  if (language === "en") {
    for (let r = modal - 2; r >= Math.max(from, modal - 6); r--) {
      if (!reportsAt(r)) continue;
      let subject = true;
      for (let k = r + 1; k < modal; k++) {
        const t = tokens[k];
        if (!isWord(t) || enReporting.has(t) || enModalAt(tokens, k) > 0 || ["is", "are", "was", "were", "be", "to"].includes(t.fold)) subject = false;
      }
      if (subject) return true;
    }
  }
  const colon = from - 1;
  if (colon > 0 && tokens[colon].text === ":") {
    for (let r = colon - 1; r >= Math.max(0, colon - 3); r--) if (reportsAt(r)) return true;
  }
  return false;
}

/** Start of the clause of `i` for the purpose of conditions: after the last comma, ";" or ":". */
function commaClauseStart(tokens: readonly Token[], i: number): number {
  const stop = Math.max(0, i - REACH);
  for (let j = i - 1; j >= stop; j--) if (tokens[j].kind === "punct" && ",;:".includes(tokens[j].text)) return j + 1;
  return stop;
}

/**
 * The modal is the finite verb of a conditional clause ("Om verksamheten
 * ska läggas ner, …", "If the centre is to be closed, …"): hypothetical,
 * not an obligation. A fronted condition followed by the main clause
 * ("Om lokalen byggs om ska barn tillfrågas") has its own finite verb first.
 */
export function isConditional(tokens: readonly Token[], modal: number, language: Language): boolean {
  const start = commaClauseStart(tokens, modal);
  let first = start;
  while (first < modal && !isWord(tokens[first])) first++;
  if (first >= modal) return false;
  const opener = tokens[first];
  if (!(language === "sv" ? svConditionals.has(opener) : enConditionals.has(opener))) return false;
  // "om möjligt ska …": a hedge, not a condition clause
  const next = tokens[first + 1];
  if (language === "sv" && hedgeAdjectives.has(next)) return false;
  for (let j = first + 1; j < modal; j++) {
    const t = tokens[j];
    if (language === "sv" ? isSvFinite(t) || (looksSvPresent(t) && !isSvNonVerbA(t)) : isWord(t) && ["is", "are", "was", "were", "has", "have", "does", "do"].includes(t.fold)) {
      return false;
    }
  }
  return true;
}

/** A Swedish word that can end a noun phrase (not a verb form, adverb, preposition or subordinator). */
function nominalSv(token: Token): boolean {
  return !(isSvFinite(token) || looksSvPast(token) || isSvAdverb(token) || svPrepositions.has(token) || svSubordinators.has(token) || svCoordinators.has(token));
}

/** Walks back from an actor word over its noun phrase; returns the index of the phrase's first token. */
function phraseStart(tokens: readonly Token[], i: number, language: Language): number {
  let s = i;
  while (s > 0) {
    const prev = tokens[s - 1];
    if (!isWord(prev)) break;
    if (language === "sv") {
      // "invånare eller medarbetare": a coordinated noun phrase goes on before the coordinator.
      if (svCoordinators.has(prev) && isWord(tokens[s - 2]) && nominalSv(tokens[s - 2])) {
        s -= 2;
        continue;
      }
      const w = form(prev);
      const nominal = svDeterminers.has(prev) || isSvNonVerbA(prev) || /(s|ig|isk|lig|ad|ade|da|de|ande|ende)$/.test(w) || startsUpper(prev);
      if (!nominal || svCoordinators.has(prev) || svSubordinators.has(prev) || svPrepositions.has(prev) || isSvModal(prev)) break;
    } else {
      if (["and", "or"].includes(prev.fold) && isWord(tokens[s - 2]) && !enRelatives.has(tokens[s - 2]) && !/(ed)$/.test(tokens[s - 2].fold)) {
        s -= 2;
        continue;
      }
      const ok = enDeterminers.has(prev) || startsUpper(prev) || prev.fold.endsWith("'s") || /(al|ic|ive|ous|ful|ed)$/.test(prev.fold);
      if (!ok || enRelatives.has(prev)) break;
      if (["to", "of", "with", "for", "from", "by", "in", "on", "at", "into", "through"].includes(prev.fold)) break;
    }
    s--;
  }
  return s;
}

/** What stands before a subject: nothing, clause punctuation, a coordinator or an adverbial subordinator. */
function opensClause(tokens: readonly Token[], s: number, language: Language): boolean {
  const before = tokens[s - 1];
  if (before === undefined) return true;
  if (before.kind === "punct") return ",;:(–—".includes(before.text);
  if (!isWord(before)) return false;
  const f = before.fold;
  if (language === "sv") {
    // "den plan som utföraren upprättar": a body as subject of a relative clause still acts.
    return svCoordinators.has(before) || svClauseOpeners.has(before);
  }
  return ["and", "but", "or", "while", "whereas", "when", "if", "once", "after", "before", "until", "so", "as", "because", "then", "that", "which", "whom"].includes(f);
}

/** English finite active verb after a subject: a modal + active infinitive, or a present/past form. */
function enActsAt(tokens: readonly Token[], v: number): boolean {
  const t = tokens[v];
  if (!isWord(t) || enReporting.has(t)) return false; // "we believe that …" states a view, it carries nothing out
  if (enModalAt(tokens, v) > 0 || ["can", "may", "would", "could"].includes(t.fold)) {
    if (["can", "may", "would", "could"].includes(t.fold)) return !(isWord(tokens[v + 1]) && tokens[v + 1].fold === "be");
    const chain = enGovernedVerb(tokens, v);
    return chain !== null && chain.kind === "active";
  }
  if (["is", "are", "was", "were", "be", "been"].includes(t.fold)) return false;
  if (["has", "have", "had"].includes(t.fold)) return !(isWord(tokens[v + 1]) && tokens[v + 1].fold === "been");
  if (startsUpper(t) || t.fold.endsWith("'s")) return false;
  if (!/(s|ed)$/.test(t.fold) || /(ss|us|is|ics)$/.test(t.fold)) return false;
  // A finite verb takes an object, a clause or a preposition; a plural noun after a modifier ("School trips") does not.
  const next = tokens[v + 1];
  return isWord(next) && (enDeterminers.has(next) || ["to", "that", "with", "on", "for", "in", "how", "whether", "up", "out", "us", "them", "it", "all", "residents", "people"].includes(next.fold) || startsUpper(next));
}

/** Swedish finite active verb after a subject (or the inverted subject of a modal before it). */
function svActsAt(tokens: readonly Token[], v: number): boolean {
  const t = tokens[v];
  if (!isWord(t) || startsUpper(t) || svReporting.has(t)) return false; // "vi anser att …" states a view
  if (isSvModal(t) || svChainAuxiliaries.has(t)) {
    const chain = svGovernedVerb(tokens, v);
    return chain !== null && chain.kind === "active";
  }
  const w = form(t);
  if (svCopulas.has(t)) return false;
  if (w === "har" || w === "hade") {
    const chain = svGovernedVerb(tokens, v);
    return chain === null || chain.kind === "active";
  }
  if (/[^aeiouyåäö]s$/.test(w) || w.endsWith("as")) return false; // present passive: "nämnden informeras"
  return looksSvPresent(t) || looksSvPast(t);
}

/** "tillsammans med utföraren", "together with the City": a body joined to another actor. */
function joinedAt(tokens: readonly Token[], s: number, language: Language): boolean {
  const withWord = tokens[s - 1];
  const joining = tokens[s - 2];
  return language === "sv"
    ? is(withWord, "med") && svJoining.has(joining)
    : is(withWord, "with") && ["together", "jointly", "partnership", "collaboration"].includes(joining?.fold ?? "");
}

/**
 * A body joined to the acting subject: "den enskilde tillsammans med
 * utföraren bestämmer" (the verb follows) or "den enskilde bestämmer
 * tillsammans med utföraren" (the verb stands before the joining phrase).
 */
function coSubject(tokens: readonly Token[], s: number, language: Language, actsAfter: boolean): boolean {
  if (!joinedAt(tokens, s, language)) return false;
  if (actsAfter) return true;
  let v = s - 3;
  while (v >= 0 && isWord(tokens[v]) && (language === "sv" ? isSvAdverb(tokens[v]) : /ly$/.test(tokens[v].fold))) v--;
  return language === "sv" ? svActsAt(tokens, v) || (isWord(tokens[v]) && looksSvPresent(tokens[v]) && !isSvFinite(tokens[v]) && !/s$/.test(tokens[v].fold)) : enActsAt(tokens, v);
}

function skipAdverbsForward(tokens: readonly Token[], i: number, language: Language): number {
  let j = i;
  while (j < tokens.length && j < i + 3 && isWord(tokens[j]) && (language === "sv" ? isSvAdverb(tokens[j]) : /ly$/.test(tokens[j].fold) || ["also", "then", "not", "now"].includes(tokens[j].fold))) j++;
  return j;
}

/** Capitalised words from `i` on; returns the index of the last. */
function capitalisedRunEnd(tokens: readonly Token[], i: number): number {
  let end = i;
  while (isWord(tokens[end + 1]) && startsUpper(tokens[end + 1])) end++;
  return end;
}

/**
 * The last token of an English name that starts at `i`: capitalised words,
 * and a role's "of"/"for" phrase of capitalised words ("the Director of
 * Public Health", "the Head of Housing and Communities", "Cabinet Member for
 * Adult Social Care").
 */
function enNameEnd(tokens: readonly Token[], i: number): number {
  let end = capitalisedRunEnd(tokens, i);
  const link = tokens[end + 1];
  if (!isWord(link) || !["of", "for"].includes(link.fold)) return end;
  let k = end + 2;
  if (isWord(tokens[k]) && tokens[k].fold === "the") k++;
  if (!startsUpper(tokens[k])) return end;
  end = capitalisedRunEnd(tokens, k);
  // "of Health and Wellbeing", "of Housing & Communities"
  while ((isWord(tokens[end + 1]) && tokens[end + 1].fold === "and") || tokens[end + 1]?.text === "&") {
    if (!startsUpper(tokens[end + 2])) break;
    end = capitalisedRunEnd(tokens, end + 2);
  }
  return end;
}

const svRolePrepositions = new WordSet(["för", "i", "på", "inom", "vid"]);

/**
 * The last token of a Swedish role with a prepositional phrase naming its
 * body ("Ordföranden i socialnämnden", "Rektor på varje skola", "Enhetschefen
 * inom hemtjänsten"): the verb follows the phrase.
 */
function svRoleEnd(tokens: readonly Token[], i: number): number {
  if (!svRolePrepositions.has(tokens[i + 1])) return i;
  for (let k = i + 2; k < tokens.length && k <= i + 4; k++) {
    const t = tokens[k];
    if (!isWord(t)) return i;
    if (isSvActorWord(t, false) || startsUpper(t)) return k;
    if (!(svDeterminers.has(t) || isSvNonVerbA(t))) return i;
  }
  return i;
}

/**
 * A named body or role is the acting subject of a clause of the sentence
 * outside [from, to] (the passive clause's own subject and middle field):
 * "Krisledningsnämnden kan göra …, och skälen ska då dokumenteras". A body
 * named only as recipient ("till tillståndsenheten", "to Cabinet") or as the
 * subject of the passive itself ("Ungdomsrådet ska ges möjlighet") is not.
 */
export function actingBodyOutside(tokens: readonly Token[], language: Language, from: number, to: number): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (i >= from && i <= to) continue;
    const t = tokens[i];
    if (!isWord(t)) continue;
    const actor = language === "sv" ? isSvActorWord(t, false) : isEnActorWord(t, false) || (startsUpper(t) && i > 0 && isWord(tokens[i - 1]) && tokens[i - 1].fold === "the");
    if (!actor) continue;
    if (language === "en" && t.fold.endsWith("'s")) continue;
    // Swedish genitive "kommunens", "nämndens": a modifier, not a subject.
    if (language === "sv" && (isSvActorGenitive(t) || (/(ens|ets|ns|s)$/.test(t.fold) && isWord(tokens[i + 1]) && !isSvFinite(tokens[i + 1]) && !looksSvPresent(tokens[i + 1])))) continue;
    // Extend over a multi-word name ("the Hollin Vale Council", "Age UK", "the Head of Housing").
    const end = language === "en" ? enNameEnd(tokens, i) : svRoleEnd(tokens, i);
    const s = phraseStart(tokens, i, language);
    if (s >= from && s <= to) continue;
    // English singular nouns need a determiner to be a subject ("School trips …" is a compound, "the City will …" a subject).
    if (language === "en" && s === i && !t.fold.endsWith("s") && t.fold !== "we" && t.fold !== "staff" && !(startsUpper(t) && i > 0)) continue;
    const verb = skipAdverbsForward(tokens, end + 1, language);
    const acts = language === "sv" ? svActsAt(tokens, verb) : enActsAt(tokens, verb);
    if ((acts && opensClause(tokens, s, language)) || coSubject(tokens, s, language, acts)) return true;
    // Swedish inverted order: "då ska kommunen pröva …", "I områden … ska kommunen … pröva".
    if (language === "sv") {
      const before = tokens[s - 1];
      if (isSvModal(before) || svChainAuxiliaries.has(before) || is(before, "har")) {
        const chain = svGovernedVerb(tokens, s - 1);
        if (chain && chain.kind === "active" && chain.verb > end) return true;
      }
    }
  }
  return false;
}
