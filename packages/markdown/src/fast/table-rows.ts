/**
 * GFM pipe table rows as micromark-extension-gfm-table reads them: how many
 * cells a head row has, whether a line is a delimiter row (and its
 * alignment), and where each cell of a row begins and ends.
 */
import { SPACE } from "./block-starts.js";

const PIPE = 124;
const BACKSLASH = 92;
const COLON = 58;
const DASH = 45;

export type Align = "left" | "right" | "center" | null;

/** Offset after a run of cell data starting at `i` (stops at a pipe, a space or `to`; `\|` and `\\` stay inside). */
function dataEnd(text: string, i: number, to: number): number {
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === PIPE || c === SPACE) break;
    if (c === BACKSLASH && i + 1 < to && (text.charCodeAt(i + 1) === BACKSLASH || text.charCodeAt(i + 1) === PIPE)) i += 2;
    else i++;
  }
  return i;
}

/**
 * Cells of a would-be head row, counted as the table extension does (a
 * leading pipe opens no cell, a trailing one closes the last); 0 when the
 * line cannot be a head row.
 */
export function headRowCells(text: string, from: number, to: number): number {
  let size = 0;
  let tokens = 0;
  let seen = false;
  let i = from;
  if (i < to && text.charCodeAt(i) !== PIPE) {
    seen = true;
    tokens = 1;
  }
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === SPACE) {
      i++;
      continue;
    }
    tokens++;
    if (seen) {
      seen = false;
      size++;
    }
    if (c === PIPE) {
      seen = true;
      i++;
      continue;
    }
    i = dataEnd(text, i, to);
  }
  return tokens > 1 ? size : 0;
}

/** Alignment of each column when text[from, to) (indentation already skipped) is a delimiter row, else null. */
export function delimiterRow(text: string, from: number, to: number): Align[] | null {
  const align: Align[] = [];
  let seen = false;
  let i = from;
  for (;;) {
    if (i < to && text.charCodeAt(i) === PIPE) {
      seen = true;
      i++;
      while (i < to && text.charCodeAt(i) === SPACE) i++;
    }
    if (i >= to) break;
    let left = false;
    if (text.charCodeAt(i) === COLON) {
      left = true;
      seen = true;
      i++;
      if (i >= to || text.charCodeAt(i) !== DASH) return null;
    } else if (text.charCodeAt(i) !== DASH) {
      return null;
    }
    while (i < to && text.charCodeAt(i) === DASH) i++;
    let right = false;
    if (i < to && text.charCodeAt(i) === COLON) {
      right = true;
      seen = true;
      i++;
    }
    align.push(left && right ? "center" : left ? "left" : right ? "right" : null);
    while (i < to && text.charCodeAt(i) === SPACE) i++;
    if (i >= to) break;
    if (text.charCodeAt(i) !== PIPE) return null;
  }
  return seen && align.length > 0 ? align : null;
}

export interface CellSpan {
  /** The cell's range in the row: from its leading pipe (or the row start) to the next cell. */
  start: number;
  end: number;
  /** Its content without surrounding spaces; empty when contentStart === contentEnd. */
  contentStart: number;
  contentEnd: number;
}

/** The cells of a row text[from, to) (from = first non-space, to = end of line content). */
export function rowCells(text: string, from: number, to: number): CellSpan[] {
  const starts: number[] = [];
  if (from < to && text.charCodeAt(from) !== PIPE) starts.push(from);
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === PIPE) {
      starts.push(i);
      i++;
    } else if (c === SPACE) {
      i++;
    } else {
      i = dataEnd(text, i, to);
    }
  }
  // A pipe with only spaces after it closes the row; it opens no cell.
  const last = starts[starts.length - 1];
  if (starts.length > 1 && text.charCodeAt(last) === PIPE && last + 1 <= to) {
    let k = last + 1;
    while (k < to && text.charCodeAt(k) === SPACE) k++;
    if (k === to) starts.pop();
  }
  const cells: CellSpan[] = [];
  for (let c = 0; c < starts.length; c++) {
    const start = starts[c];
    const end = c + 1 < starts.length ? starts[c + 1] : to;
    let contentStart = text.charCodeAt(start) === PIPE ? start + 1 : start;
    while (contentStart < end && text.charCodeAt(contentStart) === SPACE) contentStart++;
    let contentEnd = end;
    if (c + 1 === starts.length && contentEnd > contentStart) {
      // The last cell ends at the row end, which may hold the closing pipe.
      while (contentEnd > contentStart && text.charCodeAt(contentEnd - 1) === SPACE) contentEnd--;
      const closingPipe = contentEnd > contentStart && text.charCodeAt(contentEnd - 1) === PIPE;
      if (closingPipe && !escapedAt(text, contentStart, contentEnd - 1)) contentEnd--;
    }
    while (contentEnd > contentStart && text.charCodeAt(contentEnd - 1) === SPACE) contentEnd--;
    cells.push({ start, end, contentStart, contentEnd });
  }
  return cells;
}

/** Is the pipe at `at` escaped (preceded by an odd run of backslashes that reaches back from it)? */
function escapedAt(text: string, from: number, at: number): boolean {
  let k = at;
  while (k > from && text.charCodeAt(k - 1) === BACKSLASH) k--;
  return (at - k) % 2 === 1;
}
