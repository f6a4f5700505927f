/**
 * Multi-word terms whose words may stand apart. Swedish main clauses put
 * adverbs between a verb and its particle or preposition ("står därför mot",
 * "står i vissa verksamheter mot"), and English puts the object between a
 * verb and its preposition ("weighs heritage conservation against equal
 * access"). A term entry with `gap: n` matches its words in order, in one
 * sentence, with at most n words between neighbours; punctuation between
 * them does not count. The first word keeps the entry's compound and
 * inflection settings (compound default "none": "står" must not be found
 * inside "förstår"); the later words are matched as words of their own.
 */
import { compileLexicon, type Lexicon, type LexiconEntry, type LexiconMatch } from "../../analysis/lexicon.js";
import { tokenize } from "../../analysis/tokens.js";
import type { Sentence } from "../../analysis/types.js";
import type { Language } from "../../model/document.js";

export class GappedTerm {
  private readonly parts: Lexicon[];

  constructor(
    readonly entry: LexiconEntry,
    readonly gap: number,
    language: Language,
  ) {
    this.parts = partEntries(entry).map((part) => compileLexicon([part], language));
  }

  match(sentence: Sentence): LexiconMatch[] {
    if (this.parts.length === 0) return [];
    const firsts = this.parts[0].match(sentence);
    if (firsts.length === 0) return [];
    return joinParts(sentence, firsts, this.parts.slice(1).map((part) => part.match(sentence)), this.gap, this.entry);
  }
}

/** One gapped term of a group: its entry, gap and one lexicon entry per word. */
interface GroupTerm {
  entry: LexiconEntry;
  gap: number;
  parts: LexiconEntry[];
}

/**
 * The gapped terms of one language, matched together. The words of every
 * term go into one lexicon, each word an entry of its own, so one pass over
 * a sentence's tokens finds what one lexicon per word would (instead of one
 * pass per word); each term then joins its words' matches as `GappedTerm` does.
 */
export class GappedTerms {
  private readonly terms: GroupTerm[];
  private readonly lexicon: Lexicon | null;

  constructor(terms: ReadonlyArray<{ entry: LexiconEntry; gap: number }>, language: Language) {
    // Words with the same settings share one entry ("ska" of "ska inrätta", "ska genomföra" …): the
    // lexicon then matches each once, and the terms share its matches.
    const shared = new Map<string, LexiconEntry>();
    const share = (part: LexiconEntry): LexiconEntry => {
      const key = JSON.stringify([part.term, part.compound, part.inflect, part.exclude]);
      let entry = shared.get(key);
      if (!entry) shared.set(key, (entry = part));
      return entry;
    };
    this.terms = terms.map(({ entry, gap }) => ({ entry, gap, parts: partEntries(entry).map(share) }));
    const parts = [...shared.values()];
    this.lexicon = parts.length > 0 ? compileLexicon(parts, language) : null;
  }

  get size(): number {
    return this.terms.length;
  }

  /** The matches of every term, term by term in the order given (as `terms.flatMap((t) => t.match(sentence))`). */
  match(sentence: Sentence): LexiconMatch[] {
    if (this.lexicon === null) return [];
    const found = this.lexicon.match(sentence);
    if (found.length === 0) return [];
    const byPart = new Map<LexiconEntry, LexiconMatch[]>();
    for (const m of found) {
      const list = byPart.get(m.entry);
      if (list) list.push(m);
      else byPart.set(m.entry, [m]);
    }
    const out: LexiconMatch[] = [];
    let wordsBefore: Int32Array | null = null;
    for (const term of this.terms) {
      const firsts = term.parts.length > 0 ? byPart.get(term.parts[0]) : undefined;
      if (firsts === undefined) continue;
      // A word without matches: the term cannot match (the lists are in text order already, see joinParts).
      if (!term.parts.every((part) => byPart.has(part))) continue;
      wordsBefore ??= wordCounts(sentence);
      joinSorted(sentence, firsts, term.parts.slice(1).map((part) => byPart.get(part) ?? []), term.gap, term.entry, wordsBefore, out);
    }
    return out;
  }
}

/** One lexicon entry per word of a gapped term (the first keeps the entry's compound setting and exclusions). */
function partEntries(entry: LexiconEntry): LexiconEntry[] {
  const words = tokenize(entry.term).filter((t) => t.kind === "word" || t.kind === "number");
  return words.map((word, i) => ({ term: word.text, compound: i === 0 ? (entry.compound ?? "none") : "none", inflect: entry.inflect, exclude: i === 0 ? entry.exclude : undefined }));
}

/** Joins the first word's matches with the later words' matches (each list is sorted here) into whole-term matches. */
function joinParts(sentence: Sentence, firsts: readonly LexiconMatch[], laterParts: LexiconMatch[][], gap: number, entry: LexiconEntry): LexiconMatch[] {
  const later = laterParts.map((matches) => matches.sort((a, b) => a.tokenStart - b.tokenStart));
  if (later.some((candidates) => candidates.length === 0)) return [];
  const out: LexiconMatch[] = [];
  joinSorted(sentence, firsts, later, gap, entry, wordCounts(sentence), out);
  return out;
}

/** wordsBefore[k]: word tokens before token k, so that the words between two tokens cost one subtraction. */
function wordCounts(sentence: Sentence): Int32Array {
  const tokens = sentence.tokens;
  const wordsBefore = new Int32Array(tokens.length + 1);
  for (let k = 0; k < tokens.length; k++) wordsBefore[k + 1] = wordsBefore[k] + (tokens[k].kind === "word" || tokens[k].kind === "number" ? 1 : 0);
  return wordsBefore;
}

/**
 * `joinParts` on lists already sorted by tokenStart, none empty. A lexicon's
 * matches come sorted by (tokenStart, tokenEnd), so `GappedTerms` needs no sort.
 */
function joinSorted(
  sentence: Sentence,
  firsts: readonly LexiconMatch[],
  later: readonly LexiconMatch[][],
  gap: number,
  entry: LexiconEntry,
  wordsBefore: Int32Array,
  out: LexiconMatch[],
): void {
  const tokens = sentence.tokens;
  for (const first of firsts) {
    let end = first.tokenEnd;
    let complete = true;
    for (const candidates of later) {
      // The nearest candidate at or after `end` has the fewest words between.
      const next = candidates[firstAtOrAfter(candidates, end)];
      if (!next || wordsBefore[next.tokenStart] - wordsBefore[end] > gap) {
        complete = false;
        break;
      }
      end = next.tokenEnd;
    }
    if (complete) out.push({ ...first, tokenEnd: end, end: tokens[end - 1].end, entry });
  }
}

/** Index of the first match whose tokenStart is at least `token` (binary search over sorted matches). */
function firstAtOrAfter(sorted: readonly LexiconMatch[], token: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].tokenStart < token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
