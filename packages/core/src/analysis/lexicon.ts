/**
 * Compound- and inflection-aware lexicon matching on fold keys.
 *
 * Swedish: a term matches a word that is the term plus an inflection ending
 * ("medborgardialogen"), and, when the entry allows it, a compound whose head
 * is the term ("funktionsrättsråd" for "råd"; compound "head", the Swedish
 * default) or that uses the term as a modifier ("samrådsgruppen" for
 * "samråd"; compound "any"). A compound split needs a plausible left part
 * (at least three letters with a vowel, not a bare prefix such as "för" or
 * "sam") and must not cut through a known look-alike word ("råd" inside
 * "bostadsområden" is part of "område"). Coordinated compounds are expanded:
 * "jämställdhets- och jämlikhetsanalys" matches "jämställdhetsanalys".
 * English: the term's word forms only (no prefixes of longer words).
 *
 * Compiled once: first words go into a reversed trie (Swedish) or a map of
 * forms (English); a word's candidate hits are kept per token key (an array
 * read per token for words seen before), split into single-word terms and
 * multi-word terms by the first character their second word can have.
 */
import type { Language } from "../model/document.js";
import type { Sentence, Token } from "./types.js";
import { lowerAndFold } from "./fold.js";
import { tokenize } from "./tokens.js";
import { internKey, keyFold, keyLower, keysOfSentence, type SentenceKeys } from "./token-keys.js";
import { SV_LENIENT_LOOKALIKES, SV_LOOKALIKES, SV_PREFIXES } from "./guards.js";
import {
  englishForms,
  hasVowel,
  SV_ENDINGS,
  svEndingOk,
  SV_MAX_ENDING,
  startsWithVowel,
  svAlternateStems,
  type EnglishInflection,
} from "./morphology.js";

export interface LexiconEntry {
  /** One or more words, e.g. "medborgardialog", "i möjligaste mån", "the disabled". */
  term: string;
  /**
   * Swedish: may the term stand inside a compound? "none": only the word itself
   * (inflected); "head": also as the head (last part) of a compound
   * ("funktionsrättsråd" for "råd"); "any": also as a modifier ("samrådsgruppen"
   * for "samråd"). Default "head" for Swedish, "none" for English (English
   * "head"/"any" look inside hyphenated words only).
   */
  compound?: "none" | "head" | "any";
  /**
   * Allow inflected forms. Swedish: the ending set (-en/-et/-ar/-er/-or/-na/-s …).
   * English: true or "noun" = -s/-es/-ies/'s; "verb" = also -ed/-ing (with e-drop
   * and doubling); "all" = both. Default true.
   */
  inflect?: boolean | EnglishInflection;
  /** Caller's id (element, replacement key …). */
  id?: string;
  /** Words in which the term must not be matched ("Handikappförbunden" for "handikapp"). */
  exclude?: string[];
}

/** How the text's word related to the term. */
export type LexiconMatchKind = "exact" | "inflected" | "head" | "modifier" | "coordinated";

export interface LexiconMatch {
  sentence: number;
  block: number;
  /** Token indexes in the sentence, end exclusive. */
  tokenStart: number;
  tokenEnd: number;
  /** Block-text offsets of the matched words. */
  start: number;
  end: number;
  entry: LexiconEntry;
  kind: LexiconMatchKind;
}

export interface Lexicon {
  match(sentence: Sentence): LexiconMatch[];
  /** Number of entries compiled. */
  readonly size: number;
}

interface WordPattern {
  key: string;
  lower: string;
  inflect: boolean;
  /** Written in capitals ("LSS", "FN"): takes only colon endings ("LSS:s"). */
  abbreviation: boolean;
  /** Swedish altered stems ("flick" for "flicka"), each before vowel endings only. */
  alternates: Array<{ stem: string; lower: string }>;
  /** English forms (fold keys). */
  forms: ReadonlySet<string>;
}

interface Guard {
  word: string;
  offset: number;
}

