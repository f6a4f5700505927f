/**
 * Line-by-line block structure of a Markdown document, in the manner of
 * CommonMark's two-phase algorithm: each line first continues (or not) the
 * open containers (block quotes, list items), may open new ones, and the
 * rest goes to the open leaf block or starts one. The result is the mdast
 * tree micromark + mdast-util-from-markdown build for the same text, node
 * for node and position for position, for the constructs modelled here:
 * front matter, ATX and setext headings, paragraphs, bullet and ordered
 * lists, block quotes, GFM pipe tables, fenced code, indented code (at the
 * top level), thematic breaks and HTML comments. Everything else, and every
 * case where the reading is not certain (lazy continuation lines, empty
 * list items, raw HTML, …), gives up (see give-up.ts).
 */
import type { Blockquote, Code, Heading, Html, List, ListItem, Paragraph, Parent, Root, Table } from "mdast";
import type { Point } from "unist";
import {
  atxHeading,
  type FenceOpen,
  fenceOpen,
  isBlank,
  isCommentStart,
  isFenceClose,
  isThematicBreak,
  listMarker,
  setextUnderline,
  skipSpaces,
  trimEnd,
} from "./block-starts.js";
import { type Container, continueContainers } from "./container-prefixes.js";
import { giveUp } from "./give-up.js";
import { type InlineOptions, type Piece, parseInline } from "./inline-parser.js";
import {
  type CodeLine,
  couldBeHtmlBlock,
  fenceInfo,
  fencedCodeValue,
  indentedCodeValue,
  indexWithin,
  tableRowNode,
} from "./leaf-blocks.js";
import { markSpread } from "./list-spread.js";
import { SourceLines } from "./positions.js";
import { type Align, delimiterRow, headRowCells } from "./table-rows.js";

/** Containers deeper than this are left to micromark. */
const MAX_CONTAINERS = 16;

/** The leaf block lines go to while it is open. */
type Leaf =
  | { kind: "paragraph"; node: Paragraph; pieces: Piece[] }
  | { kind: "table"; node: Table; delimiterLine: number; lastRowEnd: number }
  | { kind: "fence"; node: Code; fence: FenceOpen; indent: number; content: CodeLine[] }
  | { kind: "indented"; node: Code; lines: number[]; pending: number[] }
  | { kind: "html"; node: Html; start: number };

export class BlockScanner {
  private readonly lines: SourceLines;
  private readonly root: Root = { type: "root", children: [] };
  private readonly stack: Container[] = [{ kind: "root", node: this.root }];
  private leaf: Leaf | null = null;
  /** Marker character of each list, to tell whether a new item continues it. */
  private readonly listMarkers = new Map<List, number>();
  /** Lists that end with two or more line endings after their last item (micromark then calls them spread). */
  private readonly tailSpread = new Map<List, boolean>();
  private readonly tables: boolean;
  private readonly inline: InlineOptions;
  private readonly tableInline: InlineOptions;

  constructor(
    private readonly text: string,
    mask: number,
  ) {
    this.lines = new SourceLines(text);
    this.tables = (mask & 1) !== 0;
    this.inline = { strikethrough: (mask & 4) !== 0, inTable: false };
    this.tableInline = { strikethrough: (mask & 4) !== 0, inTable: true };
  }

  parse(): Root {
    const lines = this.lines;
    let line = this.frontMatter();
    for (; line < lines.count; line++) this.scanLine(line);
    this.closeFrom(1, this.text.length);
    markSpread(this.root, this.tailSpread);
    this.root.position = { start: { line: 1, column: 1, offset: 0 }, end: lines.point(this.text.length) };
    return this.root;
  }

  /** YAML front matter between `---` lines at the very start; returns the first line after it. */
  private frontMatter(): number {
    const { text, lines } = this;
    if (!text.startsWith("---") || !isBlank(text, 3, lines.ends[0]) || lines.count < 2) return 0;
    for (let l = 1; l < lines.count; l++) {
      const start = lines.starts[l];
      if (text.startsWith("---", start) && isBlank(text, start + 3, lines.ends[l])) {
        const value = l > 1 ? text.slice(lines.starts[1], lines.ends[l - 1]) : "";
        this.root.children.push({ type: "yaml", value, position: lines.position(0, lines.ends[l]) });
        return l + 1;
      }
    }
    giveUp("front-matter");
  }

