/**
 * "Fix all": the first safe fix of every diagnostic, as one set of edits.
 * Fixes whose ranges overlap an earlier one are dropped (the next lint offers
 * them again), so the edits can be applied together.
 */
import type { Diagnostic, TextEdit } from "vscode-languageserver";
import { mrlintData } from "./convert.js";

function compare(a: TextEdit, b: TextEdit): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

function before(a: TextEdit["range"]["end"], b: TextEdit["range"]["start"]): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

export function safeFixEdits(diagnostics: readonly Diagnostic[]): TextEdit[] {
  const candidates: TextEdit[][] = [];
  for (const diagnostic of diagnostics) {
    const fix = mrlintData(diagnostic)?.fixes.find((f) => f.safe && f.edits.length > 0);
    if (fix) candidates.push([...fix.edits].sort(compare));
  }
  candidates.sort((a, b) => compare(a[0], b[0]));
  const chosen: TextEdit[] = [];
  for (const edits of candidates) {
    const last = chosen[chosen.length - 1];
    if (last && !before(last.range.end, edits[0].range.start)) continue;
    // A multi-edit fix must not overlap itself either; sorted input keeps that check simple.
    if (edits.some((e, i) => i > 0 && !before(edits[i - 1].range.end, e.range.start))) continue;
    chosen.push(...edits);
  }
  return chosen;
}
