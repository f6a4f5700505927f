/**
 * Where a document rule's diagnostic goes: the heading of the section that
 * should hold the content ("Uppföljning", "Follow-up"), when the document has
 * one. The engine falls back to the title, then to line 1.
 */
import { foldText } from "../../analysis/fold.js";
import type { Block, PolicyDocument } from "../../model/document.js";

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
export interface HeadingMatcher {
  (title: string): boolean;
  /** The same test on a title already made comparable (`comparableHeading`). */
  comparable(title: string): boolean;
}

export function headingMatcher(headings: readonly string[]): HeadingMatcher {
  const wanted = headings.map(comparableHeading).filter((h) => h.length > 0);
  const pattern = wanted.length === 0 ? null : new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${wanted.map(escapeRegExp).join("|")})`, "u");
  // Documents share most of their headings ("Syfte", "Uppföljning"): each title is tested once.
  const known = new Map<string, boolean>();
  const comparableTest = (title: string) => {
    if (pattern === null) return false;
    let found = known.get(title);
    if (found === undefined) {
      found = pattern.test(title);
      if (known.size >= COMPARABLE_LIMIT) known.clear();
      if (title.length <= 200) known.set(title, found);
    }
    return found;
  };
  const matcher = (title: string) => comparableTest(cachedComparableHeading(title));
  return Object.assign(matcher, { comparable: comparableTest });
}

/** A document's body headings, made comparable once: every document rule looks for its anchor among them. */
interface BodyHeading {
  index: number;
  comparable: string;
}

const bodyHeadingsOf = new WeakMap<readonly Block[], BodyHeading[]>();

function bodyHeadings(doc: PolicyDocument): BodyHeading[] {
  let headings = bodyHeadingsOf.get(doc.blocks);
  if (headings === undefined) {
    headings = [];
    for (const block of doc.blocks) {
      if (block.kind !== "heading" || block.role !== "body") continue;
      headings.push({ index: block.index, comparable: cachedComparableHeading(block.text) });
    }
    bodyHeadingsOf.set(doc.blocks, headings);
  }
  return headings;
}

/** Block index of the first body heading whose text matches; null when there is none. */
export function findAnchorBlock(doc: PolicyDocument, matches: HeadingMatcher | ((title: string) => boolean)): number | null {
  if ("comparable" in matches) {
    for (const heading of bodyHeadings(doc)) if (matches.comparable(heading.comparable)) return heading.index;
    return null;
  }
  for (const block of doc.blocks) {
    if (block.kind !== "heading" || block.role !== "body") continue;
    if (matches(block.text)) return block.index;
  }
  return null;
}
