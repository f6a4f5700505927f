/**
 * Visible text of Markdown inline content, with the source offset of every
 * character. mdast gives decoded values (escapes and entities resolved, line
 * prefixes removed) plus the source range of each node; we walk the value
 * and the source side by side to find where each character came from.
 */
import type { Nodes } from "mdast";
import type { SegBuilder } from "./segment.js";

const ENTITY = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/y;
/** How far to look ahead for a character when value and source disagree unexpectedly. */
const RESYNC_WINDOW = 16;

function isAsciiPunctuation(c: string): boolean {
  const code = c.charCodeAt(0);
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

function isWhite(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\f" || c === "\v" || c === "\u00a0";
}

/** UTF-16 length of what a numeric character reference decodes to (invalid ones become U+FFFD). */
function numericLength(entity: string): number {
  const hex = entity[2] === "x" || entity[2] === "X";
  const code = Number.parseInt(entity.slice(hex ? 3 : 2, -1), hex ? 16 : 10);
  return code > 0xffff && code <= 0x10ffff ? 2 : 1;
}

/** No line ending and no backslash: characters the alignment below treats specially even when they match. */
function isVerbatim(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 10 || c === 13 || c === 92) return false;
  }
  return true;
}

export class InlineText {
  constructor(
    private readonly source: string,
    private readonly out: SegBuilder,
  ) {}

  /** Add the visible text of inline nodes (explicit stack: nesting can be as deep as the input is long). */
  nodes(nodes: readonly Nodes[]): void {
    const stack: Nodes[] = [];
    for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]);
    while (stack.length > 0) {
      const node = stack.pop()!;
      const pos = node.position;
      switch (node.type) {
        case "text":
          if (pos?.start.offset !== undefined && pos.end.offset !== undefined)
            this.align(node.value, pos.start.offset, pos.end.offset, true);
          break;
        case "inlineCode":
          if (pos?.start.offset !== undefined && pos.end.offset !== undefined) {
            let j = pos.start.offset;
            while (j < pos.end.offset && this.source[j] === "`") j++;
            this.align(node.value, j, pos.end.offset, false);
          }
          break;
        case "break":
          this.out.lineBreak(pos?.start.offset);
          break;
        // Not visible as text: footnote markers, images (alt text is not prose), raw HTML.
        case "footnoteReference":
        case "image":
        case "imageReference":
        case "html":
          break;
        default:
          if ("children" in node) {
            const children = node.children as Nodes[];
            for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
          }
      }
    }
  }

  /** Map the decoded `value` onto the source range [start, end). */
  private align(value: string, start: number, end: number, escapes: boolean): void {
    const src = this.source;
    const out = this.out;
    // Most text is its source verbatim: then every character maps to itself (what the loop below would find).
    if (value.length === end - start && isVerbatim(value) && src.startsWith(value, start)) {
      out.pushRun(start, end);
      return;
    }
    let j = start;
    const n = value.length;
    for (let i = 0; i < n; i++) {
      const c = value[i];
      if (c === "\n" || c === "\r") {
        if (c === "\r" && value[i + 1] === "\n") i++;
        let k = j;
        while (k < end && isWhite(src[k])) k++;
        const atLineEnd = src[k] === "\r" || src[k] === "\n";
        out.lineBreak(atLineEnd ? k : undefined);
        if (atLineEnd) j = k + (src[k] === "\r" && src[k + 1] === "\n" ? 2 : 1);
        // Skip the line prefix the parser removed: indentation, block quote markers.
        const resume = value[i + 1];
        while (j < end && src[j] !== resume && (isWhite(src[j]) || src[j] === ">")) j++;
        continue;
      }
      if (j >= end) break; // the value is longer than its source: drop the rest rather than guess
      const s = src[j];
      if (escapes && s === "\\" && j + 1 < end && isAsciiPunctuation(src[j + 1]) && src[j + 1] === c) {
        out.push(c, j, j + 2);
        j += 2;
        continue;
      }
      if (s === "&") {
        ENTITY.lastIndex = j;
        const m = ENTITY.exec(src);
        if (m && m.index + m[0].length <= end && !value.startsWith(m[0], i)) {
          const after = j + m[0].length;
          let len = m[0][1] === "#" ? numericLength(m[0]) : 1;
          // A named reference may decode to two code units; the source after it tells.
          if (m[0][1] !== "#" && i + 1 < n && value[i + 1] !== src[after] && value[i + 2] === src[after]) len = 2;
          for (let d = 0; d < len && i + d < n; d++) out.push(value[i + d], j, after);
          i += len - 1;
          j = after;
          continue;
        }
      }
      if (c === s || (isWhite(c) && isWhite(s)) || (c === "\ufffd" && s === "\0")) {
        out.push(c, j, j + 1);
        j++;
        continue;
      }
      const limit = Math.min(end, j + RESYNC_WINDOW);
      let found = j;
      while (found < limit && src[found] !== c) found++;
      if (found < limit) {
        out.push(c, found, found + 1);
        j = found + 1;
      }
      // Not found nearby: leave the character out, so every kept character maps to itself.
    }
  }
}
