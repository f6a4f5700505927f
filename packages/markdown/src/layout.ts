/**
 * Turns paragraphs of lines (from a .txt file, or the plain paragraphs of a
 * Markdown file that came out of a PDF) into blocks: page furniture and
 * tables of contents are set apart, a paragraph cut by a page break is put
 * back together, and (in plain text) headings and list items are recognised
 * from the shape of the lines.
 */
import type { BlockKind, BlockRole } from "@mrlint/core";
import { findFurniture } from "./furniture.js";
import { type Seg, sliceSeg } from "./segment.js";
import { isAllCapsLine, isCapitalisedHeading, isSubtitleLine, numberedHeading } from "./text-headings.js";
import { listMarkerLength, numberingDepth } from "./text-lists.js";
import { findToc } from "./toc.js";

export type LayoutItem =
  /** One paragraph: lines not separated by a blank line. */
  | { type: "chunk"; segs: Seg[] }
  /** Content that is not prose (a Markdown heading, list, table …): no paragraph or TOC continues across it. */
  | { type: "barrier" }
  /** A form feed. */
  | { type: "page-break" };

export interface LayoutOptions {
  /** Recognise headings from numbered, ALL-CAPS or short capitalised lines. */
  headings: boolean;
  /** Recognise "- ", "• ", "1) " list items. */
  lists: boolean;
  /** Split a paragraph at line breaks that were clearly intended (header-block lines, unwrapped text). */
  splitLines: boolean;
  /** An indented paragraph that opens with a quotation mark is a quote. */
  quotes: boolean;
}

export interface LayoutBlock {
  kind: BlockKind;
  depth: number;
  role: BlockRole;
  quoted: boolean;
  segs: Seg[];
}

interface Piece {
  segs: Seg[];
  chunk: number;
  /** Furniture or a form feed lay between this piece and the one before. */
  pageBoundaryBefore: boolean;
  /** A barrier or a table of contents lay between this piece and the one before. */
  barrierBefore: boolean;
}

const STARTS_LOWER = /^\p{Ll}/u;
const ENDS_SENTENCE = /[.!?:;)"”'’»]$/u;
const QUOTE_OPEN = /^["“”„«»'‘’]/u;
const KEY_VALUE = /^\p{Lu}[\p{L} ]{1,40}: \S/u;

export function layoutChunks(items: readonly LayoutItem[], options: LayoutOptions): LayoutBlock[] {
  const segs: Seg[] = [];
  const chunkOf: number[] = [];
  const pageBreakBefore: boolean[] = [];
  const barrierBefore: boolean[] = [];
  let pendingBreak = false;
  let pendingBarrier = false;
  let chunk = 0;
  for (const item of items) {
    if (item.type === "page-break") pendingBreak = true;
    else if (item.type === "barrier") pendingBarrier = true;
    else {
      chunk++;
      for (const seg of item.segs) {
        segs.push(seg);
        chunkOf.push(chunk);
        pageBreakBefore.push(pendingBreak);
        barrierBefore.push(pendingBarrier);
        pendingBreak = false;
        pendingBarrier = false;
      }
    }
  }

  const furniture = findFurniture(segs, pageBreakBefore);
  const bodyIndex: number[] = [];
  for (let i = 0; i < segs.length; i++) if (!furniture[i]) bodyIndex.push(i);
  const bodyBarrier = bodyIndex.map((i, k) => {
    // A barrier anywhere between two body lines (even before cut-out furniture) separates them.
    for (let j = k > 0 ? bodyIndex[k - 1] + 1 : 0; j <= i; j++) if (barrierBefore[j]) return true;
    return false;
  });
  const toc = findToc(
    bodyIndex.map((i) => segs[i]),
    bodyIndex.map((i) => chunkOf[i]),
    bodyBarrier,
  );

  const out: LayoutBlock[] = [];
  const pieces: Piece[] = [];
  let current: Piece | null = null;
  let boundary = false;
  let barrier = false;
  let k = 0;
  for (let i = 0; i < segs.length; i++) {
    if (pageBreakBefore[i]) boundary = true;
    if (barrierBefore[i]) barrier = true;
    if (current && chunkOf[i] !== current.chunk) current = null;
    if (furniture[i]) {
      out.push({ kind: "paragraph", depth: 0, role: "furniture", quoted: false, segs: [segs[i]] });
      boundary = true;
      continue;
    }
    const mark = toc[k++];
    if (mark) {
      out.push(
        mark === "title"
          ? { kind: "heading", depth: 1, role: "toc", quoted: false, segs: [segs[i]] }
          : { kind: "paragraph", depth: 0, role: "toc", quoted: false, segs: [segs[i]] },
      );
      current = null;
      barrier = true;
      continue;
    }
    if (!current) {
      current = { segs: [], chunk: chunkOf[i], pageBoundaryBefore: boundary, barrierBefore: barrier };
      pieces.push(current);
    }
    // Furniture inside a paragraph was cut out of it; it is no boundary before the next one.
    boundary = false;
    barrier = false;
    current.segs.push(segs[i]);
  }

  const merged = mergeAcrossPageBreaks(pieces);
  const ctx = new ClassifyContext(merged, options);
  for (let p = 0; p < merged.length; p++) {
    const following = p + 1 < merged.length ? merged[p + 1].segs[0].text : null;
    ctx.classify(merged[p].segs, following, out);
  }
  return out;
}

/** A sentence cut by a page break (furniture between, lower-case start after) is one paragraph again. */
function mergeAcrossPageBreaks(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    if (prev && !piece.barrierBefore && continuesSentence(prev, piece)) for (const seg of piece.segs) prev.segs.push(seg);
    else out.push({ ...piece, segs: piece.segs.slice() });
  }
  return out;
}

