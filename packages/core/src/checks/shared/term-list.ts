/**
 * Term lists as rule files write them, and their compiled lexicons.
 *
 * A rule file lists terms per language (`{ sv: [...], en: [...] }`); each term
 * is a string or `{ term, compound, inflect }`. The lexicon for a language is
 * compiled the first time a document in that language is checked, then
 * reused for every later document (compile once per process).
 */
import { z } from "zod";
import { compileLexicon, type Lexicon, type LexiconEntry, type LexiconMatch } from "../../analysis/lexicon.js";
import type { Sentence } from "../../analysis/types.js";
import type { Language } from "../../model/document.js";
import { perLanguage, strictObject, text } from "../../pack/schema-tools.js";
import { GappedTerms } from "./gapped-terms.js";
import { currentLexiconPool, NO_MATCHES, NO_POSITIONS, type LexiconPool } from "./lexicon-pool.js";

export const compoundMode = z.enum(["none", "head", "any"]);

/** `"medborgardialog"` or `{ term: "samråd", compound: "any", inflect: true }`. */
export const termEntry = z.union([
  text,
  strictObject({
    term: text,
    compound: compoundMode.optional(),
    inflect: z.boolean().optional(),
    /** Capitalised inside a sentence, the word is a name (a case system called "Dialog"), not the concept. */
    notAsName: z.boolean().optional(),
    /** Most words that may stand between the words of a multi-word term ("står därför mot"); default 0. */
    gap: z.number().int().min(1).max(8).optional(),
  }),
]);
export type TermEntry = z.infer<typeof termEntry>;

export const termList = perLanguage(termEntry);
export type TermList = z.infer<typeof termList>;

/** Lexicon entries whose capitalised use inside a sentence is a proper name. */
const NOT_AS_NAME = new WeakSet<LexiconEntry>();
/** Lexicon entries whose words may stand apart, with the most words between neighbours. */
const GAPS = new WeakMap<LexiconEntry, number>();

export function toLexiconEntry(entry: TermEntry, id?: string): LexiconEntry {
  let base: LexiconEntry;
  if (typeof entry === "string") base = { term: entry };
  else {
    const { notAsName, gap, ...rest } = entry;
    base = { ...rest };
    if (notAsName) NOT_AS_NAME.add(base);
    if (gap) GAPS.set(base, gap);
  }
  if (id !== undefined) base.id = id;
  return base;
}

/**
 * The match is capitalised but does not open its sentence ("sker i Dialog",
 * "the Society for the Disabled"): a proper name.
 */
