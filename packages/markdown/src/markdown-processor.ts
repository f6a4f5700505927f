/**
 * Markdown → mdast, by one of two paths that give the same tree.
 *
 * 1. The fast path (fast/): a purpose-built scanner for the Markdown that
 *    policies use — front matter, headings, paragraphs, lists, block quotes,
 *    pipe tables, fenced code, thematic breaks, HTML comments, and inline
 *    emphasis, strikethrough, code, links, images, autolinks, escapes,
 *    character references and line breaks. It builds the tree micromark +
 *    mdast-util-from-markdown would build, node for node and position for
 *    position, in about a tenth of the time. On anything it does not model
 *    with certainty (link reference definitions, footnotes, raw HTML other
 *    than comments, lazy continuation lines, indented code, tabs, …) it
 *    gives up for the whole document (fast/give-up.ts lists the reasons;
 *    fast/path-stats.ts counts them).
 * 2. The reference path: unified + remark-parse + remark-frontmatter and the
 *    GitHub extensions we need (tables, footnotes, strikethrough, task
 *    lists), for every document the fast path gives up on.
 *
 * Both paths see the same syntax extensions: `featureMask` switches each on
 * only when the text contains what could start its syntax. Speed of the
 * reference path (TOOLCHAIN.md §8: the GitHub extensions more than double
 * parse cost), measured on 10,700 words of corpus Markdown, Node 20: plain
 * CommonMark ≈ 27 ms, remark-gfm ≈ 60 ms, the four extensions we use
 * ≈ 37 ms; most of remark-gfm's extra cost is autolink literals, which we
 * skip (a bare URL reads the same as text or as a link). The extensions and
 * processors are created once per process. fast/*.test.ts hold the two
 * paths to the same output.
 */
import type { Root } from "mdast";
import { gfmFootnoteFromMarkdown } from "mdast-util-gfm-footnote";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { type Processor, unified } from "unified";
import { fastMdast } from "./fast/fast-parse.js";
import { recordFallback, recordFast } from "./fast/path-stats.js";

interface Feature {
  /** Could the text use this syntax? False positives only cost time. */
  test: (text: string) => boolean;
  micromark: () => unknown;
  fromMarkdown: () => unknown;
}

const FEATURES: Feature[] = [
  { test: hasTableDelimiterRow, micromark: gfmTable, fromMarkdown: gfmTableFromMarkdown },
  { test: (text) => text.includes("[^"), micromark: gfmFootnote, fromMarkdown: gfmFootnoteFromMarkdown },
  { test: (text) => text.includes("~"), micromark: gfmStrikethrough, fromMarkdown: gfmStrikethroughFromMarkdown },
  { test: (text) => /\[[ xX]\]/.test(text), micromark: gfmTaskListItem, fromMarkdown: gfmTaskListItemFromMarkdown },
];

type Parser = { parse(text: string): Root };

const DELIMITER_ROW = /^[|:\- \t]+$/;

/**
 * A table needs a delimiter row such as "|---|:--:|" (also inside quotes and
 * lists). Checked line by line, only on lines with a pipe, without
 * backtracking regular expressions: input can be hostile.
 */
function hasTableDelimiterRow(text: string): boolean {
  for (let at = text.indexOf("|"); at >= 0; ) {
    let start = at;
    while (start > 0 && text[start - 1] !== "\n" && text[start - 1] !== "\r") start--;
    let end = at;
    while (end < text.length && text[end] !== "\n" && text[end] !== "\r") end++;
    let from = start;
    while (from < end && (text[from] === " " || text[from] === "\t" || text[from] === ">")) from++;
    const row = text.slice(from, end);
    if (row.includes("-") && DELIMITER_ROW.test(row)) return true;
    at = text.indexOf("|", end);
  }
  return false;
}

/** Extension objects, created once. */
let extensions: Array<{ micromark: unknown; fromMarkdown: unknown }> | undefined;
/** One processor per combination of features (bit mask), created on first use. */
const processors = new Map<number, Parser>();

function processorFor(mask: number): Parser {
  let parser = processors.get(mask);
  if (parser) return parser;
  extensions ??= FEATURES.map((f) => ({ micromark: f.micromark(), fromMarkdown: f.fromMarkdown() }));
  const chosen = extensions.filter((_, i) => mask & (1 << i));
  // The same plugin shape as remark-gfm: register syntax and tree extensions on the processor.
  function remarkGithubSubset(this: Processor): void {
    const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
    (data.micromarkExtensions ??= []).push(...chosen.map((e) => e.micromark));
    (data.fromMarkdownExtensions ??= []).push(...chosen.map((e) => e.fromMarkdown));
  }
  parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGithubSubset) as unknown as Parser;
  processors.set(mask, parser);
  return parser;
}

/** Lines indented this far are no Markdown structure anyone writes. */
const DEEP_INDENT = /^[ \t]{100}/m;
const INDENT_BEYOND_64 = /^([ \t]{64})([ \t]+)/gm;

/**
 * micromark slows down sharply on lists nested hundreds deep (a staircase of
 * ever more indented lines: 400 levels take seconds, 800 half a minute).
 * Indentation beyond 64 columns is given to the parser as no-break spaces:
 * same length, so every offset stays valid, but no deeper nesting. The
 * inline mapper treats them as the spaces they stand for.
 */
function capIndentation(text: string): string {
  if (!DEEP_INDENT.test(text)) return text;
  return text.replace(INDENT_BEYOND_64, (_, keep: string, rest: string) => keep + "\u00a0".repeat(rest.length));
}

export function parseMdast(text: string): Root {
  return parseWithMask(text, featureMask(text));
}

/** Which syntax extensions the text could use (a bit per feature). */
export function featureMask(text: string): number {
  let mask = 0;
  FEATURES.forEach((f, i) => {
    if (f.test(text)) mask |= 1 << i;
  });
  return mask;
}

/** Which path parseWithMask takes: the fast scanner where it can (default), or always micromark. */
export type ParserPath = "auto" | "micromark";

let parserPath: ParserPath = "auto";

/**
 * Run `fn` with the parser path forced (for the tests that compare the two
 * paths; not exported from the package).
 */
export function withParserPath<T>(path: ParserPath, fn: () => T): T {
  const before = parserPath;
  parserPath = path;
  try {
    return fn();
  } finally {
    parserPath = before;
  }
}

/** The tree of `text` with the extensions of `mask` (see incremental-parse.ts). */
export function parseWithMask(text: string, mask: number): Root {
  if (parserPath === "auto") {
    const fast = fastMdast(text, mask);
    if (fast.tree) {
      recordFast();
      return fast.tree;
    }
    recordFallback(fast.reason);
  }
  return processorFor(mask).parse(capIndentation(text));
}

/** Will the parser get the text with its indentation capped? */
export function needsIndentCap(text: string): boolean {
  return DEEP_INDENT.test(text);
}
