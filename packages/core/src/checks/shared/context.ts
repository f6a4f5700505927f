/**
 * Subject context for a document rule: mentions count only near a cue that
 * says the text is about the rule's subject. A year, a board or "statistik"
 * says nothing about follow-up on its own; next to "följs upp", "redovisar"
 * or under a heading "Uppföljning" it does. Optional key `context` of the
 * `elements` kind; without it every readable sentence is in context.
 *
 * A sentence is in context when
 * - a counting cue (not quoted, negated, postponed, a placeholder or a
 *   wrong-sense exception) stands within `window` sentences of it in the
 *   same section, a table cell counting only with the cells of its own row
 *   (and a cue in a table's header row putting the whole table in context); or
 * - it lies in a section (or a subsection of one) whose heading holds one of
 *   `headings` ("Uppföljning och utvärdering", "Monitoring and review").
 */
import { z } from "zod";
import type { LexiconMatch } from "../../analysis/lexicon.js";
import type { Analysis, Sentence } from "../../analysis/types.js";
import type { Block, Language, PolicyDocument } from "../../model/document.js";
import { strictObject } from "../../pack/schema-tools.js";
import { keptMentions, readableSentences, type MentionFilter } from "./sentences.js";
import { LocalizedLexicon, termList } from "./term-list.js";

export const contextData = strictObject({
  /** Cues that put the sentences around them in context ("följs upp", "redovisar", "monitored"). */
  terms: termList,
  /** Sentences on either side of a cue, within the same section (default 1; 0 = the cue's sentence only). */
  window: z.number().int().min(0).max(10).optional(),
  /** Sections under a heading with one of these are in context as a whole. */
  headings: termList.optional(),
});
export type ContextData = z.infer<typeof contextData>;

export interface CompiledContext {
  /** Positions (indexes into `sentences`) that are in context. */
  positions(sentences: readonly Sentence[], analysis: Analysis, language: Language, ignore: LocalizedLexicon): Set<number>;
}

const CUE_FILTER: MentionFilter = { negation: true, negationSpreads: false, postponed: true, placeholder: true };

function sameTable(a: Block, b: Block): boolean {
  return a.table !== undefined && b.table !== undefined && a.table.table === b.table.table;
}

/** May a cue in block `cue` put a sentence of block `other` in context? */
function reaches(cue: Block, other: Block): boolean {
  if (cue.section !== other.section) return false;
  const cueCell = cue.kind === "table-cell";
  const otherCell = other.kind === "table-cell";
  if (!cueCell && !otherCell) return true;
  if (cueCell && otherCell && sameTable(cue, other)) {
    return cue.table!.row === other.table!.row || cue.table!.header;
  }
  return cue.index === other.index;
}

/**
 * Sections whose heading (or an ancestor's heading) holds one of `headings`,
 * each with the heading's match (innermost matching heading).
 */
export function sectionsUnderHeadings(
  analysis: Analysis,
  headings: LocalizedLexicon,
  ignore: LocalizedLexicon,
  language: Language,
): Map<number, LexiconMatch> {
  const doc: PolicyDocument = analysis.document;
  const marked = new Map<number, LexiconMatch>();
  const sentences = readableSentences(analysis, { headings: true });
  // Only sentences where a heading term matches (null: the list cannot tell, read them all).
  const candidates = headings.positionsWithMatches(sentences, language);
  const count = candidates === null ? sentences.length : candidates.length;
  for (let k = 0; k < count; k++) {
    const sentence = sentences[candidates === null ? k : candidates[k]];
    const block = doc.blocks[sentence.block];
    if (block.kind !== "heading") continue;
    const matches = headings.match(sentence, language);
    if (matches.length === 0) continue;
    const kept = keptMentions(sentence, matches, ignore.match(sentence, language), CUE_FILTER);
    if (kept.length === 0) continue;
    const section = doc.sections.find((s) => s.heading === block.index);
    if (section && !marked.has(section.index)) marked.set(section.index, kept[0]);
  }
  if (marked.size === 0) return marked;
  const out = new Map<number, LexiconMatch>();
  for (const section of doc.sections) {
    for (let s: number | null = section.index; s !== null; s = doc.sections[s].parent) {
      const match = marked.get(s);
      if (match) {
        out.set(section.index, match);
        break;
      }
    }
  }
  return out;
}

export function compileContext(data: ContextData): CompiledContext {
  const cues = LocalizedLexicon.fromList(data.terms, "context");
  const headings = LocalizedLexicon.fromList(data.headings);
  const window = data.window ?? 1;
  return {
    positions(sentences, analysis, language, ignore) {
      const blocks = analysis.document.blocks;
      const inContext = new Set<number>();
      const sections = headings.isEmpty(language) ? new Map<number, LexiconMatch>() : sectionsUnderHeadings(analysis, headings, ignore, language);
      if (sections.size > 0) {
        sentences.forEach((sentence, i) => {
          if (sections.has(blocks[sentence.block].section)) inContext.add(i);
        });
      }
      // Only sentences with a cue can put others in context (null: the list cannot tell, read them all).
      const cuePositions = cues.positionsWithMatches(sentences, language);
      const count = cuePositions === null ? sentences.length : cuePositions.length;
      for (let k = 0; k < count; k++) {
        const p = cuePositions === null ? k : cuePositions[k];
        const sentence = sentences[p];
        const matches = cues.match(sentence, language);
        if (matches.length === 0) continue;
        if (keptMentions(sentence, matches, ignore.match(sentence, language), CUE_FILTER).length === 0) continue;
        const cueBlock = blocks[sentence.block];
        inContext.add(p);
        if (cueBlock.kind === "table-cell" && cueBlock.table) {
          // A table is read by rows: the cue's row, or the whole table for a cue in its header.
          sentences.forEach((other, q) => {
            if (reaches(cueBlock, blocks[other.block])) inContext.add(q);
          });
          continue;
        }
        for (let q = p - 1; q >= 0 && p - q <= window && reaches(cueBlock, blocks[sentences[q].block]); q--) inContext.add(q);
        for (let q = p + 1; q < sentences.length && q - p <= window && reaches(cueBlock, blocks[sentences[q].block]); q++) inContext.add(q);
      }
      return inContext;
    },
  };
}
