/**
 * A linear pre-scan for Markdown the CommonMark parser cannot handle in
 * reasonable time. micromark's cost for list containers grows with the
 * number of list items times the length of the list they sit in, and with
 * the nesting depth of each line: 5,000 levels of "- - - …", or one list of
 * thousands of items that each open a sublist, takes minutes to hours on a
 * few hundred kilobytes. Real documents are nowhere near the limits below;
 * text over them is read as plain text instead, with a note.
 */
import { LineEnds } from "./line-ends.js";

/** Most containers (block quotes, list items, two columns of indentation) a line may open. */
export const MAX_NESTING_DEPTH = 100;

/**
 * Most "list items × lines of the list they sit in", summed over the lists of
 * the document (≈ 1 s of parsing; a 500-line list nested three deep scores
 * about 250,000).
 */
export const MAX_LIST_WORK = 5_000_000;

export type Complexity =
  | { kind: "depth"; depth: number; line: number }
  | { kind: "list"; items: number; lines: number; line: number };

/**
 * The first reason `source` is too complex to parse as Markdown, or null.
 * `line` is 1-based.
 */
export function markdownTooComplex(source: string): Complexity | null {
  /** First line of the current region that holds a list item (reported as where the list starts). */
  let regionFirstItem = 0;
  let regionItems = 0;
  let regionLines = 0;
  /** Work of the list regions already closed. */
  let closedWork = 0;
  let previousBlank = true;
  let lineNo = 0;
  let pos = 0;
  const lineEnds = new LineEnds(source);
  while (pos <= source.length) {
    const end = lineEnds.next(pos);
    lineNo++;
    const { depth, items, blank, indented } = scanPrefix(source, pos, end);
    if (depth > MAX_NESTING_DEPTH) return { kind: "depth", depth, line: lineNo };
    // A line at the left margin after a blank line ends every open list and quote.
    if (!blank && previousBlank && depth === 0 && !indented) {
      closedWork += regionItems * regionLines;
      regionFirstItem = 0;
      regionItems = 0;
      regionLines = 0;
    }
    regionLines++;
    regionItems += items;
    if (items > 0 && regionFirstItem === 0) regionFirstItem = lineNo;
    if (closedWork + regionItems * regionLines > MAX_LIST_WORK) {
      return { kind: "list", items: regionItems, lines: regionLines, line: regionFirstItem };
    }
    previousBlank = blank;
    // Reads stay inside the string: an out-of-bounds charCodeAt makes V8 drop the optimised code.
    pos = end + (end + 1 < source.length && source.charCodeAt(end) === 13 && source.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return null;
}

interface Prefix {
  /** Containers opened or continued by the line's prefix (markers, plus indentation in steps of two). */
  depth: number;
  /** List markers in the prefix. */
  items: number;
  blank: boolean;
  indented: boolean;
}

function scanPrefix(s: string, start: number, end: number): Prefix {
  let i = start;
  let markers = 0;
  let items = 0;
  let indent = 0;
  for (;;) {
    while (i < end && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) {
      // Only the indentation before the first marker nests (a list staircase).
      if (markers === 0) indent += s.charCodeAt(i) === 9 ? 4 : 1;
      i++;
    }
    if (i >= end) break;
    const c = s.charCodeAt(i);
    if (c === 62 /* > */) {
      markers++;
      i++;
      continue;
    }
    const markerEnd = listMarkerEnd(s, i, end);
    if (markerEnd < 0) break;
    markers++;
    items++;
    i = markerEnd;
  }
  const blank = i >= end;
  // Indentation nests only under a marker on the same line (a list staircase); indented text alone is cheap.
  return { depth: markers === 0 ? 0 : markers + (indent >> 1), items, blank, indented: indent > 0 };
}

/** End of a list marker ("-", "+", "*", "1.", "12)") followed by a space, tab or line end; -1 if none. */
function listMarkerEnd(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  let j = i;
  if (c === 45 || c === 43 || c === 42) j = i + 1;
  else {
    while (j < end && j - i < 9 && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
    if (j === i || j >= end || (s.charCodeAt(j) !== 46 && s.charCodeAt(j) !== 41)) return -1;
    j++;
  }
  if (j < end && s.charCodeAt(j) !== 32 && s.charCodeAt(j) !== 9) return -1;
  return j;
}
