/**
 * Small helpers over tokens that every grammar function needs: word sets
 * compared on the folded key (so "beaktas", "beaktas" without diacritics and
 * OCR "g6ras" meet the same entry), capitalisation tests that do not depend
 * on regular-expression flags, and word-run matching.
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

/** The sentence the grammar is reading (`readingSentence`), and whether it is strict. */
let current: Sentence | null = null;
let currentStrict = false;

/**
 * Runs `read` on the sentence: inside, `grammarTokens(sentence)` is the
 * sentence's own token list (no copy), and a token without a `strict` flag
 * of its own reads as strict or loose as the sentence says.
 */
export function readingSentence<T>(sentence: Sentence, read: () => T): T {
  const outer = current;
  const outerStrict = currentStrict;
  current = sentence;
  currentStrict = sentence.strictDiacritics === true;
  try {
    return read();
  } finally {
    current = outer;
    currentStrict = outerStrict;
  }
}

/**
 * The sentence's tokens marked strict or loose. Inside `readingSentence` for
 * this sentence: its own tokens (their strictness is the sentence's).
 * Otherwise a copy with the flag on every token (cached per sentence).
 */
export function grammarTokens(sentence: Sentence): GrammarToken[] {
  if (sentence === current) return sentence.tokens;
  let view = views.get(sentence);
  if (!view) {
    const strict = sentence.strictDiacritics === true;
    // Fields copied one by one: `{ ...t, strict }` is several times slower in V8, and this runs for every token.
    view = sentence.tokens.map((t) => ({ text: t.text, lower: t.lower, fold: t.fold, start: t.start, end: t.end, kind: t.kind, strict }));
    views.set(sentence, view);
  }
  return view;
}

/** Is the token read strictly: its own flag, else that of the sentence being read (loose outside `readingSentence`). */
export function isStrict(token: Token): boolean {
  const own = (token as GrammarToken).strict;
  return own === undefined ? currentStrict : own;
}

/** The token's matching key: lower case in strict text, the fold otherwise. */
export function keyOf(token: Token): string {
  return isStrict(token) ? token.lower : token.fold;
}

/**
 * A word in strict (clean) text written without any letter outside ASCII:
 * it may have lost its å/ä/ö ("socialnamnden" in a PDF extract whose other
 * words kept them). Only lexicons whose folded forms cannot be ordinary
 * words of their own consult the fold for such words.
 */
export function lostDiacritics(token: Token): boolean {
  if (!isStrict(token)) return false;
  const lower = token.lower;
  for (let i = 0; i < lower.length; i++) if (lower.charCodeAt(i) > 127) return false;
  return /[a-z]/.test(lower);
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
    return !isStrict(token) && this.folds.has(token.fold);
  }

  /**
   * `has` could be true for the token, strict or not (its lower case or its
   * fold is in the set): a cheap test on a sentence's own tokens before
   * building its grammar view.
   */
  mayHave(token: Token): boolean {
    return token.kind === "word" && (this.lowers.has(token.lower) || this.folds.has(token.fold));
  }

  /** The exact lower-case spelling is in the set (no folding). */
  hasExact(token: Token | undefined): boolean {
    return token !== undefined && token.kind === "word" && this.lowers.has(token.lower);
  }

  /** A bare key (already lower-cased or folded). */
  hasKey(key: string): boolean {
    return this.lowers.has(key) || this.folds.has(key);
  }
}

/** The token is the word `word` (same rule as WordSet). */
export function is(token: Token | undefined, word: string): boolean {
  if (token === undefined || token.kind !== "word") return false;
  if (token.lower === word) return true;
  return !isStrict(token) && token.fold === foldText(word);
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

const KNOWN_CASE = 1;
const UPPER = 2;
const LOWER_ONLY = 4;
/** Case classes of UTF-16 code units, filled on first sight (toLowerCase/toUpperCase make strings each time). */
const caseOf = new Uint8Array(65536);

function caseClass(ch: string): number {
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  return KNOWN_CASE | (ch !== lower && ch === upper ? UPPER : 0) | (ch === lower && ch !== upper ? LOWER_ONLY : 0);
}

function caseBits(ch: string): number {
  if (ch.length !== 1) return caseClass(ch);
  const code = ch.charCodeAt(0);
  let bits = caseOf[code];
  if (bits === 0) caseOf[code] = bits = caseClass(ch);
  return bits;
}

function isUpperChar(ch: string): boolean {
  return (caseBits(ch) & UPPER) !== 0;
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
    const bits = caseBits(ch);
    if ((bits & LOWER_ONLY) !== 0) return false;
    if ((bits & UPPER) !== 0) letters++;
  }
  return letters > 0;
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
  for (let k = 0; k < quotes.length; k++) if (start >= quotes[k][0] && end <= quotes[k][1]) return true;
  return false;
}
