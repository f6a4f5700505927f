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
    const builder = new SegBuilder(source);
    new InlineText(source, builder).nodes(children);
    return builder.finish();
  };
  const add = (kind: BlockKind, depth: number, where: Where, children: readonly Nodes[], table?: TablePlace): void => {
    const segs = segsOf(children);
    if (segs.length > 0) result.blocks.push({ kind, depth, role: "body", quoted: where.quoted, segs, table });
  };

  /** Nested content, visited with an explicit stack: deeply nested input must not overflow the call stack. */
  const walkNested = (root: Nodes, rootWhere: Where): void => {
    const stack: Array<{ node: Nodes; where: Where }> = [{ node: root, where: rootWhere }];
    const pushChildren = (children: readonly unknown[], where: Where): void => {
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Nodes, where });
    };
    while (stack.length > 0) {
      const { node, where } = stack.pop()!;
      switch (node.type) {
        case "paragraph":
          if (where.listDepth > 0) add("list-item", where.listDepth, where, node.children);
          else add(where.quoted ? "quote" : "paragraph", 0, where, node.children);
          break;
        case "heading":
          result.hasHeadings = true;
          add("heading", node.depth, where, node.children);
          break;
        case "blockquote":
          pushChildren(node.children, { quoted: true, listDepth: 0 });
          break;
        case "list":
          pushChildren(node.children, { ...where, listDepth: where.listDepth + 1 });
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
        // Not prose: code, raw HTML (its mrlint comments are read separately), link definitions,
        // footnote definitions (notes are not body text, as in .docx), thematic breaks.
        case "code":
        case "html":
        case "definition":
        case "footnoteDefinition":
        case "thematicBreak":
        case "yaml":
          break;
        default:
          // listItem and anything else with block children
          if ("children" in node) pushChildren((node as Parents).children, where);
      }
    }
  };

  const top: Where = { quoted: false, listDepth: 0 };
  for (const child of tree.children as Nodes[]) {
    switch (child.type) {
      case "yaml":
        if (child.position?.start.offset !== undefined) result.frontMatter ??= { value: child.value, start: child.position.start.offset };
        continue;
      case "paragraph":
        result.items.push({ type: "chunk", segs: segsOf(child.children) });
        continue;
      // Invisible, and no barrier between paragraphs: raw HTML and link definitions.
      case "html":
      case "definition":
        continue;
      case "code":
        // A page number indented by a PDF extractor ("      Sida 2 av 4") parses as indented code:
        // give it to the layout step, which sets it apart as furniture without ending the paragraph.
        if (isIndentedPageNumbers(child, source)) {
          const from = child.position!.start.offset!;
          for (const item of textLayoutItems(source, [], lineStart(source, from), child.position!.end.offset!)) result.items.push(item);
          continue;
        }
        break;
      default:
        walkNested(child, top);
    }
    result.items.push({ type: "barrier" });
  }
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
