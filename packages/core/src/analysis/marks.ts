/**
 * Sentence marks: real negation cues, postponement, placeholders,
 * obligation modals and quoted ranges.
 */
import type { Sentence, SentenceMarks, Token } from "./types.js";
import { compileLexicon, type Lexicon } from "./lexicon.js";
import { findModals } from "./modals.js";
import { trimEndOf } from "./chars.js";
import { negationCues } from "./negation.js";

/** Postponed or hypothetical without content. Matched as exact word sequences (fold keys). */
const POSTPONED = [
  // sv
  "kan komma att", "i ett senare skede", "i senare skede", "ett senare skede", "vid ett senare tillfälle",
  "ett senare tillfälle", "i en senare version", "i kommande revidering", "återkommer", "återkomma", "återkommer senare",
  "beskrivs senare", "redovisas senare", "tas fram senare", "kompletteras senare", "utvecklas senare",
  "preciseras senare", "fastställs senare", "längre fram", "bör övervägas", "kan övervägas", "övervägas", "övervägs",
  "bör överväga", "kan överväga", "undersöka möjligheten", "undersöka möjligheterna", "utreda möjligheten",
  "utreda möjligheterna", "se över möjligheten", "se över möjligheterna", "pröva möjligheten",
  // en
  "will be addressed later", "be addressed later", "addressed later", "at a later stage", "at a later date",
  "in a later phase", "in a later version", "in due course", "may consider", "might consider", "could consider",
  "may be considered", "might be considered", "could be considered", "will be considered later", "to be determined",
  "to be confirmed", "will be developed later", "will follow later", "explore the possibility", "investigate the possibility",
  "look into the possibility", "consider the possibility",
];

/** Placeholder phrases: a placeholder when the sentence is short (a heading's stand-in text). */
const PLACEHOLDER_PHRASES = [
  "beskrivs senare", "text kommer", "text tillkommer", "kommer senare", "fylls i senare", "skrivs senare",
  "ej klart", "inte klart", "to be completed", "to be added", "to follow", "to be written", "to be confirmed",
  "to be determined", "placeholder", "work in progress", "coming soon", "lorem ipsum",
];
/** Placeholder words anywhere in a sentence. */
const PLACEHOLDER_WORDS = new Set(["tbd", "tbc", "tba", "xx", "xxx", "xxxx", "lorem", "todo", "fixme"]);
const PLACEHOLDER_MAX_WORDS = 6;

let postponedLexicon: Lexicon | undefined;
let placeholderLexicon: Lexicon | undefined;

function lexicons(): [Lexicon, Lexicon] {
  postponedLexicon ??= compileLexicon(POSTPONED.map((term) => ({ term, inflect: false, compound: "none" as const })), "en");
  placeholderLexicon ??= compileLexicon(PLACEHOLDER_PHRASES.map((term) => ({ term, inflect: false, compound: "none" as const })), "en");
  return [postponedLexicon, placeholderLexicon];
}

/** The lexicons read only a probe's tokens (and its index, block and strictness): its marks can be shared. */
const PROBE_MARKS: SentenceMarks = Object.freeze({
  negations: Object.freeze([]) as unknown as number[],
  postponed: false,
  placeholder: false,
  modals: Object.freeze([]) as unknown as number[],
  quotes: Object.freeze([]) as unknown as Array<[number, number]>,
});

function probe(tokens: Token[]): Sentence {
  return { index: 0, block: 0, start: 0, end: 0, text: "", tokens, marks: PROBE_MARKS };
}

function wordCount(tokens: readonly Token[]): number {
  let n = 0;
  for (const t of tokens) if (t.kind === "word" || t.kind === "number") n++;
  return n;
}

/** "[…]", "[...]", "…" or "[Ange ansvarig]" standing alone (with at most a few words). */
function bracketPlaceholder(text: string, words: number): boolean {
  const trimmed = trimEndOf(text.trim(), ".:");
  if (trimmed === "" ) return false;
  if (/^\[?\s*(?:…|\.{3})\s*\]?$/.test(trimmed)) return true;
  if (words > PLACEHOLDER_MAX_WORDS) return false;
  if (/\[\s*(?:…|\.{3})\s*\]/.test(trimmed)) return true;
  const open = trimmed.indexOf("[");
  const close = trimmed.indexOf("]", open + 1);
  return open >= 0 && close > open && close - open <= 60 && (open === 0 || close === trimmed.length - 1);
}

/** Postponed or hypothetical wording in the tokens. */
export function isPostponed(tokens: Token[]): boolean {
  return lexicons()[0].match(probe(tokens)).length > 0;
}

/** Placeholder text ("Beskrivs senare.", "TBD", "[…]"). */
export function isPlaceholder(tokens: Token[], text: string): boolean {
  for (const t of tokens) if (t.kind === "word" && PLACEHOLDER_WORDS.has(t.fold)) return true;
  const words = wordCount(tokens);
  // Past a few words neither a bracket stand-in nor a phrase makes a placeholder (a lone "[…]" has no words at all):
  // most sentences stop here, before the text is trimmed and tested.
  if (words > PLACEHOLDER_MAX_WORDS) return false;
  if (bracketPlaceholder(text, words)) return true;
  // The phrase must be (nearly) all the sentence says: "Detta avsnitt beskrivs senare."
  for (const m of lexicons()[1].match(probe(tokens))) {
    if (words - wordCount(tokens.slice(m.tokenStart, m.tokenEnd)) <= 2) return true;
  }
  return false;
}

/**
 * Marks of one sentence. `quotes` are the block's quoted ranges (block-text
 * offsets); the parts inside [start, end) are kept.
 */
export function computeMarks(tokens: Token[], text: string, start: number, end: number, quotes: ReadonlyArray<readonly [number, number]> = []): SentenceMarks {
  const inside: Array<[number, number]> = [];
  for (const quote of quotes) {
    const qs = quote[0];
    const qe = quote[1];
    const s = Math.max(qs, start);
    const e = Math.min(qe, end);
    if (e > s) inside.push([s, e]);
  }
  return {
    negations: negationCues(tokens),
    postponed: isPostponed(tokens),
    placeholder: isPlaceholder(tokens, text),
    modals: findModals(tokens),
    quotes: inside,
  };
}
