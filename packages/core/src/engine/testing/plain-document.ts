/**
 * A minimal text → PolicyDocument builder for core's own tests and rule
 * examples (core cannot import the Markdown parser). Blank lines separate
 * blocks; `# `…`###### ` lines are headings; `> ` blocks are quotes; `- `
 * lines are list items; other lines of a block are joined with a space.
 * Every character of block text maps back to its source offset.
 */
import type { Block, BlockKind, Language, PolicyDocument, Section } from "../../model/document.js";

interface Line {
  text: string;
  start: number;
}

function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= source.length; i++) {
    if (i === source.length || source[i] === "\n") {
      let end = i;
      if (end > start && source[end - 1] === "\r") end--;
      lines.push({ text: source.slice(start, end), start });
      start = i + 1;
    }
  }
  return lines;
}

function blockFrom(lines: Line[], kind: BlockKind, prefix: RegExp, depth: number): Omit<Block, "index" | "section"> {
  let text = "";
  const map: number[] = [];
  lines.forEach((line, n) => {
    const skip = prefix.exec(line.text)?.[0].length ?? 0;
    if (n > 0) {
      text += " ";
      map.push(line.start - 1); // the joining space stands for the line break before this line
    }
    for (let i = skip; i < line.text.length; i++) {
      text += line.text[i];
      map.push(line.start + i);
    }
  });
  const last = lines[lines.length - 1];
  map.push(last.start + last.text.length);
  return { kind, text, map: Int32Array.from(map), depth, quoted: kind === "quote", role: "body" };
}

export function plainDocument(source: string, language: Language = "sv", extra: Partial<PolicyDocument> = {}): PolicyDocument {
  const groups: Line[][] = [];
  let current: Line[] = [];
  for (const line of splitLines(source)) {
    const isHeading = /^#{1,6}\s/.test(line.text);
    if (line.text.trim() === "" || isHeading || /^- /.test(line.text)) {
      if (current.length > 0) groups.push(current);
      current = [];
      if (isHeading || /^- /.test(line.text)) groups.push([line]);
      continue;
    }
    current.push(line);
  }
  if (current.length > 0) groups.push(current);

  const sections: Section[] = [{ index: 0, heading: null, depth: 0, parent: null, title: "", firstBlock: 0, lastBlock: -1 }];
  const open: number[] = [0];
  const blocks: Block[] = [];
  for (const group of groups) {
    const first = group[0].text;
    const heading = /^(#{1,6})\s+/.exec(first);
    const shape = heading
      ? blockFrom(group, "heading", /^#{1,6}\s+/, heading[1].length)
      : first.startsWith("> ")
        ? blockFrom(group, "quote", /^>\s?/, 0)
        : first.startsWith("- ")
          ? blockFrom(group, "list-item", /^-\s+/, 1)
          : blockFrom(group, "paragraph", /^$/, 0);
    const index = blocks.length;
    if (heading) {
      const depth = heading[1].length;
      while (open.length > 1 && sections[open[open.length - 1]].depth >= depth) open.pop();
      const section: Section = { index: sections.length, heading: index, depth, parent: open[open.length - 1], title: shape.text, firstBlock: index, lastBlock: index };
      sections.push(section);
      open.push(section.index);
    }
    for (const s of open) sections[s].lastBlock = index;
    blocks.push({ ...shape, index, section: open[open.length - 1] });
  }
  const title = blocks.find((b) => b.kind === "heading")?.index ?? (blocks.length > 0 ? 0 : null);
  return {
    format: "text",
    source,
    language,
    languageSource: "configured",
    blocks,
    sections,
    title,
    suppressions: [],
    notes: [],
    ...extra,
  };
}