  private scanLine(l: number): void {
    const { text, lines, stack } = this;
    const end = lines.ends[l];

    // 1. Which open containers does the line continue?
    const continued = continueContainers(text, lines.starts[l], end, stack);
    const matched = continued.matched;
    let pos = continued.pos;
    const allMatched = matched === stack.length;

    // 2. Fenced code and HTML take their lines as they are, while every container goes on.
    const leaf = this.leaf;
    if (leaf && (leaf.kind === "fence" || leaf.kind === "html")) {
      if (!allMatched) giveUp("container-ends-code");
      if (leaf.kind === "fence") this.fenceLine(leaf, l, pos, end);
      else this.htmlLine(leaf, l, pos, end);
      return;
    }

    // 3. New containers.
    // micromark checks new containers as interrupting while a paragraph or indented code (blank lines and all) is in progress.
    const interrupting = allMatched && (leaf?.kind === "paragraph" || leaf?.kind === "indented");
    let opened = false;
    for (;;) {
      const p = skipSpaces(text, pos, end);
      if (p - pos > 3 || p >= end) break;
      let item: ReturnType<typeof listMarker> = null;
      if (text.charCodeAt(p) !== 62) {
        item = listMarker(text, p, end);
        if (!item) break;
        // An empty item, or an ordered one not numbered 1, cannot interrupt a paragraph.
        if (interrupting && (item.empty || (item.ordered && !(text.charCodeAt(p) === 49 && item.markerEnd - p === 2)))) {
          if (opened) giveUp("interrupt-list");
          break;
        }
        if (item.empty) giveUp("empty-list-item");
        if (item.wide) giveUp("list-item-indent");
      }
      if (allMatched && leaf?.kind === "table") giveUp("table");
      if (!opened) this.closeFrom(matched, item && this.continuesList(matched, item.ordered, item.marker) ? lines.starts[l] : pos);
      opened = true;
      if (this.stack.length >= MAX_CONTAINERS) giveUp("nesting");
      if (item) {
        this.openItem(l, p, pos, item.contentStart, item.ordered, item.marker, item.value);
        pos = item.contentStart;
      } else {
        const node: Blockquote = { type: "blockquote", children: [], position: lines.position(p, p) };
        this.parentNode().children.push(node);
        this.stack.push({ kind: "quote", node });
        pos = p + 1;
        if (pos < end && text.charCodeAt(pos) === 32) pos++;
      }
    }

    // 4. A line that continues fewer containers than are open and opens none either ends them or is lazy.
    if (!opened && !allMatched) {
      const current = this.leaf;
      if (current && !isBlank(text, pos, end)) {
        if (current.kind === "table") giveUp("lazy-line");
        if (current.kind === "paragraph" && !this.interruptsParagraph(pos, end)) giveUp("lazy-line");
      }
      // At the very end of the text there is no flow left to attach the exits to: they stay where the prefixes end.
      this.closeFrom(matched, pos === text.length ? pos : lines.starts[l]);
    }

    // 5. The leaf.
    const first = skipSpaces(text, pos, end);
    if (this.leaf?.kind === "indented") {
      // Indented code goes on over lines of four or more spaces (blank or not); other blank lines wait for
      // the next indented line, and belong to the code only if one comes.
      const code = this.leaf;
      if (first - pos >= 4) {
        for (const blank of code.pending) code.lines.push(blank);
        code.pending = [];
        code.lines.push(l);
        return;
      }
      if (first >= end) {
        code.pending.push(l);
        return;
      }
      this.closeLeaf();
    }
    if (first >= end) {
      this.closeLeaf();
      return;
    }
    const indent = first - pos;
    const open = this.leaf;
    if (open?.kind === "paragraph") {
      if (indent <= 3) {
        const level = setextUnderline(text, first, end);
        if (level) {
          this.setextHeading(open, level, l, end);
          return;
        }
        if (this.startsBlock(first, end)) {
          this.closeLeaf();
        } else if (this.tableAt(l, first, end)) {
          this.closeLeaf();
          this.startTable(l, first, end);
          return;
        }
      }
      if (this.leaf) {
        open.pieces.push({ from: first, codeFrom: pos, to: end, next: lines.next(l) });
        return;
      }
    }
    if (open?.kind === "table") {
      if (l === open.delimiterLine) {
        open.lastRowEnd = end;
        return;
      }
      if (indent > 3 || (text.charCodeAt(first) !== 124 /* | */ && this.mayStartBlock(first, end))) giveUp("table");
      this.tableRow(open, first, end);
      return;
    }
    if (indent >= 4) {
      // Indented code (page numbers pushed right by a PDF extractor, mostly) is modelled at the top level only,
      // and not on a line that ended containers without opening any: micromark marks such a line lazy, and
      // indented code begun on it cannot go on.
      if (this.stack.length > 1 || (!opened && !allMatched)) giveUp("indented-code");
      const node: Code = { type: "code", lang: null, meta: null, value: "" };
      node.position = lines.position(pos, end);
      this.parentNode().children.push(node);
      this.leaf = { kind: "indented", node, lines: [l], pending: [] };
      return;
    }
    this.startLeaf(l, pos, first, end);
  }

