/**
 * Sentence split of one block's text. A sentence ends at ".", "!", "?" or
 * an ellipsis (plus closing quotes and brackets) followed by white space and
 * something that can start a sentence; not after abbreviations ("t.ex.",
 * "kap. 5", "e.g."), initials ("J. Smith"), a list number at the start of a
 * sentence ("1. Inledning"), or before a lower-case word. Semicolons and
 * colons do not end sentences. A blank line inside a block does. Text with no
 * end mark is one sentence (a heading, a table cell, a terse list item).
 */
import type { Language } from "../model/document.js";
import { abbreviations, type AbbreviationTable } from "./abbreviations.js";
import { isDigitCode, isLetterCode, isLowerCode, isSpaceCode, isUpperCode } from "./chars.js";

const CLOSERS = new Set([")", "]", "}", '"', "'", "\u201d", "\u2019", "\u00bb", "\u00ab", "\u201c"]);

function isTerminal(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

/** The letters and internal periods just before position `i` ("t.ex" before the final "."). */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0) {
    const c = text.charCodeAt(j - 1);
    if (isLetterCode(c) || (c === 46 && j - 1 > 0 && isLetterCode(text.charCodeAt(j - 2)))) j--;
    else break;
  }
  return text.slice(j, i);
}

/** Only a list number, letter or roman numeral stands between the sentence start and `i`. */
function isListMarker(text: string, start: number, i: number): boolean {
  if (i <= start || i - start > 6) return false;
  const marker = text.slice(start, i);
  if (/^\d+(?:\.\d+)*$/.test(marker)) return true;
  if (/^[a-zA-Z]$/.test(marker)) return true;
  return /^[ivxIVX]{1,4}$/.test(marker);
}

/** Does a sentence end at the terminal mark at `i`? `next` is the first non-space character after it. */
function endsSentence(text: string, i: number, start: number, next: number, table: AbbreviationTable): boolean {
  if (text.charCodeAt(i) === 46 && text.charCodeAt(i - 1) !== 46 && !isTerminal(text.charCodeAt(i + 1))) {
    const word = wordBefore(text, i);
    const key = word.toLowerCase();
    if (word.length > 0) {
      if (table.never.has(key)) return false;
      if (table.beforeNumber.has(key) && (isDigitCode(next) || next === 0xa7)) return false;
      if (table.endIfCapital.has(key)) return isUpperCode(next);
      // An initial: "J. Smith", "A. Svensson".
      if (word.length === 1 && isUpperCode(word.charCodeAt(0)) && isUpperCode(next)) {
        const before = i - 2 >= 0 ? text.charCodeAt(i - 2) : 32;
        if (isSpaceCode(before) || i - 1 === start) return false;
      }
    }
    if (isListMarker(text, start, i)) return false;
  }
  if (isLowerCode(next)) return false;
  return true;
}

/** Sentence ranges [start, end) in `text`, trimmed of surrounding white space. */
export function splitSentences(text: string, language: Language = "sv"): Array<[number, number]> {
  const table = abbreviations(language);
  const ranges: Array<[number, number]> = [];
  const n = text.length;
  let start = 0;
  while (start < n && isSpaceCode(text.charCodeAt(start))) start++;
  let i = start;
  const close = (end: number, nextStart: number): void => {
    let e = end;
    while (e > start && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > start) ranges.push([start, e]);
    start = nextStart;
    while (start < n && isSpaceCode(text.charCodeAt(start))) start++;
    i = start;
  };
  const candidates = /[.!?\u2026\n]/g;
  while (i < n) {
    // Jump to the next character that can end a sentence.
    candidates.lastIndex = i;
    const found = candidates.exec(text);
    if (!found) break;
    i = found.index;
    const code = text.charCodeAt(i);
    if (code === 10) {
      if (isBlankLineAt(text, i)) close(i, i + 1);
      else i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isTerminal(text.charCodeAt(j))) j++;
    while (j < n && CLOSERS.has(text[j])) j++;
    if (j < n && !isSpaceCode(text.charCodeAt(j))) {
      i = j;
      continue;
    }
    let k = j;
    while (k < n && isSpaceCode(text.charCodeAt(k))) k++;
    if (k >= n) {
      close(j, n);
      break;
    }
    if (endsSentence(text, i, start, text.charCodeAt(k), table)) close(j, k);
    else i = j;
  }
  if (start < n) close(n, n);
  return ranges;
}

/** A newline followed by only spaces and another newline. */
function isBlankLineAt(text: string, i: number): boolean {
  let k = i + 1;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13) return false;
    k++;
  }
  return false;
}
