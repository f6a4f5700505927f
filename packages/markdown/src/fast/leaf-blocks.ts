/**
 * Pieces of leaf blocks that need no scanner state: code block values and
 * info strings, table rows, HTML block starts.
 */
import type { Code, TableCell, TableRow } from "mdast";
import { couldBeHtml, type FenceOpen } from "./block-starts.js";
import { decodeString } from "./character-reference.js";
import { giveUp } from "./give-up.js";
import { type InlineOptions, parseInline } from "./inline-parser.js";
import { readAutolink } from "./link-resource.js";
import type { SourceLines } from "./positions.js";
import { rowCells } from "./table-rows.js";

/** A content line of fenced code: its line and where its text starts (indentation up to the fence's removed). */
export interface CodeLine {
  line: number;
  from: number;
}

/** The lang and meta of a fence's info string (escapes and references in it are left to micromark). */
export function fenceInfo(text: string, fence: FenceOpen, end: number): Pick<Code, "lang" | "meta"> {
  if (fence.langStart < 0) return { lang: null, meta: null };
  for (let k = fence.langStart; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 92 /* \ */ || c === 38 /* & */) giveUp("fence-info");
  }
  return {
    lang: decodeString(text, fence.langStart, fence.langEnd),
    meta: fence.metaStart >= 0 ? decodeString(text, fence.metaStart, fence.metaEnd) : null,
  };
}

/** Fenced code: the content lines joined by their own line endings. */
export function fencedCodeValue(text: string, lines: SourceLines, content: readonly CodeLine[]): string {
  let value = "";
  content.forEach(({ line, from }, k) => {
    if (k > 0) value += text.slice(lines.ends[line - 1], lines.starts[line]);
    value += text.slice(from, lines.ends[line]);
  });
  return value;
}

/**
 * Indented code: each line without its first four columns, joined by the
 * line endings between them; a final line ending (left by a last line of
 * bare indentation) is dropped, as mdast-util-from-markdown drops it.
 */
export function indentedCodeValue(text: string, lines: SourceLines, codeLines: readonly number[]): string {
  let value = "";
  codeLines.forEach((l, k) => {
    if (k > 0) value += text.slice(lines.ends[l - 1], lines.starts[l]);
    value += text.slice(Math.min(lines.starts[l] + 4, lines.ends[l]), lines.ends[l]);
  });
  return value.replace(/(\r?\n|\r)$/, "");
}

/** A table row: it runs to the end of its line (trailing spaces included); each cell's content is inline text. */
export function tableRowNode(text: string, lines: SourceLines, first: number, end: number, inline: InlineOptions): TableRow {
  const row: TableRow = { type: "tableRow", children: [] };
  row.position = lines.position(first, end);
  for (const cell of rowCells(text, first, end)) {
    const node: TableCell = { type: "tableCell", children: [] };
    if (cell.contentEnd > cell.contentStart) {
      const c = cell.contentStart;
      node.children = parseInline(text, lines, [{ from: c, codeFrom: c, to: cell.contentEnd, next: cell.contentEnd }], inline);
    }
    node.position = lines.position(cell.start, cell.end);
    row.children.push(node);
  }
  return row;
}

/** A line starting with `<` that may open an HTML block (an autolink cannot: its scheme or address breaks any tag name). */
export function couldBeHtmlBlock(text: string, first: number, end: number): boolean {
  return couldBeHtml(text, first, end) && readAutolink(text, first, end) === null;
}

/** First `needle` inside text[from, to), or -1 (bounded: never scans past the line). */
export function indexWithin(text: string, needle: string, from: number, to: number): number {
  for (let i = from; i + needle.length <= to; i++) if (text.startsWith(needle, i)) return i;
  return -1;
}
