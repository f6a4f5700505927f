/**
 * The invariants every lint result must keep, whatever the input: ranges
 * inside the source with line/column matching the offset, span diagnostics
 * whose range holds exactly the flagged text, and results that serialise.
 */
import { expect } from "vitest";
import { builtinRules, lineStarts, positionAt, type LintResult, type PolicyDocument, type Range } from "../../packages/core/dist/index.js";

/** Ids of the built-in span rules (a span diagnostic's range is the flagged text itself). */
export const SPAN_RULES = new Set(builtinRules().filter((r) => r.meta.type === "span").map((r) => r.meta.id));

function expectRangeInside(range: Range, source: string, starts: readonly number[], what: string): void {
  const { start, end } = range;
  expect(start.offset, what).toBeGreaterThanOrEqual(0);
  expect(start.offset, what).toBeLessThanOrEqual(end.offset);
  expect(end.offset, what).toBeLessThanOrEqual(source.length);
  expect({ line: start.line, column: start.column }, what).toEqual(pick(positionAt(starts, start.offset)));
  expect({ line: end.line, column: end.column }, what).toEqual(pick(positionAt(starts, end.offset)));
}

const pick = (p: { line: number; column: number }) => ({ line: p.line, column: p.column });

/** Letters and digits only: what stays of a span once markup, line breaks and hyphenation are gone. */
export const lettersOnly = (s: string) => s.normalize("NFC").replace(/[^\p{L}\p{N}]+/gu, "").toLowerCase();

/**
 * The text of the block that holds `range`, read through the block's map:
 * what the parser says stands at those source offsets (markup stripped).
 */
function blockTextAt(doc: PolicyDocument, range: Range): string | undefined {
  for (const block of doc.blocks) {
    const map = block.map;
    if (map.length === 0 || range.start.offset < map[0] || range.end.offset > map[map.length - 1]) continue;
    const i = map.indexOf(range.start.offset);
    if (i < 0) continue;
    const length = block.text.length;
    // As the engine maps a span [i, j): its end is just after the source character of text[j - 1].
    const endOf = (j: number) => (j === i ? map[i] : j === length ? map[length] : map[j - 1] + 1);
    for (let j = i; j <= length; j++) if (endOf(j) === range.end.offset) return block.text.slice(i, j);
  }
  return undefined;
}

export interface InvariantOptions {
  /** The source is the text itself (docx virtual source, plain text without markup): slices must equal the flagged text. */
  exactSlices?: boolean;
}

export function expectResultInvariants(doc: PolicyDocument, result: LintResult, options: InvariantOptions = {}): void {
  const source = doc.source;
  const starts = lineStarts(source);
  for (const d of result.diagnostics) {
    const what = `${d.ruleId} "${d.text}" at ${d.range.start.offset}`;
    expectRangeInside(d.range, source, starts, what);
    for (const e of d.evidence ?? []) expectRangeInside(e.range, source, starts, `${what} evidence`);
    for (const fix of d.fixes) for (const edit of fix.edits) expectRangeInside(edit.range, source, starts, `${what} fix`);
    if (!SPAN_RULES.has(d.ruleId)) continue;
    const slice = source.slice(d.range.start.offset, d.range.end.offset);
    if (options.exactSlices) {
      expect(slice, what).toBe(d.text);
      continue;
    }
    // Through the block map the range holds exactly the flagged text ...
    expect(blockTextAt(doc, d.range), what).toBe(d.text);
    // ... and the raw source, stripped of markup, says the same (entities and link targets aside).
    if (!/[&\]<]/.test(slice)) expect(lettersOnly(slice), what).toBe(lettersOnly(d.text));
  }
  for (const rule of Object.values(result.coverage.rules)) {
    for (const e of rule.evidence) expectRangeInside(e.range, source, starts, `${rule.ruleId} coverage evidence`);
  }
}

/** Lint results as JSON, for determinism checks (maps and typed arrays excluded by construction). */
export const asJson = (result: LintResult) => JSON.stringify(result);
