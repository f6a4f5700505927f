/**
 * Markdown → mdast with unified + remark-parse + remark-frontmatter and the
 * GitHub extensions we need (tables, footnotes, strikethrough, task lists).
 *
 * Speed (TOOLCHAIN.md §8: the GitHub extensions more than double parse
 * cost). Measured on 10,700 words of corpus Markdown, Node 20: plain
 * CommonMark ≈ 27 ms, remark-gfm ≈ 60 ms, the four extensions we use
 * ≈ 37 ms; most of remark-gfm's extra cost is autolink literals, which we
 * skip (a bare URL reads the same as text or as a link). Each extension is
 * switched on only when the text contains what could start its syntax, and
 * the extensions and processors are created once per process.
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

/** The tree of `text` with the extensions of `mask` (see incremental-parse.ts). */
export function parseWithMask(text: string, mask: number): Root {
  return processorFor(mask).parse(capIndentation(text));
}

/** Will the parser get the text with its indentation capped? */
export function needsIndentCap(text: string): boolean {
  return DEEP_INDENT.test(text);
}
