/**
 * Which sentences a rule reads, and which mentions in them count.
 *
 * Rules read body text only: the header block (metadata), tables of
 * contents, page furniture and reference lists never count, nor does text
 * quoted from elsewhere (a block quote, or words inside quotation marks such
 * as the quoted title of another document).
 */
import type { LexiconMatch } from "../../analysis/lexicon.js";
import { negatedNear } from "../../analysis/negation.js";
import type { Analysis, Sentence } from "../../analysis/types.js";
import type { BlockKind } from "../../model/document.js";

export interface SentenceSelection {
  /** Read headings too (applicability triggers: a heading "Upphandling" says what the document is about). */
  headings?: boolean;
  /** Only these block kinds (default: all). */
  blockKinds?: readonly BlockKind[];
}

export function readableSentences(analysis: Analysis, selection: SentenceSelection = {}): Sentence[] {
  const blocks = analysis.document.blocks;
  return analysis.sentences.filter((sentence) => {
    const block = blocks[sentence.block];
    if (!block || block.role !== "body" || block.quoted) return false;
    if (block.kind === "heading" && !selection.headings) return false;
    if (selection.blockKinds && !selection.blockKinds.includes(block.kind)) return false;
    return true;
  });
}

/** The range [start, end) lies inside quotation marks in its sentence. */
export function insideQuotes(sentence: Sentence, start: number, end: number): boolean {
  return sentence.marks.quotes.some(([qs, qe]) => start >= qs && end <= qe);
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export interface MentionFilter {
  /** Drop negated mentions ("ingen dialog", "samråd har inte genomförts"). */
  negation: boolean;
  /** A negated mention takes the sentence's other mentions of the same rule with it ("Ingen dialog har förts med brukarna"). */
  negationSpreads: boolean;
  /** Drop mentions in postponed or hypothetical sentences ("dialog kan komma att föras"). */
  postponed: boolean;
  /** Drop mentions in placeholder sentences ("Beskrivs senare."). */
  placeholder: boolean;
}

export const DEFAULT_MENTION_FILTER: MentionFilter = {
  negation: true,
  negationSpreads: true,
  postponed: true,
  placeholder: true,
};

export interface FilteredMentions {
  kept: LexiconMatch[];
  /** Mentions dropped because they were negated (kept for messages and tests). */
  negated: LexiconMatch[];
}

/**
 * The mentions in one sentence that count as evidence: not quoted, not
 * overlapping a wrong-sense exception, not negated, postponed or a placeholder.
 */
export function countingMentions(
  sentence: Sentence,
  matches: readonly LexiconMatch[],
  exceptions: readonly LexiconMatch[],
  filter: MentionFilter,
): FilteredMentions {
  // No mentions (most sentences): nothing to filter, and no closures or arrays to allocate.
  if (matches.length === 0 || (filter.postponed && sentence.marks.postponed) || (filter.placeholder && sentence.marks.placeholder)) {
    return { kept: [], negated: [] };
  }
  const candidates = matches.filter(
    (m) => !insideQuotes(sentence, m.start, m.end) && !exceptions.some((e) => overlaps(e, m)),
  );
  if (!filter.negation) return { kept: candidates, negated: [] };
  const negated = candidates.filter((m) => negatedNear(sentence, m.tokenStart, m.tokenEnd));
  if (negated.length === 0) return { kept: candidates, negated };
  if (filter.negationSpreads) return { kept: [], negated: candidates };
  return { kept: candidates.filter((m) => !negated.includes(m)), negated };
}
