/**
 * Re-parsing an edited Markdown text without running the CommonMark parser
 * over all of it. The language server parses the whole document after each
 * keystroke; most edits change one paragraph, list or table.
 *
 * The tree of the previous version is reused when the edit lies inside a run
 * of top-level blocks with a blank line before and after it (or inside the
 * front matter). Only that run's new text is parsed; the nodes before it are
 * kept and the nodes after it get shifted positions. This gives the full
 * parse's tree because CommonMark's block structure is read line by line
 * from the top, and after a blank line at the top level nothing is left open
 * except a list item (which indented lines can continue and a list item of
 * the same kind can join): so the run is parsed alone exactly as in the
 * document as long as
 * - the block before it is one of the run's kinds or front matter (after
 *   code, micromark reads "2. x" as a paragraph), and no list before it can
 *   take the run's first line (that line starts at column 0 and does not
 *   start a list), and
 * - the run's last block cannot take the blocks after it: paragraphs,
 *   headings, thematic breaks, tables and block quotes end at a blank line;
 *   a list only if the next block starts at column 0 and is no list, and
 *   only if no code or HTML inside it could run on; code and HTML at the
 *   top level of the run (fences and HTML comments need not be closed) and
 *   front matter (only read at the start) fall back.
 * Anything that could reach across the blank lines falls back to a full
 * parse: link reference or footnote definitions anywhere (they change how
 * brackets read everywhere), a changed set of syntax extensions, indentation
 * capping, and a "---" at the start that opens no front matter (micromark
 * then reads no lists or quotes anywhere). The random-edit test in
 * incremental-parse.test.ts holds all this to the full parse.
 */
import type { Nodes, Root, RootContent } from "mdast";
import { featureMask, needsIndentCap, parseWithMask } from "./markdown-processor.js";

export interface ParsedTree {
  /** The text parsed (BOM removed). */
  source: string;
  tree: Root;
  /** The syntax extensions it was parsed with. */
  mask: number;
}

type Point = { line: number; column: number; offset?: number };
type Position = { start: Point; end: Point };

/**
 * Trees whose nodes after an edit were moved (their positions rewritten in
 * place) into the tree of a later version: they no longer match their own
 * source, so a later re-parse from them parses in full.
 */
const spent = new WeakSet<ParsedTree>();

/** Parses `source` in full, remembering what a later `reparse` needs. */
export function parseFull(source: string): ParsedTree {
  const mask = featureMask(source);
  return { source, tree: parseWithMask(source, mask), mask };
}

/**
 * The tree of `source`, reusing `previous` where that gives exactly the full
 * parse's tree. A re-used `previous` must not be used again (its nodes now
 * belong to the result); if it is, this parses in full.
 */
export function reparse(source: string, previous: ParsedTree): ParsedTree {
  if (previous.source === source) return previous;
  if (spent.has(previous)) return parseFull(source);
  return reuse(source, previous) ?? parseFull(source);
}

/** Top-level blocks that a run may hold, before and after the edit. */
const RUN_TYPES = new Set(["paragraph", "heading", "thematicBreak", "list", "table", "blockquote"]);

function reuse(source: string, previous: ParsedTree): ParsedTree | null {
  const old = previous.source;
  const mask = featureMask(source);
  if (mask !== previous.mask) return null;
  // Definitions (and footnote definitions) make brackets anywhere read differently.
  if (source.includes("]:") || old.includes("]:")) return null;
  if (needsIndentCap(source) || needsIndentCap(old)) return null;
  // A "---" opening no front matter (never closed) changes how the parser reads lists and quotes everywhere.
  if (old.startsWith("---") && previous.tree.children[0]?.type !== "yaml") return null;

  // The edit: old[p, oldEnd) became source[p, oldEnd + delta).
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

  const run =
    children[i].type === "yaml"
      ? frontMatterRun(source, old, children, j, oldEnd, delta, mask)
      : blockRun(source, old, children, i, j, p, oldEnd, delta, mask);
  if (!run) return null;

  // Everything checked: from here on the previous tree's nodes after the run are moved into the new tree.
  spent.add(previous);
  const firstLine = children[i].position!.start.line;
  const lineShift = lineBreaks(source, run.start, run.end + delta) - lineBreaks(old, run.start, run.end);
  const placed = run.nodes as RootContent[];
  movePositions(placed, run.start, firstLine - 1);
  const after = children.slice(j + 1);
  if (delta !== 0 || lineShift !== 0) movePositions(after, delta, lineShift);
  const tree: Root = {
    ...previous.tree,
    children: [...children.slice(0, i), ...placed, ...after],
    position: previous.tree.position && { start: previous.tree.position.start, end: endPoint(source) },
  };
  return { source, tree, mask };
}

/** The run's old extent [start, end) and its nodes parsed alone (positions relative to `start`). */
interface Run {
  start: number;
  end: number;
  nodes: RootContent[];
}