  /** Start a block at `first` (nothing open that the line could continue). */
  private startLeaf(l: number, pos: number, first: number, end: number): void {
    const { text, lines } = this;
    const heading = atxHeading(text, first, end);
    if (heading) {
      const node: Heading = { type: "heading", depth: heading.depth as Heading["depth"], children: [] };
      if (heading.contentEnd > heading.contentStart) {
        const c = heading.contentStart;
        node.children = parseInline(text, lines, [{ from: c, codeFrom: c, to: heading.contentEnd, next: heading.contentEnd }], this.inline);
      }
      node.position = lines.position(first, end);
      this.parentNode().children.push(node);
      return;
    }
    if (isThematicBreak(text, first, end)) {
      this.parentNode().children.push({ type: "thematicBreak", position: lines.position(first, end) });
      return;
    }
    const fence = fenceOpen(text, first, end);
    if (fence) {
      const code: Code = { type: "code", ...fenceInfo(text, fence, end), value: "" };
      code.position = lines.position(first, end);
      this.parentNode().children.push(code);
      this.leaf = { kind: "fence", node: code, fence, indent: first - pos, content: [] };
      return;
    }
    if (text.charCodeAt(first) === 60 /* < */) {
      if (!isCommentStart(text, first)) {
        if (couldBeHtmlBlock(text, first, end)) giveUp("html");
      } else {
        const node: Html = { type: "html", value: "" };
        node.position = lines.position(pos, end);
        this.parentNode().children.push(node);
        if (indexWithin(text, "-->", first + 2, end) >= 0) {
          node.value = text.slice(pos, end);
          return;
        }
        // A comment over several lines: only at the top level, where no container prefix interrupts it.
        if (this.stack.length > 1) giveUp("html");
        this.leaf = { kind: "html", node, start: pos };
        return;
      }
    }
    if (this.tableAt(l, first, end)) {
      this.startTable(l, first, end);
      return;
    }
    const node: Paragraph = { type: "paragraph", children: [] };
    node.position = lines.position(first, end);
    this.parentNode().children.push(node);
    this.leaf = { kind: "paragraph", node, pieces: [{ from: first, codeFrom: pos, to: end, next: lines.next(l) }] };
  }

  /** Does a line that continues no paragraph start a block that ends one? */
  private interruptsParagraph(pos: number, end: number): boolean {
    const first = skipSpaces(this.text, pos, end);
    return first - pos <= 3 && this.startsBlock(first, end);
  }

