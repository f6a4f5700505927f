/**
 * Finds the hedges of `mr/vague-commitment` in a sentence: one match per
 * hedge, longest first, on the folded words (so "i m6jligaste man" and "i
 * mojligaste man" are "i möjligaste mån"; words hyphenated across lines are
 * already joined by the parser). Hedges inside quotation marks are not the
 * document's own words and are left out. Whether the sentence states an
 * obligation or goal is `isObligationOrGoal`'s question.
 */
import type { Sentence, Token } from "../analysis/types.js";
import type { Language } from "../model/document.js";
import { HEDGES, SV_VERKA_FOR_TOO, type HedgePattern } from "./lexicon-hedges.js";
import { WordSet, grammarTokens, inQuotes, isWord, readingSentence } from "./words.js";

export interface HedgeMatch {
  /** The hedge as listed in the rule catalogue ("i möjligaste mån", "seek to"). */
  id: string;
  /** Token indexes in the sentence, end exclusive. */
  tokenStart: number;
  tokenEnd: number;
  /** Block-text offsets. */
  start: number;
  end: number;
  /** The hedge is a verb ("sträva efter", "seek to") whose subject matters. */
  verb: boolean;
}

const verkaForToo = new WordSet(SV_VERKA_FOR_TOO);

const byLanguage: Record<Language, HedgePattern[]> = {
  sv: HEDGES.filter((h) => h.language === "sv").sort((a, b) => b.words.length - a.words.length),
  en: HEDGES.filter((h) => h.language === "en").sort((a, b) => b.words.length - a.words.length),
};

/** The patterns (longest first) by the folds their first word may have: only those can start at a token. */
function byFirstWord(patterns: readonly HedgePattern[]): Map<string, HedgePattern[]> {
  const index = new Map<string, HedgePattern[]>();
  for (const pattern of patterns) {
    for (const fold of pattern.words[0] ?? []) {
      const list = index.get(fold);
      if (!list) index.set(fold, [pattern]);
      else if (!list.includes(pattern)) list.push(pattern);
    }
  }
  return index;
}

const startingWith: Record<Language, Map<string, HedgePattern[]>> = { sv: byFirstWord(byLanguage.sv), en: byFirstWord(byLanguage.en) };
const NO_PATTERNS: readonly HedgePattern[] = [];

function matchAt(tokens: readonly Token[], i: number, pattern: HedgePattern): number {
  let j = i;
  for (const alternatives of pattern.words) {
    const t = tokens[j];
    if (!isWord(t) || !alternatives.includes(t.fold)) return -1;
    j++;
  }
  return j;
}

/** Look-alikes of a listed hedge in context. */
function isLookalike(tokens: readonly Token[], pattern: HedgePattern, start: number, end: number): boolean {
  if (pattern.id === "verka för") {
    // "verkar för dyrt" (seems too expensive), "verka för sig själv"
    const next = tokens[end];
    return isWord(next) && verkaForToo.has(next);
  }
  if (pattern.id === "as appropriate") {
    // "such as appropriate housing": "as" of "such as" before an adjective
    const prev = tokens[start - 1];
    return isWord(prev) && prev.fold === "such";
  }
  if (pattern.id === "where appropriate" || pattern.id === "where possible") {
    // "where appropriate support is available": the adjective of a noun in a relative clause
    const next = tokens[end];
    const after = tokens[end + 1];
    return isWord(next) && isWord(after) && ["is", "are", "exists", "exist"].includes(after.fold) && !["and", "or", "to", "in", "for", "with", "by"].includes(next.fold);
  }
  return false;
}

/** The hedges of the sentence, in text order, excluding quoted ones and look-alikes. */
export function findHedges(sentence: Sentence, language: Language): HedgeMatch[] {
  const index = startingWith[language];
  // A hedge starts at a word its first word can be (the index is by fold): most sentences have none.
  if (!sentence.tokens.some((t) => t.kind === "word" && index.has(t.fold))) return [];
  return readingSentence(sentence, () => hedgesIn(sentence, index));
}

function hedgesIn(sentence: Sentence, index: Map<string, HedgePattern[]>): HedgeMatch[] {
  const tokens = grammarTokens(sentence);
  const found: HedgeMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(tokens[i])) continue;
    for (const pattern of index.get(tokens[i].fold) ?? NO_PATTERNS) {
      const end = matchAt(tokens, i, pattern);
      if (end < 0) continue;
      if (isLookalike(tokens, pattern, i, end)) break;
      const start = tokens[i].start;
      const stop = tokens[end - 1].end;
      if (!inQuotes(sentence.marks.quotes, start, stop)) {
        found.push({ id: pattern.id, tokenStart: i, tokenEnd: end, start, end: stop, verb: pattern.verb ?? false });
      }
      i = end - 1;
      break;
    }
  }
  return found;
}
