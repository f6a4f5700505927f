/**
 * One scan per sentence for all the term lists of a rule pack.
 *
 * A rule pack has some seventy term lists (elements, weak terms, hedges,
 * exceptions, triggers …). Matched one by one, every sentence was scanned
 * once per list. The lists of a pack join one pool instead: per language the
 * pool compiles all their entries into one lexicon (and all gapped entries
 * into one `GappedTerms`), matches a sentence once, and hands each list its
 * own matches, kept on the sentence for the next list that asks.
 *
 * Each list gets exactly what its own lexicon would have found, in the same
 * order: a compiled lexicon finds an entry's matches in the same order
 * whatever other entries it holds (its tries keep entries in insertion
 * order, and its de-duplication only drops a match of the same entry at the
 * same span), and the pool keeps every list's entries in their order. An
 * entry object that already belongs to another list of the pool would blur
 * which list a match is for; such a list keeps a lexicon of its own.
 */
import { AnalysedSentence } from "../../analysis/analysed-sentence.js";
import { compileLexicon, type Lexicon, type LexiconEntry, type LexiconMatch } from "../../analysis/lexicon.js";
import type { Sentence, Token } from "../../analysis/types.js";
import type { Language } from "../../model/document.js";
import { GappedTerms } from "./gapped-terms.js";

/** The matches of a list that found nothing (shared: callers only read match lists). */
export const NO_MATCHES: readonly LexiconMatch[] = Object.freeze([]);

/** No positions (shared, read-only). */
export const NO_POSITIONS: readonly number[] = Object.freeze([]);

/** What a list hands the pool: its entries per language, and how it post-filters its matches. */
export interface PoolList {
  /** Entries per language, split into plain and gapped ones (gapped: `gap` words may stand between the words). */
  entries(language: Language): { plain: readonly LexiconEntry[]; gapped: ReadonlyArray<{ entry: LexiconEntry; gap: number }> };
  /** May `finish` drop anything in this language? (Lists without `notAsName` entries skip it.) */
  dropsNames(language: Language): boolean;
  /** Post-filter of a non-empty match list (drops proper names); returns the list it keeps. */
  finish(sentence: Sentence, matches: LexiconMatch[]): LexiconMatch[];
}

interface CompiledLanguage {
  lexicon: Lexicon;
  gapped: GappedTerms;
  /** List index of every pooled entry (plain entries and gapped terms); below zero, -1 - the index of a gapped term's word. */
  ownerOf: Map<LexiconEntry, number>;
  /** Lists that could not join (an entry object shared with an earlier list): their own lexicon and gapped terms. */
  alone: Array<{ index: number; lexicon: Lexicon; gapped: GappedTerms }>;
  /** Per list: may its post-filter drop matches (does it hold `notAsName` entries)? */
  dropsNames: boolean[];
}

/** The matches of every list in one sentence, for one pool state and language. */
interface SentenceMatches {
  pool: number;
  language: Language;
  tokens: readonly Token[];
  strict: boolean;
  /** The sentence's place: the matches name it. */
  index: number;
  block: number;
  /** The lists with matches (indexes), and their matches. */
  owners: number[];
  lists: LexiconMatch[][];
}

/** Pools collect lists while a rule pack compiles (see `withLexiconPool`). */
let activePool: LexiconPool | null = null;
let poolIds = 0;

export class LexiconPool {
  private readonly lists: PoolList[] = [];
  private readonly compiled = new Map<Language, CompiledLanguage>();
  /** Changes whenever a list joins, so that matches kept on sentences for an older state are recomputed. */
  private state = ++poolIds;
  /** Per sentence list: the positions where each list has matches (see `positionsWithMatches`). */
  private readonly positions = new WeakMap<readonly Sentence[], { pool: number; language: Language; length: number; byList: number[][] }>();
  /** Where a sentence keeps this pool's matches (a property read is far cheaper than a WeakMap lookup). */
  private readonly slot = Symbol("mrlint.poolMatches");

  /** Adds a list; returns its index for `matches`. */
  join(list: PoolList): number {
    this.lists.push(list);
    this.compiled.clear();
    this.state = ++poolIds;
    return this.lists.length - 1;
  }

  get size(): number {
    return this.lists.length;
  }

  /** The matches of list `index` in the sentence: what its own lexicon would return (do not modify the list). */
  matches(index: number, sentence: Sentence, language: Language): readonly LexiconMatch[] {
    const kept = this.sentenceMatches(sentence, language);
    const at = kept.owners.indexOf(index);
    return at < 0 ? NO_MATCHES : kept.lists[at];
  }

