import type { Nodes, Root } from "mdast";
import type { PolicyDocument } from "@mrlint/core";
import { assembleText } from "./assemble.js";
import { buildDocument } from "./build-document.js";
import { readFrontMatter } from "./front-matter.js";
import { type LayoutBlock, layoutChunks } from "./layout.js";
import { collectBlocks } from "./markdown-blocks.js";
import { type Complexity, MAX_NESTING_DEPTH, markdownTooComplex } from "./markdown-complexity.js";
import { parseFull, reparse, type ParsedTree } from "./incremental-parse.js";
import { parseMdast } from "./markdown-processor.js";
import { note, where } from "./notes.js";
import type { ParseOptions } from "./options.js";
import { parseText } from "./parse-text.js";
import { stripBom } from "./source.js";
import { type Directive, findDirectives, toSuppressions } from "./suppressions.js";
import { hasLeader, isEntryLike, isTocTitle } from "./toc.js";

/**
 * Markdown → PolicyDocument. Never throws on any text. Offsets refer to the
 * text without a leading BOM; CRLF is kept.
 */
export function parseMarkdown(text: string, options: ParseOptions = {}): PolicyDocument {
  const source = stripBom(text);
  const tooComplex = markdownTooComplex(source);
  if (tooComplex) return readAsPlainText(text, tooComplex, options);
  const parsed = parseTree(source, options);
  const tree = parsed.tree;
  const collected = collectBlocks(tree, source);
  const layout = layoutChunks(collected.items, {
    // Without Markdown headings the text is likely a PDF extract: headings are numbered or capitalised lines.
    headings: !collected.hasHeadings,
    lists: false,
    splitLines: false,
    quotes: false,
  });
  const blocks: LayoutBlock[] = [...collected.blocks, ...layout].sort((a, b) => a.segs[0].map[0] - b.segs[0].map[0]);
  markTableOfContents(blocks);

  const frontMatter = collected.frontMatter ? readFrontMatter(collected.frontMatter.value, 2) : {};
  const doc = buildDocument({
    format: "markdown",
    source,
    uri: options.uri,
    blocks,
    suppressions: toSuppressions(htmlDirectives(tree, source), source),
    inlineConfig: frontMatter.inlineConfig,
    notes: [],
    language: options.language,
    frontMatterLanguage: frontMatter.language,
  });
  if (options.incremental) trees.set(doc, parsed);
  if (frontMatter.problem) {
    const locale = options.locale ?? doc.language;
    const { id, line, detail } = frontMatter.problem;
    doc.notes.push(note(id, locale, { where: where(locale, line), detail }));
  }
  return doc;
}

/** Trees kept for incremental parsing, by the document they were read into. */
const trees = new WeakMap<PolicyDocument, ParsedTree>();

function parseTree(source: string, options: ParseOptions): ParsedTree {
  if (!options.incremental) return { source, tree: parseMdast(source), mask: -1 };
  const previous = options.incremental.previous && trees.get(options.incremental.previous);
  return previous ? reparse(source, previous) : parseFull(source);
}

/**
 * Markdown the CommonMark parser would take minutes on (see
 * markdown-complexity.ts) is read by the plain-text parser, which is linear,
 * with a note saying why.
 */
function readAsPlainText(text: string, reason: Complexity, options: ParseOptions): PolicyDocument {
  const doc = parseText(text, options);
  doc.format = "markdown";
  const locale = options.locale ?? doc.language;
  doc.notes.push(
    reason.kind === "depth"
      ? note("too-deeply-nested", locale, { depth: String(reason.depth), line: String(reason.line), limit: String(MAX_NESTING_DEPTH) })
      : note("list-too-complex", locale, { items: String(reason.items), lines: String(reason.lines), line: String(reason.line) }),
  );
  return doc;
}

/** mrlint comments in raw HTML (block or inline); comments inside code are code, not HTML. */
function htmlDirectives(tree: Root, source: string): Directive[] {
  const out: Directive[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "html") {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) for (const d of findDirectives(source.slice(start, end), start)) out.push(d);
    } else if ("children" in node) {
      for (const child of node.children) stack.push(child as Nodes);
    }
  }
  return out;
}

/**
 * A Markdown heading "Innehåll"/"Contents" and the list items or short
 * entry lines that follow it are a table of contents.
 */
function markTableOfContents(blocks: LayoutBlock[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const title = blocks[i];
    if (title.kind !== "heading" || title.role !== "body" || !isTocTitle(assembleText(title.segs))) continue;
    title.role = "toc";
    for (let j = i + 1; j < blocks.length; j++) {
      const entry = blocks[j];
      if (entry.kind === "heading") break;
      if (entry.role !== "body") continue;
      const text = assembleText(entry.segs);
      if (entry.kind !== "list-item" && !hasLeader(text) && !isEntryLike(text)) break;
      entry.role = "toc";
    }
  }
}
