/**
 * Texts for differential tests (a fast path against the code it replaced):
 * the repository's policies and the shared dev corpus, and seeded random
 * texts built from pieces a test cares about. Test-only: reads files.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyse } from "../analysis/analyse.js";
import { detectLanguage } from "../analysis/language.js";
import type { Sentence } from "../analysis/types.js";
import { plainDocument } from "../engine/testing/plain-document.js";
import type { Language } from "../model/document.js";

const root = path.resolve(import.meta.dirname, "../../../..");
const CORPUS_DIRS = ["fixtures/policies", "fixtures/markdown", "fixtures/heldout", "examples", "../shared/corpus/dev"];

/** The fixtures, examples and dev corpus (.md and .txt, READMEs left out); the dev corpus when it is beside the checkout. */
export function corpusTexts(): string[] {
  const out: string[] = [];
  for (const dir of CORPUS_DIRS.map((d) => path.resolve(root, d))) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) if (/\.(md|txt)$/.test(file) && file !== "README.md") out.push(readFileSync(path.join(dir, file), "utf8"));
  }
  return out;
}

/** `count` texts of 1 to `maxPieces` pieces drawn from `pieces`, the same on every run (own PRNG: mulberry32). */
export function piecedTexts(pieces: readonly string[], count: number, maxPieces: number, seed: number): string[] {
  let a = seed;
  const random = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const texts: string[] = [];
  for (let t = 0; t < count; t++) {
    let s = "";
    const length = 1 + Math.floor(random() * maxPieces);
    for (let k = 0; k < length; k++) s += pieces[Math.floor(random() * pieces.length)];
    texts.push(s);
  }
  return texts;
}

/** The sentences of `corpusTexts()`, analysed as plain text in each text's own language. */
export function corpusSentences(): Array<{ sentence: Sentence; language: Language }> {
  const out: Array<{ sentence: Sentence; language: Language }> = [];
  for (const text of corpusTexts()) {
    const language = detectLanguage(text);
    for (const sentence of analyse(plainDocument(text, language)).sentences) out.push({ sentence, language });
  }
  return out;
}