interface Variant {
  entry: LexiconEntry;
  words: WordPattern[];
  head: boolean;
  modifier: boolean;
  /** First characters (char codes) the token after the first word may start with, for terms of two words or more. */
  secondChars: ReadonlySet<number>;
}

interface TrieItem {
  variant: Variant;
  stem: string;
  stemLower: string;
  alternate: boolean;
  guards: Guard[];
  /** Guards that apply only when the word lost its diacritics. */
  lenientGuards: Guard[];
}

interface TrieNode {
  children: Map<string, TrieNode>;
  items: TrieItem[] | null;
}

interface Hit {
  variant: Variant;
  /** Offsets of the term (stem) inside the word's fold key. */
  start: number;
  end: number;
  kind: LexiconMatchKind;
  /** Matched only by treating a/o as å/ä/ö: not accepted in strict-diacritics text. */
  lenient: boolean;
}

/**
 * The hits of one word, split for the match loop: single-word terms, and
 * multi-word terms by the first character their second word can have (so a
 * common first word such as "i" or "the" does not try every term it starts).
 * Each list keeps the hits' order.
 */
interface HitPlan {
  /** All hits in the order they were found (the plain scan tries these). */
  all: Hit[];
  singles: Hit[];
  multi: Map<number, Hit[]> | null;
}

const NO_HITS: HitPlan = { all: [], singles: [], multi: null };
const UNKNOWN: HitPlan = { all: [], singles: [], multi: null };

/** First characters a word of a term can start with in the text (all its forms keep the key's first letter, but ask them all). */
function firstCharsOf(word: WordPattern): Set<number> {
  const chars = new Set<number>([word.key.charCodeAt(0)]);
  for (const alt of word.alternates) chars.add(alt.stem.charCodeAt(0));
  for (const form of word.forms) chars.add(form.charCodeAt(0));
  return chars;
}

function planOf(hits: Hit[]): HitPlan {
  if (hits.length === 0) return NO_HITS;
  const plan: HitPlan = { all: hits, singles: [], multi: null };
  for (const hit of hits) {
    if (hit.variant.words.length === 1) {
      plan.singles.push(hit);
      continue;
    }
    plan.multi ??= new Map();
    for (const c of hit.variant.secondChars) {
      const list = plan.multi.get(c);
      if (list) list.push(hit);
      else plan.multi.set(c, [hit]);
    }
  }
  return plan;
}

