/**
 * Small helpers over tokens that every grammar function needs: word sets
 * compared on the folded key (so "beaktas", "beaktas" without diacritics and
 * OCR "g6ras" meet the same entry), capitalisation tests that do not depend
 * on regular-expression flags, and neighbours that skip punctuation.
 */
import { foldText, lowerText } from "../analysis/fold.js";
import type { Sentence, Token } from "../analysis/types.js";

/**
 * A token as the grammar reads it: `strict` when the document keeps its
 * å/ä/ö (`Sentence.strictDiacritics`), so that "har" is not "här", "rad" not
 * "råd" and "bor" not "bör"; otherwise words are compared on the fold, which
 * also reads OCR text ("f6ljas", "sérskild").
 */
export type GrammarToken = Token & { strict?: boolean };

const views = new WeakMap<Sentence, GrammarToken[]>();

/** The sentence's tokens marked strict or loose (cached per sentence). */
export function grammarTokens(sentence: Sentence): GrammarToken[] {
  let view = views.get(sentence);
  if (!view) {
    const strict = sentence.strictDiacritics === true;
    view = sentence.tokens.map((t) => ({ ...t, strict }));
    views.set(sentence, view);
  }
  return view;
}

/** The token's matching key: lower case in strict text, the fold otherwise. */
export function keyOf(token: Token): string {
  return (token as GrammarToken).strict ? token.lower : token.fold;
}

/** A set of words: exact lower-case spelling always matches; the fold only in text that lost its diacritics. */
export class WordSet {
  private readonly lowers = new Set<string>();
  private readonly folds = new Set<string>();

  constructor(entries: Iterable<string>) {
    for (const entry of entries) {
      this.lowers.add(lowerText(entry));
      this.folds.add(foldText(entry));
    }
  }

  has(token: Token | undefined): boolean {
    if (token === undefined || token.kind !== "word") return false;
    if (this.lowers.has(token.lower)) return true;
    return !(token as GrammarToken).strict && this.folds.has(token.fold);
  }

  /** The exact lower-case spelling is in the set (no folding). */
  hasExact(token: Token | undefined): boolean {
    return token !== undefined && token.kind === "word" && this.lowers.has(token.lower);
  }

  /** A bare key (already lower-cased or folded). */
  hasKey(key: string): boolean {
    return this.lowers.has(key) || this.folds.has(key);
  }

  get size(): number {
    return this.lowers.size;
  }
}

/** The token is the word `word` (same rule as WordSet). */
export function is(token: Token | undefined, word: string): boolean {
  if (token === undefined || token.kind !== "word") return false;
  if (token.lower === word) return true;
  return !(token as GrammarToken).strict && token.fold === foldText(word);
}

/** A token of kind "word" (the guard narrows only when true: other tokens stay tokens). */
export type WordToken = Token & { kind: "word" };

export function isWord(token: Token | undefined): token is WordToken {
  return token !== undefined && token.kind === "word";
}

export function isPunct(token: Token | undefined, chars?: string): boolean {
  if (token === undefined || token.kind === "word" || token.kind === "number") return false;
  return chars === undefined || chars.includes(token.text);
}

function isUpperChar(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * The word starts with a capital letter. Written out instead of `\p{Lu}`
 * because that class with the `i` flag matches lower case too (ACCURACY.md).
 */
export function startsUpper(token: Token | undefined): boolean {
  if (!isWord(token)) return false;
  const first = token.text[0];
  return first !== undefined && isUpperChar(first);
}

/** Every letter is a capital ("SKR", "LSS", "GRANVIKS"). */
export function isAllCaps(token: Token | undefined): boolean {
  if (!isWord(token)) return false;
  let letters = 0;
  for (const ch of token.text) {
    if (ch === ch.toLowerCase() && ch !== ch.toUpperCase()) return false;
    if (isUpperChar(ch)) letters++;
  }
  return letters > 0;
}

/** Capitalised word that is not the first word of the sentence: a name. */
export function isName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!startsUpper(token)) return false;
  return firstWordIndex(tokens) !== index;
}

export function firstWordIndex(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) if (tokens[i].kind === "word" || tokens[i].kind === "number") return i;
  return -1;
}

/** Index of the next word or number after `index`, crossing no punctuation; -1 if none. */
export function nextWord(tokens: readonly Token[], index: number): number {
  const next = index + 1;
  if (next < tokens.length && (tokens[next].kind === "word" || tokens[next].kind === "number")) return next;
  return -1;
}

/** Index of the previous word or number before `index`, crossing no punctuation; -1 if none. */
export function previousWord(tokens: readonly Token[], index: number): number {
  const prev = index - 1;
  if (prev >= 0 && (tokens[prev].kind === "word" || tokens[prev].kind === "number")) return prev;
  return -1;
}

/** The token's fold ends with one of the suffixes and keeps at least `stem` letters before it. */
export function endsWithAny(token: Token, suffixes: readonly string[], stem = 1): boolean {
  const f = token.fold;
  return suffixes.some((s) => f.length >= s.length + stem && f.endsWith(s));
}

/** Matches a run of words (written with their diacritics) starting at `index`; returns the index after the run or -1. */
export function matchWords(tokens: readonly Token[], index: number, words: readonly string[]): number {
  let i = index;
  for (const w of words) {
    if (!is(tokens[i], w)) return -1;
    i++;
  }
  return i;
}

/** The range [start, end) of block offsets lies inside quotation marks of the sentence. */
export function inQuotes(quotes: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  return quotes.some(([qs, qe]) => start >= qs && end <= qe);
}
