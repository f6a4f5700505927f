/**
 * Swedish or English, from the frequency of function words. Works on
 * Swedish that lost its diacritics ("for", "pa", "ar" are folded keys of
 * "för", "på", "är"; English "for" is not counted for either side).
 */
import type { Language } from "../model/document.js";
import { wordEntryAt, wordTokenEnd } from "./tokens.js";

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

/** The function words, for tests that score by tokens. */
export const FUNCTION_WORDS: { readonly sv: ReadonlySet<string>; readonly en: ReadonlySet<string> } = { sv: SV, en: EN };

/** Tokens read at most: enough to decide, cheap on long documents. */
const SAMPLE_TOKENS = 4000;

/**
 * The function words as a trie over lower-case ASCII letters, so a plain
 * ASCII word is looked up while its characters are read (no string made):
 * `next[node * 26 + letter]` is the child (0: none; the root is node 0 and
 * never a child), `side[node]` 1 for Swedish, 2 for English, 0 for neither.
 */
const { next: TRIE_NEXT, side: TRIE_SIDE } = buildTrie();

function buildTrie(): { next: Int32Array; side: Uint8Array } {
  const words: Array<[string, number]> = [...[...SV].map((w) => [w, 1] as [string, number]), ...[...EN].filter((w) => !SV.has(w)).map((w) => [w, 2] as [string, number])];
  const nodes = 1 + words.reduce((n, [w]) => n + w.length, 0);
  const next = new Int32Array(nodes * 26);
  const side = new Uint8Array(nodes);
  let used = 1;
  for (const [word, which] of words) {
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const letter = word.charCodeAt(k) - 97;
      // Every function word is plain lower-case ASCII; anything else could not be found by the scan.
      if (letter < 0 || letter >= 26) throw new Error(`function word not in a-z: ${word}`);
      let child = next[node * 26 + letter];
      if (child === 0) {
        child = used++;
        next[node * 26 + letter] = child;
      }
      node = child;
    }
    side[node] = which;
  }
  return { next, side };
}

const codeAt = String.prototype.charCodeAt;

/**
 * Counts Swedish and English function words in the first part of `text`
 * (+0.5 to Swedish per word with å/ä/ö). The words are those `tokenize`
 * finds (same boundaries, same folds), but only words that are not plain
 * ASCII letters are cut out and folded: the rest are looked up in the trie
 * as they are read.
 */
export function languageScores(text: string): { sv: number; en: number } {
  const sample = text.length > SAMPLE_TOKENS * 8 ? text.slice(0, SAMPLE_TOKENS * 8) : text;
  let sv = 0;
  let en = 0;
  const n = sample.length;
  let i = 0;
  while (i < n) {
    const code = codeAt.call(sample, i);
    const end = wordTokenEnd(sample, i, code);
    // Spaces, punctuation and symbols hold no word. A punctuation token is one character, a run of dots (no word
    // starts on a dot) or two characters after a high surrogate, even a lone one: "\ud800the" reads "he".
    if (end < 0) {
      i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      continue;
    }
    let node = 0;
    let plain = true;
    let diacritic = false;
    for (let k = i; k < end; k++) {
      const c = codeAt.call(sample, k);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
        if (node >= 0) node = TRIE_NEXT[node * 26 + ((c | 32) - 97)] || -1;
      } else if (c >= 128 || c === 38 || c === 54) {
        // Folded by context or by Unicode ("&" and "6" for ä/ö in OCR text, å, é, soft hyphens, NFC).
        plain = false;
        if (c === 0xe5 || c === 0xe4 || c === 0xf6 || c === 0xc5 || c === 0xc4 || c === 0xd6) diacritic = true;
      } else node = -1;
    }
    if (plain) {
      // Plain ASCII: a word of letters whose fold is in the trie, or no function word (digits, hyphens, ...).
      const which = node > 0 ? TRIE_SIDE[node] : 0;
      if (which === 1) sv++;
      else if (which === 2) en++;
    } else {
      // The tokenizer's kind and fold of the word, from the table it keeps them in.
      const word = wordEntryAt(sample, i, end);
      if (word.kind === "word") {
        if (SV.has(word.fold)) sv++;
        else if (EN.has(word.fold)) en++;
        if (diacritic) sv += 0.5;
      }
    }
    i = end;
  }
  return { sv, en };
}

/** "sv" or "en"; Swedish when there is nothing to go by. */
export function detectLanguage(text: string): Language {
  const { sv, en } = languageScores(text);
  return en > sv ? "en" : "sv";
}
