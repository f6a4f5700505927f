/**
 * Inline Markdown (the text of a paragraph, heading or table cell) to mdast
 * phrasing nodes, as micromark + mdast-util-from-markdown build them:
 * escapes, character references, code spans, autolinks, HTML comments,
 * emphasis/strong/strikethrough, inline links and images, hard and soft
 * line breaks. Reference links cannot occur (the scanner gives up on any
 * definition), so a `]` that is not followed by a resource is text.
 *
 * The content arrives as pieces, one per source line: `from` is where the
 * line's text starts (after container prefixes and indentation), `codeFrom`
 * where a code span continued from the line before picks up (indentation
 * counts inside code, container prefixes do not; it is also where micromark
 * places the point after the line ending before it), `to` the end of the
 * line's content and `next` the start of the following line (the line
 * ending lies between).
 */
import type { Html, Image, InlineCode, Link, PhrasingContent } from "mdast";
import { isAsciiPunctuation, readReference } from "./character-reference.js";
import { couldBeHtml, isCommentStart, trimEnd } from "./block-starts.js";
import { DelimiterResolver, INSIDE_SPAN, type SpanKind } from "./emphasis.js";
import { giveUp } from "./give-up.js";
import { Item, ItemKind, ItemList } from "./inline-items.js";
import { readAutolink, readResource } from "./link-resource.js";
import type { SourceLines } from "./positions.js";

export interface Piece {
  from: number;
  codeFrom: number;
  to: number;
  next: number;
}

export interface InlineOptions {
  /** GFM strikethrough is on (the text has a `~`). */
  strikethrough: boolean;
  /** Inside a table: code spans read `\|` as `|`. */
  inTable: boolean;
}

const BACKSLASH = 92;
const AMPERSAND = 38;
const BACKTICK = 96;
const LESS_THAN = 60;
const STAR = 42;
const UNDERSCORE = 95;
const TILDE = 126;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const BANG = 33;
const OPEN_PAREN = 40;

/** Characters that may start inline syntax; everything else is plain text. */
const SPECIAL = new Uint8Array(128);
for (const c of [BACKSLASH, AMPERSAND, BACKTICK, LESS_THAN, STAR, UNDERSCORE, TILDE, OPEN_BRACKET, CLOSE_BRACKET, BANG]) SPECIAL[c] = 1;

const PUNCTUATION = /\p{P}|\p{S}/u;
const WHITESPACE = /\s/;

/** micromark's character classes for delimiter runs: 1 whitespace (and line/text edges), 2 punctuation, 0 other. */
function classify(code: number): number {
  if (code < 0 || code === 32) return 1;
  if (code < 128) {
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 0;
    if (isAsciiPunctuation(code)) return 2;
    return WHITESPACE.test(String.fromCharCode(code)) ? 1 : 0;
  }
  const c = String.fromCharCode(code);
  if (WHITESPACE.test(c)) return 1;
  return PUNCTUATION.test(c) ? 2 : 0;
}

export function parseInline(text: string, lines: SourceLines, pieces: readonly Piece[], options: InlineOptions): PhrasingContent[] {
  return new InlineScanner(text, lines, pieces, options).run();
}

class InlineScanner {
  private readonly list = new ItemList();
  private p = 0;
  private i = 0;
  private bracketTop: Item | null = null;
  private firstSpan: SpanKind | null = null;
  private delimiters = 0;
  /** The backtick runs of the content, indexed on the first backtick. */
  private backtickRuns: BacktickRuns | null = null;
  /** Piece in which an HTML comment was found not to close. */
  private unclosedCommentPiece = -1;
  /**
   * Has micromark already read every line of this paragraph? A code span
   * that never closes makes it read on to the end before it backtracks, and
   * from then on the point after each line ending lies after the next line's
   * container prefixes (where that line's chunk starts) instead of at the
   * start of the line.
   */
  private readAhead = false;
  /** Offset of the last `>` in the content (-1: none; -2: not looked for yet). */
  private lastAngle = -2;

