/**
 * Co-occurrence scope: how close the elements of a document rule must stand
 * to count together (WHO and HOW of the same involvement, not a resident in
 * chapter 1 and a survey in chapter 6).
 */
import { z } from "zod";
import type { Sentence } from "../../analysis/types.js";
import type { PolicyDocument } from "../../model/document.js";
import { strictObject } from "../../pack/schema-tools.js";

export const scope = z.union([
  z.enum(["sentence", "paragraph", "section", "document"]),
  /** `n` consecutive sentences of the same section. */
  strictObject({ window: z.number().int().min(1).max(50) }),
]);
export type Scope = z.infer<typeof scope>;

/**
 * Groups of positions in `sentences` that count together. Windows overlap;
 * the other scopes partition the sentences.
 */
export function coOccurrenceUnits(sentences: readonly Sentence[], doc: PolicyDocument, s: Scope): number[][] {
  if (s === "document") return sentences.length > 0 ? [sentences.map((_, i) => i)] : [];
  if (s === "sentence") return sentences.map((_, i) => [i]);
  if (typeof s === "object") {
    const units: number[][] = [];
    // A table cell is a statement of its own: a window never reaches into or out of one.
    const inTable = (i: number) => doc.blocks[sentences[i].block].kind === "table-cell";
    for (let i = 0; i < sentences.length; i++) {
      const section = doc.blocks[sentences[i].block].section;
      const unit = [i];
      for (let j = i + 1; j < sentences.length && unit.length < s.window; j++) {
        if (doc.blocks[sentences[j].block].section !== section) break;
        if ((inTable(i) || inTable(j)) && sentences[j].block !== sentences[i].block) break;
        unit.push(j);
      }
      units.push(unit);
    }
    return units;
  }
  const byKey = new Map<number, number[]>();
  sentences.forEach((sentence, i) => {
    const key = s === "paragraph" ? sentence.block : doc.blocks[sentence.block].section;
    const unit = byKey.get(key);
    if (unit) unit.push(i);
    else byKey.set(key, [i]);
  });
  return [...byKey.values()];
}