  /**
   * The positions in `sentences` (ascending) where list `index` has matches:
   * where `matches` returns a non-empty list. A rule that reads every
   * sentence can visit these alone. Computed for all lists in one pass and
   * kept per sentence list (`readableSentences` hands every rule the same
   * list); the sentences must not change meanwhile (an analysis does not).
   */
  positionsWithMatches(index: number, sentences: readonly Sentence[], language: Language): readonly number[] {
    let kept = this.positions.get(sentences);
    if (kept === undefined || kept.pool !== this.state || kept.language !== language || kept.length !== sentences.length) {
      const byList: number[][] = [];
      for (let p = 0; p < sentences.length; p++) {
        const owners = this.sentenceMatches(sentences[p], language).owners;
        for (let k = 0; k < owners.length; k++) if (owners[k] >= 0) (byList[owners[k]] ??= []).push(p);
      }
      kept = { pool: this.state, language, length: sentences.length, byList };
      this.positions.set(sentences, kept);
    }
    return kept.byList[index] ?? NO_POSITIONS;
  }

  /** The matches of every list in the sentence (kept on the sentence; matched on first use). */
  private sentenceMatches(sentence: Sentence, language: Language): SentenceMatches {
    const holder = sentence as Sentence & Record<symbol, SentenceMatches | undefined>;
    const analysed = AnalysedSentence.pooled(sentence, this) as SentenceMatches | undefined;
    let kept = analysed ?? holder[this.slot];
    if (kept === undefined || !this.holdsFor(kept, sentence, language)) {
      // The same text at the same place in an earlier analysis matched the same (the match objects name the place).
      const earlier = AnalysedSentence.pooledForText(sentence, this) as SentenceMatches | undefined;
      let fresh: SentenceMatches;
      if (earlier !== undefined && this.holdsFor(earlier, sentence, language) && earlier.index === sentence.index && earlier.block === sentence.block) {
        fresh = earlier;
      } else {
        fresh = this.matchSentence(sentence, language);
        AnalysedSentence.keepPooledForText(sentence, this, fresh);
      }
      // Analysed sentences keep it in a field of their own; others get a non-enumerable property.
      if (!AnalysedSentence.keepPooled(sentence, this, fresh)) {
        if (kept !== undefined) holder[this.slot] = fresh;
        else if (Object.isExtensible(sentence)) Object.defineProperty(sentence, this.slot, { value: fresh, writable: true, configurable: true, enumerable: false });
      }
      kept = fresh;
    }
    return kept;
  }

  /** Were these matches made by this pool as it is now, for this language, tokens and strictness? */
  private holdsFor(kept: SentenceMatches, sentence: Sentence, language: Language): boolean {
    return kept.pool === this.state && kept.language === language && kept.tokens === sentence.tokens && kept.strict === (sentence.strictDiacritics === true);
  }

  private matchSentence(sentence: Sentence, language: Language): SentenceMatches {
    const compiled = this.compile(language);
    // Each match with its list, gathered in scratch arrays; the kept lists are cut to size at the end.
    // The matches stay on the sentence for the rest of the lint (and in the block cache): growing
    // arrays hold room for many more elements than a sentence has matches, and all of it survives
    // into the older generations the garbage collector has to copy and mark.
    const pairs = scratch;
    pairs.clear();
    // One scan finds the plain entries and the words of the gapped terms (these into scratch arrays too).
    const words = gappedWords;
    const wordIds = gappedWordIds;
    let wordCount = 0;
    for (const m of compiled.lexicon.match(sentence)) {
      const owner = compiled.ownerOf.get(m.entry);
      if (owner === undefined) continue;
      if (owner < 0) {
        // A word of a gapped term (its index, coded below zero).
        words[wordCount] = m;
        wordIds[wordCount] = -1 - owner;
        wordCount++;
      } else pairs.add(owner, m);
    }
    // Plain matches first, then gapped ones, per list: the order of LocalizedLexicon's own match.
    if (wordCount > 0) {
      for (const m of compiled.gapped.joinWords(sentence, words, wordIds, wordCount)) pairs.add(compiled.ownerOf.get(m.entry) ?? -1, m);
    }
    for (const { index, lexicon, gapped } of compiled.alone) {
      const found = [...lexicon.match(sentence), ...gapped.match(sentence)];
      if (found.length === 0) continue;
      pairs.addList(index, found);
    }
    const { owners, lists } = pairs.grouped();
    for (let k = 0; k < owners.length; k++) {
      if (!compiled.dropsNames[owners[k]]) continue;
      const kept = this.lists[owners[k]].finish(sentence, lists[k]);
      if (kept.length > 0) lists[k] = kept;
      else {
        owners.splice(k, 1);
        lists.splice(k, 1);
        k--;
      }
    }
    return { pool: this.state, language, tokens: sentence.tokens, strict: sentence.strictDiacritics === true, index: sentence.index, block: sentence.block, owners, lists };
  }

