/**
 * Re-parsing an edited Markdown text without running the CommonMark parser
 * over all of it. The language server parses the whole document after each
 * keystroke, and the parser is the largest cost of a lint; most edits change
 * one paragraph.
 *
 * The tree of the previous version is reused when the edit lies inside a run
 * of top-level paragraphs and headings that has a blank line before and after
 * it: CommonMark then starts the run afresh and closes it at the blank line,
 * so parsing the run's new text alone gives the same nodes as parsing the
 * whole document. Only that run is parsed; the nodes before it are kept and
 * the nodes after it are copied with shifted positions. Anything that could
 * reach across the blank lines falls back to a full parse: link reference or
 * footnote definitions anywhere (they change how brackets read everywhere), a
 * changed set of syntax extensions, indentation capping, front matter, a
 * neighbour that is not a paragraph, heading or thematic break, or a run that
 * parses to anything but paragraphs and headings.
 */
import type { Root, RootContent } from "mdast";
import { featureMask, needsIndentCap, parseWithMask } from "./markdown-processor.js";

export interface ParsedTree {
  /** The text parsed (BOM removed). */
  source: string;
  tree: Root;
  /** The syntax extensions it was parsed with. */
  mask: number;
}

type Point = { line: number; column: number; offset?: number };

/** Parses `source` in full, remembering what a later `reparse` needs. */
export function parseFull(source: string): ParsedTree {
  const mask = featureMask(source);
  return { source, tree: parseWithMask(source, mask), mask };
}

/** The tree of `source`, reusing `previous` where that gives exactly the full parse's tree. */
export function reparse(source: string, previous: ParsedTree): ParsedTree {
  return reuse(source, previous) ?? parseFull(source);
}

const RUN_TYPES = new Set(["paragraph", "heading"]);
const NEIGHBOUR_TYPES = new Set(["paragraph", "heading", "thematicBreak"]);

function reuse(source: string, previous: ParsedTree): ParsedTree | null {
  const old = previous.source;
  if (old === source) return previous;
  const mask = featureMask(source);
  if (mask !== previous.mask) return null;
  // Definitions (and footnote definitions) make brackets anywhere read differently.
  if (source.includes("]:") || old.includes("]:")) return null;
  if (needsIndentCap(source) || needsIndentCap(old)) return null;

  // The edit: old[p, oldEnd) became source[p, p + (oldEnd - p) + delta).
  const limit = Math.min(old.length, source.length);
  let p = 0;
  while (p < limit && old.charCodeAt(p) === source.charCodeAt(p)) p++;
  let s = 0;
  while (s < limit - p && old.charCodeAt(old.length - 1 - s) === source.charCodeAt(source.length - 1 - s)) s++;
  const oldEnd = old.length - s;
  const delta = source.length - old.length;

  const children = previous.tree.children;
  let i = 0;
  while (i < children.length && endOf(children[i]) < p) i++;
  let j = children.length - 1;
  while (j >= 0 && startOf(children[j]) > oldEnd) j--;
  if (i >= children.length || j < i) return null;
  for (let k = i; k <= j; k++) if (!RUN_TYPES.has(children[k].type)) return null;

  const runStart = lineStart(old, startOf(children[i]));
  const runEnd = endOf(children[j]);
  if (runStart > p || runEnd < oldEnd) return null;
  if (i > 0 && !(NEIGHBOUR_TYPES.has(children[i - 1].type) && lineBreaks(old, endOf(children[i - 1]), runStart) >= 2)) return null;
  if (j + 1 < children.length && !(NEIGHBOUR_TYPES.has(children[j + 1].type) && lineBreaks(old, runEnd, startOf(children[j + 1])) >= 2)) return null;
  if (j + 1 === children.length && !isBlank(old, runEnd, old.length)) return null;
  if (runStart < 0 || Number.isNaN(runEnd)) return null;

  const newRunEnd = runEnd + delta;
  const runText = source.slice(runStart, newRunEnd);
  // Front matter is read only at the start of a document; a run alone would start one.
  if (runText.startsWith("---") || runText.startsWith("\ufeff")) return null;
  const run = parseWithMask(runText, mask);
  if (!run.children.every((node) => RUN_TYPES.has(node.type))) return null;

  const firstLine = children[i].position!.start.line;
  const lineShift = lineBreaks(source, runStart, newRunEnd) - lineBreaks(old, runStart, runEnd);
  const placed = run.children.map((node) => shifted(node, runStart, firstLine - 1));
  const after = children.slice(j + 1).map((node) => shifted(node, delta, lineShift));
  const tree: Root = {
    ...previous.tree,
    children: [...children.slice(0, i), ...placed, ...after],
    position: previous.tree.position && { start: previous.tree.position.start, end: endPoint(source) },
  };
  return { source, tree, mask };
}

function startOf(node: RootContent): number {
  return node.position?.start.offset ?? Number.NaN;
}

function endOf(node: RootContent): number {
  return node.position?.end.offset ?? Number.NaN;
}

function lineStart(text: string, offset: number): number {
  let k = offset;
  while (k > 0 && text[k - 1] !== "\n" && text[k - 1] !== "\r") k--;
  return k;
}

/** Line endings (CRLF, CR or LF) in text[from, to). */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (text.charCodeAt(k + 1) === 10) k++;
    }
  }
  return n;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

/** The point just after the last character, as the parser gives the root's end. */
function endPoint(text: string): Point {
  const lastBreak = Math.max(text.lastIndexOf("\n"), text.lastIndexOf("\r"));
  return { line: lineBreaks(text, 0, text.length) + 1, column: text.length - lastBreak, offset: text.length };
}

/** A copy of the node and everything in it, positions moved by `offset` characters and `lines` lines (columns stay). */
function shifted<T>(value: T, offset: number, lines: number): T {
  if (Array.isArray(value)) return value.map((v) => shifted(v, offset, lines)) as T;
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = key === "position" && v ? shiftedPosition(v as { start: Point; end: Point }, offset, lines) : shifted(v, offset, lines);
  }
  return out as T;
}

function shiftedPosition(position: { start: Point; end: Point }, offset: number, lines: number): { start: Point; end: Point } {
  const move = (p: Point): Point => ({ ...p, line: p.line + lines, ...(p.offset !== undefined ? { offset: p.offset + offset } : {}) });
  return { ...position, start: move(position.start), end: move(position.end) };
}
