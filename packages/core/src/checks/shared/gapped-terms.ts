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
  /** The parts' indexes in the group's word list. */
  partIds: number[];
}

/**
 * The gapped terms of one language, matched together. The words of every
 * term go into one lexicon, each word an entry of its own, so one pass over
 * a sentence's tokens finds what one lexicon per word would (instead of one
 * pass per word); each term then joins its words' matches as `GappedTerm` does.
 */
export class GappedTerms {
  private readonly terms: GroupTerm[];
  /** One entry per distinct word (same settings share one). */
  private readonly parts: LexiconEntry[];
  private readonly partIds = new Map<LexiconEntry, number>();
  private readonly language: Language;
  /** Compiled on the first `match` (a lexicon pool finds the words in its own lexicon instead). */
  private lexicon: Lexicon | null = null;
  /** Indexes of the terms (ascending) by their first word's index: only terms whose first word matched are tried. */
  private readonly byFirstPart: number[][];
  /** Scratch space of `joinWords`: each word's matches in the sentence, and the words that have any. */
  private readonly partMatches: Array<LexiconMatch[] | undefined>;
  private readonly candidates: Int32Array;
  /** Scratch space of `joinWords`: the words with matches in the sentence (each word once). */
  private readonly touched: Int32Array;

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
    const terms0 = terms.map(({ entry, gap }) => ({ entry, gap, parts: partEntries(entry).map(share) }));
    this.parts = [...shared.values()];
    this.parts.forEach((part, id) => this.partIds.set(part, id));
    this.terms = terms0.map((term) => ({ ...term, partIds: term.parts.map((part) => this.partIds.get(part) ?? -1) }));
    this.byFirstPart = this.parts.map(() => []);
    this.terms.forEach((term, index) => {
      if (term.partIds.length > 0) this.byFirstPart[term.partIds[0]].push(index);
    });
    this.partMatches = new Array<LexiconMatch[] | undefined>(this.parts.length).fill(undefined);
    this.candidates = new Int32Array(this.terms.length);
    this.touched = new Int32Array(this.parts.length);
    this.language = language;
  }

  get size(): number {
    return this.terms.length;
  }

  /** The lexicon entries of the terms' words: a lexicon that holds them (and others) can find them for `joinWords`. */
  get wordEntries(): readonly LexiconEntry[] {
    return this.parts;
  }

  /** The index of a word entry in `wordEntries`, or -1. */
  wordId(entry: LexiconEntry): number {
    return this.partIds.get(entry) ?? -1;
  }

  /** The matches of every term, term by term in the order given (as `terms.flatMap((t) => t.match(sentence))`). */
  match(sentence: Sentence): LexiconMatch[] {
    if (this.parts.length === 0) return [];
    this.lexicon ??= compileLexicon(this.parts, this.language);
    const found = this.lexicon.match(sentence);
    return this.joinWords(sentence, found, found.map((m) => this.wordId(m.entry)));
  }

  /**
   * `match`, given the matches of the words in the sentence as a lexicon
   * returns them (in span order), with each match's word index (`wordId`).
   */
  joinWords(sentence: Sentence, found: readonly LexiconMatch[], ids: readonly number[], count = found.length): LexiconMatch[] {
    if (count === 0) return [];
    const byPart = this.partMatches;
    // The words with matches, in the scratch array (a pool calls this for most sentences).
    const touched = this.touched;
    let touchedCount = 0;
    try {
      for (let k = 0; k < count; k++) {
        const id = ids[k];
        if (id < 0) continue;
        const list = byPart[id];
        if (list) list.push(found[k]);
        else {
          byPart[id] = [found[k]];
          touched[touchedCount++] = id;
        }
      }
      return this.joinTerms(sentence, touched, touchedCount);
    } finally {
      // The scratch lists stay empty between calls, whatever happens.
      for (let k = 0; k < touchedCount; k++) byPart[touched[k]] = undefined;
    }
  }

  /** The terms' matches, given the words' matches in the scratch lists (`touched`: the words with any). */
  private joinTerms(sentence: Sentence, touched: ArrayLike<number>, touchedCount: number): LexiconMatch[] {
    const byPart = this.partMatches;
    const out: LexiconMatch[] = [];
    // The terms whose first word matched, in term order (as if every term had been tried in turn).
    let firsts: readonly number[] | null = null;
    let several = false;
    for (let t = 0; t < touchedCount; t++) {
      const id = touched[t];
      const terms = this.byFirstPart[id];
      if (terms.length === 0) continue;
      if (firsts === null) firsts = terms;
      else several = true;
    }
    if (firsts === null) return out;
    let count = firsts.length;
    let candidates: ArrayLike<number> = firsts;
    if (several) {
      // Several first words matched: merge their (ascending) term lists into the scratch array, sorted.
      const merged = this.candidates;
      count = 0;
      for (let w = 0; w < touchedCount; w++) {
        for (const t of this.byFirstPart[touched[w]]) {
          let k = count++;
          while (k > 0 && merged[k - 1] > t) {
            merged[k] = merged[k - 1];
            k--;
          }
          merged[k] = t;
        }
      }
      candidates = merged;
    }
    let wordsBefore: Int32Array | null = null;
    for (let c = 0; c < count; c++) {
      const term = this.terms[candidates[c]];
      if (!allMatched(term.partIds, byPart)) continue;
      // Every word has matches (the lists are in text order already, see joinParts).
      wordsBefore ??= wordCounts(sentence);
      const later: LexiconMatch[][] = [];
      for (let k = 1; k < term.partIds.length; k++) later.push(byPart[term.partIds[k]] ?? []);
      joinSorted(sentence, byPart[term.partIds[0]] ?? [], later, term.gap, term.entry, wordsBefore, out);
    }
    return out;
  }
}

function allMatched(partIds: readonly number[], byPart: ReadonlyArray<LexiconMatch[] | undefined>): boolean {
  for (const id of partIds) if (byPart[id] === undefined) return false;
  return true;
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
