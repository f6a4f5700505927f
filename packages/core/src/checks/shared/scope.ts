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
    for (let i = 0; i < sentences.length; i++) {
      const section = doc.blocks[sentences[i].block].section;
      const unit = [i];
      for (let j = i + 1; j < sentences.length && unit.length < s.window; j++) {
        if (doc.blocks[sentences[j].block].section !== section) break;
        if ((inTable(doc, sentences, i) || inTable(doc, sentences, j)) && sentences[j].block !== sentences[i].block) break;
        unit.push(j);
      }
      units.push(unit);
    }
    return units;
  }
  return partitionUnits(sentences, doc, s);
}

/**
 * `coOccurrenceUnits`, in the same order, but only the units that hold one of
 * `positions` (ascending): a window of `n` sentences is built only when a
 * position lies among the `n` sentences from its start, and single sentences
 * only for the positions themselves.
 */
export function forEachUnitWithMention(
  sentences: readonly Sentence[],
  doc: PolicyDocument,
  s: Scope,
  positions: readonly number[],
  /** Called with each unit: its first `size` entries (the list is only valid during the call and may be longer). */
  visit: (unit: readonly number[], size: number) => void,
): void {
  if (positions.length === 0) return;
  // One scratch list for the sentence and window units: `visit` reads a unit before the next is built. It is
  // written by index and never emptied (`length = 0` would drop its storage, and every unit allocate it again).
  const unit: number[] = [];
  if (s === "sentence") {
    for (const p of positions) {
      unit[0] = p;
      visit(unit, 1);
    }
    return;
  }
  if (typeof s === "object") {
    let next = 0;
    for (let i = 0; i < sentences.length; i++) {
      while (next < positions.length && positions[next] < i) next++;
      if (next === positions.length) return;
      // A window starting at i holds positions i … i + n - 1 at most.
      if (positions[next] > i + s.window - 1) {
        i = positions[next] - s.window;
        continue;
      }
      const section = doc.blocks[sentences[i].block].section;
      let size = 0;
      unit[size++] = i;
      for (let j = i + 1; j < sentences.length && size < s.window; j++) {
        if (doc.blocks[sentences[j].block].section !== section) break;
        if ((inTable(doc, sentences, i) || inTable(doc, sentences, j)) && sentences[j].block !== sentences[i].block) break;
        unit[size++] = j;
      }
      visit(unit, size);
    }
    return;
  }
  for (const unit of coOccurrenceUnits(sentences, doc, s)) visit(unit, unit.length);
}

/** A table cell is a statement of its own: a window never reaches into or out of one. */
function inTable(doc: PolicyDocument, sentences: readonly Sentence[], i: number): boolean {
  return doc.blocks[sentences[i].block].kind === "table-cell";
}

/** The sentences of each section or paragraph as one unit. */
function partitionUnits(sentences: readonly Sentence[], doc: PolicyDocument, s: "paragraph" | "section"): number[][] {
  const byKey = new Map<number, number[]>();
  sentences.forEach((sentence, i) => {
    const key = s === "paragraph" ? sentence.block : doc.blocks[sentence.block].section;
    const unit = byKey.get(key);
    if (unit) unit.push(i);
    else byKey.set(key, [i]);
  });
  return [...byKey.values()];
}

/**
 * One unit per table body row: the sentences of the row's cells with those of
 * its table's header row (the flagged header rows, else the first row), so
 * that "Socialnämnden" under a column "Ansvarig", or the cells "Andel …",
 * "Varje år" and "Nämnden" of one follow-up row, count together.
 */
export function tableRowUnits(sentences: readonly Sentence[], doc: PolicyDocument): readonly (readonly number[])[] {
  // Several rules ask for the units of the same (shared) sentence list.
  const known = rowUnits.get(sentences);
  if (known !== undefined && known.doc === doc) return known.units;
  const units = computeTableRowUnits(sentences, doc);
  rowUnits.set(sentences, { doc, units });
  return units;
}

const rowUnits = new WeakMap<readonly Sentence[], { doc: PolicyDocument; units: number[][] }>();

function computeTableRowUnits(sentences: readonly Sentence[], doc: PolicyDocument): number[][] {
  const tables = new Map<number, Map<number, number[]>>();
  const flaggedHeader = new Set<number>();
  sentences.forEach((sentence, i) => {
    const place = doc.blocks[sentence.block].table;
    if (!place || doc.blocks[sentence.block].kind !== "table-cell") return;
    let rows = tables.get(place.table);
    if (!rows) tables.set(place.table, (rows = new Map()));
    const row = rows.get(place.row);
    if (row) row.push(i);
    else rows.set(place.row, [i]);
    if (place.header) flaggedHeader.add(place.table);
  });
  const units: number[][] = [];
  for (const [table, rows] of tables) {
    const isHeader = (row: number) => (flaggedHeader.has(table) ? rowIsHeader(sentences, doc, rows.get(row) ?? []) : row === Math.min(...rows.keys()));
    const header = [...rows.keys()].filter(isHeader).flatMap((r) => rows.get(r) ?? []);
    for (const [row, positions] of rows) {
      if (isHeader(row)) continue;
      units.push([...header, ...positions].sort((a, b) => a - b));
    }
  }
  return units;
}

function rowIsHeader(sentences: readonly Sentence[], doc: PolicyDocument, positions: readonly number[]): boolean {
  return positions.some((p) => doc.blocks[sentences[p].block].table?.header === true);
}