  /** ATX heading, thematic break, code fence or HTML comment: blocks that may interrupt a paragraph. */
  private startsBlock(first: number, end: number): boolean {
    const text = this.text;
    if (text.charCodeAt(first) === 60) {
      if (isCommentStart(text, first)) return true;
      if (couldBeHtmlBlock(text, first, end)) giveUp("html");
      return false;
    }
    return atxHeading(text, first, end) !== null || isThematicBreak(text, first, end) || fenceOpen(text, first, end) !== null;
  }

  /** Could a line that follows a table row start another block (or container)? Then micromark's reading is left to micromark. */
  private mayStartBlock(first: number, end: number): boolean {
    const text = this.text;
    const c = text.charCodeAt(first);
    if (c === 62 /* > */ || c === 60 /* < */) return true;
    return (
      atxHeading(text, first, end) !== null ||
      isThematicBreak(text, first, end) ||
      fenceOpen(text, first, end) !== null ||
      listMarker(text, first, end) !== null ||
      setextUnderline(text, first, end) !== 0
    );
  }

  private parentNode(): Parent {
    return this.stack[this.stack.length - 1].node;
  }

  private openItem(l: number, markerAt: number, pos: number, contentStart: number, ordered: boolean, marker: number, value: number): void {
    const lines = this.lines;
    const parent = this.parentNode();
    const previous = parent.children[parent.children.length - 1];
    let list: List;
    if (previous?.type === "list" && this.listMarkers.get(previous) === marker && previous.ordered === ordered) {
      list = previous;
    } else {
      list = { type: "list", ordered, start: ordered ? value : null, spread: false, children: [] };
      list.position = { start: lines.pointOnLine(l, markerAt), end: lines.pointOnLine(l, markerAt) };
      parent.children.push(list);
      this.listMarkers.set(list, marker);
    }
    const item: ListItem = { type: "listItem", spread: false, checked: null, children: [] };
    item.position = { start: lines.pointOnLine(l, markerAt), end: lines.pointOnLine(l, markerAt) };
    list.children.push(item);
    this.stack.push({ kind: "item", node: item, list, width: contentStart - pos });
  }

  /** Will a new item with this marker, opened in the container at `matched - 1`, continue the list it last holds? */
  private continuesList(matched: number, ordered: boolean, marker: number): boolean {
    const parent = this.stack[matched - 1].node;
    const previous = parent.children[parent.children.length - 1];
    return previous?.type === "list" && previous.ordered === ordered && this.listMarkers.get(previous) === marker;
  }

  /**
   * Close the leaf, then the containers from index `from` up, at offset
   * `at`: where micromark exits them (the start of the line when the line
   * goes on as flow or as a sibling item, else after the prefixes the line
   * did continue, or the end of the text).
   */
  private closeFrom(from: number, at: number): void {
    this.closeLeaf();
    const stack = this.stack;
    while (stack.length > from) {
      const c = stack.pop()!;
      if (c.kind === "quote") {
        c.node.position!.end = this.containerEnd(at);
      } else if (c.kind === "item") {
        const last = c.node.children[c.node.children.length - 1];
        if (!last) giveUp("empty-list-item");
        c.node.position!.end = { ...last.position!.end };
        // Until a sibling follows, this is where the list ends.
        const listEnd = this.containerEnd(at);
        c.list.position!.end = listEnd;
        this.tailSpread.set(c.list, listEnd.line - last.position!.end.line >= 2);
      }
    }
  }

  /**
   * The end micromark gives a container closed at `at`: back over the blank
   * lines (and indentation) before `at` to the end of the last line with
   * content or a block quote marker, unless a marker precedes `at` on its
   * own line, which stops that walk at once.
   */
  private containerEnd(at: number): Point {
    const { text, lines } = this;
    const l = lines.lineOf(at);
    if (!isBlank(text, lines.starts[l], at)) return lines.pointOnLine(l, at);
    let k = l - 1;
    while (k > 0 && isBlank(text, lines.starts[k], lines.ends[k])) k--;
    return lines.pointOnLine(k, lines.ends[k]);
  }