function continuesSentence(prev: Piece, next: Piece): boolean {
  const last = prev.segs[prev.segs.length - 1].text;
  const first = next.segs[0].text;
  if (!STARTS_LOWER.test(first) || listMarkerLength(first) > 0) return false;
  if (/\p{L}[-\u00ad]$/u.test(last)) return true; // a hyphenated word across a blank line
  return next.pageBoundaryBefore && !ENDS_SENTENCE.test(last);
}

function firstWordLength(text: string): number {
  const space = text.indexOf(" ");
  return space < 0 ? text.length : space;
}

/** State carried from paragraph to paragraph while classifying. */
class ClassifyContext {
  /** Columns at which the text was wrapped (Infinity when it was not). */
  private readonly wrapWidth: number;
  private lastNumberedDepth = 0;
  private sawHeading = false;
  private listIndents: number[] = [];

  constructor(
    pieces: readonly Piece[],
    private readonly options: LayoutOptions,
  ) {
    this.wrapWidth = options.splitLines ? estimateWrapWidth(pieces) : Infinity;
  }

  classify(segs: Seg[], following: string | null, out: LayoutBlock[]): void {
    const { options } = this;
    if (options.quotes && isQuotedParagraph(segs)) {
      this.emit(out, "quote", 0, segs, true);
      return;
    }
    let i = 0;
    let atBlockStart = true;
    while (i < segs.length) {
      const seg = segs[i];
      const next = i + 1 < segs.length ? segs[i + 1].text : null;
      const sentenceBoundary = i === 0 || atBlockStart || ENDS_SENTENCE.test(segs[i - 1].text);
      if (options.headings && sentenceBoundary) {
        const numbered = numberedHeading(seg.text, next);
        if (numbered && !this.isEnumeration(segs, i)) {
          this.lastNumberedDepth = numbered.depth;
          this.emit(out, "heading", numbered.depth, [seg], false);
          i++;
          atBlockStart = true;
          continue;
        }
        if (isAllCapsLine(seg.text) && listMarkerLength(seg.text) === 0 && !numberingDepth(seg.text)) {
          let j = i + 1;
          while (j < segs.length && isAllCapsLine(segs[j].text) && !numberingDepth(segs[j].text) && !segs[j].gap) j++;
          // The document's title may go on with a subtitle line: it is part of the title, not a heading of its own.
          if (!this.sawHeading) while (j < segs.length && isSubtitleLine(segs[j])) j++;
          this.emit(out, "heading", 1, segs.slice(i, j), false);
          i = j;
          atBlockStart = true;
          continue;
        }
        if (atBlockStart && i === segs.length - 1 && isCapitalisedHeading(seg, following)) {
          this.emit(out, "heading", this.lastNumberedDepth + 1, [seg], false);
          i++;
          continue;
        }
      }
      atBlockStart = false;
      const marker = options.lists ? listMarkerLength(seg.text) : 0;
      let j = i + 1;
      while (j < segs.length && !this.startsNewBlock(segs, j, marker > 0 ? seg.indent : -1)) j++;
      const body = segs.slice(i, j);
      if (marker > 0) {
        body[0] = sliceSeg(seg, marker);
        this.emit(out, "list-item", this.listDepth(seg.indent), body, false);
      } else {
        this.emit(out, "paragraph", 0, body, false);
      }
      i = j;
    }
  }

