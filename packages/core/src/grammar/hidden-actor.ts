/**
 * `mr/hidden-actor`: an obligation modal governing a passive verb in the
 * same verb chain, in a sentence that names nobody to carry it out
 * (RULES.md, "Conventions for the hard cases"). One finding per sentence, at
 * the first such modal: the label sits on the modal's line.
 */
import type { Sentence, Token } from "../analysis/types.js";
import type { Language } from "../model/document.js";
import { agentIndex } from "./actors.js";
import { citedByLaw } from "./citations.js";
import { actingBodyOutside, isConditional, isReported } from "./clauses.js";
import { enGovernedVerb, enModalAt, mayBeEnModal } from "./en-chain.js";
import { svGovernedVerb, type ChainVerb } from "./sv-chain.js";
import { isSvModal, mayBeSvModal, svDeterminers } from "./sv-words.js";
import { WordSet, grammarTokens, inQuotes, is, isWord, readingSentence } from "./words.js";

export interface HiddenActorFinding {
  /** Token index of the modal ("ska", "will", "is" of "is to"). */
  modal: number;
  /** Token index of the passive verb (participle, s-form). */
  verb: number;
  /** Block-text offsets: from the modal's start to the end of the verb group ("ska följas upp"). */
  start: number;
  end: number;
}

function isModalAt(tokens: readonly Token[], i: number, language: Language): boolean {
  const t = tokens[i];
  if (!isWord(t)) return false;
  if (language === "en") return enModalAt(tokens, i) > 0;
  if (!isSvModal(t)) return false;
  // "ett måste" is a noun
  const prev = tokens[i - 1];
  return !(is(t, "måste") && svDeterminers.has(prev));
}

function governed(tokens: readonly Token[], modal: number, language: Language): ChainVerb | null {
  return language === "sv" ? svGovernedVerb(tokens, modal) : enGovernedVerb(tokens, modal);
}

/**
 * Words that open the modal's clause. Coordinators count too: an actor word
 * before "och"/"and" must still be followed by an acting verb of its own to
 * name the actor ("Nämnden beslutar … och beslutet ska meddelas").
 */
const CLAUSE_OPENERS: Record<Language, WordSet> = {
  sv: new WordSet(["att", "som", "hur", "när", "där", "eftersom", "vilket", "vilka", "vilken", "innan", "medan", "tills", "ifall", "vars", "och", "men", "samt", "eller"]),
  en: new WordSet(["that", "which", "who", "whom", "whose", "how", "when", "where", "because", "before", "after", "until", "while", "whether", "and", "but", "or"]),
};

/** The first token of the modal's clause: after the last comma, ";", ":", subordinator or coordinator before it. */
function clauseStartBefore(tokens: readonly Token[], modal: number, language: Language): number {
  const stop = Math.max(0, modal - 60);
  for (let j = modal - 1; j >= stop; j--) {
    const t = tokens[j];
    if (t.kind === "punct" && ",;:".includes(t.text)) return j + 1;
    if (CLAUSE_OPENERS[language].has(t)) return j;
  }
  return stop;
}

/**
 * The hidden-actor finding of one sentence, or null. The range starts at the
 * modal, so the diagnostic's line is the modal's line.
 */
export function findHiddenActor(sentence: Sentence, language: Language): HiddenActorFinding | null {
  // Without a word that can be a modal there is nothing to find: skip the grammar view.
  if (!sentence.tokens.some(language === "sv" ? mayBeSvModal : mayBeEnModal)) return null;
  return readingSentence(sentence, () => hiddenActorIn(sentence, language));
}

function hiddenActorIn(sentence: Sentence, language: Language): HiddenActorFinding | null {
  const tokens = grammarTokens(sentence);
  const quotes = sentence.marks.quotes;
  const quoted = (i: number) => inQuotes(quotes, tokens[i].start, tokens[i].end);
  for (let m = 0; m < tokens.length; m++) {
    if (!isModalAt(tokens, m, language) || quoted(m)) continue;
    const chain = governed(tokens, m, language);
    if (!chain || chain.kind !== "passive") continue;
    if (quoted(chain.verb) || isReported(tokens, m, language) || isConditional(tokens, m, language) || citedByLaw(tokens, m, language)) continue;
    if (agentIndex(tokens, language, quoted) >= 0) return null;
    const from = clauseStartBefore(tokens, m, language);
    if (actingBodyOutside(tokens, language, from, chain.last)) return null;
    return { modal: m, verb: chain.verb, start: tokens[m].start, end: tokens[chain.last].end };
  }
  return null;
}