  private closeLeaf(): void {
    const leaf = this.leaf;
    if (!leaf) return;
    this.leaf = null;
    if (leaf.kind === "paragraph") {
      const last = leaf.pieces[leaf.pieces.length - 1];
      leaf.node.children = parseInline(this.text, this.lines, leaf.pieces, this.inline);
      leaf.node.position!.end = this.lines.point(last.to);
    } else if (leaf.kind === "table") {
      leaf.node.position!.end = this.lines.point(leaf.lastRowEnd);
    } else if (leaf.kind === "indented") {
      leaf.node.value = indentedCodeValue(this.text, this.lines, leaf.lines);
      const last = leaf.lines[leaf.lines.length - 1];
      leaf.node.position!.end = this.lines.pointOnLine(last, this.lines.ends[last]);
    } else if (leaf.kind === "fence") {
      giveUp("unclosed-fence");
    } else {
      giveUp("html");
    }
  }

  private setextHeading(leaf: Extract<Leaf, { kind: "paragraph" }>, depth: 1 | 2, l: number, end: number): void {
    this.leaf = null;
    const node = leaf.node as unknown as Heading;
    node.type = "heading";
    node.depth = depth;
    node.children = parseInline(this.text, this.lines, leaf.pieces, this.inline);
    node.position!.end = this.lines.pointOnLine(l, end);
  }

  private fenceLine(leaf: Extract<Leaf, { kind: "fence" }>, l: number, pos: number, end: number): void {
    const text = this.text;
    const first = skipSpaces(text, pos, end);
    if (first - pos <= 3 && first < end && isFenceClose(text, first, end, leaf.fence)) {
      leaf.node.value = fencedCodeValue(text, this.lines, leaf.content);
      leaf.node.position!.end = this.lines.pointOnLine(l, end);
      this.leaf = null;
      return;
    }
    // Content lines lose as much indentation as the opening fence had.
    leaf.content.push({ line: l, from: Math.min(first, pos + leaf.indent, end) });
  }

  private htmlLine(leaf: Extract<Leaf, { kind: "html" }>, l: number, pos: number, end: number): void {
    if (indexWithin(this.text, "-->", pos, end) < 0) return;
    leaf.node.value = this.text.slice(leaf.start, end);
    leaf.node.position!.end = this.lines.pointOnLine(l, end);
    this.leaf = null;
  }

  /** The alignment of a table whose head row is line `l` (text at `first`), when the next line is its delimiter row. */
  private tableAlign(l: number, first: number, end: number): Align[] | null {
    if (!this.tables || l + 1 >= this.lines.count) return null;
    const text = this.text;
    const nextEnd = this.lines.ends[l + 1];
    const { matched, pos } = continueContainers(text, this.lines.starts[l + 1], nextEnd, this.stack);
    if (matched < this.stack.length) return null;
    const d = skipSpaces(text, pos, nextEnd);
    if (d - pos > 3 || d >= nextEnd) return null;
    const c = text.charCodeAt(d);
    if (c !== 124 && c !== 45 && c !== 58) return null;
    const align = delimiterRow(text, d, nextEnd);
    if (!align) return null;
    const cells = headRowCells(text, first, trimEnd(text, first, end));
    if (cells !== align.length) return null;
    // A delimiter row that could also open a list item: micromark would see the item first.
    if (listMarker(text, d, nextEnd)) giveUp("table");
    return align;
  }

  private tableAt(l: number, first: number, end: number): boolean {
    return this.tableAlign(l, first, end) !== null;
  }

  private startTable(l: number, first: number, end: number): void {
    const align = this.tableAlign(l, first, end)!;
    const table: Table = { type: "table", align, children: [] };
    table.position = this.lines.position(first, end);
    this.parentNode().children.push(table);
    const leaf: Leaf = { kind: "table", node: table, delimiterLine: l + 1, lastRowEnd: end };
    this.leaf = leaf;
    this.tableRow(leaf, first, end);
  }

  private tableRow(leaf: Extract<Leaf, { kind: "table" }>, first: number, end: number): void {
    leaf.node.children.push(tableRowNode(this.text, this.lines, first, end, this.tableInline));
    leaf.lastRowEnd = end;
  }
}


