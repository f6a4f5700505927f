/**
 * Tokenizer with offsets. A word is a run of letters and digits that may
 * hold internal hyphens ("icke-diskriminering", "covid-19"), a colon
 * genitive or suffix after an abbreviation ("FN:s", "S:t"), apostrophes
 * between letters ("don't", "children's"), OCR "&" for ä ("m&nniskor") and
 * invisible soft hyphens. A suspended compound keeps its trailing hyphen
 * ("jämställdhets-" in "jämställdhets- och jämlikhetsanalys") so the lexicon
 * can expand it. Numbers keep separators between digits ("2018:1197",
 * "1.5", "2024/123"). Everything else is one punctuation or symbol token per
 * character ("..." is one token).
 */
import type { Token, TokenKind } from "./types.js";
import {
  isApostropheCode,
  isDigitCode,
  isHyphenCode,
  isInvisibleCode,
  isLetterCode,
  isLowerCode,
  isOcrAmpersandAt,
  isSpaceCode,
  isUpperCode,
  isWordCode,
} from "./chars.js";
import { foldedWord, lowerAndFoldUncached } from "./fold.js";
import { keyGeneration, keyLower, makeRoomForWords, tokenKey, type SentenceKeys } from "./token-keys.js";
import { addWord, findWord, hashRange, type WordEntry } from "./word-table.js";

/**
 * Direct references: `text.charCodeAt` and `text.slice` look the method up on
 * each string, and the many string representations (flat, sliced, one- and
 * two-byte) make that lookup megamorphic in the scanning loops.
 */
const codeAt = String.prototype.charCodeAt;
const sliceOf = String.prototype.slice;

/** Characters of kind "symbol"; other non-word characters are "punct". */
const SYMBOLS = new Set("§%&+=<>*#@$€£~^|°±×÷");


/** All capitals or digits: the part before a colon suffix ("FN", "KF", "S"). */
function isAbbreviation(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = codeAt.call(text, k);
    if (!isUpperCode(c) && !isDigitCode(c)) return false;
  }
  return to > from;
}

/** Scans the end of a word starting at `start`. */
function scanWord(text: string, start: number): number {
  const n = text.length;
  let i = start;
  while (i < n) {
    const code = codeAt.call(text, i);
    // A word character: ASCII letters and digits first (most characters of most words), then any letter, digit or
    // mark, or an OCR "&" for ä.
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || (code === 38 ? isOcrAmpersandAt(text, i) : isWordCode(code))) {
      i++;
      continue;
    }
    // A space ends a word (none of the cases below continues one over a space).
    if (code === 32) break;
    const prev = codeAt.call(text, i - 1);
    const next = codeAt.call(text, i + 1);
    if (code >= 0xd800 && code <= 0xdbff) break;
    if (isInvisibleCode(code) && isWordCode(next)) {
      i++;
      continue;
    }
    if (isHyphenCode(code)) {
      if (isWordCode(next)) {
        i++;
        continue;
      }
      // Suspended compound: "barn- och", "kultur-, fritids- och".
      if (isLetterCode(prev) && (i + 1 >= n || isSpaceCode(next) || next === 44) && i - start >= 2) {
        i++;
      }
      break;
    }
    if (code === 58 /* : */) {
      if (isDigitCode(prev) && isDigitCode(next)) {
        i++;
        continue;
      }
      if (isLetterCode(next) && isAbbreviation(text, start, i)) {
        let k = i + 1;
        while (k < n && isLowerCode(codeAt.call(text, k))) k++;
        if (k - i - 1 >= 1 && k - i - 1 <= 3 && !isWordCode(codeAt.call(text, k))) {
          i = k;
          continue;
        }
      }
      break;
    }
    if ((code === 46 || code === 44 || code === 47) && isDigitCode(prev) && isDigitCode(next)) {
      i++;
      continue;
    }
    if (isApostropheCode(code) && isLetterCode(prev) && isLetterCode(next)) {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/** What one pass over a word tells: its kind (as `kindOf`) and whether it is its own fold (as `isOwnFold`). */
const OWN_FOLD = 4;

function kindAndFold(text: string): number {
  let letter = false;
  let digits = false;
  let own = true;
  let amp = false;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = codeAt.call(text, i);
    if (c < 128) {
      if (c >= 97 && c <= 122) letter = true;
      else if (c >= 65 && c <= 90) {
        letter = true;
        own = false;
      } else if (c >= 48 && c <= 57) {
        digits = true;
        if (c === 54) own = false;
      } else if (c === 38) {
        amp = true;
        own = false;
      }
      continue;
    }
    own = false;
    if (!letter) {
      if (isLetterCode(c) || (c >= 0xd800 && c <= 0xdbff)) letter = true;
      else if (isDigitCode(c)) digits = true;
    }
  }
  // As kindOf did: a letter makes a word; else "&" in a longer token (OCR for a letter); else digits make a number.
  const kind = letter || (amp && length > 1) ? 0 : digits ? 1 : 2;
  return kind | (own ? OWN_FOLD : 0);
}

const KINDS: readonly TokenKind[] = ["word", "number", "punct"];


/**
 * ASCII without capitals, "&" or "6" (the only ASCII characters the fold
 * changes): the text is its own lower case and fold. Most words are, and
 * they then need no cache lookup.
 */
function isOwnFold(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = codeAt.call(text, i);
    if (c >= 128 || (c >= 65 && c <= 90) || c === 38 || c === 54) return false;
  }
  return true;
}

