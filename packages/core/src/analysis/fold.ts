/**
 * Matching keys. `lowerText` is the NFC lower-case text with invisible
 * characters (soft hyphen, zero-width) removed; `foldText` maps every
 * character of that to exactly one character, so an offset in the fold is the
 * same offset in the lower-case text:
 *   å ä → a, ö ø → o, é → a (OCR writes é for ä, sometimes for å or ö),
 *   other diacritics stripped (ü → u, è → e), "&" and "6" standing for ä/ö
 *   inside words ("m&nniskor", "uppf6ljning") → a / o, typographic
 *   apostrophes and hyphens → ASCII.
 * So "Uppföljning", "uppfoljning" and "uppf6ljning" share the key "uppfoljning".
 */
import { isInvisibleCode, isMarkCode, isOcrAmpersandAt, isOcrSixAt } from "./chars.js";

const charFold = new Map<number, [string, string]>();

/** Lower case and fold of one BMP character (context-free part). */
function foldCode(code: number): [string, string] {
  let hit = charFold.get(code);
  if (hit) return hit;
  const ch = String.fromCharCode(code);
  let lower = ch.toLowerCase();
  // A few characters lower-case to two ("İ" → "i̇"); keep one to stay aligned.
  if (lower.length !== 1) lower = lower[0];
  let fold = SPECIAL[lower];
  if (fold === undefined) {
    const decomposed = lower.normalize("NFD");
    fold = decomposed.length > 1 && isMarkCode(decomposed.charCodeAt(1)) ? decomposed[0] : lower;
  }
  hit = [lower, fold];
  charFold.set(code, hit);
  return hit;
}

const SPECIAL: Record<string, string> = {
  "å": "a",
  "ä": "a",
  "æ": "a",
  "é": "a",
  "ö": "o",
  "ø": "o",
  "œ": "o",
  "ß": "s",
  "\u2019": "'",
  "\u2018": "'",
  "\u02bc": "'",
  "\u2010": "-",
  "\u2011": "-",
};

export interface Folded {
  /** NFC, lower case, invisible characters removed. */
  lower: string;
  /** Same length as `lower`, diacritics and OCR confusions folded. */
  fold: string;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** Lower case and fold in one pass (uncached). */
export function lowerAndFoldUncached(input: string): Folded {
  const s = isAscii(input) ? input : input.normalize("NFC");
  let lower = "";
  let fold = "";
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) {
        const c = String.fromCharCode(code + 32);
        lower += c;
        fold += c;
        continue;
      }
      if ((code === 38 && isOcrAmpersandAt(s, i)) || (code === 54 && isOcrSixAt(s, i))) {
        lower += s[i];
        fold += code === 38 ? "a" : "o";
        continue;
      }
      lower += s[i];
      fold += s[i];
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      // Astral characters (emoji, rare scripts) pass through unchanged.
      const pair = s.slice(i, i + 2);
      lower += pair;
      fold += pair;
      i++;
      continue;
    }
    if (isInvisibleCode(code)) continue;
    const [l, f] = foldCode(code);
    lower += l;
    fold += f;
  }
  // One string when they are equal (most words): comparing lower with fold is then a pointer test.
  return { lower, fold: fold === lower ? lower : fold };
}

/** A word's text (the first string seen with it: tokens of the same word can share it), lower case and fold. */
export interface FoldedWord extends Folded {
  text: string;
  /** Its token key (token-keys.ts), valid while the key table is still at `keyGeneration` (-1: not keyed yet). */
  key: number;
  keyGeneration: number;
}

const cache = new Map<string, FoldedWord>();
const CACHE_LIMIT = 50_000;

/** Lower case and fold, cached (words repeat a lot in a document). */
export function lowerAndFold(s: string): Folded {
  return foldedWord(s);
}

/**
 * `lowerAndFold` with the text as first seen: a token can keep that string
 * instead of its own copy, which then dies young (fewer strings for the
 * garbage collector to move).
 */
export function foldedWord(s: string): FoldedWord {
  let hit = cache.get(s);
  if (hit) return hit;
  const { lower, fold } = lowerAndFoldUncached(s);
  hit = { text: s, lower, fold, key: 0, keyGeneration: -1 };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(s, hit);
  return hit;
}

/** NFC, lower case, invisible characters removed. */
export function lowerText(s: string): string {
  return lowerAndFoldUncached(s).lower;
}

/** The matching key: lower case with diacritics and OCR confusions folded (same as Token.fold). */
export function foldText(s: string): string {
  return s.length <= 64 ? lowerAndFold(s).fold : lowerAndFoldUncached(s).fold;
}