  /** Does line j of the paragraph start a new block? `itemIndent` >= 0 while inside a list item. */
  private startsNewBlock(segs: Seg[], j: number, itemIndent: number): boolean {
    const prev = segs[j - 1];
    const seg = segs[j];
    const next = j + 1 < segs.length ? segs[j + 1].text : null;
    if (this.options.lists && listMarkerLength(seg.text) > 0) return true;
    if (itemIndent >= 0 && seg.indent > itemIndent) return false; // indented continuation of the item
    if (this.options.headings && ENDS_SENTENCE.test(prev.text)) {
      if ((numberedHeading(seg.text, next) && !this.isEnumeration(segs, j)) || isAllCapsLine(seg.text)) return true;
    }
    return this.options.splitLines && this.isHardBreak(prev, seg);
  }

  /**
   * Was the line break between a and b meant by the author (a header-block
   * line, a line of its own) rather than made by wrapping? In wrapped text,
   * a break is wrapping unless the next word would have fitted on the line.
   */
  private isHardBreak(a: Seg, b: Seg): boolean {
    if (STARTS_LOWER.test(b.text) || /[-\u00ad,]$/.test(a.text)) return false;
    if (a.gap || b.gap || KEY_VALUE.test(b.text)) return true;
    if (this.wrapWidth === Infinity) return true;
    return ENDS_SENTENCE.test(a.text) && a.width + 1 + firstWordLength(b.text) <= this.wrapWidth * 0.9;
  }

  /** "1. Barn" followed by "2. Unga": a numbered list, not two headings. */
  private isEnumeration(segs: Seg[], i: number): boolean {
    const depth = numberingDepth(segs[i].text);
    return (
      (i > 0 && numberingDepth(segs[i - 1].text) === depth) ||
      (i + 1 < segs.length && numberingDepth(segs[i + 1].text) === depth)
    );
  }

  private listDepth(indent: number): number {
    const stack = this.listIndents;
    while (stack.length > 0 && stack[stack.length - 1] > indent) stack.pop();
    if (stack.length === 0 || stack[stack.length - 1] < indent) stack.push(indent);
    return stack.length;
  }

  private emit(out: LayoutBlock[], kind: BlockKind, depth: number, segs: Seg[], quoted: boolean): void {
    if (kind !== "list-item") this.listIndents = [];
    if (kind === "heading") this.sawHeading = true;
    out.push({ kind, depth, role: "body", quoted, segs });
  }
}

/**
 * Width of wrapped lines: the 90th percentile of the widths of lines that
 * are followed by a lower-case continuation (surely wrapped mid-sentence).
 * Fewer than three such lines: the text is not wrapped.
 */
function estimateWrapWidth(pieces: readonly Piece[]): number {
  const widths: number[] = [];
  for (const piece of pieces) {
    for (let i = 0; i + 1 < piece.segs.length; i++) {
      if (STARTS_LOWER.test(piece.segs[i + 1].text)) widths.push(piece.segs[i].width);
    }
  }
  if (widths.length < 3) return Infinity;
  widths.sort((a, b) => a - b);
  return widths[Math.floor((widths.length - 1) * 0.9)];
}

function isQuotedParagraph(segs: readonly Seg[]): boolean {
  return QUOTE_OPEN.test(segs[0].text) && segs.every((s) => s.indent >= 2);
}
