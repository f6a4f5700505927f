/**
 * A tiny line-based Markdown reader for unit tests of the edit builders:
 * `#` headings, `- ` list items and paragraphs, with exact offset maps.
 * Not the real parser; just enough structure to place edits.
 */
import { lineStarts, type Block, type PolicyDocument, type Section } from "@mrlint/core";

export function simpleDocument(source: string, language: "sv" | "en" = "sv", format: "markdown" | "text" = "markdown"): PolicyDocument {
  const starts = lineStarts(source);
  const blocks: Block[] = [];
  const sections: Section[] = [{ index: 0, heading: null, depth: 0, parent: null, title: "", firstBlock: 0, lastBlock: -1 }];
  const open: number[] = [0];
  let paragraph: { start: number; end: number } | undefined;

  const lineText = (i: number) => source.slice(starts[i], starts[i + 1] ?? source.length).replace(/\r?\n$/, "");
  const push = (kind: Block["kind"], start: number, end: number, depth: number) => {
    const text = source.slice(start, end);
    const map = new Int32Array(text.length + 1);
    for (let i = 0; i <= text.length; i++) map[i] = start + i;
    blocks.push({ index: blocks.length, kind, text, map, depth, section: open[open.length - 1], quoted: false, role: "body" });
    for (const s of open) sections[s].lastBlock = blocks.length - 1;
  };
  const flush = () => {
    if (paragraph) push("paragraph", paragraph.start, paragraph.end, 0);
    paragraph = undefined;
  };

  for (let i = 0; i < starts.length; i++) {
    const line = lineText(i);
    const heading = format === "markdown" ? /^(#{1,6})\s+(.*)$/.exec(line) : null;
    const item = /^(\s*)[-*]\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const depth = heading[1].length;
      while (open.length > 1 && sections[open[open.length - 1]].depth >= depth) open.pop();
      const section: Section = {
        index: sections.length,
        heading: blocks.length,
        depth,
        parent: open[open.length - 1],
        title: heading[2],
        firstBlock: blocks.length,
        lastBlock: blocks.length,
      };
      sections.push(section);
      open.push(section.index);
      const start = starts[i] + depth + 1;
      push("heading", start, start + heading[2].length, depth);
    } else if (item) {
      flush();
      const start = starts[i] + item[1].length + 2;
      push("list-item", start, start + item[2].length, 1);
    } else if (line.trim() === "") {
      flush();
    } else if (paragraph) {
      paragraph.end = starts[i] + line.length;
    } else {
      paragraph = { start: starts[i], end: starts[i] + line.length };
    }
  }
  flush();
  const title = blocks.findIndex((b) => b.kind === "heading");
  return {
    format,
    source,
    language,
    languageSource: "configured",
    blocks,
    sections,
    title: title >= 0 ? title : blocks.length > 0 ? 0 : null,
    suppressions: [],
    notes: [],
  };
}
