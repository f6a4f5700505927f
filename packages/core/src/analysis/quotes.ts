/**
 * Ranges of text inside quotation marks: “…”, ”…” (Swedish), "…", «…»,
 * »…« (Swedish), „…“, and single quotes ‘…’ / '…' only when they clearly
 * quote (an opening mark after a space or bracket and before a letter, a
 * closing mark not followed by a letter), so apostrophes ("don't",
 * "parents' rights") never open or close a quote. An unclosed quote yields
 * nothing. Ranges are [start, end) of the quoted content, marks excluded.
 */
import { isLetterCode, isSpaceCode, isWordCode } from "./chars.js";

const DOUBLE_OPENERS: Record<string, string> = {
  "\u201c": "\u201d\u201c", // “ … ” (English) or „ … “ style closers
  "\u201e": "\u201c\u201d", // „ … “
  "\u00ab": "\u00bb", // « … »
  "\u00bb": "\u00ab", // » … « (Swedish)
  "\u201d": "\u201d", // ” … ” (Swedish)
  '"': '"\u201d',
};
const SINGLE_OPENERS: Record<string, string> = {
  "\u2018": "\u2019",
  "\u2019": "\u2019",
  "'": "'\u2019",
  "\u2039": "\u203a",
  "\u203a": "\u2039",
};
const SINGLE_MAX = 200;

function opensAt(text: string, i: number, strict: boolean): boolean {
  const next = text.charCodeAt(i + 1);
  if (!(i + 1 < text.length) || isSpaceCode(next)) return false;
  if (strict && !isLetterCode(next)) return false;
  if (i === 0) return true;
  const prev = text.charCodeAt(i - 1);
  if (isSpaceCode(prev)) return true;
  // Opening bracket, dash, slash or colon before the mark.
  return prev === 40 || prev === 91 || prev === 0x2013 || prev === 0x2014 || prev === 45 || prev === 47 || prev === 58;
}

function closesAt(text: string, i: number, strict: boolean): boolean {
  if (!strict) return true;
  const next = text.charCodeAt(i + 1);
  return !(i + 1 < text.length && isWordCode(next));
}

/** Characters that can open or close a quotation. */
const QUOTE_CHARS = new Set([...Object.keys(DOUBLE_OPENERS), ...Object.keys(SINGLE_OPENERS), "\u201c", "\u201d", "\u2019", "\u00ab", "\u00bb", "\u203a", "\u2039"].map((c) => c.charCodeAt(0)));
/** QUOTE_CHARS as a table over UTF-16 code units: one array read per character of every block. */
const IS_QUOTE_CHAR = new Uint8Array(0x10000);
for (const code of QUOTE_CHARS) IS_QUOTE_CHAR[code] = 1;

export function quoteRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let doubleOpen = -1;
  let doubleClosers = "";
  let singleOpen = -1;
  let singleClosers = "";
  for (let i = 0; i < text.length; i++) {
    if (IS_QUOTE_CHAR[text.charCodeAt(i)] === 0) continue;
    const ch = text[i];
    if (doubleOpen >= 0 && doubleClosers.includes(ch)) {
      ranges.push([doubleOpen + 1, i]);
      // A single quote left open inside a closed double quote was an apostrophe.
      if (singleOpen > doubleOpen) singleOpen = -1;
      doubleOpen = -1;
      continue;
    }
    if (doubleOpen < 0 && DOUBLE_OPENERS[ch] !== undefined && opensAt(text, i, false)) {
      doubleOpen = i;
      doubleClosers = DOUBLE_OPENERS[ch];
      continue;
    }
    if (singleOpen >= 0 && singleClosers.includes(ch)) {
      const prev = text.charCodeAt(i - 1);
      if (closesAt(text, i, true) && !isSpaceCode(prev)) {
        if (i - singleOpen <= SINGLE_MAX) ranges.push([singleOpen + 1, i]);
        singleOpen = -1;
        continue;
      }
    }
    if (singleOpen < 0 && SINGLE_OPENERS[ch] !== undefined && opensAt(text, i, true)) {
      singleOpen = i;
      singleClosers = SINGLE_OPENERS[ch];
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Is [start, end) inside one of the ranges? */
export function insideQuotes(ranges: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  for (const range of ranges) if (start >= range[0] && end <= range[1]) return true;
  return false;
}
