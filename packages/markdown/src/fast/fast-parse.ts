/**
 * Entry of the fast path: the mdast tree of `text` for the syntax
 * extensions in `mask` (see markdown-processor.ts), built by the scanner in
 * this folder, or null when the scanner gave up and micromark must parse.
 */
import type { Root } from "mdast";
import { BlockScanner } from "./block-scanner.js";
import { GiveUp, type GiveUpReason, giveUp } from "./give-up.js";

/** Feature bits of markdown-processor.ts's FEATURES: footnotes and task list items are not modelled. */
const FOOTNOTES = 2;
const TASK_LIST_ITEMS = 8;

const DEEP_INDENT = /^ {100}/m;

export type FastResult = { tree: Root; reason?: undefined } | { tree: null; reason: GiveUpReason };

export function fastMdast(text: string, mask: number): FastResult {
  try {
    precheck(text, mask);
    return { tree: new BlockScanner(text, mask).parse() };
  } catch (error) {
    if (error instanceof GiveUp) return { tree: null, reason: error.reason };
    throw error;
  }
}

/** Whole-text reasons to give up at once. */
function precheck(text: string, mask: number): void {
  if (mask & FOOTNOTES) giveUp("footnote");
  if (mask & TASK_LIST_ITEMS) giveUp("task-list");
  if (text.includes("\t")) giveUp("tab");
  // micromark gets such text with its indentation capped (see markdown-processor.ts).
  if (DEEP_INDENT.test(text)) giveUp("deep-indent");
  if (text.includes("\0")) giveUp("nul");
  // A link reference definition anywhere changes how every bracket reads.
  if (text.includes("]:")) giveUp("definition");
}