const COORDINATORS = new Set(["och", "eller", "samt", "resp", "respektive", "and", "or", "&", ","]);
/** English function words: matched exactly, never inflected. */
const EN_FUNCTION_WORDS = new Set(["the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "with", "by", "at", "as", "is", "are", "be", "not", "no"]);
/** Short Swedish function words: matched exactly, never inflected or compounded. */
const SV_FUNCTION_WORDS = new Set([
  "i", "pa", "av", "om", "for", "med", "till", "som", "att", "det", "den", "de", "en", "ett", "och", "eller",
  "sa", "ar", "var", "har", "kan", "ska", "bor", "nar", "dar", "man", "mån", "vid", "ur", "ut", "in", "upp",
  "fran", "mot", "mer", "mest", "langt", "mojligt",
]);

function newNode(): TrieNode {
  return { children: new Map(), items: null };
}

function isWordish(token: Token): boolean {
  return token.kind === "word" || token.kind === "number";
}

/** Term variants: hyphenated words also as closed and as separate words ("icke-diskriminering"). */
function termVariants(term: string): Token[][] {
  const tokens = tokenize(term);
  const out: Token[][] = [tokens];
  const hyphenated = tokens.some((t) => t.kind === "word" && /[^-]-[^-]/.test(t.fold));
  if (!hyphenated) return out;
  const closed: Token[] = [];
  const spaced: Token[] = [];
  for (const t of tokens) {
    if (t.kind === "word" && /[^-]-[^-]/.test(t.fold)) {
      closed.push({ ...t, lower: t.lower.replace(/-/g, ""), fold: t.fold.replace(/-/g, "") });
      for (const part of tokenize(t.text.replace(/[-\u2010\u2011]/g, " "))) spaced.push(part);
    } else {
      closed.push(t);
      spaced.push(t);
    }
  }
  out.push(closed, spaced);
  return out;
}

function englishMode(inflect: LexiconEntry["inflect"]): EnglishInflection {
  if (inflect === false) return "none";
  if (inflect === undefined || inflect === true) return "noun";
  return inflect;
}

class CompiledLexicon implements Lexicon {
  readonly size: number;
  private readonly language: Language;
  private readonly reverseRoot = newNode();
  private readonly forwardRoot = newNode();
  private hasModifiers = false;
  private readonly forms = new Map<string, Array<{ variant: Variant; word: WordPattern; excludes: ReadonlySet<string> }>>();
  private readonly lookalikes: string[];
  private readonly guardsByStem = new Map<string, Guard[]>();
  /**
   * Per token key (see token-keys.ts): the word's hits, NO_HITS, or UNKNOWN
   * when not looked at yet. A packed array indexed by key: one read per token.
   */
  private plans: HitPlan[] = [];
  private keyGeneration = -1;

  /** Try every hit at every token and always sort (the matcher before its shortcuts; tests compare the two). */
  private readonly plainScan: boolean;

  constructor(entries: Array<string | LexiconEntry>, language: Language, options: CompileOptions = {}) {
    this.language = language;
    this.plainScan = options.plainScan === true;
    this.lookalikes = language === "sv" ? SV_LOOKALIKES.slice() : [];
    let size = 0;
    for (const raw of entries) {
      const entry: LexiconEntry = typeof raw === "string" ? { term: raw } : raw;
      if (typeof entry.term !== "string" || entry.term.trim() === "") continue;
      size++;
      for (const tokens of termVariants(entry.term)) this.addVariant(entry, tokens);
    }
    this.size = size;
  }

  private wordPattern(token: Token, entry: LexiconEntry): WordPattern {
    const key = token.fold;
    const functionWords = this.language === "sv" ? SV_FUNCTION_WORDS : EN_FUNCTION_WORDS;
    const contentWord = isWordish(token) && key.length >= (this.language === "sv" ? 3 : 2) && !functionWords.has(key);
    const inflect = entry.inflect !== false && contentWord && token.kind === "word";
    const forms =
      this.language === "en" && token.kind === "word" ? new Set(englishForms(key, inflect ? englishMode(entry.inflect) : "none")) : new Set([key]);
    const alternates = this.language === "sv" && inflect ? svAlternateStems(key, token.lower) : [];
    const abbreviation = token.kind === "word" && token.text.length <= 8 && token.text === token.text.toUpperCase() && token.text !== token.lower;
    return { key, lower: token.lower, inflect: inflect && !abbreviation, abbreviation, alternates, forms };
  }

  private addVariant(entry: LexiconEntry, tokens: Token[]): void {
    if (tokens.length === 0) return;
    const words = tokens.map((t) => this.wordPattern(t, entry));
    const first = words[0];
    const compound = entry.compound ?? (this.language === "sv" ? "head" : "none");
    const compoundable = isWordish(tokens[0]) && first.key.length >= 3 && (this.language === "en" || !SV_FUNCTION_WORDS.has(first.key));
    const variant: Variant = {
      entry,
      words,
      head: compound !== "none" && compoundable,
      modifier: compound === "any" && compoundable && words.length === 1,
      secondChars: words.length > 1 ? firstCharsOf(words[1]) : new Set(),
    };
    const excludes = (entry.exclude ?? []).map((w) => lowerAndFold(w).fold);
    if (this.language === "en") {
      const excluded = new Set(excludes);
      for (const form of first.forms) {
        let list = this.forms.get(form);
        if (!list) this.forms.set(form, (list = []));
        list.push({ variant, word: first, excludes: excluded });
      }
      if (variant.modifier) this.hasModifiers = true;
      return;
    }
    const item = (stem: string, stemLower: string, alternate: boolean): TrieItem => ({
      variant,
      stem,
      stemLower,
      alternate,
      guards: excludes.length === 0 ? this.lookalikeGuards(stem) : guardsFor(stem, [...this.lookalikes, ...excludes]),
      lenientGuards: guardsFor(stem, this.language === "sv" ? SV_LENIENT_LOOKALIKES : []),
    });
    this.insert(this.reverseRoot, first.key, true, item(first.key, first.lower, false));
    for (const alt of first.alternates) this.insert(this.reverseRoot, alt.stem, true, item(alt.stem, alt.lower, true));
    if (variant.modifier) {
      this.hasModifiers = true;
      this.insert(this.forwardRoot, first.key, false, item(first.key, first.lower, false));
    }
  }

  /** Guards of the look-alike words for a stem (many terms share a stem: computed once per stem). */
  private lookalikeGuards(stem: string): Guard[] {
    let guards = this.guardsByStem.get(stem);
    if (guards === undefined) this.guardsByStem.set(stem, (guards = guardsFor(stem, this.lookalikes)));
    return guards;
  }

  private insert(root: TrieNode, key: string, reversed: boolean, item: TrieItem): void {
    let node = root;
    for (let k = 0; k < key.length; k++) {
      const ch = reversed ? key[key.length - 1 - k] : key[k];
      let child = node.children.get(ch);
      if (!child) node.children.set(ch, (child = newNode()));
      node = child;
    }
    (node.items ??= []).push(item);
  }

  match(sentence: Sentence): LexiconMatch[] {
    const tokens = sentence.tokens;
    const strict = sentence.strictDiacritics === true;
    const out: LexiconMatch[] = [];
    const sentenceKeyed = keysOfSentence(sentence);
    const { generation, keys } = sentenceKeyed;
    if (generation !== this.keyGeneration) this.forgetKeys(generation);
    for (let i = 0; i < tokens.length; i++) {
      const k = keys[i];
      if (k < 0) continue;
      const plan = this.planForKey(k >> 1);
      if (this.plainScan) {
        for (const hit of plan.all) {
          if (hit.lenient && strict) continue;
          const end = this.continueMatch(tokens, i, hit.variant, strict);
          if (end < 0) continue;
          let kind = hit.kind;
          if (kind === "exact" && end - i > 1 && !this.allExact(tokens, i, hit.variant)) kind = "inflected";
          out.push(this.makeMatch(sentence, i, end, hit.variant.entry, kind));
        }
      } else if (plan !== NO_HITS) {
        for (const hit of plan.singles) {
          if (hit.lenient && strict) continue;
          out.push(this.makeMatch(sentence, i, i + 1, hit.variant.entry, hit.kind));
        }
        // Only terms whose second word can start with the next token's first character.
        const next = plan.multi !== null && i + 1 < tokens.length ? plan.multi.get(tokens[i + 1].fold.charCodeAt(0)) : undefined;
        if (next !== undefined) {
          for (const hit of next) {
            if (hit.lenient && strict) continue;
            const end = this.continueMatch(tokens, i, hit.variant, strict);
            if (end < 0) continue;
            let kind = hit.kind;
            if (kind === "exact" && !this.allExact(tokens, i, hit.variant)) kind = "inflected";
            out.push(this.makeMatch(sentence, i, end, hit.variant.entry, kind));
          }
        }
      }
      if ((k & 1) === 1) this.matchCoordinated(sentence, i, sentenceKeyed, strict, out);
    }
    // Matches of one token come single-word terms first; dedupe sorts by token span, keeping the
    // order among matches of the same span (the order of the terms), so the result is as if the
    // hits had been tried in term order.
    return dedupe(out, this.plainScan);
  }

  private forgetKeys(generation: number): void {
    this.plans = [];
    this.keyGeneration = generation;
  }

  /** The hits of a word by its key, computed once per lexicon and key. */
  private planForKey(key: number): HitPlan {
    let plans = this.plans;
    if (key >= plans.length) {
      // Grow filled with UNKNOWN, so the array stays packed (a hole far past the end would make it a dictionary).
      const grown = new Array<HitPlan>(Math.max(key + 1, plans.length * 2, 1024)).fill(UNKNOWN);
      for (let k = 0; k < plans.length; k++) grown[k] = plans[k];
      this.plans = plans = grown;
    }
    let plan = plans[key];
    if (plan === UNKNOWN) plans[key] = plan = planOf(this.computeHits(keyFold(key), keyLower(key)));
    return plan;
  }

  private makeMatch(sentence: Sentence, tokenStart: number, tokenEnd: number, entry: LexiconEntry, kind: LexiconMatchKind): LexiconMatch {
    const tokens = sentence.tokens;
    return {
      sentence: sentence.index,
      block: sentence.block,
      tokenStart,
      tokenEnd,
      start: tokens[tokenStart].start,
      end: tokens[tokenEnd - 1].end,
      entry,
      kind,
    };
  }

  /** Matches the variant's remaining words on the following tokens; the end token index or -1. */
  private continueMatch(tokens: readonly Token[], i: number, variant: Variant, strict: boolean): number {
    let j = i + 1;
    for (let w = 1; w < variant.words.length; w++, j++) {
      const token = tokens[j];
      if (!token) return -1;
      const result = this.matchWord(token, variant.words[w]);
      if (result === null || (result && strict)) return -1;
    }
    return j;
  }

  /** Are the following words of a multi-word match written exactly as the term's? */
  private allExact(tokens: readonly Token[], i: number, variant: Variant): boolean {
    for (let w = 1; w < variant.words.length; w++) if (tokens[i + w].fold !== variant.words[w].key) return false;
    return true;
  }

  /** A following word of a multi-word term: null = no match, true = only leniently, false = match. */
  private matchWord(token: Token, word: WordPattern): boolean | null {
    const fold = token.fold;
    if (this.language === "en") return word.forms.has(fold) ? false : null;
    if (fold === word.key) return mismatch(token.lower, 0, word.lower);
    if (word.abbreviation && fold.startsWith(word.key + ":") && SV_ENDINGS.has(fold.slice(word.key.length))) return false;
    if (!word.inflect) return null;
    if (fold.startsWith(word.key) && svEndingOk(word.key, fold.slice(word.key.length))) return mismatch(token.lower, 0, word.lower);
    for (const alt of word.alternates) {
      const ending = fold.slice(alt.stem.length);
      if (fold.startsWith(alt.stem) && alternateEndingOk(ending) && svEndingOk(alt.stem, ending)) {
        return mismatch(token.lower, 0, alt.lower);
      }
    }
    return null;
  }

  /** Candidate hits of the first words of terms in one word. */
  private computeHits(fold: string, lower: string): Hit[] {
    let hits = this.language === "en" ? this.englishHits(fold) : this.swedishHits(fold, lower);
    if (this.language === "sv" && lower.includes("é")) {
      // OCR "é" may stand for ö (or be a real é): try those readings too.
      for (const ch of ["o", "e"]) {
        let alt = "";
        for (let k = 0; k < fold.length; k++) alt += lower[k] === "é" ? ch : fold[k];
        // Only the word itself, never a compound split made up by the other reading ("bostéder" is not "bo|stöder").
        const more = this.swedishHits(alt, lower).filter((h) => h.start === 0 && h.kind !== "modifier");
        if (more.length > 0) hits = hits.concat(more);
      }
    }
    return hits;
  }

  private englishHits(fold: string): Hit[] {
    const hits: Hit[] = [];
    const exact = this.forms.get(fold);
    if (exact) {
      for (const { variant, word, excludes } of exact) {
        if (excludes.has(fold)) continue;
        hits.push({ variant, start: 0, end: fold.length, kind: fold === word.key ? "exact" : "inflected", lenient: false });
      }
    }
    if (fold.includes("-")) {
      const parts = fold.split("-");
      const last = parts[parts.length - 1];
      for (const { variant, excludes } of this.forms.get(last) ?? []) {
        if (excludes.has(fold)) continue;
        if (variant.head && variant.words.length === 1) hits.push({ variant, start: fold.length - last.length, end: fold.length, kind: "head", lenient: false });
      }
      const head = parts[0];
      for (const { variant, excludes } of this.forms.get(head) ?? []) {
        if (excludes.has(fold)) continue;
        if (variant.modifier) hits.push({ variant, start: 0, end: head.length, kind: "modifier", lenient: false });
      }
    }
    return hits;
  }

  private swedishHits(fold: string, lower: string): Hit[] {
    const hits: Hit[] = [];
    const n = fold.length;
    const maxEnding = Math.min(SV_MAX_ENDING, n - 1);
    for (let L = 0; L <= maxEnding; L++) {
      const ending = L === 0 ? "" : fold.slice(n - L);
      if (L > 0 && !SV_ENDINGS.has(ending)) continue;
      let node: TrieNode | undefined = this.reverseRoot;
      for (let pos = n - L - 1; pos >= 0; pos--) {
        node = node.children.get(fold[pos]);
        if (!node) break;
        if (!node.items) continue;
        for (const item of node.items) {
          const word = item.variant.words[0];
          if (L > 0 && !word.inflect && !(word.abbreviation && ending.startsWith(":"))) continue;
          if (item.alternate ? !alternateEndingOk(ending) : !svEndingOk(item.stem, ending)) continue;
          if (pos > 0 && (!item.variant.head || !leftPartOk(fold, pos))) continue;
          if (guarded(fold, pos, item.guards)) continue;
          const kind: LexiconMatchKind = pos > 0 ? "head" : L > 0 ? "inflected" : "exact";
          const lenient = mismatch(lower, pos, item.stemLower);
          // Read as å/ä/ö only where that does not cut a common word ending ("plane|rad" is "planerad").
          if (lenient && pos > 0 && guarded(fold, pos, item.lenientGuards)) continue;
          hits.push({ variant: item.variant, start: pos, end: n - L, kind, lenient });
        }
      }
    }
    if (this.hasModifiers) this.modifierHits(fold, lower, hits);
    return hits;
  }

  /** Terms used as the first part of a compound ("samrådsgruppen" for "samråd"). */
  private modifierHits(fold: string, lower: string, hits: Hit[]): void {
    const n = fold.length;
    for (let p = 0; p < n - 2; p++) {
      let node: TrieNode | undefined = this.forwardRoot;
      for (let pos = p; pos < n; pos++) {
        node = node.children.get(fold[pos]);
        if (!node) break;
        if (!node.items) continue;
        const rest = fold.slice(pos + 1);
        if (SV_ENDINGS.has(rest) || !restIsWord(rest)) continue;
        for (const item of node.items) {
          if (p > 0 && (!item.variant.head || !leftPartOk(fold, p))) continue;
          if (guarded(fold, p, item.guards)) continue;
          hits.push({ variant: item.variant, start: p, end: pos + 1, kind: "modifier", lenient: mismatch(lower, p, item.stemLower) });
        }
      }
    }
  }

  /**
   * "jämställdhets- och jämlikhetsanalys": join the suspended first part with
   * each tail of the completing word and keep terms that span the joint.
   */
  private matchCoordinated(sentence: Sentence, i: number, sentenceKeys: SentenceKeys, strict: boolean, out: LexiconMatch[]): void {
    const coordination = coordinationAt(sentence.tokens, i, sentenceKeys);
    if (coordination === null) return;
    const { joint, end, keys } = coordination;
    for (let k = 0; k < keys.length; k++) {
      const plan = this.planForKey(keys[k]);
      if (plan === NO_HITS) continue;
      for (const hit of plan.singles) {
        if (hit.start >= joint || hit.end <= joint) continue;
        if (hit.lenient && strict) continue;
        out.push(this.makeMatch(sentence, i, end, hit.variant.entry, "coordinated"));
      }
    }
  }

}

/** Longest part of a coordinated compound looked at ("jämställdhets-", "…analys"). */
const MAX_COORDINATED_PART = 40;

/** A suspended first part and the word that completes it: the completing word's token, and the joined words' keys. */
interface Coordination {
  /** Length of the suspended part: a term must span this joint. */
  joint: number;
  /** Token index after the completing word. */
  end: number;
  /** Keys of the suspended part joined with each tail of the completing word. */
  keys: number[];
}

/** Coordinations per suspended token, per sentence keys (the same for every lexicon, so computed once). */
const coordinations = new WeakMap<SentenceKeys, Map<number, Coordination | null>>();

/**
 * "jämställdhets- och jämlikhetsanalys": the suspended part at `i` joined
 * with each tail of the word that completes it, or null when no word does.
 */
function coordinationAt(tokens: readonly Token[], i: number, sentenceKeyed: SentenceKeys): Coordination | null {
  let perToken = coordinations.get(sentenceKeyed);
  if (perToken === undefined) coordinations.set(sentenceKeyed, (perToken = new Map()));
  const known = perToken.get(i);
  if (known !== undefined) return known;
  const found = findCoordination(tokens, i, sentenceKeyed);
  perToken.set(i, found);
  return found;
}

/**
 * The joined keys of a suspended part and a completing word, by their keys
 * ("kultur-" + "fritidsnämnden" comes again and again): joining and keying
 * every tail is the costly part of a coordination.
 */
const joinedKeys = new Map<number, Map<number, number[]>>();
let joinedGeneration = -1;

function findCoordination(tokens: readonly Token[], i: number, sentenceKeyed: SentenceKeys): Coordination | null {
  const key = sentenceKeyed.keys[i] >> 1;
  let y = -1;
  for (let k = i + 1; k < tokens.length && k <= i + 10; k++) {
    const t = tokens[k];
    if (COORDINATORS.has(t.fold)) continue;
    if (t.kind === "word" && t.fold.endsWith("-")) continue;
    if (t.kind === "word") y = k;
    break;
  }
  if (y < 0 || y === i + 1) return null;
  const fold = keyFold(key);
  const lower = keyLower(key);
  const completing = tokens[y];
  const joint = fold.length;
  if (joint > MAX_COORDINATED_PART) return null;
  if (joinedGeneration !== sentenceKeyed.generation) {
    joinedKeys.clear();
    joinedGeneration = sentenceKeyed.generation;
  }
  const completingKey = sentenceKeyed.keys[y] >> 1;
  let byCompleting = joinedKeys.get(key);
  if (byCompleting === undefined) joinedKeys.set(key, (byCompleting = new Map()));
  let keys = byCompleting.get(completingKey);
  if (keys === undefined) {
    // Only tails a term's head could be (long tails of a very long word cannot).
    keys = [];
    const first = Math.max(1, completing.fold.length - MAX_COORDINATED_PART);
    for (let k = first; k + 3 <= completing.fold.length; k++) {
      keys.push(internKey(lower + completing.lower.slice(k), fold + completing.fold.slice(k)));
    }
    byCompleting.set(completingKey, keys);
  }
  return { joint, end: y + 1, keys };
}

/** Letters a compound's first part has at least ("del|mål", "barn|råd"). */
const MIN_LEFT_PART = 3;

/** Is the part of a compound before the term (fold[0..p)) a plausible word? */
function leftPartOk(fold: string, p: number): boolean {
  if (fold.charCodeAt(p - 1) === 45) return p - 1 >= 1;
  if (p < MIN_LEFT_PART) return false;
  if (!hasVowel(fold, 0, p)) return false;
  return !SV_PREFIXES.has(fold.slice(0, p));
}

/** The part of a compound after a modifier: a linking letter, a hyphen or a word of its own. */
function restIsWord(rest: string): boolean {
  if (rest.startsWith("-")) return true;
  if (rest.length >= 3 && hasVowel(rest)) return true;
  const c = rest[0];
  if (c === "s" || c === "e" || c === "a" || c === "u" || c === "o") {
    const after = rest.slice(1);
    return after.startsWith("-") || (after.length >= 3 && hasVowel(after));
  }
  return false;
}

/** After an altered stem: a vowel ending ("flick|or"), or -na/-nas after a dropped -e ("missbrukar|na"). */
function alternateEndingOk(ending: string): boolean {
  return ending !== "" && (startsWithVowel(ending) || ending === "na" || ending === "nas") && SV_ENDINGS.has(ending);
}

/** Look-alike words that contain the stem, with the stem's offsets in them. */
function guardsFor(stem: string, words: readonly string[]): Guard[] {
  const guards: Guard[] = [];
  for (const word of words) {
    if (word.length <= stem.length) continue;
    for (let at = word.indexOf(stem); at >= 0; at = word.indexOf(stem, at + 1)) guards.push({ word, offset: at });
  }
  return guards;
}

function guarded(fold: string, p: number, guards: readonly Guard[]): boolean {
  for (const g of guards) {
    const at = p - g.offset;
    if (at >= 0 && fold.startsWith(g.word, at)) return true;
  }
  return false;
}

/**
 * Does the word's lower-case text differ from the term's at [p, …) in more
 * than folding allows without losing diacritics? OCR letters (é, &, 6)
 * count as matching; a plain a/o for å/ä/ö (or another mismatch) does not.
 */
function mismatch(lower: string, p: number, termLower: string): boolean {
  for (let j = 0; j < termLower.length; j++) {
    const a = lower.charCodeAt(p + j);
    const b = termLower.charCodeAt(j);
    if (a === b) continue;
    if (a === 0xe9 || a === 38 || a === 54) continue;
    return true;
  }
  return false;
}

/** Sorted by (tokenStart, tokenEnd) already? (The match loop emits them nearly so; sorting copies the list.) */
function inSpanOrder(matches: readonly LexiconMatch[]): boolean {
  for (let k = 1; k < matches.length; k++) {
    const a = matches[k - 1];
    const b = matches[k];
    if (a.tokenStart > b.tokenStart || (a.tokenStart === b.tokenStart && a.tokenEnd > b.tokenEnd)) return false;
  }
  return true;
}

function dedupe(matches: LexiconMatch[], alwaysSort = false): LexiconMatch[] {
  if (matches.length < 2) return matches;
  // A stable sort leaves a sorted list as it is: skip it then.
  if (alwaysSort || !inSpanOrder(matches)) matches.sort((a, b) => a.tokenStart - b.tokenStart || a.tokenEnd - b.tokenEnd);
  const out: LexiconMatch[] = [];
  for (const m of matches) {
    // Sorted, so a duplicate can only sit in the trailing run with the same token span
    // (searching all of `out` made a long sentence with many matches quadratic).
    let dup = false;
    for (let k = out.length - 1; k >= 0 && out[k].tokenStart === m.tokenStart && out[k].tokenEnd === m.tokenEnd; k--) {
      if (out[k].entry === m.entry) {
        dup = true;
        break;
      }
    }
    if (!dup) out.push(m);
  }
  return out;
}

export interface CompileOptions {
  /** Match without the shortcuts (for tests that compare the two): every hit tried at every token. */
  plainScan?: boolean;
}

/** Compiles entries once; `match` then finds them in analysed sentences. */
export function compileLexicon(entries: Array<string | LexiconEntry>, language: Language, options?: CompileOptions): Lexicon {
  return new CompiledLexicon(entries, language, options);
}
