/**
 * LIX (läsbarhetsindex): words per sentence + 100 × the share of words
 * longer than six letters. Null when there are too few words to say anything.
 */
import { AnalysedSentence, type SentenceCounts } from "./analysed-sentence.js";
import type { Sentence, Token } from "./types.js";
import { isLetterCode } from "./chars.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokens.js";

/** Fewer words than this give no LIX. */
export const LIX_MIN_WORDS = 10;

export interface LixCounts {
  words: number;
  longWords: number;
  sentences: number;
}

/** A direct reference: token texts come in several string representations, which makes `text.charCodeAt` megamorphic. */
const codeAt = String.prototype.charCodeAt;

/** More than six letters? (LIX counts long words.) Stops counting at seven. */
function isLong(token: Token): boolean {
  const text = token.text;
  const length = text.length;
  if (length <= 6) return false;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const c = codeAt.call(text, i);
    // ASCII letters without the class table (most letters of most words).
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 128 && isLetterCode(c))) {
      if (++n > 6) return true;
    }
  }
  return false;
}

/** Counts per token list: the engine and `metric` rules ask for the LIX of the same sentences several times. */
const countsByTokens = new WeakMap<readonly Token[], SentenceCounts>();

function sentenceCounts(sentence: Pick<Sentence, "tokens">): SentenceCounts {
  // `analyse` counted its sentences already.
  const kept = AnalysedSentence.countsOf(sentence);
  if (kept !== undefined) return kept;
  const tokens = sentence.tokens;
  let counts = countsByTokens.get(tokens);
  if (counts) return counts;
  counts = countWords(tokens);
  countsByTokens.set(tokens, counts);
  return counts;
}

/** Words and long words of one sentence's tokens (computed now). */
export function countWords(tokens: readonly Token[]): SentenceCounts {
  const counts: SentenceCounts = { words: 0, longWords: 0 };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind !== "word" && token.kind !== "number") continue;
    // The second piece of an abbreviation ("ex" in "t.ex.") is not a word of its own.
    const dot = tokens[i - 1];
    if (dot && dot.text === "." && dot.end === token.start && i >= 2 && tokens[i - 2].end === dot.start && tokens[i - 2].kind === "word") continue;
    counts.words++;
    if (isLong(token)) counts.longWords++;
  }
  return counts;
}

/** Word, long-word and sentence counts of sentences (sentences without words are not counted). */
export function lixCounts(sentences: readonly Pick<Sentence, "tokens">[]): LixCounts {
  const counts: LixCounts = { words: 0, longWords: 0, sentences: 0 };
  for (const sentence of sentences) {
    const { words, longWords } = sentenceCounts(sentence);
    if (words > 0) counts.sentences++;
    counts.words += words;
    counts.longWords += longWords;
  }
  return counts;
}

export function lixFromCounts(counts: LixCounts): number | null {
  if (counts.words < LIX_MIN_WORDS || counts.sentences === 0) return null;
  return counts.words / counts.sentences + (100 * counts.longWords) / counts.words;
}

/** LIX of a text (split into sentences here) or of analysed sentences. */
export function lix(input: string | readonly Pick<Sentence, "tokens">[]): number | null {
  if (typeof input !== "string") return lixFromCounts(lixCounts(input));
  const sentences = splitSentences(input, "sv").map(([s, e]) => ({ tokens: tokenize(input.slice(s, e)) }));
  return lixFromCounts(lixCounts(sentences));
}
