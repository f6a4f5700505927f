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
  const entry: SentenceKeys = { generation, tokens, keys };
  bySentence.set(tokens, entry);
  lastTokens = tokens;
  lastKeys = entry;
  return entry;
}

/** Where a sentence keeps its keys: a property is read far faster than a WeakMap, and lexicons ask per sentence. */
const OWN_KEYS = Symbol("mrlint.tokenKeys");

/** The keys of a sentence's tokens, kept on the sentence (a non-enumerable property) for the next lexicon. */
export function keysOfSentence(sentence: Sentence): SentenceKeys {
  const holder = sentence as Sentence & { [OWN_KEYS]?: SentenceKeys };
  const own = holder[OWN_KEYS];
  if (own !== undefined && own.generation === generation && own.tokens === sentence.tokens) return own;
  const keys = sentenceKeys(sentence.tokens);
  if (own !== undefined) holder[OWN_KEYS] = keys;
  else if (Object.isExtensible(sentence)) Object.defineProperty(sentence, OWN_KEYS, { value: keys, writable: true, configurable: true, enumerable: false });
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
