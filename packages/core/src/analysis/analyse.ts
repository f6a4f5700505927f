/**
 * analyse(doc): block roles (header block, reference lists, tables of
 * contents), then sentences, tokens and marks for every body block. Rules
 * read only body blocks, so the others get no sentences.
 */
import type { Language, PolicyDocument } from "../model/document.js";
import { cachedBlock, remember, type SentenceParts } from "./block-cache.js";
import { lineStarts, positionAt, type Range } from "../model/positions.js";
import type { Analysis, Sentence, Token } from "./types.js";
import { computeMarks } from "./marks.js";
import { quoteRanges } from "./quotes.js";
import { classifyRoles } from "./roles.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokens.js";

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
  let words = 0;
  let withDiacritics = 0;
  let ocr = 0;
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      if (token.kind !== "word") continue;
      words++;
      // Plain ASCII letters fold to themselves: nothing to count.
      if (token.fold === token.lower && !token.lower.includes("&") && !token.lower.includes("6")) continue;
      const lower = token.lower;
      if (lower.includes("å") || lower.includes("ä") || lower.includes("ö")) withDiacritics++;
      if (isOcrWord(token)) ocr++;
    }
  }
  if (ocr > 0 && ocr * 200 >= words) return false;
  if (words < DIACRITIC_SAMPLE_MIN) return withDiacritics > 0;
  return withDiacritics >= words * DIACRITIC_SHARE_MIN;
}

/** Sentences, tokens and marks of one block text (re-used when the same text was analysed recently). */
function blockSentenceParts(text: string, language: Language): SentenceParts[] {
  const cached = cachedBlock(language, text);
  if (cached) return cached;
  const quotes = quoteRanges(text);
  const parts: SentenceParts[] = [];
  for (const [start, end] of splitSentences(text, language)) {
    const sentenceText = text.slice(start, end);
    const tokens = tokenize(sentenceText, start);
    parts.push({ start, end, text: sentenceText, tokens, marks: computeMarks(tokens, sentenceText, start, end, quotes) });
  }
  remember(language, text, parts);
  return parts;
}

export function analyse(doc: PolicyDocument): Analysis {
  classifyRoles(doc);
  const sentences: Sentence[] = [];
  const blockSentences: number[][] = doc.blocks.map(() => []);
  for (const block of doc.blocks) {
    if (block.role !== "body" || block.text.length === 0) continue;
    for (const parts of blockSentenceParts(block.text, doc.language)) {
      const sentence: Sentence = {
        index: sentences.length,
        block: block.index,
        start: parts.start,
        end: parts.end,
        text: parts.text,
        tokens: parts.tokens,
        marks: parts.marks,
      };
      blockSentences[block.index]?.push(sentence.index);
      sentences.push(sentence);
    }
  }
  const strict = keepsDiacritics(sentences);
  for (const sentence of sentences) sentence.strictDiacritics = strict;

  let starts: number[] | undefined;
  return {
    document: doc,
    sentences,
    blockSentences,
    sourceRange(blockIndex: number, start: number, end: number): Range {
      starts ??= lineStarts(doc.source);
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
