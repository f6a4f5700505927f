/**
 * The containers a line may continue (block quotes and list items) and how
 * much of the line their prefixes take, as CommonMark reads them.
 */
import type { Blockquote, List, ListItem, Root } from "mdast";
import { skipSpaces } from "./block-starts.js";

export type Container =
  | { kind: "root"; node: Root }
  | { kind: "quote"; node: Blockquote }
  /** `width`: columns of the item's marker and the spaces around it; its content starts that far in. */
  | { kind: "item"; node: ListItem; list: List; width: number };

export interface Continued {
  /** How many containers of the stack (the root included) the line continues. */
  matched: number;
  /** Offset after their prefixes. */
  pos: number;
}

/**
 * Match the line text[start, end) against the open containers, outermost
 * first: a quote needs `>` (after at most three spaces; one space after it
 * belongs to the prefix), an item its indentation, or a blank line (which
 * gives up at most the item's indentation).
 */
export function continueContainers(text: string, start: number, end: number, stack: readonly Container[]): Continued {
  let pos = start;
  let matched = 1;
  for (; matched < stack.length; matched++) {
    const c = stack[matched];
    if (c.kind === "quote") {
      const p = skipSpaces(text, pos, Math.min(end, pos + 4));
      if (p - pos > 3 || p >= end || text.charCodeAt(p) !== 62 /* > */) break;
      pos = p + 1;
      if (pos < end && text.charCodeAt(pos) === 32) pos++;
    } else if (c.kind === "item") {
      const spaces = skipSpaces(text, pos, end) - pos;
      if (pos + spaces === end) {
        pos += Math.min(spaces, c.width);
        continue;
      }
      if (spaces < c.width) break;
      pos += c.width;
    }
  }
  return { matched, pos };
}