  constructor(
    private readonly text: string,
    private readonly lines: SourceLines,
    private readonly pieces: readonly Piece[],
    private readonly options: InlineOptions,
  ) {}

  run(): PhrasingContent[] {
    if (this.pieces.length === 0) return [];
    this.i = this.pieces[0].from;
    while (this.p < this.pieces.length) this.scanLine();
    const resolver = new DelimiterResolver(this.list, this.lines, this.text, this.delimiters);
    resolver.resolve(null, null, this.firstSpan === "strikethrough" ? ["strikethrough", "attention"] : ["attention", "strikethrough"]);
    return buildPhrasing(this.list.head, this.text, this.lines, 0);
  }

  private pushText(value: string, start: number, end: number): void {
    const item = new Item(ItemKind.Text, start, end);
    item.value = value;
    this.list.append(item);
  }

  private flush(from: number, to: number): void {
    if (to > from) this.pushText(this.text.slice(from, to), from, to);
  }

  private pushNode(node: PhrasingContent, start: number, end: number): void {
    node.position = this.lines.position(start, end);
    const item = new Item(ItemKind.Node, start, end);
    item.node = node;
    this.list.append(item);
  }

  /** Scan from this.i in piece this.p to the end of its line (or to where a code span ends on a later line). */
  private scanLine(): void {
    const text = this.text;
    const p = this.p;
    const piece = this.pieces[p];
    const last = p === this.pieces.length - 1;
    const to = piece.to;
    let i = this.i;
    let textStart = i;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c >= 128 || SPECIAL[c] === 0) {
        i++;
        continue;
      }
      if (c === BACKSLASH) {
        if (i + 1 < to && isAsciiPunctuation(text.charCodeAt(i + 1))) {
          this.flush(textStart, i);
          this.pushText(text[i + 1], i, i + 2);
          i += 2;
          textStart = i;
          continue;
        }
        if (i + 1 === to && !last) {
          // A backslash at the end of a line is a hard break; it takes the line ending with it.
          this.flush(textStart, i);
          this.pushNode({ type: "break" }, i, this.afterLineEnding(p));
          this.p = p + 1;
          this.i = this.pieces[p + 1].from;
          return;
        }
        i++;
        continue;
      }
      if (c === AMPERSAND) {
        const ref = readReference(text, i, to);
        if (ref) {
          this.flush(textStart, i);
          this.pushText(ref.value, i, ref.end);
          i = ref.end;
          textStart = i;
        } else {
          i++;
        }
        continue;
      }
      if (c === BACKTICK) {
        let runEnd = i;
        while (runEnd < to && text.charCodeAt(runEnd) === BACKTICK) runEnd++;
        const span = this.codeSpan(i, runEnd);
        if (!span) {
          i = runEnd;
          continue;
        }
        this.flush(textStart, i);
        this.pushNode(span.node, i, span.end);
        if (span.piece !== p) {
          this.p = span.piece;
          this.i = span.end;
          return;
        }
        i = span.end;
        textStart = i;
        continue;
      }
      if (c === LESS_THAN) {
        const autolink = readAutolink(text, i, to);
        if (autolink) {
          this.flush(textStart, i);
          const label: PhrasingContent = { type: "text", value: text.slice(i + 1, autolink.end - 1) };
          label.position = this.lines.position(i + 1, autolink.end - 1);
          const link: Link = { type: "link", title: null, url: autolink.url, children: [label] };
          this.pushNode(link, i, autolink.end);
          i = autolink.end;
          textStart = i;
          continue;
        }
        if (isCommentStart(text, i)) {
          const close = this.unclosedCommentPiece === p ? -1 : findWithin(text, "-->", i + 2, to);
          if (close >= 0) {
            this.flush(textStart, i);
            const html: Html = { type: "html", value: text.slice(i, close + 3) };
            this.pushNode(html, i, close + 3);
            i = close + 3;
            textStart = i;
            continue;
          }
          // It may close on a later line: comments over several lines are left to micromark.
          if (!last) giveUp("html");
          this.unclosedCommentPiece = p;
        } else if (couldBeHtml(text, i, to) && this.closingAngleAfter(i)) {
          // A tag needs its `>`; without one anywhere further on, the `<` is text.
          giveUp("html");
        }
        i++;
        continue;
      }
      if (c === STAR || c === UNDERSCORE || c === TILDE) {
        let runEnd = i;
        while (runEnd < to && text.charCodeAt(runEnd) === c) runEnd++;
        if (c === TILDE && (!this.options.strikethrough || runEnd - i > 2)) {
          i = runEnd;
          continue;
        }
        this.flush(textStart, i);
        this.pushDelimiter(c, i, runEnd, p, to);
        i = runEnd;
        textStart = i;
        continue;
      }
      if (c === OPEN_BRACKET || (c === BANG && i + 1 < to && text.charCodeAt(i + 1) === OPEN_BRACKET)) {
        this.flush(textStart, i);
        const image = c === BANG;
        const bracket = new Item(ItemKind.Bracket, i, i + (image ? 2 : 1));
        bracket.image = image;
        bracket.below = this.bracketTop;
        bracket.delimiterBefore = this.list.lastDelimiter;
        this.bracketTop = bracket;
        this.list.append(bracket);
        i = bracket.end;
        textStart = i;
        continue;
      }
      if (c === CLOSE_BRACKET) {
        this.flush(textStart, i);
        textStart = i;
        const end = this.labelEnd(i, to, last);
        if (end >= 0) textStart = end;
        i = end >= 0 ? end : i + 1;
        continue;
      }
      i++;
    }
    // The line ends: trailing spaces after text are not text (two or more make a hard break).
    const dataEnd = trimEnd(text, textStart, to);
    this.flush(textStart, dataEnd);
    if (last) {
      this.p = p + 1;
      return;
    }
    const resume = this.afterLineEnding(p);
    if (to - dataEnd >= 2) this.pushNode({ type: "break" }, dataEnd, resume);
    else this.pushText(text.slice(to, piece.next), to, resume);
    this.p = p + 1;
    this.i = this.pieces[p + 1].from;
  }

  /** Is there a `>` after offset `at` in this inline content? */
  private closingAngleAfter(at: number): boolean {
    if (this.lastAngle === -2) {
      this.lastAngle = -1;
      for (let q = this.pieces.length - 1; q >= 0 && this.lastAngle < 0; q--) {
        const piece = this.pieces[q];
        this.lastAngle = this.text.lastIndexOf(">", piece.to - 1);
        if (this.lastAngle < piece.from) this.lastAngle = -1;
      }
    }
    return this.lastAngle > at;
  }

  /** The point after the line ending of piece `p` (see readAhead). */
  private afterLineEnding(p: number): number {
    return this.readAhead ? this.pieces[p + 1].codeFrom : this.pieces[p].next;
  }

  private pushDelimiter(marker: number, start: number, end: number, p: number, to: number): void {
    const text = this.text;
    const beforeCode = start === this.pieces[p].from ? -1 : text.charCodeAt(start - 1);
    const afterCode = end < to ? text.charCodeAt(end) : -1;
    const before = classify(beforeCode);
    const after = classify(afterCode);
    const item = new Item(ItemKind.Delimiter, start, end);
    item.marker = marker;
    if (marker === TILDE) {
      item.canOpen = after === 0 || (after === 2 && before !== 0);
      item.canClose = before === 0 || (before === 2 && after !== 0);
      this.firstSpan ??= "strikethrough";
    } else {
      const strike = this.options.strikethrough;
      const open = after === 0 || (after === 2 && before !== 0) || (strike && afterCode === TILDE);
      const close = before === 0 || (before === 2 && after !== 0) || (strike && beforeCode === TILDE);
      item.canOpen = marker === STAR ? open : open && (before !== 0 || !close);
      item.canClose = marker === STAR ? close : close && (after !== 0 || !open);
      this.firstSpan ??= "attention";
    }
    this.delimiters++;
    this.list.append(item);
  }

  /** A code span opened by the backtick run [start, runEnd): the node, where it ends and on which piece; null if it never closes. */
  private codeSpan(start: number, runEnd: number): { node: InlineCode; end: number; piece: number } | null {
    const closer = (this.backtickRuns ??= new BacktickRuns(this.text, this.pieces)).closerAfter(runEnd, runEnd - start);
    if (!closer) {
      // micromark read on to the end looking for the closer (see readAhead).
      this.readAhead = true;
      return null;
    }
    return { node: this.codeNode(runEnd, closer.start, closer.piece), end: closer.start + (runEnd - start), piece: closer.piece };
  }

  /** The code span whose content runs from `from` (in piece this.p) to `close` (in piece `closePiece`). */
  private codeNode(from: number, close: number, closePiece: number): InlineCode {
    const text = this.text;
    let value: string;
    if (closePiece === this.p) {
      value = text.slice(from, close);
    } else {
      value = text.slice(from, this.pieces[this.p].to);
      for (let q = this.p; q < closePiece; q++) {
        const piece = this.pieces[q];
        const nextPiece = this.pieces[q + 1];
        value += text.slice(piece.to, piece.next) + text.slice(nextPiece.codeFrom, q + 1 === closePiece ? close : nextPiece.to);
      }
    }
    value = stripCodePadding(value);
    if (this.options.inTable) value = value.replace(/\\([\\|])/g, (whole: string, c: string) => (c === "|" ? c : whole));
    return { type: "inlineCode", value };
  }

  /** A `]` at `at`: the end offset of the link or image it closes, or -1 when it closes none. */
  private labelEnd(at: number, to: number, last: boolean): number {
    const opener = this.bracketTop;
    if (!opener) return -1;
    this.bracketTop = opener.below;
    if (!opener.active) return -1;
    if (at + 1 < to && this.text.charCodeAt(at + 1) === OPEN_BRACKET) {
      // `][`: micromark reads a reference label (that can only fail: there are no definitions); if it runs
      // over the line end, it reads the next line too, which moves points (see readAhead): left to micromark.
      if (!last && referenceLabelReachesLineEnd(this.text, at + 2, to)) giveUp("link-resource");
      return -1;
    }
    if (at + 1 >= to || this.text.charCodeAt(at + 1) !== OPEN_PAREN) return -1;
    const resource = readResource(this.text, at + 1, to, last);
    if (!resource) return -1;
    // The label's delimiters pair among themselves first; what is left of them is text.
    new DelimiterResolver(this.list, this.lines, this.text, this.delimiters).resolve(opener.delimiterBefore, null, INSIDE_SPAN);
    const node: Link | Image = opener.image
      ? { type: "image", title: resource.title, url: resource.url, alt: null }
      : { type: "link", title: resource.title, url: resource.url, children: [] };
    node.position = this.lines.position(opener.start, resource.end);
    const wrapper = new Item(ItemKind.Node, opener.start, resource.end);
    wrapper.node = node;
    this.list.wrapBetween(opener, null, wrapper);
    this.list.remove(opener);
    if (!opener.image) {
      // Links may not contain links: earlier `[` can no longer form one.
      for (let b = this.bracketTop; b; b = b.below) {
        if (b.image) continue;
        if (!b.active) break;
        b.active = false;
      }
    }
    return resource.end;
  }
}