export function capitalisedInside(sentence: Sentence, match: Pick<LexiconMatch, "tokenStart" | "tokenEnd">): boolean {
  const firstWord = sentence.tokens.findIndex((t) => t.kind === "word");
  if (match.tokenStart <= firstWord) return false;
  const words = sentence.tokens.slice(match.tokenStart, match.tokenEnd).filter((t) => t.kind === "word");
  const last = words[words.length - 1];
  if (!last) return false;
  const first = last.text.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Drops matches of `notAsName` entries used as proper names. */
export function withoutNames(sentence: Sentence, matches: LexiconMatch[]): LexiconMatch[] {
  return matches.filter((m) => !(NOT_AS_NAME.has(m.entry) && capitalisedInside(sentence, m)));
}

/**
 * Per-language lexicons compiled lazily from entries. Created while a rule
 * pack compiles (`withLexiconPool`), a list joins the pack's lexicon pool and
 * its matches come from the pool's one scan per sentence; otherwise it
 * compiles a lexicon of its own.
 */
export class LocalizedLexicon {
  private readonly compiled = new Map<Language, Lexicon>();
  /** Entries with a `gap`, matched word by word. */
  private readonly gapped = new Map<Language, GappedTerms>();
  private readonly pool: LexiconPool | null;
  private readonly poolIndex: number;
  /** Has the list no entries in the language? Asked per sentence and rule: a field read, not a keyed lookup. */
  private readonly emptySv: boolean;
  private readonly emptyEn: boolean;

  constructor(private readonly entries: Partial<Record<Language, LexiconEntry[]>>) {
    this.emptySv = (entries.sv?.length ?? 0) === 0;
    this.emptyEn = (entries.en?.length ?? 0) === 0;
    this.pool = currentLexiconPool();
    this.poolIndex = this.pool
      ? this.pool.join({
          entries: (language) => this.split(language),
          dropsNames: (language) => (this.entries[language] ?? []).some((e) => NOT_AS_NAME.has(e)),
          finish: keepNames,
        })
      : -1;
  }

  static fromList(list: TermList | undefined, id?: string): LocalizedLexicon {
    return new LocalizedLexicon({
      sv: (list?.sv ?? []).map((e) => toLexiconEntry(e, id)),
      en: (list?.en ?? []).map((e) => toLexiconEntry(e, id)),
    });
  }

  /** Several lists in one lexicon; each match's `entry.id` tells which list it came from. */
  static fromLists(lists: Array<{ id: string; list: TermList | undefined }>): LocalizedLexicon {
    const entries: Record<Language, LexiconEntry[]> = { sv: [], en: [] };
    for (const { id, list } of lists) {
      for (const language of ["sv", "en"] as const) {
        for (const entry of list?.[language] ?? []) entries[language].push(toLexiconEntry(entry, id));
      }
    }
    return new LocalizedLexicon(entries);
  }

  isEmpty(language: Language): boolean {
    return language === "sv" ? this.emptySv : language === "en" ? this.emptyEn : true;
  }

  /** Plain entries and gapped ones (with their gaps), in list order. */
  private split(language: Language): { plain: LexiconEntry[]; gapped: Array<{ entry: LexiconEntry; gap: number }> } {
    const entries = this.entries[language] ?? [];
    return {
      plain: entries.filter((e) => !GAPS.has(e)),
      gapped: entries.filter((e) => GAPS.has(e)).map((entry) => ({ entry, gap: GAPS.get(entry) ?? 0 })),
    };
  }

  /** The list's own lexicon of plain entries (compiled on first use; matching goes through the pool when there is one). */
  for(language: Language): Lexicon | null {
    if (this.isEmpty(language)) return null;
    let lexicon = this.compiled.get(language);
    if (!lexicon) {
      const { plain, gapped } = this.split(language);
      lexicon = compileLexicon(plain, language);
      this.compiled.set(language, lexicon);
      this.gapped.set(language, new GappedTerms(gapped, language));
    }
    return lexicon;
  }

  /** The matches in the sentence: plain entries, then gapped ones, proper names dropped. Read-only (may be shared). */
  match(sentence: Sentence, language: Language): readonly LexiconMatch[] {
    if (this.isEmpty(language)) return NO_MATCHES;
    if (this.pool) return this.pool.matches(this.poolIndex, sentence, language);
    return this.matchAlone(sentence, language);
  }

  /**
   * Positions in `sentences` (ascending) where `match` finds something, or
   * null when the list cannot tell without matching (no pool): then any
   * position may. Lets a rule that reads every sentence skip the others.
   */
  positionsWithMatches(sentences: readonly Sentence[], language: Language): readonly number[] | null {
    if (this.isEmpty(language)) return NO_POSITIONS;
    if (this.pool) return this.pool.positionsWithMatches(this.poolIndex, sentences, language);
    return null;
  }

  /** `match` with the list's own lexicons, not the pool's: what the pool reproduces (the tests compare them). */
  matchAlone(sentence: Sentence, language: Language): readonly LexiconMatch[] {
    if (this.isEmpty(language)) return NO_MATCHES;
    let matches = this.for(language)?.match(sentence) ?? [];
    const gapped = this.gapped.get(language);
    if (gapped && gapped.size > 0) {
      const found = gapped.match(sentence);
      if (found.length > 0) matches = matches.concat(found);
    }
    return matches.length === 0 ? NO_MATCHES : keepNames(sentence, matches);
  }
}

/** `withoutNames`, without a copy when no entry of the matches is `notAsName`. */
function keepNames(sentence: Sentence, matches: LexiconMatch[]): LexiconMatch[] {
  for (const m of matches) if (NOT_AS_NAME.has(m.entry)) return withoutNames(sentence, matches);
  return matches;
}
