/**
 * Swedish or English, from the frequency of function words. Works on
 * Swedish that lost its diacritics ("for", "pa", "ar" are folded keys of
 * "för", "på", "är"; English "for" is not counted for either side).
 */
import type { Language } from "../model/document.js";
import { tokenize } from "./tokens.js";

const SV = new Set([
  "och", "att", "som", "med", "inte", "ska", "skall", "det", "ett", "ar", "av", "pa", "till", "har", "om", "kan",
  "eller", "vi", "fran", "ocksa", "samt", "alla", "genom", "vid", "sin", "sina", "sitt", "bor", "maste", "detta",
  "dessa", "sig", "hur", "nar", "dar", "utan", "ingen", "mellan", "efter", "kommer", "varje", "vara", "blir",
  "finns", "deras", "dem", "kommunen", "enligt", "ocksa", "aven", "ett", "nagon", "nagra", "mot", "sa",
]);
const EN = new Set([
  "the", "and", "of", "to", "is", "are", "shall", "with", "that", "this", "be", "by", "on", "will", "it", "or",
  "as", "not", "we", "our", "from", "should", "must", "which", "have", "has", "been", "their", "these",
  "those", "would", "was", "were", "into", "any", "who", "where", "what", "how", "its", "they", "council",
  "people", "also",
]);

/** Tokens read at most: enough to decide, cheap on long documents. */
const SAMPLE_TOKENS = 4000;

export function languageScores(text: string): { sv: number; en: number } {
  const sample = text.length > SAMPLE_TOKENS * 8 ? text.slice(0, SAMPLE_TOKENS * 8) : text;
  let sv = 0;
  let en = 0;
  for (const token of tokenize(sample)) {
    if (token.kind !== "word") continue;
    if (SV.has(token.fold)) sv++;
    else if (EN.has(token.fold)) en++;
    if (/[åäöÅÄÖ]/.test(token.text)) sv += 0.5;
  }
  return { sv, en };
}

/** "sv" or "en"; Swedish when there is nothing to go by. */
export function detectLanguage(text: string): Language {
  const { sv, en } = languageScores(text);
  return en > sv ? "en" : "sv";
}
