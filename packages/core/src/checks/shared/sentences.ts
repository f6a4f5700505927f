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

/** Readable sentences per analysis and selection: every rule asks, and the answer is the same list. */
const readable = new WeakMap<Analysis, { sentences: readonly Sentence[]; bySelection: Map<string, readonly Sentence[]> }>();

/** The sentences a rule reads (a shared list: do not modify it). */
export function readableSentences(analysis: Analysis, selection: SentenceSelection = {}): readonly Sentence[] {
  let kept = readable.get(analysis);
  if (kept === undefined || kept.sentences !== analysis.sentences) {
    kept = { sentences: analysis.sentences, bySelection: new Map() };
    readable.set(analysis, kept);
  }
  const key = `${selection.headings === true}|${selection.blockKinds?.join(",") ?? "*"}`;
  let list = kept.bySelection.get(key);
  if (list === undefined) {
    list = selectSentences(analysis, selection);
    kept.bySelection.set(key, list);
  }
  return list;
}

function selectSentences(analysis: Analysis, selection: SentenceSelection): Sentence[] {
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
  const quotes = sentence.marks.quotes;
  for (let k = 0; k < quotes.length; k++) if (start >= quotes[k][0] && end <= quotes[k][1]) return true;
  return false;
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
  kept: readonly LexiconMatch[];
  /** Mentions dropped because they were negated (kept for messages and tests). */
  negated: readonly LexiconMatch[];
}

/** Nothing kept, nothing negated (shared: the lists are read-only). */
const NOTHING: FilteredMentions = Object.freeze({ kept: Object.freeze([]), negated: Object.freeze([]) });

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
    return NOTHING;
  }
  const candidates = notExcepted(sentence, matches, exceptions);
  if (!filter.negation) return { kept: candidates, negated: NO_MATCHES };
  let negated: LexiconMatch[] | null = null;
  for (const m of candidates) if (negatedNear(sentence, m.tokenStart, m.tokenEnd)) (negated ??= []).push(m);
  if (negated === null) return { kept: candidates, negated: NO_MATCHES };
  if (filter.negationSpreads) return { kept: NO_MATCHES, negated: candidates };
  const dropped = negated;
  return { kept: candidates.filter((m) => !dropped.includes(m)), negated };
}

/**
 * `countingMentions(…).kept`, without the result object (and, when a
 * negation spreads, without looking past the first negated mention): the
 * per-sentence loops of the rules need only what counts.
 */
export function keptMentions(
  sentence: Sentence,
  matches: readonly LexiconMatch[],
  exceptions: readonly LexiconMatch[],
  filter: MentionFilter,
): readonly LexiconMatch[] {
  if (matches.length === 0 || (filter.postponed && sentence.marks.postponed) || (filter.placeholder && sentence.marks.placeholder)) {
    return NO_MATCHES;
  }
  const candidates = notExcepted(sentence, matches, exceptions);
  if (!filter.negation) return candidates;
  if (filter.negationSpreads) {
    for (let k = 0; k < candidates.length; k++) if (negatedNear(sentence, candidates[k].tokenStart, candidates[k].tokenEnd)) return NO_MATCHES;
    return candidates;
  }
  let kept: LexiconMatch[] | null = null;
  for (let k = 0; k < candidates.length; k++) {
    const m = candidates[k];
    if (!negatedNear(sentence, m.tokenStart, m.tokenEnd)) {
      if (kept !== null) kept.push(m);
      continue;
    }
    // The first negated mention: copy the ones before it, then keep only the ones not negated.
    kept ??= candidates.slice(0, k);
  }
  return kept ?? candidates;
}

/** The matches that are not quoted and do not overlap an exception (the list itself when all are). */
function notExcepted(sentence: Sentence, matches: readonly LexiconMatch[], exceptions: readonly LexiconMatch[]): readonly LexiconMatch[] {
  // Loops rather than filter(): this runs per sentence and rule, and most lists pass whole.
  for (let k = 0; k < matches.length; k++) {
    if (counts(sentence, matches[k], exceptions)) continue;
    // The first match that drops: copy the ones before it, then filter the rest.
    const kept = matches.slice(0, k);
    for (let j = k + 1; j < matches.length; j++) if (counts(sentence, matches[j], exceptions)) kept.push(matches[j]);
    return kept;
  }
  return matches;
}

const NO_MATCHES: readonly LexiconMatch[] = Object.freeze([]);

/** Not quoted and not overlapping a wrong-sense exception. */
function counts(sentence: Sentence, m: LexiconMatch, exceptions: readonly LexiconMatch[]): boolean {
  if (insideQuotes(sentence, m.start, m.end)) return false;
  for (let k = 0; k < exceptions.length; k++) if (overlaps(exceptions[k], m)) return false;
  return true;
}