/**
 * Children i..j, when the edit lies in them and they are set apart by blank
 * lines so that parsing their new text alone gives the document's nodes.
 */
function blockRun(source: string, old: string, children: RootContent[], i: number, j: number, p: number, oldEnd: number, delta: number, mask: number): Run | null {
  for (let k = i; k <= j; k++) if (!RUN_TYPES.has(children[k].type)) return null;
  const runStart = lineStart(old, startOf(children[i]));
  const runEnd = endOf(children[j]);
  if (Number.isNaN(runStart) || Number.isNaN(runEnd) || runStart > p || runEnd < oldEnd) return null;
  const before = i > 0 ? children[i - 1] : null;
  const next = j + 1 < children.length ? children[j + 1] : null;
  // After code the parser reads an ordered list starting at 2 as a paragraph (micromark does, and the fast
  // parser with it): only blocks known to leave nothing behind may come before.
  if (before && !(RUN_TYPES.has(before.type) || before.type === "yaml")) return null;
  if (before && !blankLinesBetween(old, endOf(before), runStart)) return null;
  if (next && !blankLinesBetween(old, runEnd, startOf(next))) return null;
  if (!next && !isBlank(old, runEnd, old.length)) return null;

  const runText = source.slice(runStart, runEnd + delta);
  // Front matter is read only at the start of a document; a run alone would start one.
  if (runText.startsWith("---") || runText.startsWith("\ufeff")) return null;
  const nodes = parseWithMask(runText, mask).children;
  if (nodes.length === 0 || !nodes.every((node) => RUN_TYPES.has(node.type))) return null;
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  // A list before the run ends only at a line at column 0 that starts no list item of its own.
  if (before?.type === "list" && (first.type === "list" || !startsAtColumn0(runText, firstContentLine(runText)))) return null;
  // A list at the end of the run ends only at a line at column 0 that is no list item: code or HTML in it might run on.
  if (last.type === "list" && (containsRaw(last) || (next && (next.type === "list" || !startsAtColumn0(old, lineStart(old, startOf(next))))))) return null;
  if (last.type === "blockquote" && containsRaw(last)) return null;
  return { start: runStart, end: runEnd, nodes };
}

/** The front matter (the first child), when the edit lies in it and its new text still reads as the same one block. */
function frontMatterRun(source: string, old: string, children: RootContent[], j: number, oldEnd: number, delta: number, mask: number): Run | null {
  if (j !== 0 || startOf(children[0]) !== 0) return null;
  const end = endOf(children[0]);
  if (Number.isNaN(end) || oldEnd > end) return null;
  const nodes = parseWithMask(source.slice(0, end + delta), mask).children;
  if (nodes.length !== 1 || nodes[0].type !== "yaml" || endOf(nodes[0]) !== end + delta) return null;
  // The front matter ends on its own line: the text after it is unchanged, so it reads as before.
  if (old.charCodeAt(end) !== 10 && old.charCodeAt(end) !== 13 && end !== old.length) return null;
  return { start: 0, end, nodes };
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

/** Nothing but white space in text[from, to), with at least one blank line. */
function blankLinesBetween(text: string, from: number, to: number): boolean {
  return isBlank(text, from, to) && lineBreaks(text, from, to) >= 2;
}

/** Offset of the first line of `text` with anything but white space (text.length if none). */
function firstContentLine(text: string): number {
  let start = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) start = k + 1;
    else if (c !== 32 && c !== 9) return start;
  }
  return text.length;
}

function startsAtColumn0(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return at < text.length && c !== 32 && c !== 9 && c !== 10 && c !== 13;
}

/** Code or HTML anywhere inside: a fence or an HTML block left open inside a list item could take lines after the run. */
function containsRaw(node: Nodes): boolean {
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === "code" || n.type === "html") return true;
    if ("children" in n) for (const child of n.children) stack.push(child as Nodes);
  }
  return false;
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

/**
 * Moves the nodes and everything in them by `offset` characters and `lines`
 * lines (columns stay: runs start at a line start). Each node gets a new
 * position object; the points are not changed in place, since a parser may
 * share one point between nodes. Only positions are touched, so nodes keep
 * their shape (a deep copy would cost more than the parse it saves).
 */
function movePositions(nodes: readonly RootContent[], offset: number, lines: number): void {
  const stack: Nodes[] = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const position = node.position as Position | undefined;
    if (position) node.position = { start: moved(position.start, offset, lines), end: moved(position.end, offset, lines) };
    if ("children" in node) for (const child of node.children) stack.push(child as Nodes);
  }
}

function moved(p: Point, offset: number, lines: number): Point {
  return p.offset === undefined ? { line: p.line + lines, column: p.column } : { line: p.line + lines, column: p.column, offset: p.offset + offset };
}