/** Does a reference label starting at `from` (after its `[`) run to the line end without a bracket ending it? */
function referenceLabelReachesLineEnd(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN_BRACKET || c === CLOSE_BRACKET) return false;
    if (c === BACKSLASH && i + 1 < to) i++;
  }
  return true;
}

/**
 * Every backtick run of the content by length, so that a code span's closer
 * (the next run of exactly its opener's length) is found without scanning:
 * text with many runs of different lengths stays linear. Inside code,
 * backslashes escape nothing, so the raw runs are the ones that count.
 */
class BacktickRuns {
  private readonly bySize = new Map<number, Array<{ start: number; piece: number }>>();
  private readonly next = new Map<number, number>();

  constructor(text: string, pieces: readonly Piece[]) {
    // One search position for all pieces: lines without a backtick cost no search of their own.
    let at = pieces.length > 0 ? text.indexOf("`", pieces[0].codeFrom) : -1;
    pieces.forEach((piece, p) => {
      if (at >= 0 && at < piece.codeFrom) at = text.indexOf("`", piece.codeFrom);
      while (at >= 0 && at < piece.to) {
        let k = at;
        while (k < piece.to && text.charCodeAt(k) === BACKTICK) k++;
        const runs = this.bySize.get(k - at);
        if (runs) runs.push({ start: at, piece: p });
        else this.bySize.set(k - at, [{ start: at, piece: p }]);
        at = text.indexOf("`", k);
      }
    });
  }