function makeToken(text: string, start: number, end: number, kind: TokenKind, ownFold: boolean): Token {
  if (ownFold) return { text, lower: text, fold: text, start, end, kind };
  const { lower, fold } = foldedWord(text);
  return { text, lower, fold, start, end, kind };
}

/**
 * A punctuation or symbol token and its key (written to `keys[at]`). Its
 * strings are the ones kept for the text (the key table's, or the fold
 * cache's), shared with earlier tokens of the same text: the slice then dies
 * young instead of being kept (and moved by the garbage collector) with
 * every token.
 */
function makeKeyedPunct(text: string, start: number, end: number, kind: TokenKind, ownFold: boolean, keys: Int32Array, at: number): Token {
  if (ownFold) {
    const key = tokenKey(kind, text, text);
    // A symbol's key keeps the symbol itself as its lower case.
    const piece = key >= 0 && (key & 1) === 0 ? keyLower(key >> 1) : text;
    keys[at] = key;
    return { text: piece, lower: piece, fold: piece, start, end, kind };
  }
  const piece = foldedWord(text);
  // Punctuation has no key. The cache keeps the key the text has as a symbol (a text can also be a word:
  // a lone "&" is punctuation after a scan as a word, a symbol otherwise; words have their own table).
  if (kind === "punct") keys[at] = -1;
  else {
    if (piece.keyGeneration !== keyGeneration()) {
      piece.key = tokenKey(kind, piece.lower, piece.fold);
      piece.keyGeneration = keyGeneration();
    }
    keys[at] = piece.key;
  }
  return { text: piece.text, lower: piece.lower, fold: piece.fold, start, end, kind };
}

/**
 * Where the word or number token starting at `i` ends, or -1 when no word
 * starts there (a space, punctuation or a symbol). `code` is the character
 * at `i`. The one definition of word boundaries: the tokenizer and the
 * language scanner (language.ts) both use it.
 */
export function wordTokenEnd(text: string, i: number, code: number): number {
  const wordPart = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || (code === 38 ? isOcrAmpersandAt(text, i) : isWordCode(code));
  if (wordPart) {
    const end = scanWord(text, i);
    return end === i ? i + 1 : end;
  }
  if (code >= 0xd800 && code <= 0xdbff && isLetterCode(text.codePointAt(i) ?? 0)) return i + 2;
  return -1;
}

/** Tokens of `text`; offsets are shifted by `offset` (the position of `text` in its block). */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = codeAt.call(text, i);
    if (isSpaceCode(code) || isInvisibleCode(code)) {
      i++;
      continue;
    }
    const end = wordTokenEnd(text, i, code);
    if (end >= 0) {
      const word = sliceOf.call(text, i, end);
      const kindFold = kindAndFold(word);
      tokens.push(makeToken(word, offset + i, offset + end, KINDS[kindFold & 3], (kindFold & OWN_FOLD) !== 0));
      i = end;
      continue;
    }
    const pieceEnd = punctEnd(text, i, code);
    const piece = sliceOf.call(text, i, pieceEnd);
    tokens.push(makeToken(piece, offset + i, offset + pieceEnd, punctKind(piece, code, pieceEnd - i), isOwnFold(piece)));
    i = pieceEnd;
  }
  return tokens;
}

