/**
 * Sentence positions where a rule has something to look at: the union of
 * its term lists' `positionsWithMatches` (see term-list.ts), so that a rule
 * visits those sentences instead of every readable one.
 */
import type { Language } from "../../model/document.js";
import type { Sentence } from "../../analysis/types.js";
import type { LocalizedLexicon } from "./term-list.js";

/** The ascending union of two ascending position lists (a shared input when the other is empty). */
export function unionOfPositions(a: readonly number[], b: readonly number[]): readonly number[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i] : Infinity;
    const y = j < b.length ? b[j] : Infinity;
    if (x <= y) {
      out.push(x);
      i++;
      if (x === y) j++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

/**
 * Positions in `sentences` (ascending) where one of `lists` matches, or null
 * when one of them cannot tell (then every position may).
 */
export function positionsWithAnyMatch(lists: readonly LocalizedLexicon[], sentences: readonly Sentence[], language: Language): readonly number[] | null {
  let union: readonly number[] = [];
  for (const list of lists) {
    const positions = list.positionsWithMatches(sentences, language);
    if (positions === null) return null;
    union = unionOfPositions(union, positions);
  }
  return union;
}
