/**
 * Walk the mdast tree and collect blocks: headings, list items (one block per
 * paragraph of an item, with nesting depth), table cells, block quotes.
 * Top-level paragraphs go to the layout step as chunks of lines, because
 * Markdown converted from a PDF keeps page headers, page numbers and tables
 * of contents in plain paragraphs. Code and HTML are not text.
 */
import type { Code, Nodes, Parents, Root, TableCell } from "mdast";
import type { BlockKind, TablePlace } from "@mrlint/core";
import type { LayoutBlock, LayoutItem } from "./layout.js";
import { InlineText } from "./markdown-inline.js";
import { isPageNumberLine } from "./furniture.js";
import { type Seg, SegBuilder } from "./segment.js";
import { textLayoutItems } from "./text-lines.js";

export interface MarkdownBlock extends LayoutBlock {
  table?: TablePlace;
}

export interface CollectedBlocks {
  /** Top-level paragraphs and the barriers between them, for the layout step. */
  items: LayoutItem[];
  /** Everything else, already classified. */
  blocks: MarkdownBlock[];
  /** The document has Markdown headings (so plain lines are not guessed to be headings). */
  hasHeadings: boolean;
  /** Front matter text and its source offset, if any. */
  frontMatter: { value: string; start: number } | null;
}

interface Where {
  quoted: boolean;
  /** Depth of list nesting (0 outside lists). */
  listDepth: number;
}

export function collectBlocks(tree: Root, source: string): CollectedBlocks {
  const result: CollectedBlocks = { items: [], blocks: [], hasHeadings: false, frontMatter: null };
  let tables = 0;

  const segsOf = (children: readonly Nodes[]): Seg[] => {
    const builder = new SegBuilder();
    new InlineText(source, builder).nodes(children);
    return builder.finish();
  };
  const add = (kind: BlockKind, depth: number, where: Where, children: readonly Nodes[], table?: TablePlace): void => {
    const segs = segsOf(children);
    if (segs.length > 0) result.blocks.push({ kind, depth, role: "body", quoted: where.quoted, segs, table });
  };

  const walk = (node: Nodes, where: Where, topLevel: boolean): void => {
    switch (node.type) {
      case "yaml":
        if (node.position?.start.offset !== undefined) result.frontMatter ??= { value: node.value, start: node.position.start.offset };
        return;
      case "paragraph":
        if (topLevel) result.items.push({ type: "chunk", segs: segsOf(node.children) });
        else if (where.listDepth > 0) add("list-item", where.listDepth, where, node.children);
        else add(where.quoted ? "quote" : "paragraph", 0, where, node.children);
        return;
      case "heading":
        result.hasHeadings = true;
        add("heading", node.depth, where, node.children);
        break;
      case "blockquote":
        walkChildren(node, { quoted: true, listDepth: 0 });
        break;
      case "list":
        for (const item of node.children) walkChildren(item, { ...where, listDepth: where.listDepth + 1 });
        break;
      case "table": {
        const table = tables++;
        node.children.forEach((row, r) =>
          row.children.forEach((cell: TableCell, c) =>
            add("table-cell", 0, where, cell.children, { table, row: r, column: c, header: r === 0 }),
          ),
        );
        break;
      }
      // Invisible, and no barrier between paragraphs: raw HTML (its mrlint comments are read
      // separately) and link definitions.
      case "html":
      case "definition":
        return;
      case "code":
        // A page number indented by a PDF extractor ("      Sida 2 av 4") parses as indented code:
        // give it to the layout step, which sets it apart as furniture without ending the paragraph.
        if (topLevel && isIndentedPageNumbers(node, source)) {
          const from = node.position!.start.offset!;
          for (const item of textLayoutItems(source, [], lineStart(source, from), node.position!.end.offset!)) result.items.push(item);
          return;
        }
        break;
      // Not prose: footnote definitions (notes are not body text, as in .docx), rules.
      case "footnoteDefinition":
      case "thematicBreak":
        break;
      default:
        if ("children" in node) walkChildren(node as Parents, where);
    }
    if (topLevel) result.items.push({ type: "barrier" });
  };
  const walkChildren = (parent: Parents, where: Where): void => {
    for (const child of parent.children) walk(child as Nodes, where, false);
  };

  for (const child of tree.children) walk(child as Nodes, { quoted: false, listDepth: 0 }, true);
  return result;
}

function lineStart(source: string, offset: number): number {
  let i = offset;
  while (i > 0 && source[i - 1] !== "\n" && source[i - 1] !== "\r") i--;
  return i;
}

/** Indented (not fenced) code whose every line is a page number. */
function isIndentedPageNumbers(node: Code, source: string): boolean {
  const start = node.position?.start.offset;
  if (start === undefined || node.position?.end.offset === undefined) return false;
  if (source.startsWith("```", start) || source.startsWith("~~~", start)) return false;
  const lines = node.value.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  return lines.length > 0 && lines.every(isPageNumberLine);
}