  /** The first run of `size` backticks starting at or after `from` (asked with ever larger `from`), or null. */
  closerAfter(from: number, size: number): { start: number; piece: number } | null {
    const runs = this.bySize.get(size);
    if (!runs) return null;
    let k = this.next.get(size) ?? 0;
    while (k < runs.length && runs[k].start < from) k++;
    this.next.set(size, k);
    return k < runs.length ? runs[k] : null;
  }
}

function findWithin(text: string, needle: string, from: number, to: number): number {
  for (let i = from; i + needle.length <= to; i++) if (text.startsWith(needle, i)) return i;
  return -1;
}

function isLineEndingChar(c: number): boolean {
  return c === 10 || c === 13;
}

/** One space or line ending comes off each side when both sides have one and something else lies between. */
function stripCodePadding(value: string): string {
  const n = value.length;
  if (n < 2) return value;
  const first = value.charCodeAt(0);
  const lastChar = value.charCodeAt(n - 1);
  if (!(first === 32 || isLineEndingChar(first)) || !(lastChar === 32 || isLineEndingChar(lastChar))) return value;
  let data = false;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c !== 32 && !isLineEndingChar(c)) {
      data = true;
      break;
    }
  }
  if (!data) return value;
  const head = first === 13 && value.charCodeAt(1) === 10 ? 2 : 1;
  const tail = lastChar === 10 && value.charCodeAt(n - 2) === 13 ? 2 : 1;
  return value.slice(head, n - tail);
}

