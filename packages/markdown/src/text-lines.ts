import type { LayoutItem } from "./layout.js";
import { type Seg, SegBuilder } from "./segment.js";

/**
 * Cut plain text (source[from, to)) into paragraphs of lines: a blank line
 * ends a paragraph, a form feed is a page break. Characters inside `skip`
 * ranges (mrlint comments) count as spaces.
 */
export function textLayoutItems(
  source: string,
  skip: ReadonlyArray<readonly [number, number]>,
  from = 0,
  to = source.length,
): LayoutItem[] {
  const items: LayoutItem[] = [];
  let chunk: Seg[] = [];
  const endChunk = (): void => {
    if (chunk.length > 0) items.push({ type: "chunk", segs: chunk });
    chunk = [];
  };
  let skipIndex = 0;
  let builder = new SegBuilder(source);
  let lineStart = from;
  builder.startLine(from);
  const endLine = (at?: number): void => {
    builder.lineBreak(at);
    const segs = builder.finish();
    if (segs.length === 0) endChunk();
    else for (const seg of segs) chunk.push(seg);
    builder = new SegBuilder(source);
  };
  for (let i = from; i < to; i++) {
    const c = source[i];
    if (c === "\n" || c === "\r") {
      endLine(i);
      if (c === "\r" && source[i + 1] === "\n") i++;
      lineStart = i + 1;
      builder.startLine(lineStart);
      continue;
    }
    if (c === "\f") {
      // A form feed starts a new page: whatever stood before it on the line is a line of its own.
      if (lineStart < i) endLine();
      endChunk();
      items.push({ type: "page-break" });
      lineStart = i + 1;
      builder.startLine(lineStart);
      continue;
    }
    while (skipIndex < skip.length && skip[skipIndex][1] <= i) skipIndex++;
    const skipped = skipIndex < skip.length && skip[skipIndex][0] <= i;
    builder.push(skipped ? " " : c, i, i + 1);
  }
  endLine();
  endChunk();
  return items;
}
