/**
 * Where a document rule's diagnostic goes: the heading of the section that
 * should hold the content ("Uppföljning", "Follow-up"), when the document has
 * one. The engine falls back to the title, then to line 1.
 */
import { foldText } from "../../analysis/fold.js";
import type { PolicyDocument } from "../../model/document.js";

/** Heading text made comparable: folded, without numbering ("5.2", "§ 4") or a trailing colon. */
export function comparableHeading(title: string): string {
  return trimTrailingPunctuation(foldText(title).replace(/^[\s§]*(?:\d+[.)]?\s*)*/u, "")).trim();
}

const TRAILING = /[:.\s]/u;

/**
 * Drops trailing colons, dots and spaces. A loop, not /[:.\s]+$/: that
 * regex retries from every position of a long run of ". . ." followed by
 * text, which made a heading of 40,000 dots take 30 s.
 */
function trimTrailingPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && TRAILING.test(s[end - 1])) end--;
  return s.slice(0, end);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Headings already made comparable: every document rule looks for its anchor among the same headings. */
const comparable = new Map<string, string>();
const COMPARABLE_LIMIT = 5_000;

function cachedComparableHeading(title: string): string {
  let c = comparable.get(title);
  if (c === undefined) {
    c = comparableHeading(title);
    if (comparable.size >= COMPARABLE_LIMIT) comparable.clear();
    // Long titles are rare and not worth keeping.
    if (title.length <= 200) comparable.set(title, c);
  }
  return c;
}

/** A test for headings that contain one of `headings` at a word start ("Uppföljning och utvärdering"). */
export function headingMatcher(headings: readonly string[]): (title: string) => boolean {
  const wanted = headings.map(comparableHeading).filter((h) => h.length > 0);
  if (wanted.length === 0) return () => false;
  const pattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${wanted.map(escapeRegExp).join("|")})`, "u");
  return (title) => pattern.test(cachedComparableHeading(title));
}

/** Block index of the first body heading whose text matches; null when there is none. */
export function findAnchorBlock(doc: PolicyDocument, matches: (title: string) => boolean): number | null {
  for (const block of doc.blocks) {
    if (block.kind !== "heading" || block.role !== "body") continue;
    if (matches(block.text)) return block.index;
  }
  return null;
}
