/**
 * Age brackets that include children: "deltagare i åldern 7–20 år", "målgruppen
 * 13–25 år", "13–17-åringar", "young people aged 11-18", "under 18 år". An
 * applicability block may count them as triggers (`ageBracket`), because a
 * document that sets such a bracket concerns children even when it never says
 * "barn" (RULES.md, mr/child-rights).
 *
 * A range N–M (one token "13-25", or "7", "–", "20", "0 to 18", "mellan 7 och 20") counts when
 * its lower end is below the limit and an age cue stands up to four words
 * before it ("åldern", "aged", "deltagare", "ungdomar"): a bare "2–3 år" is
 * more often a duration than an age. "N-åringar" / "N-year-olds" carry their
 * own cue. "under 18 år", "upp till 18 år", "up to 18", "younger than 18"
 * count when the number is the limit itself (a duration "under 4 år" does not).
 * "18 år och äldre", "aged 18 and over" and "18–64" include no child.
 */
import { isDigitCode } from "../../analysis/chars.js";
import type { Sentence, Token } from "../../analysis/types.js";
import type { Language } from "../../model/document.js";
import type { LocalizedLexicon } from "./term-list.js";

export interface AgeMention {
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
}

/** Words that make the following number the upper age limit ("under 18 år"). */
const UP_TO: ReadonlyArray<readonly string[]> = [
  ["under"], ["upp", "till"], ["up", "to"], ["younger", "than"], ["yngre", "an"], ["below"], ["aged", "under"],
];
/** "13–17-åringar", "11-year-olds", "6-åriga". */
const AGE_WORD = /^(\d{1,2})[-\u2010\u2011](?:aring|ariga|arig|year-old|years-old|year)/;
const RANGE_TOKEN = /^(\d{1,2})[-\u2010\u2011\u2013](\d{1,3})$/;
const DASHES = new Set(["-", "\u2013", "\u2014", "\u2010", "\u2011", "to", "till"]);

const isWord = (t: Token | undefined) => t !== undefined && (t.kind === "word" || t.kind === "number");
/** The value of a number token of one to three ASCII digits (as /^\d{1,3}$/), else null. */
function numberOf(t: Token | undefined): number | null {
  if (t === undefined || t.kind !== "number") return null;
  const f = t.fold;
  if (f.length < 1 || f.length > 3) return null;
  for (let k = 0; k < f.length; k++) {
    const c = f.charCodeAt(k);
    if (c < 48 || c > 57) return null;
  }
  return Number(f);
}

/** Token indexes of the (up to) `count` words before token i. */
function wordsBefore(tokens: readonly Token[], i: number, count: number): number[] {
  const out: number[] = [];
  for (let k = i - 1; k >= 0 && out.length < count; k--) if (isWord(tokens[k])) out.push(k);
  return out;
}

function mention(tokens: readonly Token[], a: number, b: number): AgeMention {
  return { tokenStart: a, tokenEnd: b, start: tokens[a].start, end: tokens[b - 1].end };
}

/** Found in most sentences (shared: callers only read it). */
const NO_AGES: readonly AgeMention[] = Object.freeze([]);

/** A number, or a word that starts with a digit: a loop, as this runs for every sentence. */
function hasDigitToken(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === "number" || (t.kind === "word" && isDigitCode(t.fold.charCodeAt(0)))) return true;
  }
  return false;
}

/** Age brackets in the sentence that include an age below `below`. */
export function childAgeMentions(sentence: Sentence, language: Language, below: number, cues: LocalizedLexicon): readonly AgeMention[] {
  // Every bracket starts at a number or a word that starts with a digit ("13–17-åringar"): most sentences have none.
  // (The search is a function of its own: its closure's variables would be allocated on every call here.)
  return hasDigitToken(sentence.tokens) ? agesIn(sentence, language, below, cues) : NO_AGES;
}

/** Token indexes inside the sentence's cue matches. */
function cueTokensOf(sentence: Sentence, language: Language, cues: LocalizedLexicon): Set<number> {
  const inCue = new Set<number>();
  for (const m of cues.match(sentence, language)) for (let k = m.tokenStart; k < m.tokenEnd; k++) inCue.add(k);
  return inCue;
}

/** Is one of the (up to) four words before token i inside a cue? */
function cuedBefore(tokens: readonly Token[], i: number, inCue: ReadonlySet<number>): boolean {
  let words = 0;
  for (let k = i - 1; k >= 0 && words < 4; k--) {
    if (!isWord(tokens[k])) continue;
    words++;
    if (inCue.has(k)) return true;
  }
  return false;
}

/** No closures here: the search runs for every sentence with a number. */
function agesIn(sentence: Sentence, language: Language, below: number, cues: LocalizedLexicon): readonly AgeMention[] {
  const tokens = sentence.tokens;
  // The cues' tokens, looked up only when a range needs a cue.
  let inCue: Set<number> | null = null;
  let out: AgeMention[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // AGE_WORD starts with a digit: most words need no regular expression.
    const ageWord = t.kind === "word" && isDigitCode(t.fold.charCodeAt(0)) ? AGE_WORD.exec(t.fold) : null;
    if (ageWord) {
      // "13–17-åringar": the range's lower end, if written, stands two tokens before.
      const lower = tokens[i - 1] && DASHES.has(tokens[i - 1].fold) ? numberOf(tokens[i - 2]) : null;
      const from = lower ?? Number(ageWord[1]);
      if (from < below) (out ??= []).push(mention(tokens, lower !== null ? i - 2 : i, i + 1));
      continue;
    }
    const range = t.kind === "number" ? RANGE_TOKEN.exec(t.fold) : null;
    if (range) {
      if (Number(range[1]) < below && Number(range[2]) >= Number(range[1]) && cuedBefore(tokens, i, (inCue ??= cueTokensOf(sentence, language, cues)))) (out ??= []).push(mention(tokens, i, i + 1));
      continue;
    }
    const n = numberOf(t);
    if (n === null) continue;
    const dash = tokens[i + 1];
    const m = numberOf(tokens[i + 2]);
    // "mellan 7 och 20 år", "between 11 and 18": "och"/"and" joins a range only after "mellan"/"between".
    const between = dash && (dash.fold === "och" || dash.fold === "and") && ["mellan", "between"].includes(tokens[wordsBefore(tokens, i, 1)[0]]?.fold ?? "");
    if (dash && (DASHES.has(dash.fold) || between) && m !== null && m >= n && m <= 120) {
      if (n < below && cuedBefore(tokens, i, (inCue ??= cueTokensOf(sentence, language, cues)))) (out ??= []).push(mention(tokens, i, i + 3));
      i += 2;
      continue;
    }
    if (n !== below) continue;
    // "under 18 år", "upp till 18 år", "up to 18", "younger than 18"; "18 år och yngre".
    const before = wordsBefore(tokens, i, 2).map((k) => tokens[k].fold).reverse();
    const after = tokens.slice(i + 1).filter(isWord).slice(0, 3).map((x) => x.fold);
    const upTo = UP_TO.some((words) => words.length <= before.length && words.every((w, k) => before[before.length - words.length + k] === w));
    const andYounger = (after[0] === "ar" || after[0] === "years") && after[1] === "och" && after[2] === "yngre";
    if (upTo || andYounger) (out ??= []).push(mention(tokens, i, i + 1));
  }
  return out ?? NO_AGES;
}
