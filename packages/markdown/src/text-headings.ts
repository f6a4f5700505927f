/**
 * Headings in text without markup: numbered lines ("1. Inledning",
 * "2.3 Uppföljning", "3 UPPFÖLJNING"), ALL-CAPS lines, and short
 * capitalised lines that stand alone before body text.
 */
import type { Seg } from "./segment.js";

const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+(\S.*)$/u;
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTERS = /\p{L}/gu;
const TERMINAL = /[.!?;:,]$/;
const MAX_WORDS = 14;
/** Dates, section signs and case numbers belong to the header block, not to headings. */
const HEADER_BLOCK =
  /\d{4}-\d{2}-\d{2}|§|\bdnr\b|\d+\/\d+|,.*\d|^(?:approved|adopted|agreed|antagen|antagna|antaget|fastställd|faststalld|beslutad|reviderad)\b/i;
const MAX_LENGTH = 100;

function words(text: string): number {
  return text.split(" ").length;
}

export interface NumberedHeading {
  depth: number;
}

/**
 * "2.3 Uppföljning": the number gives the depth. The title after the number
 * starts with a capital, is short and has no final punctuation. `next` is
 * the following line of the same paragraph, if any: a lower-case start
 * there means this line was a wrapped sentence, not a heading.
 */
export function numberedHeading(text: string, next: string | null): NumberedHeading | null {
  if (text.length > MAX_LENGTH) return null;
  const m = NUMBERED.exec(text);
  if (!m) return null;
  const title = m[2];
  if (!STARTS_UPPER.test(title)) return null;
  if (text.length > MAX_LENGTH || words(title) > MAX_WORDS || TERMINAL.test(text)) return null;
  if (next !== null && STARTS_LOWER.test(next)) return null;
  return { depth: m[1].split(".").length };
}

/** At least three letters and no lower-case letter: "KRISBEREDSKAPSPLAN 2025-2028", "FR6SÅKERS KOMMUN". */
export function isAllCapsLine(text: string): boolean {
  if (text.length > MAX_LENGTH || words(text) > MAX_WORDS || HAS_LOWER.test(text)) return false;
  if (/[.,;]$/.test(text)) return false;
  return (text.match(LETTERS)?.length ?? 0) >= 3;
}

/**
 * A short capitalised line that is a paragraph of its own ("Bakgrund",
 * "Riktlinje för bostad med särskild service"), followed by body text that
 * does not continue it. Lines with a column gap or a "key: value" shape are
 * header-block material, not headings.
 */
export function isCapitalisedHeading(seg: Seg, followedBy: string | null): boolean {
  const text = seg.text;
  if (followedBy === null || STARTS_LOWER.test(followedBy)) return false;
  if (!STARTS_UPPER.test(text) || seg.gap) return false;
  if (text.length > 80 || words(text) > 10 || TERMINAL.test(text) || /[-–|:]/.test(text.slice(-1))) return false;
  if (text.includes(": ") || text.includes(" | ") || HEADER_BLOCK.test(text)) return false;
  const letters = text.match(LETTERS)?.length ?? 0;
  return letters >= 3 && letters >= text.replace(/ /g, "").length / 2;
}

/** A short unpunctuated line under the document title ("Med särskilt fokus på …", "2025-2027"). */
export function isSubtitleLine(seg: Seg): boolean {
  const text = seg.text;
  if (seg.gap || text.length > MAX_LENGTH || words(text) > MAX_WORDS || TERMINAL.test(text)) return false;
  if (text.includes(": ") || HEADER_BLOCK.test(text) || STARTS_LOWER.test(text)) return false;
  return /^[\p{Lu}\p{Nd}]/u.test(text);
}