/** The end of a punctuation or symbol token at `i`: one character, a surrogate pair, or a run of dots. */
function punctEnd(text: string, i: number, code: number): number {
  const n = text.length;
  let end = i + 1;
  if (code >= 0xd800 && code <= 0xdbff && end < n) return end + 1;
  if (code === 46) while (end < n && codeAt.call(text, end) === 46) end++;
  return end;
}

function punctKind(piece: string, code: number, length: number): TokenKind {
  // A surrogate pair (emoji and the like) is a symbol.
  const astral = code >= 0xd800 && code <= 0xdbff && length === 2;
  return astral || SYMBOLS.has(piece) ? "symbol" : "punct";
}

/** Keys of the sentence being tokenized, re-used from call to call (the result is a copy of the used part). */
let keyScratch = new Int32Array(512);
const MAX_KEY_SCRATCH = 1 << 16;

/**
 * `tokenize` with the tokens' keys (token-keys.ts), for analyse: one table
 * lookup per token gives its strings and its key. Words are looked up by
 * their characters in the text (word-table.ts), so a word seen before costs
 * no string of its own. The scan is tokenize's, written out again so that
 * the hottest loop of the analysis makes no call per token through a callback.
 */
export function tokenizeKeyed(text: string, offset: number): SentenceKeys {
  // A sentence has fewer tokens than characters.
  makeRoomForWords(text.length);
  // The scratch grows to fit ordinary sentences; a huge one (a block without sentence breaks) gets its own.
  if (keyScratch.length < text.length && text.length <= MAX_KEY_SCRATCH) keyScratch = new Int32Array(Math.min(MAX_KEY_SCRATCH, Math.max(text.length, keyScratch.length * 2)));
  const keys = keyScratch.length >= text.length ? keyScratch : new Int32Array(text.length);
  const generation = keyGeneration();
  const tokens: Token[] = [];
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = codeAt.call(text, i);
    if (isSpaceCode(code) || isInvisibleCode(code)) {
      i++;
      continue;
    }
    const end = wordTokenEnd(text, i, code);
    if (end >= 0) {
      const word = wordEntryAt(text, i, end);
      if (word.keyGeneration !== generation) {
        word.key = tokenKey(word.kind, word.lower, word.fold);
        word.keyGeneration = generation;
      }
      keys[count++] = word.key;
      tokens.push({ text: word.text, lower: word.lower, fold: word.fold, start: offset + i, end: offset + end, kind: word.kind });
      i = end;
      continue;
    }
    const pieceEnd = punctEnd(text, i, code);
    const piece = sliceOf.call(text, i, pieceEnd);
    tokens.push(makeKeyedPunct(piece, offset + i, offset + pieceEnd, punctKind(piece, code, pieceEnd - i), isOwnFold(piece), keys, count++));
    i = pieceEnd;
  }
  return { generation, tokens, keys: keys.slice(0, count) };
}

/** The word-table entry of the word token `text[from, to)` (as `wordTokenEnd` delimits it), added when new. */
export function wordEntryAt(text: string, from: number, to: number): WordEntry {
  const hash = hashRange(text, from, to);
  let word = findWord(text, from, to, hash);
  if (word === undefined) {
    word = newWord(sliceOf.call(text, from, to));
    addWord(word, hash);
  }
  return word;
}

/** A word first met: its kind, lower case and fold (the text is its own fold when plain lower-case ASCII). */
function newWord(text: string): WordEntry {
  const kindFold = kindAndFold(text);
  const kind = KINDS[kindFold & 3];
  if ((kindFold & OWN_FOLD) !== 0) return { text, lower: text, fold: text, kind, key: -1, keyGeneration: -1 };
  const { lower, fold } = lowerAndFoldUncached(text);
  return { text, lower, fold, kind, key: -1, keyGeneration: -1 };
}

/** Words and numbers (what LIX and word windows count). */
export function isWordToken(token: Token): boolean {
  return token.kind === "word" || token.kind === "number";
}
