/**
 * The tokenizer's fast paths (ASCII first, one pass for kind and fold, one
 * lookup for strings and keys) must cut and classify exactly as the plain
 * tokenizer they replaced. That tokenizer is kept here as the reference and
 * both run over the fixtures, the dev corpus and random text built from the
 * characters the rules care about.
 */
import { describe, expect, it } from "vitest";
import { corpusTexts, piecedTexts } from "../test-support/texts.js";
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
import { lowerAndFoldUncached } from "./fold.js";
import { tokenize, tokenizeKeyed } from "./tokens.js";
import type { Token, TokenKind } from "./types.js";

const SYMBOLS = new Set("§%&+=<>*#@$€£~^|°±×÷");

function isWordPart(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (isWordCode(code)) return true;
  if (code === 38) return isOcrAmpersandAt(text, i);
  return false;
}

function isAbbreviation(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (!isUpperCode(c) && !isDigitCode(c)) return false;
  }
  return to > from;
}

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
      if (isLetterCode(prev) && (i + 1 >= n || isSpaceCode(next) || next === 44) && i - start >= 2) i++;
      break;
    }
    if (code === 58) {
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
  if (text.includes("&") && text.length > 1) return "word";
  return digits ? "number" : "punct";
}

function reference(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  const make = (piece: string, start: number, end: number, kind: TokenKind): Token => {
    const { lower, fold } = lowerAndFoldUncached(piece);
    return { text: piece, lower, fold, start, end, kind };
  };
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
      tokens.push(make(word, offset + i, offset + end, kindOf(word)));
      i = end;
      continue;
    }
    let end = i + 1;
    const astral = code >= 0xd800 && code <= 0xdbff && end < n;
    if (astral) end++;
    else if (code === 46) while (end < n && text.charCodeAt(end) === 46) end++;
    const piece = text.slice(i, end);
    tokens.push(make(piece, offset + i, offset + end, astral || SYMBOLS.has(piece) ? "symbol" : "punct"));
    i = end;
  }
  return tokens;
}


/** The characters and words the tokenizer treats specially. */
const pieces = [
  "a", "B", "z", "Z", "å", "Ä", "ö", "é", "ü", "ß", "İ", "6", "0", "9", "&", "-", "\u2010", "\u2011", "\u2013", ":", ".", "..", ",", "/", "'", "\u2019",
  "\u02bc", " ", "  ", "\n", "\t", "\u00a0", "\u00ad", "\u200b", "\ufeff", "(", ")", "§", "%", "€", "\u{1D400}", "😀", "\ud800", "FN", ":s", "S:t",
  "jämställdhets", "och", "2018", "1197", "co", "design", "don", "t", "m&nniskor", "f6r", "R&D", "e\u0301", "ﬁ",
];

describe("tokenizer fast paths", () => {
  it("cut, classify and fold every text as the reference tokenizer does", () => {
    const texts = [...corpusTexts(), ...piecedTexts(pieces, 20_000, 40, 20250101)];
    expect(texts.length).toBeGreaterThan(20_000);
    for (const text of texts) {
      const expected = reference(text, 7);
      expect(tokenize(text, 7)).toEqual(expected);
      expect(tokenizeKeyed(text, 7).tokens).toEqual(expected);
    }
  });
});
