/**
 * Small integer keys for the words of analysed sentences, shared by every
 * compiled lexicon. A document is matched against a hundred or so lexicons;
 * with a key per token each lexicon remembers its hits for a word in a typed
 * array (one read per token) instead of hashing the word's string again.
 *
 * A key stands for a word's (lower, fold) pair. Keys live for the process;
 * when the table grows past its limit it starts over under a new generation,
 * and lexicons and sentences holding keys of an older generation recompute
 * them.
 */
import { AnalysedSentence } from "./analysed-sentence.js";
import type { Sentence, Token } from "./types.js";

/** Distinct words kept before the table starts over (bounds memory in long runs). */
const KEY_LIMIT = 100_000;

const idOf = new Map<string, number>();
const lowers: string[] = [];
const folds: string[] = [];
let generation = 0;

export interface SentenceKeys {
  generation: number;
  /** The token list the keys are of. */
  tokens: readonly Token[];
  /**
   * Per token: -1 for punctuation, else `key << 1 | suspended`, where a
   * suspended word ("jämställdhets-" before "och …") has its key without the
   * trailing hyphen.
   */
  keys: Int32Array;
}

const bySentence = new WeakMap<readonly Token[], SentenceKeys>();
let lastTokens: readonly Token[] | null = null;
let lastKeys: SentenceKeys | null = null;

function startOver(): void {
  idOf.clear();
  lowers.length = 0;
  folds.length = 0;
  generation++;
}

/** Starts the table over when `count` more words might not fit (the caller then keys one sentence of at most that many). */
export function makeRoomForWords(count: number): void {
  if (idOf.size + count > KEY_LIMIT) startOver();
}

/** The generation keys are given under now. */
export function keyGeneration(): number {
  return generation;
}

/**
 * A token's key as `keysForTokens` gives it (-1 for punctuation, else
 * `key << 1 | suspended`), for a token whose lower case and fold are known.
 */
export function tokenKey(kind: Token["kind"], lower: string, fold: string): number {
  if (kind === "punct") return -1;
  if (fold.length > 2 && fold.endsWith("-") && lower.endsWith("-")) return (keyFor(lower.slice(0, -1), fold.slice(0, -1)) << 1) | 1;
  return keyFor(lower, fold) << 1;
}

/** The key of a word given by its lower case and fold (a word made up by joining parts). */
export function internKey(lower: string, fold: string): number {
  return keyFor(lower, fold);
}

function keyFor(lower: string, fold: string): number {
  let id = idOf.get(lower);
  if (id !== undefined && folds[id] === fold) return id;
  // The same lower case with another fold is rare (NFC odd cases); it gets a key of its own.
  const name = id === undefined ? lower : `${lower}\u0000${fold}`;
  if (name !== lower) {
    id = idOf.get(name);
    if (id !== undefined) return id;
  }
  id = lowers.length;
  lowers.push(lower);
  folds.push(fold);
  idOf.set(name, id);
  return id;
}

/** Is the word a suspended compound part ("jämställdhets-")? (Same test the lexicon made per token.) */
function isSuspended(token: Token): boolean {
  return token.fold.length > 2 && token.fold.endsWith("-") && token.lower.endsWith("-");
}

/** The keys of a token list, computed now (no cache). */
export function keysForTokens(tokens: readonly Token[]): SentenceKeys {
  if (idOf.size + tokens.length > KEY_LIMIT) startOver();
  const keys = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === "punct") {
      keys[i] = -1;
      continue;
    }
    keys[i] = isSuspended(token) ? (keyFor(token.lower.slice(0, -1), token.fold.slice(0, -1)) << 1) | 1 : keyFor(token.lower, token.fold) << 1;
  }
  return { generation, tokens, keys };
}

/** Makes `keys` the answer for the next lookup of its token list (analyse computes keys before it marks a sentence). */
export function rememberKeys(keys: SentenceKeys): void {
  lastTokens = keys.tokens;
  lastKeys = keys;
}

/** The keys of a sentence's tokens, computed once per token list and generation. */
export function sentenceKeys(tokens: readonly Token[]): SentenceKeys {
  // Rules ask for one sentence with several lexicons in a row: the last answer saves the WeakMap lookup.
  if (tokens === lastTokens && lastKeys !== null && lastKeys.generation === generation) return lastKeys;
  const known = bySentence.get(tokens);
  if (known && known.generation === generation) {
    lastTokens = tokens;
    lastKeys = known;
    return known;
  }
  const entry = keysForTokens(tokens);
  bySentence.set(tokens, entry);
  lastTokens = tokens;
  lastKeys = entry;
  return entry;
}

/** Where other sentences keep their keys: a property is read far faster than a WeakMap, and lexicons ask per sentence. */
const OWN_KEYS = Symbol("mrlint.tokenKeys");

/** Keeps the keys on the sentence (analysed sentences have a field; others get a non-enumerable property). */
function attachKeys(sentence: Sentence, keys: SentenceKeys): void {
  if (AnalysedSentence.keepKeys(sentence, keys)) return;
  const holder = sentence as Sentence & { [OWN_KEYS]?: SentenceKeys };
  if (holder[OWN_KEYS] !== undefined) holder[OWN_KEYS] = keys;
  else if (Object.isExtensible(sentence)) Object.defineProperty(sentence, OWN_KEYS, { value: keys, writable: true, configurable: true, enumerable: false });
}

/** The keys of a sentence's tokens, kept on the sentence for the next lexicon. */
export function keysOfSentence(sentence: Sentence): SentenceKeys {
  const own = AnalysedSentence.keysOf(sentence) ?? (sentence as Sentence & { [OWN_KEYS]?: SentenceKeys })[OWN_KEYS];
  if (own !== undefined && own.generation === generation && own.tokens === sentence.tokens) return own;
  // A sentence made for one question (the probes of marks.ts) asks once: no need to keep anything on it.
  if (own === undefined && sentence.tokens === lastTokens && lastKeys !== null && lastKeys.generation === generation) return lastKeys;
  const keys = sentenceKeys(sentence.tokens);
  attachKeys(sentence, keys);
  return keys;
}

/** The lower-case text of a key. */
export function keyLower(key: number): string {
  return lowers[key];
}

/** The fold of a key. */
export function keyFold(key: number): string {
  return folds[key];
}
