/**
 * The sentences `analyse` makes, with what the engine keeps about each one
 * beside its public fields: the word keys of its tokens (for the lexicons),
 * its LIX counts, and what each rule pack's term lists matched in it. These
 * live in private fields, so the public shape of a `Sentence` (its JSON, what
 * tests compare) is unchanged, and reading them is one field access instead
 * of a WeakMap lookup or a property defined on every sentence.
 *
 * Results that depend only on the sentence's text (pool matches at the same
 * place, pattern findings) are also kept with the block's analysis in the
 * block cache, so an unchanged block analysed again (the language server
 * after an edit, a repeated lint) gets them back without matching again.
 *
 * Sentences made elsewhere (tests, rule authors) have no such fields: every
 * accessor then answers undefined and callers compute what they need.
 */
import type { SentenceParts } from "./block-cache.js";
import type { SentenceKeys } from "./token-keys.js";
import type { Sentence, SentenceMarks, Token } from "./types.js";

/** Words and long words of one sentence (see lix.ts). */
export interface SentenceCounts {
  words: number;
  longWords: number;
}

/** Results kept per sentence text by `keepTextMemo`. */
const MAX_TEXT_MEMOS = 8;

export class AnalysedSentence implements Sentence {
  index: number;
  block: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  marks: SentenceMarks;
  strictDiacritics?: boolean;
  #keys: SentenceKeys | undefined;
  #counts: SentenceCounts | undefined;
  /** The token list the counts are of. */
  #counted: readonly Token[];
  /** Matches kept by lexicon pools: the last pool's, and any others by pool. */
  #poolOwner: object | undefined = undefined;
  #poolMatches: unknown = undefined;
  #otherPools: Map<object, unknown> | undefined = undefined;

  /** The block's analysis this sentence was made from (shared with later analyses of the same text). */
  #parts: SentenceParts;

  constructor(index: number, block: number, parts: SentenceParts) {
    this.index = index;
    this.block = block;
    this.start = parts.start;
    this.end = parts.end;
    this.text = parts.text;
    this.tokens = parts.tokens;
    this.marks = parts.marks;
    this.strictDiacritics = undefined;
    this.#keys = parts.keys;
    this.#counts = parts.counts;
    this.#counted = parts.tokens;
    this.#parts = parts;
  }

  /** The keys kept on an analysed sentence, if any. */
  static keysOf(sentence: Sentence): SentenceKeys | undefined {
    return #keys in sentence ? sentence.#keys : undefined;
  }

  /** Keeps keys on an analysed sentence; false for other sentences. */
  static keepKeys(sentence: Sentence, keys: SentenceKeys): boolean {
    if (!(#keys in sentence)) return false;
    sentence.#keys = keys;
    return true;
  }

  /** The LIX counts kept on an analysed sentence, if any (they belong to its tokens). */
  static countsOf(sentence: Pick<Sentence, "tokens">): SentenceCounts | undefined {
    return #counts in sentence && sentence.#counted === sentence.tokens ? sentence.#counts : undefined;
  }

  /** What `pool` kept on the sentence, if anything. */
  static pooled(sentence: Sentence, pool: object): unknown {
    if (!(#poolOwner in sentence)) return undefined;
    if (sentence.#poolOwner === pool) return sentence.#poolMatches;
    return sentence.#otherPools?.get(pool);
  }

  /**
   * What `pool` kept for the sentence's text the last time it was analysed
   * (in this or an earlier analysis; the caller checks the place).
   */
  static pooledForText(sentence: Sentence, pool: object): unknown {
    if (!(#parts in sentence)) return undefined;
    const kept = sentence.#parts.pooled;
    return kept !== undefined && kept.owner === pool ? kept.value : undefined;
  }

  /** Keeps what `pool` matched for the sentence's text, for later analyses of the same text. */
  static keepPooledForText(sentence: Sentence, pool: object, value: unknown): void {
    if (#parts in sentence) sentence.#parts.pooled = { owner: pool, value };
  }

  /**
   * A result kept for the sentence's text under `key` (by `keepTextMemo`, in
   * this or an earlier analysis of the same text), when it was made for the
   * same language and strictness; undefined otherwise. Only for results that
   * depend on nothing but the text, its tokens and marks, the language and
   * the strictness (not on the sentence's place in the document).
   */
  static textMemo(sentence: Sentence, key: object, language: string): unknown {
    if (!(#parts in sentence)) return undefined;
    const memo = sentence.#parts.memo;
    if (memo === undefined) return undefined;
    const strict = sentence.strictDiacritics === true;
    for (let k = 0; k < memo.length; k += 4) {
      if (memo[k] === key && memo[k + 1] === language && memo[k + 2] === strict) return memo[k + 3];
    }
    return undefined;
  }

  /** Keeps a result for the sentence's text (see `textMemo`). */
  static keepTextMemo(sentence: Sentence, key: object, language: string, value: unknown): void {
    if (!(#parts in sentence)) return;
    const strict = sentence.strictDiacritics === true;
    const memo = (sentence.#parts.memo ??= []);
    for (let k = 0; k < memo.length; k += 4) {
      if (memo[k] === key) {
        memo[k + 1] = language;
        memo[k + 2] = strict;
        memo[k + 3] = value;
        return;
      }
    }
    // A few keys at most (one per pattern rule); rule packs compiled again (a language server reloading its
    // configuration) leave old keys behind, so the oldest go first.
    if (memo.length >= MAX_TEXT_MEMOS * 4) memo.splice(0, 4);
    memo.push(key, language, strict, value);
  }

  /** Keeps what `pool` matched on an analysed sentence; false for other sentences. */
  static keepPooled(sentence: Sentence, pool: object, value: unknown): boolean {
    if (!(#poolOwner in sentence)) return false;
    if (sentence.#poolOwner === undefined || sentence.#poolOwner === pool) {
      sentence.#poolOwner = pool;
      sentence.#poolMatches = value;
    } else {
      (sentence.#otherPools ??= new Map()).set(pool, value);
    }
    return true;
  }
}
