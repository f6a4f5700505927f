/**
 * Character references (`&amp;`, `&#228;`, `&#xE4;`) as CommonMark reads
 * them. Numeric ones are decoded here; of the 2,000-odd named ones only
 * those that policies plausibly use are known. Any other well-formed name
 * might or might not be an HTML entity, so the scanner gives up rather than
 * guess (the full list lives in micromark's dependencies).
 */
import { giveUp } from "./give-up.js";

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", shy: "\u00ad",
  ndash: "\u2013", mdash: "\u2014", hellip: "\u2026", minus: "\u2212",
  lsquo: "\u2018", rsquo: "\u2019", sbquo: "\u201a", ldquo: "\u201c", rdquo: "\u201d", bdquo: "\u201e",
  laquo: "\u00ab", raquo: "\u00bb", euro: "\u20ac", copy: "\u00a9", reg: "\u00ae", trade: "\u2122",
  sect: "\u00a7", para: "\u00b6", deg: "\u00b0", middot: "\u00b7", bull: "\u2022", times: "\u00d7",
  divide: "\u00f7", plusmn: "\u00b1", ensp: "\u2002", emsp: "\u2003", thinsp: "\u2009",
  auml: "\u00e4", Auml: "\u00c4", ouml: "\u00f6", Ouml: "\u00d6", aring: "\u00e5", Aring: "\u00c5",
  eacute: "\u00e9", Eacute: "\u00c9", uuml: "\u00fc", Uuml: "\u00dc",
};

/** The named references this module decodes (for tests). */
export const KNOWN_NAMED_REFERENCES: readonly string[] = Object.keys(NAMED);

export interface Reference {
  value: string;
  /** Offset just after the `;`. */
  end: number;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function isAlphanumeric(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** What a numeric reference decodes to: controls, surrogates, noncharacters and out-of-range codes become U+FFFD. */
export function decodeNumeric(code: number): string {
  if (
    code < 9 ||
    code === 11 ||
    (code > 13 && code < 32) ||
    (code > 126 && code < 160) ||
    (code > 55295 && code < 57344) ||
    (code > 64975 && code < 65008) ||
    (code & 65535) === 65535 ||
    (code & 65535) === 65534 ||
    code > 1114111
  ) {
    return "\ufffd";
  }
  return String.fromCodePoint(code);
}

/** The reference starting at `at` (a `&`) and ending before `limit`, or null when the `&` is literal. */
export function readReference(text: string, at: number, limit: number): Reference | null {
  let i = at + 1;
  if (i < limit && text.charCodeAt(i) === 35 /* # */) {
    i++;
    const hex = i < limit && (text.charCodeAt(i) === 120 || text.charCodeAt(i) === 88);
    if (hex) i++;
    const from = i;
    const max = hex ? 6 : 7;
    while (i < limit && i - from < max && (hex ? isHexDigit(text.charCodeAt(i)) : isDigit(text.charCodeAt(i)))) i++;
    if (i === from || i >= limit || text.charCodeAt(i) !== 59 /* ; */) return null;
    return { value: decodeNumeric(Number.parseInt(text.slice(from, i), hex ? 16 : 10)), end: i + 1 };
  }
  const from = i;
  while (i < limit && i - from < 31 && isAlphanumeric(text.charCodeAt(i))) i++;
  if (i === from || i >= limit || text.charCodeAt(i) !== 59) return null;
  const name = text.slice(from, i);
  const value = Object.hasOwn(NAMED, name) ? NAMED[name] : undefined;
  if (value === undefined) giveUp("entity");
  return { value, end: i + 1 };
}

/** ASCII punctuation, the characters a backslash escapes. */
export function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

/**
 * Decoded "string" content (link destinations and titles, fence info):
 * backslash escapes and character references resolved.
 */
export function decodeString(text: string, from: number, to: number): string {
  let out = "";
  let run = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */ && i + 1 < to && isAsciiPunctuation(text.charCodeAt(i + 1))) {
      out += text.slice(run, i) + text[i + 1];
      i++;
      run = i + 1;
    } else if (c === 38 /* & */) {
      const ref = readReference(text, i, to);
      if (ref) {
        out += text.slice(run, i) + ref.value;
        i = ref.end - 1;
        run = ref.end;
      }
    }
  }
  return out + text.slice(run, to);
}
