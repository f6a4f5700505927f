/**
 * The words the tokenizer has met, found by their characters in the text
 * being scanned. Looking a word up by a slice of the text would make a new
 * string per token (a million in a 200-file run) only to throw it away once
 * the cached entry is found; hashing the characters in place makes none.
 *
 * Open addressing over a power-of-two slot array; when the table fills up it
 * starts over (bounded memory in long runs, like the fold cache).
 */
import type { TokenKind } from "./types.js";

/** A word's strings, kind and token key (as `tokenKey` gives it, valid while the key table is at `keyGeneration`). */
export interface WordEntry {
  /** The text as first met (tokens of the same word share it). */
  text: string;
  lower: string;
  fold: string;
  kind: TokenKind;
  key: number;
  keyGeneration: number;
}

/** Words kept before the table starts over. */
const MAX_WORDS = 1 << 16;
/** Twice as many slots as words: probes stay short. */
const SLOT_MASK = MAX_WORDS * 2 - 1;

const codeAt = String.prototype.charCodeAt;

/** Per slot: index into `words`, or -1. */
const slots = new Int32Array(SLOT_MASK + 1).fill(-1);
/** Per word: its hash (compared before the characters), and where its characters start in `chars`. */
const hashes = new Int32Array(MAX_WORDS);
const starts = new Int32Array(MAX_WORDS + 1);
/** The words' characters one after the other: compared without reaching into each word's string. */
let chars = new Uint16Array(1 << 16);
const words: WordEntry[] = [];

/** A hash of `text[from, to)` (FNV-1a over UTF-16 code units, then mixed so the low bits spread). */
export function hashRange(text: string, from: number, to: number): number {
  let h = 0x811c9dc5 ^ (to - from);
  for (let i = from; i < to; i++) h = Math.imul(h ^ codeAt.call(text, i), 0x01000193);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 12);
}

function sameText(index: number, text: string, from: number, to: number): boolean {
  const start = starts[index];
  if (starts[index + 1] - start !== to - from) return false;
  for (let k = from; k < to; k++) if (chars[start + k - from] !== codeAt.call(text, k)) return false;
  return true;
}

/** The entry of the word `text[from, to)` (with `hash = hashRange(text, from, to)`), or undefined. */
export function findWord(text: string, from: number, to: number, hash: number): WordEntry | undefined {
  let slot = hash & SLOT_MASK;
  for (;;) {
    const index = slots[slot];
    if (index < 0) return undefined;
    if (hashes[index] === hash && sameText(index, text, from, to)) return words[index];
    slot = (slot + 1) & SLOT_MASK;
  }
}

/** Adds a word not in the table (`hash` = the hash of its text). */
export function addWord(word: WordEntry, hash: number): void {
  if (words.length >= MAX_WORDS) {
    slots.fill(-1);
    words.length = 0;
  }
  const index = words.length;
  const text = word.text;
  const start = starts[index];
  if (start + text.length > chars.length) {
    const grown = new Uint16Array(Math.max(chars.length * 2, start + text.length));
    grown.set(chars.subarray(0, start));
    chars = grown;
  }
  for (let k = 0; k < text.length; k++) chars[start + k] = codeAt.call(text, k);
  starts[index + 1] = start + text.length;
  let slot = hash & SLOT_MASK;
  while (slots[slot] >= 0) slot = (slot + 1) & SLOT_MASK;
  slots[slot] = index;
  hashes[index] = hash;
  words.push(word);
}

/** Words in the table now (for tests). */
export function wordTableSize(): number {
  return words.length;
}
