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
import { lowerAndFold } from "./fold.js";

/** Characters of kind "symbol"; other non-word characters are "punct". */
const SYMBOLS = new Set("§%&+=<>*#@$€£~^|°±×÷");

function isWordPart(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (isWordCode(code)) return true;
  if (code === 38) return isOcrAmpersandAt(text, i);
  return false;
}

/** All capitals or digits: the part before a colon suffix ("FN", "KF", "S"). */
function isAbbreviation(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (!isUpperCode(c) && !isDigitCode(c)) return false;
  }
  return to > from;
}

/** Scans the end of a word starting at `start`. */
function scanWord(text: string, start: number): number {
  const n = text.length;
  let i = start;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isWordPart(text, i)) {
      i++;
      continue;
    }
    const prev = text.charCodeAt(i - 1);
    const next = text.charCodeAt(i + 1);
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
        while (k < n && isLowerCode(text.charCodeAt(k))) k++;
        if (k - i - 1 >= 1 && k - i - 1 <= 3 && !isWordCode(text.charCodeAt(k))) {
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

function kindOf(text: string): TokenKind {
  let digits = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLetterCode(c) || (c >= 0xd800 && c <= 0xdbff)) return "word";
    if (isDigitCode(c)) digits = true;
  }
  // OCR "&" standing for a letter makes a word too ("&r").
  if (text.includes("&") && text.length > 1) return "word";
  return digits ? "number" : "punct";
}

function makeToken(text: string, start: number, end: number, kind: TokenKind): Token {
  const { lower, fold } = lowerAndFold(text);
  return { text, lower, fold, start, end, kind };
}

/** Tokens of `text`; offsets are shifted by `offset` (the position of `text` in its block). */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code) || isInvisibleCode(code)) {
      i++;
      continue;
    }
    if (isWordPart(text, i) || (code >= 0xd800 && code <= 0xdbff && isLetterCode(text.codePointAt(i) ?? 0))) {
      let end = code >= 0xd800 && code <= 0xdbff ? i + 2 : scanWord(text, i);
      if (end === i) end = i + 1;
      const word = text.slice(i, end);
      tokens.push(makeToken(word, offset + i, offset + end, kindOf(word)));
      i = end;
      continue;
    }
    let end = i + 1;
    const astral = code >= 0xd800 && code <= 0xdbff && end < n;
    if (astral) end++;
    else if (code === 46) while (end < n && text.charCodeAt(end) === 46) end++;
    const piece = text.slice(i, end);
    tokens.push(makeToken(piece, offset + i, offset + end, astral || SYMBOLS.has(piece) ? "symbol" : "punct"));
    i = end;
  }
  return tokens;
}

/** Words and numbers (what LIX and word windows count). */
export function isWordToken(token: Token): boolean {
  return token.kind === "word" || token.kind === "number";
}