const MAX_INLINE_DEPTH = 64;

/** The mdast nodes of an item list: adjacent text merges into one text node, as mdast-util-from-markdown merges data. */
export function buildPhrasing(head: Item | null, text: string, lines: SourceLines, depth: number): PhrasingContent[] {
  if (depth > MAX_INLINE_DEPTH) giveUp("inline-depth");
  const out: PhrasingContent[] = [];
  // The text node being merged into: its value parts, and its source range so far.
  let parts: string[] = [];
  let start = -1;
  let end = -1;
  const endText = (): void => {
    if (start < 0) return;
    out.push({ type: "text", value: parts.length === 1 ? parts[0] : parts.join(""), position: lines.position(start, end) });
    parts = [];
    start = -1;
  };
  for (let item = head; item; item = item.next) {
    if (item.kind === ItemKind.Node) {
      endText();
      const node = item.node!;
      if (node.type === "image") node.alt = plainText(buildPhrasing(item.inner, text, lines, depth + 1));
      else if (item.inner && "children" in node) {
        (node as { children: PhrasingContent[] }).children = buildPhrasing(item.inner, text, lines, depth + 1);
      }
      out.push(node);
      continue;
    }
    const value = item.kind === ItemKind.Text ? item.value : text.slice(item.start, item.end);
    if (value.length === 0) continue;
    if (start < 0) start = item.start;
    parts.push(value);
    end = item.end;
  }
  endText();
  return out;
}

/** The text of nodes as mdast-util-to-string gives it (an image's alt text). */
function plainText(nodes: readonly PhrasingContent[]): string {
  let out = "";
  for (const node of nodes) {
    if ("value" in node) out += node.value;
    else if (node.type === "image") out += node.alt ?? "";
    else if ("children" in node) out += plainText(node.children as PhrasingContent[]);
  }
  return out;
}
