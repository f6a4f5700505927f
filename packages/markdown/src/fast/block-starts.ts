/**
 * Recognisers for the starts of Markdown blocks on one line, as CommonMark
 * (micromark) reads them. Each looks at text[from, to) where `from` is the
 * first non-space character after the container prefixes and `to` is the
 * end of the line's content. Tabs never reach here (the scanner gives up on
 * them), so a column is a character.
 */

export const SPACE = 32;
const HASH = 35;
const STAR = 42;
const PLUS = 43;
const DASH = 45;
const DOT = 46;
const RIGHT_PAREN = 41;
const UNDERSCORE = 95;
const BACKTICK = 96;
const TILDE = 126;
const EQUALS = 61;

/** First offset in [from, to) that is not a space. */
export function skipSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && text.charCodeAt(i) === SPACE) i++;
  return i;
}

export function isBlank(text: string, from: number, to: number): boolean {
  return skipSpaces(text, from, to) === to;
}

/** End of the content without trailing spaces. */
export function trimEnd(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && text.charCodeAt(i - 1) === SPACE) i--;
  return i;
}

export interface AtxHeading {
  depth: number;
  /** Content range; empty when contentStart >= contentEnd. */
  contentStart: number;
  contentEnd: number;
}

export function atxHeading(text: string, from: number, to: number): AtxHeading | null {
  let i = from;
  while (i < to && text.charCodeAt(i) === HASH && i - from < 7) i++;
  const depth = i - from;
  if (depth === 0 || depth > 6) return null;
  if (i < to && text.charCodeAt(i) !== SPACE) return null;
  const contentStart = skipSpaces(text, i, to);
  let contentEnd = trimEnd(text, contentStart, to);
  // A closing sequence of #s is dropped when a space precedes it (or it is all there is).
  let k = contentEnd;
  while (k > contentStart && text.charCodeAt(k - 1) === HASH) k--;
  if (k < contentEnd && (k === contentStart || text.charCodeAt(k - 1) === SPACE)) contentEnd = trimEnd(text, contentStart, k);
  return { depth, contentStart, contentEnd };
}

export function isThematicBreak(text: string, from: number, to: number): boolean {
  const marker = text.charCodeAt(from);
  if (marker !== STAR && marker !== DASH && marker !== UNDERSCORE) return false;
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === marker) count++;
    else if (c !== SPACE) return false;
  }
  return count >= 3;
}

/** 1 for a `===` underline, 2 for `---`, 0 otherwise. */
export function setextUnderline(text: string, from: number, to: number): 0 | 1 | 2 {
  const marker = text.charCodeAt(from);
  if (marker !== EQUALS && marker !== DASH) return 0;
  let i = from;
  while (i < to && text.charCodeAt(i) === marker) i++;
  if (!isBlank(text, i, to)) return 0;
  return marker === EQUALS ? 1 : 2;
}

export interface FenceOpen {
  marker: number;
  size: number;
  /** Info string pieces (offsets), -1 when absent. */
  langStart: number;
  langEnd: number;
  metaStart: number;
  metaEnd: number;
}

export function fenceOpen(text: string, from: number, to: number): FenceOpen | null {
  const marker = text.charCodeAt(from);
  if (marker !== BACKTICK && marker !== TILDE) return null;
  let i = from;
  while (i < to && text.charCodeAt(i) === marker) i++;
  const size = i - from;
  if (size < 3) return null;
  if (marker === BACKTICK) for (let k = i; k < to; k++) if (text.charCodeAt(k) === BACKTICK) return null;
  const fence: FenceOpen = { marker, size, langStart: -1, langEnd: -1, metaStart: -1, metaEnd: -1 };
  const langStart = skipSpaces(text, i, to);
  if (langStart === to) return fence;
  let langEnd = langStart;
  while (langEnd < to && text.charCodeAt(langEnd) !== SPACE) langEnd++;
  fence.langStart = langStart;
  fence.langEnd = langEnd;
  const metaStart = skipSpaces(text, langEnd, to);
  if (metaStart < to) {
    // The meta runs to the end of the line, trailing spaces included (as micromark keeps them).
    fence.metaStart = metaStart;
    fence.metaEnd = to;
  }
  return fence;
}

export function isFenceClose(text: string, from: number, to: number, fence: FenceOpen): boolean {
  let i = from;
  while (i < to && text.charCodeAt(i) === fence.marker) i++;
  return i - from >= fence.size && isBlank(text, i, to);
}

export interface ListMarker {
  ordered: boolean;
  /** Bullet character, or the `.`/`)` delimiter of an ordered marker. */
  marker: number;
  /** The number of an ordered marker. */
  value: number;
  /** Offset just after the marker. */
  markerEnd: number;
  /** Offset of the item's first content character (end of line when the item is empty). */
  contentStart: number;
  /** Nothing after the marker on this line. */
  empty: boolean;
  /** Five or more spaces after the marker: the content is indented code. */
  wide: boolean;
}

export function listMarker(text: string, from: number, to: number): ListMarker | null {
  const c = text.charCodeAt(from);
  let markerEnd: number;
  let ordered = false;
  let marker = c;
  let value = 0;
  if (c === DASH || c === STAR || c === PLUS) {
    markerEnd = from + 1;
  } else {
    let i = from;
    while (i < to && i - from < 10 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    const digits = i - from;
    if (digits === 0 || digits > 9 || i >= to) return null;
    marker = text.charCodeAt(i);
    if (marker !== DOT && marker !== RIGHT_PAREN) return null;
    ordered = true;
    value = Number.parseInt(text.slice(from, i), 10);
    markerEnd = i + 1;
  }
  if (markerEnd < to && text.charCodeAt(markerEnd) !== SPACE) return null;
  if ((c === DASH || c === STAR) && isThematicBreak(text, from, to)) return null;
  const contentStart = skipSpaces(text, markerEnd, to);
  const empty = contentStart === to;
  return { ordered, marker, value, markerEnd, contentStart, empty, wide: !empty && contentStart - markerEnd >= 5 };
}

/** `<` that could open raw HTML (a tag, declaration, instruction or comment) rather than text or an autolink. */
export function couldBeHtml(text: string, at: number, to: number): boolean {
  if (at + 1 >= to) return false;
  const c = text.charCodeAt(at + 1);
  return c === 33 /* ! */ || c === 47 /* / */ || c === 63 /* ? */ || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isCommentStart(text: string, at: number): boolean {
  return text.startsWith("<!--", at);
}
