/**
 * Tables of contents: a heading "Innehåll"/"Contents" followed by entries,
 * or a run of lines with dotted leaders ("Uppföljning ........ 7"). RULES.md:
 * a heading in a table of contents satisfies nothing, so these lines get
 * role "toc".
 */
import type { Seg } from "./segment.js";

const TOC_TITLE = /^(?:inneh[aeé&]ll(?:sf[o6]rteckning)?|contents|table of contents|innehall och sidor)$/;
const LEADER = /(?:(?:\.\s?){4,}|(?:…\s?){2,}|(?:·\s?){4,}|_{4,})\s*\d{1,4}$/;
const TRAILING_NUMBER = /\S\s+\d{1,3}$/;
const TERMINAL = /[.!?;:,]$/;

export function foldAscii(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

export function isTocTitle(text: string): boolean {
  if (text.length > 40) return false;
  return TOC_TITLE.test(foldAscii(text).replace(/[:.]$/, "").trim());
}

/** Entries are short; the length limit also keeps the regular expression linear on hostile input. */
export function hasLeader(text: string): boolean {
  return text.length <= 200 && LEADER.test(text);
}

function words(text: string): number {
  return text.split(" ").length;
}

/** Short, unpunctuated, starts like a heading: could be an entry of a table of contents. */
export function isEntryLike(text: string): boolean {
  return text.length <= 110 && words(text) <= 16 && !TERMINAL.test(text) && /^[\p{Lu}\p{Nd}]/u.test(text);
}

function hasPageNumber(text: string): boolean {
  return text.length <= 120 && TRAILING_NUMBER.test(text) && isEntryLike(text.replace(/\s*\d{1,3}$/, ""));
}

/** "1 Inledning ........ 2" and "1 INLEDNING" share a key: the entry without leader and page number. */
function entryKey(text: string): string {
  if (text.length > 200) return text;
  return text.replace(LEADER, "").replace(/\s*\d{1,3}$/, "").trim().toLowerCase();
}

export type TocMark = "title" | "entry";

/**
 * Mark the table-of-contents lines among `segs` (prose lines in document
 * order, furniture already removed). `chunkOf[i]` numbers the paragraph a
 * line belongs to; `barrierBefore[i]` says non-prose content (a Markdown
 * heading, list or table) came before it, which ends any table of contents.
 */
export function findToc(
  segs: readonly Seg[],
  chunkOf: readonly number[],
  barrierBefore: readonly boolean[],
): Array<TocMark | undefined> {
  const marks: Array<TocMark | undefined> = new Array(segs.length);
  let active = false;
  let lastChunk = -1;
  let seen = new Set<string>();
  for (let i = 0; i < segs.length; i++) {
    const text = segs[i].text;
    if (barrierBefore[i]) active = false;
    if (active) {
      const key = entryKey(text);
      const numbered = hasLeader(text) || hasPageNumber(text);
      // Entries without page numbers only count inside the block of lines the TOC started in.
      if (!seen.has(key) && (numbered || (chunkOf[i] === lastChunk && isEntryLike(text)))) {
        marks[i] = "entry";
        seen.add(key);
        if (numbered) lastChunk = chunkOf[i];
        continue;
      }
      active = false;
    }
    const next = i + 1 < segs.length && !barrierBefore[i + 1] ? segs[i + 1].text : null;
    if (isTocTitle(text) && next !== null && (hasLeader(next) || hasPageNumber(next) || (chunkOf[i + 1] === chunkOf[i] && isEntryLike(next)))) {
      marks[i] = "title";
      active = true;
      lastChunk = chunkOf[i];
      seen = new Set();
    } else if (hasLeader(text) && next !== null && hasLeader(next)) {
      marks[i] = "entry";
      active = true;
      lastChunk = chunkOf[i];
      seen = new Set([entryKey(text)]);
    }
  }
  return marks;
}
