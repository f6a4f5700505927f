/**
 * analyse(doc): block roles (header block, reference lists, tables of
 * contents), then sentences, tokens and marks for every body block. Rules
 * read only body blocks, so the others get no sentences.
 */
import type { Language, PolicyDocument } from "../model/document.js";
import { AnalysedSentence } from "./analysed-sentence.js";
import { cachedBlock, remember, type DiacriticCounts, type SentenceParts } from "./block-cache.js";
import { countWords } from "./lix.js";
import { positionAt, sharedLineStarts, type Range } from "../model/positions.js";
import type { Analysis, Sentence, Token } from "./types.js";
import { computeMarks } from "./marks.js";
import { quoteRanges } from "./quotes.js";
import { classifyRoles } from "./roles.js";
import { splitSentences } from "./sentences.js";
import { rememberKeys } from "./token-keys.js";
import { tokenizeKeyed } from "./tokens.js";

/** Below this many words a document is too short to tell whether it lost its diacritics. */
const DIACRITIC_SAMPLE_MIN = 40;
/** Clean Swedish has å/ä/ö in about a quarter of its words; text that lost them has almost none. */
const DIACRITIC_SHARE_MIN = 0.06;

function isOcrWord(token: Token): boolean {
  const lower = token.lower;
  if (lower.includes("&")) return true;
  // OCR "é" for ä/å/ö stands before a consonant ("sérskild"); loan words have it last or before e ("idé", "idéer").
  const e = lower.indexOf("é");
  if (e > 0 && e + 1 < lower.length && !/[aeiouyåäö]/.test(lower[e + 1]) && !lower.startsWith("idé")) return true;
  // "6" inside or at the edge of letters ("f6r", "6vriga").
  return lower.includes("6") && token.fold.includes("o") && token.fold !== lower;
}

/**
 * Does the text keep its å/ä/ö? Then a/o in the text is not read as å/ä/ö
 * ("stod" stays "stod"). Text that went through OCR or lost its diacritics
 * in a PDF extract is read leniently.
 */
export function keepsDiacritics(sentences: readonly Sentence[]): boolean {
  const counts: DiacriticCounts = { words: 0, withDiacritics: 0, ocr: 0 };
  for (const sentence of sentences) countDiacritics(sentence.tokens, counts);
  return keepsDiacriticsBy(counts);
}

/** Adds the tokens' words, words with å/ä/ö and OCR-looking words to `counts`. */
function countDiacritics(tokens: readonly Token[], counts: DiacriticCounts): DiacriticCounts {
  for (const token of tokens) {
    if (token.kind !== "word") continue;
    counts.words++;
    // Plain ASCII letters fold to themselves: nothing to count.
    if (token.fold === token.lower && !token.lower.includes("&") && !token.lower.includes("6")) continue;
    const lower = token.lower;
    if (lower.includes("å") || lower.includes("ä") || lower.includes("ö")) counts.withDiacritics++;
    if (isOcrWord(token)) counts.ocr++;
  }
  return counts;
}

function keepsDiacriticsBy({ words, withDiacritics, ocr }: DiacriticCounts): boolean {
  if (ocr > 0 && ocr * 200 >= words) return false;
  if (words < DIACRITIC_SAMPLE_MIN) return withDiacritics > 0;
  return withDiacritics >= words * DIACRITIC_SHARE_MIN;
}

/** Sentences, tokens, keys and marks of one block text (re-used when the same text was analysed recently). */
function blockSentenceParts(text: string, language: Language): SentenceParts[] {
  const cached = cachedBlock(language, text);
  if (cached) return cached;
  const quotes = quoteRanges(text);
  const parts: SentenceParts[] = [];
  // Indexes, not `[start, end]` destructuring: that allocates an iterator per sentence.
  for (const range of splitSentences(text, language)) {
    const start = range[0];
    const end = range[1];
    const sentenceText = text.slice(start, end);
    const keys = tokenizeKeyed(sentenceText, start);
    const tokens = keys.tokens as Token[];
    // The marks match lexicons on these tokens: they find the keys without a lookup.
    rememberKeys(keys);
    const marks = computeMarks(tokens, sentenceText, start, end, quotes);
    parts.push({
      start,
      end,
      text: sentenceText,
      tokens,
      marks,
      keys,
      diacritics: countDiacritics(tokens, { words: 0, withDiacritics: 0, ocr: 0 }),
      counts: countWords(tokens),
      pooled: undefined,
      memo: undefined,
    });
  }
  remember(language, text, parts);
  return parts;
}

export function analyse(doc: PolicyDocument): Analysis {
  classifyRoles(doc);
  const sentences: Sentence[] = [];
  const blockSentences: number[][] = doc.blocks.map(() => []);
  const diacritics: DiacriticCounts = { words: 0, withDiacritics: 0, ocr: 0 };
  for (const block of doc.blocks) {
    if (block.role !== "body" || block.text.length === 0) continue;
    for (const parts of blockSentenceParts(block.text, doc.language)) {
      const sentence = new AnalysedSentence(sentences.length, block.index, parts);
      diacritics.words += parts.diacritics.words;
      diacritics.withDiacritics += parts.diacritics.withDiacritics;
      diacritics.ocr += parts.diacritics.ocr;
      blockSentences[block.index]?.push(sentence.index);
      sentences.push(sentence);
    }
  }
  // keepsDiacritics(sentences), from the counts kept per sentence.
  const strict = keepsDiacriticsBy(diacritics);
  for (const sentence of sentences) sentence.strictDiacritics = strict;

  let starts: readonly number[] | undefined;
  return {
    document: doc,
    sentences,
    blockSentences,
    sourceRange(blockIndex: number, start: number, end: number): Range {
      starts ??= sharedLineStarts(doc.source);
      const block = doc.blocks[blockIndex];
      if (!block) {
        const p = positionAt(starts, 0);
        return { start: p, end: p };
      }
      const length = block.text.length;
      const s = Math.max(0, Math.min(start, length));
      const e = Math.max(s, Math.min(end, length));
      const sourceLength = doc.source.length;
      const from = Math.min(block.map[s] ?? 0, sourceLength);
      // The end is just after the last character, not where the next one starts (markup may lie between).
      let to = e === s ? from : e === length ? block.map[length] : block.map[e - 1] + 1;
      to = Math.max(from, Math.min(to ?? from, sourceLength));
      return { start: positionAt(starts, from), end: positionAt(starts, to) };
    },
  };
}
