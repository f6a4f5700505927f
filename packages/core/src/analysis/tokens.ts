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
import { foldedWord } from "./fold.js";
import { keyGeneration, keyLower, makeRoomForWords, tokenKey, type SentenceKeys } from "./token-keys.js";

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
 * A token and its key (pushed to `keys`), found in one table lookup. Its
 * strings are the ones kept for the word (the key table's, or the fold
 * cache's), shared with earlier tokens of the same word: the slice of the
 * text then dies young instead of being kept (and moved by the garbage
 * collector) with every token.
 */
function makeKeyedToken(text: string, start: number, end: number, kind: TokenKind, ownFold: boolean, keys: number[]): Token {
  if (ownFold) {
    const key = tokenKey(kind, text, text);
    // A plain word's key keeps the word itself as its lower case (suspended words keep theirs without the hyphen).
    const word = key >= 0 && (key & 1) === 0 ? keyLower(key >> 1) : text;
    keys.push(key);
    return { text: word, lower: word, fold: word, start, end, kind };
  }
  const word = foldedWord(text);
  // Punctuation has no key. The cache keeps the key the text has as a word or symbol (a text can be either:
  // a lone "&" is punctuation after a scan as a word, a symbol otherwise).
  if (kind === "punct") keys.push(-1);
  else {
    if (word.keyGeneration !== keyGeneration()) {
      word.key = tokenKey(kind, word.lower, word.fold);
      word.keyGeneration = keyGeneration();
    }
    keys.push(word.key);
  }
  return { text: word.text, lower: word.lower, fold: word.fold, start, end, kind };
}

/** Tokens of `text`; offsets are shifted by `offset` (the position of `text` in its block). */
export function tokenize(text: string, offset = 0): Token[] {
  return scanTokens(text, offset, null);
}

/**
 * `tokenize` with the tokens' keys (token-keys.ts), for analyse: one table
 * lookup per token gives its strings and its key.
 */
export function tokenizeKeyed(text: string, offset: number): SentenceKeys {
  // A sentence has fewer tokens than characters.
  makeRoomForWords(text.length);
  const keys: number[] = [];
  const tokens = scanTokens(text, offset, keys);
  return { generation: keyGeneration(), tokens, keys: Int32Array.from(keys) };
}

function scanTokens(text: string, offset: number, keys: number[] | null): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = codeAt.call(text, i);
    if (isSpaceCode(code) || isInvisibleCode(code)) {
      i++;
      continue;
    }
    const wordPart = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || (code === 38 ? isOcrAmpersandAt(text, i) : isWordCode(code));
    if (wordPart || (code >= 0xd800 && code <= 0xdbff && isLetterCode(text.codePointAt(i) ?? 0))) {
      let end = code >= 0xd800 && code <= 0xdbff ? i + 2 : scanWord(text, i);
      if (end === i) end = i + 1;
      const word = sliceOf.call(text, i, end);
      const kindFold = kindAndFold(word);
      const kind = KINDS[kindFold & 3];
      const ownFold = (kindFold & OWN_FOLD) !== 0;
      tokens.push(keys === null ? makeToken(word, offset + i, offset + end, kind, ownFold) : makeKeyedToken(word, offset + i, offset + end, kind, ownFold, keys));
      i = end;
      continue;
    }
    let end = i + 1;
    const astral = code >= 0xd800 && code <= 0xdbff && end < n;
    if (astral) end++;
    else if (code === 46) while (end < n && codeAt.call(text, end) === 46) end++;
    const piece = sliceOf.call(text, i, end);
    const kind = astral || SYMBOLS.has(piece) ? "symbol" : "punct";
    const ownFold = isOwnFold(piece);
    tokens.push(keys === null ? makeToken(piece, offset + i, offset + end, kind, ownFold) : makeKeyedToken(piece, offset + i, offset + end, kind, ownFold, keys));
    i = end;
  }
  return tokens;
}

/** Words and numbers (what LIX and word windows count). */
export function isWordToken(token: Token): boolean {
  return token.kind === "word" || token.kind === "number";
}