  private compile(language: Language): CompiledLanguage {
    let compiled = this.compiled.get(language);
    if (compiled) return compiled;
    const plain: LexiconEntry[] = [];
    const gapped: Array<{ entry: LexiconEntry; gap: number }> = [];
    const ownerOf = new Map<LexiconEntry, number>();
    const alone: CompiledLanguage["alone"] = [];
    this.lists.forEach((list, index) => {
      const entries = list.entries(language);
      const shared = [...entries.plain, ...entries.gapped.map((g) => g.entry)].some((e) => {
        const owner = ownerOf.get(e);
        return owner !== undefined && owner !== index;
      });
      if (shared) {
        alone.push({ index, lexicon: compileLexicon([...entries.plain], language), gapped: new GappedTerms(entries.gapped, language) });
        return;
      }
      for (const entry of entries.plain) {
        plain.push(entry);
        ownerOf.set(entry, index);
      }
      for (const g of entries.gapped) {
        gapped.push(g);
        ownerOf.set(g.entry, index);
      }
    });
    const gappedTerms = new GappedTerms(gapped, language);
    gappedTerms.wordEntries.forEach((word, id) => ownerOf.set(word, -1 - id));
    // The gapped terms' words go into the same lexicon, after the plain entries (they are no list's entries).
    const dropsNames = this.lists.map((list) => list.dropsNames(language));
    compiled = { lexicon: compileLexicon([...plain, ...gappedTerms.wordEntries], language), gapped: gappedTerms, ownerOf, alone, dropsNames };
    this.compiled.set(language, compiled);
    return compiled;
  }
}

/**
 * The matches of one sentence with their lists, collected in reused arrays
 * and handed out grouped by list in exactly sized arrays (lists in the order
 * of their first match, each list's matches in the order added).
 */
class MatchPairs {
  // Filled by index up to a count, never emptied by `length = 0`: that drops an array's storage, and
  // the next push allocates it again.
  private owners: number[] = [];
  private matches: LexiconMatch[] = [];
  private count = 0;
  /** Whole lists added by `addList` (lists that keep a lexicon of their own). */
  private listOwners: number[] = [];
  private wholeLists: LexiconMatch[][] = [];
  private listCount = 0;
  private readonly group: LexiconMatch[] = [];
  private readonly distinct: number[] = [];
  private readonly lists: LexiconMatch[][] = [];

  clear(): void {
    this.count = 0;
    this.listCount = 0;
  }

  add(owner: number, m: LexiconMatch): void {
    this.owners[this.count] = owner;
    this.matches[this.count] = m;
    this.count++;
  }

  addList(owner: number, list: LexiconMatch[]): void {
    this.listOwners[this.listCount] = owner;
    this.wholeLists[this.listCount] = list;
    this.listCount++;
  }

  grouped(): { owners: number[]; lists: LexiconMatch[][] } {
    const { owners, matches, count, group, distinct, lists } = this;
    // The lists with matches are few: linear searches.
    let owned = 0;
    for (let k = 0; k < count; k++) {
      const owner = owners[k];
      let seen = false;
      for (let d = 0; d < owned; d++) {
        if (distinct[d] === owner) {
          seen = true;
          break;
        }
      }
      if (!seen) distinct[owned++] = owner;
    }
    for (let d = 0; d < owned; d++) {
      const owner = distinct[d];
      let n = 0;
      for (let k = 0; k < count; k++) if (owners[k] === owner) group[n++] = matches[k];
      // slice: a packed array with room for exactly these matches.
      lists[d] = group.slice(0, n);
    }
    for (let k = 0; k < this.listCount; k++) {
      distinct[owned] = this.listOwners[k];
      lists[owned] = this.wholeLists[k];
      owned++;
    }
    // A sentence without matches (a good share of them) keeps two shared empty lists.
    const out = owned === 0 ? NO_LISTS : { owners: distinct.slice(0, owned), lists: lists.slice(0, owned) };
    this.clear();
    return out;
  }
}

/** What `grouped` hands out for a sentence without matches: shared, and never changed (only lists with matches are). */
const NO_LISTS: { owners: number[]; lists: LexiconMatch[][] } = Object.freeze({ owners: Object.freeze([]) as unknown as number[], lists: Object.freeze([]) as unknown as LexiconMatch[][] });

/** Scratch for `matchSentence` (which does not run inside itself: a list's `finish` never matches). */
const scratch = new MatchPairs();
/** Scratch for `matchSentence`: the matches of gapped terms' words and the words' indexes, up to a count. */
const gappedWords: LexiconMatch[] = [];
const gappedWordIds: number[] = [];

/** The pool that term lists created now join, or null (they then keep lexicons of their own). */
export function currentLexiconPool(): LexiconPool | null {
  return activePool;
}

/**
 * Runs `compile` with `pool` collecting the term lists created meanwhile
 * (a rule pack's rules are compiled inside one call, so they share one pool).
 */
export function withLexiconPool<T>(pool: LexiconPool, compile: () => T): T {
  const outer = activePool;
  activePool = pool;
  try {
    return compile();
  } finally {
    activePool = outer;
  }
}
