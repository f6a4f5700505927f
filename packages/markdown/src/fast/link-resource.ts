/**
 * The `(destination "title")` after a link's `]`, and autolinks
 * (`<https://…>`, `<name@example.org>`), read as micromark reads them.
 * Whitespace in a resource may run over a line ending; the scanner gives up
 * on that rather than follow it, as it does on `(…)` titles.
 */
import { decodeString } from "./character-reference.js";
import { giveUp } from "./give-up.js";

export interface Resource {
  url: string;
  title: string | null;
  /** Offset after the closing `)`. */
  end: number;
}

const SPACE = 32;

function isControl(c: number): boolean {
  return c < 32 || c === 127;
}

/**
 * The resource starting at `at` (an opening parenthesis) on a line ending
 * at `to`, or null when there is none. `lastLine`: no line follows in this
 * paragraph (so running into the line end is a plain failure).
 */
export function readResource(text: string, at: number, to: number, lastLine: boolean): Resource | null {
  const atLineEnd = (): null => (lastLine ? null : giveUp("link-resource"));
  let i = at + 1;
  while (i < to && text.charCodeAt(i) === SPACE) i++;
  if (i >= to) return atLineEnd();
  if (text.charCodeAt(i) === 41 /* ) */) return { url: "", title: null, end: i + 1 };

  let url: string;
  if (text.charCodeAt(i) === 60 /* < */) {
    const from = i + 1;
    let k = from;
    for (;;) {
      if (k >= to) return null;
      const c = text.charCodeAt(k);
      if (c === 62 /* > */) break;
      if (c === 60) return null;
      k += c === 92 && k + 1 < to && [60, 62, 92].includes(text.charCodeAt(k + 1)) ? 2 : 1;
    }
    url = decodeString(text, from, k);
    i = k + 1;
  } else {
    const from = i;
    let balance = 0;
    let k = i;
    for (;;) {
      if (k >= to) {
        if (balance > 0) return null;
        break;
      }
      const c = text.charCodeAt(k);
      if (c === 40 /* ( */) {
        if (balance >= 32) return null;
        balance++;
        k++;
      } else if (c === 41 /* ) */) {
        if (balance === 0) break;
        balance--;
        k++;
      } else if (c === SPACE) {
        if (balance > 0) return null;
        break;
      } else if (isControl(c)) {
        return null;
      } else {
        k += c === 92 && k + 1 < to && [40, 41, 92].includes(text.charCodeAt(k + 1)) ? 2 : 1;
      }
    }
    url = decodeString(text, from, k);
    i = k;
  }

  let title: string | null = null;
  if (i < to && text.charCodeAt(i) === SPACE) {
    while (i < to && text.charCodeAt(i) === SPACE) i++;
    if (i >= to) return atLineEnd();
    const marker = text.charCodeAt(i);
    if (marker === 40) giveUp("link-resource");
    if (marker === 34 /* " */ || marker === 39 /* ' */) {
      const from = i + 1;
      let k = from;
      for (;;) {
        if (k >= to) return atLineEnd();
        const c = text.charCodeAt(k);
        if (c === marker) break;
        k += c === 92 && k + 1 < to && (text.charCodeAt(k + 1) === marker || text.charCodeAt(k + 1) === 92) ? 2 : 1;
      }
      if (k > from) title = decodeString(text, from, k);
      i = k + 1;
      while (i < to && text.charCodeAt(i) === SPACE) i++;
      if (i >= to) return atLineEnd();
    }
  } else if (i >= to) {
    return atLineEnd();
  }
  return text.charCodeAt(i) === 41 ? { url, title, end: i + 1 } : null;
}

function isAsciiAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiAlphanumeric(c: number): boolean {
  return isAsciiAlpha(c) || (c >= 48 && c <= 57);
}

/** Characters allowed before the `@` of an e-mail autolink. */
function isAtext(c: number): boolean {
  return (
    isAsciiAlphanumeric(c) ||
    c === 35 || c === 36 || c === 37 || c === 38 || c === 39 || c === 42 || c === 43 || c === 45 || c === 47 ||
    c === 61 || c === 63 || c === 94 || c === 95 || c === 96 || c === 123 || c === 124 || c === 125 || c === 126 || c === 46
  );
}

export interface Autolink {
  url: string;
  /** Offset after the closing `>`. */
  end: number;
}

/** The autolink starting at `at` (a `<`) before `to`, or null. */
export function readAutolink(text: string, at: number, to: number): Autolink | null {
  const from = at + 1;
  let i = from;
  if (i < to && isAsciiAlpha(text.charCodeAt(i))) {
    // Scheme: a letter, then 1 to 31 of [A-Za-z0-9+.-], then ":".
    let k = i + 1;
    while (k < to && k - i < 32) {
      const c = text.charCodeAt(k);
      if (!(isAsciiAlphanumeric(c) || c === 43 || c === 45 || c === 46)) break;
      k++;
    }
    if (k - i >= 2 && k < to && text.charCodeAt(k) === 58 /* : */) {
      let j = k + 1;
      while (j < to) {
        const c = text.charCodeAt(j);
        if (c === 62 /* > */) return { url: text.slice(from, j), end: j + 1 };
        if (c === SPACE || c === 60 || isControl(c)) return null;
        j++;
      }
      return null;
    }
  }
  // E-mail: atext+ "@" label ("." label)* ">", labels of 1..63 alphanumerics and inner hyphens.
  while (i < to && isAtext(text.charCodeAt(i))) i++;
  if (i === from || i >= to || text.charCodeAt(i) !== 64 /* @ */) return null;
  i++;
  for (;;) {
    if (i >= to || !isAsciiAlphanumeric(text.charCodeAt(i))) return null;
    const labelStart = i;
    i++;
    while (i < to && (isAsciiAlphanumeric(text.charCodeAt(i)) || text.charCodeAt(i) === 45) && i - labelStart < 63) i++;
    if (text.charCodeAt(i - 1) === 45) return null;
    if (i >= to) return null;
    const c = text.charCodeAt(i);
    if (c === 62) return { url: "mailto:" + text.slice(from, i), end: i + 1 };
    if (c !== 46) return null;
    i++;
  }
}
