/**
 * Sentence patterns implemented by core's grammar module (clause-level
 * analysis in code: verb chains, agents, acting bodies, hedge contexts).
 * A rule file names them: `pattern: hidden-actor` or `pattern: hedge-in-obligation`.
 */
import type { Sentence } from "../../analysis/types.js";
import { findHedges, findHiddenActor, isObligationOrGoal } from "../../grammar/index.js";
import type { Language } from "../../model/document.js";

export interface GrammarFinding {
  start: number;
  end: number;
  data: Record<string, string>;
}

/**
 * No findings (most sentences). Shared and frozen: the pattern rule keeps each sentence's findings
 * with the sentence's analysis, and one list for all of them is one object less per sentence.
 */
export const NO_FINDINGS: readonly GrammarFinding[] = Object.freeze([]);

/** `mr/hidden-actor`: modal + passive in one verb chain, nobody named to carry it out. At most one per sentence. */
export function hiddenActorFindings(sentence: Sentence, language: Language, blockText: string): readonly GrammarFinding[] {
  const found = findHiddenActor(sentence, language);
  if (!found) return NO_FINDINGS;
  return [{ start: found.start, end: found.end, data: { modal: sentence.tokens[found.modal]?.text ?? "", verb: sentence.tokens[found.verb]?.text ?? "", phrase: blockText.slice(found.start, found.end) } }];
}

/** `mr/vague-commitment`: each listed hedge in a sentence that states an obligation, goal or own planned action. */
export function hedgeInObligationFindings(sentence: Sentence, language: Language, blockText: string): readonly GrammarFinding[] {
  const hedges = findHedges(sentence, language);
  if (hedges.length === 0) return NO_FINDINGS;
  const found = hedges
    .filter((hedge) => isObligationOrGoal(sentence, language, hedge))
    .map((hedge) => ({ start: hedge.start, end: hedge.end, data: { phrase: blockText.slice(hedge.start, hedge.end), hedge: hedge.id } }));
  return found.length === 0 ? NO_FINDINGS : found;
}
