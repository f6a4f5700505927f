/**
 * The sentences of recently analysed block texts, for re-use when the same
 * text comes again: the language server re-analyses the whole document after
 * each keystroke, and all blocks but one are unchanged. A block's sentences,
 * tokens and marks depend only on its text and the document's language (all
 * offsets are block-text offsets), so they can be shared; `analyse` still
 * makes new Sentence objects with their own index, block and strictness.
 *
 * Memory stays bounded: entries go into the current generation, which after
 * GENERATION_CHARS characters of block text becomes the previous one (the one
 * before that is dropped). Hits move into the current generation.
 */
import type { Language } from "../model/document.js";
import type { SentenceCounts } from "./analysed-sentence.js";
import type { SentenceKeys } from "./token-keys.js";
import type { SentenceMarks, Token } from "./types.js";

/** What `analyse` computes for one sentence of a block, apart from its place in the document. */
export interface SentenceParts {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  marks: SentenceMarks;
  /** The tokens' word keys (see token-keys.ts), for the lexicons. */
  keys: SentenceKeys;
  /** What `keepsDiacritics` counts in this sentence. */
  diacritics: DiacriticCounts;
  /** Words and long words, for LIX. */
  counts: SentenceCounts;
  /**
   * What a lexicon pool matched in the sentence when it last stood at
   * `index` in block `block` (see lexicon-pool.ts): an unchanged text at the
   * same place matches the same (the language server re-lints a document
   * after each edit, and most of it is unchanged).
   */
  pooled: { owner: object; value: unknown } | undefined;
  /**
   * Other results that depend only on the sentence's text, tokens and marks,
   * the language and the strictness (see AnalysedSentence.textMemo): flat
   * groups of [key, language, strict, value].
   */
  memo: unknown[] | undefined;
}

/** Words, words with å/ä/ö and OCR-looking words of a sentence (see analyse.ts, keepsDiacritics). */
export interface DiacriticCounts {
  words: number;
  withDiacritics: number;
  ocr: number;
}

/** Characters of block text per generation: a few long documents. */
const GENERATION_CHARS = 150_000;

type Generation = Record<Language, Map<string, SentenceParts[]>>;

const emptyGeneration = (): Generation => ({ sv: new Map(), en: new Map() });

let current = emptyGeneration();
let previous = emptyGeneration();
let currentChars = 0;

/** The sentences of a block text analysed before in this language, or undefined. */
export function cachedBlock(language: Language, text: string): SentenceParts[] | undefined {
  const hit = current[language].get(text);
  if (hit) return hit;
  const old = previous[language].get(text);
  if (old) remember(language, text, old);
  return old;
}

export function remember(language: Language, text: string, parts: SentenceParts[]): void {
  if (currentChars + text.length > GENERATION_CHARS) {
    previous = current;
    current = emptyGeneration();
    currentChars = 0;
  }
  current[language].set(text, parts);
  currentChars += text.length;
}
