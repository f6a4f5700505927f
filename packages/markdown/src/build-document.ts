/**
 * From classified blocks (lines still apart) to the PolicyDocument: join the
 * lines of each block, order the blocks by source position, build the
 * section tree from heading depths and pick the title.
 */
import type { Block, Language, PolicyDocument, Section, SourceFormat, Suppression, TablePlace } from "@mrlint/core";
import { assembleParts, type AssembledText } from "./assemble.js";
import type { LayoutBlock } from "./layout.js";
import { chooseLanguage } from "./language.js";

export interface DocumentParts {
  format: SourceFormat;
  source: string;
  uri?: string;
  blocks: ReadonlyArray<LayoutBlock & { table?: TablePlace }>;
  suppressions: Suppression[];
  inlineConfig?: unknown;
  notes: string[];
  language?: Language | "auto";
  frontMatterLanguage?: Language;
}

export function buildDocument(parts: DocumentParts): PolicyDocument {
  const assembled: AssembledText[] = [];
  let total = 0;
  for (const b of parts.blocks) {
    const a = assembleParts(b.segs);
    assembled.push(a);
    if (a.text.length > 0) total += a.mapLength;
  }
  // All maps live in one buffer: hundreds of small typed arrays of their own cost more than the rest of this step.
  const buffer = new ArrayBuffer(total * Int32Array.BYTES_PER_ELEMENT);
  let offset = 0;
  const blocks: Block[] = [];
  parts.blocks.forEach((b, k) => {
    const { text, map: source, mapLength } = assembled[k];
    if (text.length === 0) return;
    const map = new Int32Array(buffer, offset * Int32Array.BYTES_PER_ELEMENT, mapLength);
    for (let i = 0; i < mapLength; i++) map[i] = source[i];
    offset += mapLength;
    const block: Block = { index: 0, kind: b.kind, text, map, depth: b.depth, section: 0, quoted: b.quoted, role: b.role };
    if (b.table) block.table = b.table;
    blocks.push(block);
  });
  // Stable: blocks that start at the same offset keep the order they were found in.
  blocks.sort((a, b) => a.map[0] - b.map[0]);
  blocks.forEach((b, i) => (b.index = i));
  const sections = buildSections(blocks);
  const { language, languageSource } = chooseLanguage(parts.language, parts.frontMatterLanguage, () =>
    blocks
      .filter((b) => b.role === "body")
      .map((b) => b.text)
      .join("\n"),
  );
  const doc: PolicyDocument = {
    format: parts.format,
    source: parts.source,
    language,
    languageSource,
    blocks,
    sections,
    title: findTitle(blocks),
    suppressions: parts.suppressions,
    notes: parts.notes,
  };
  if (parts.uri !== undefined) doc.uri = parts.uri;
  if (parts.inlineConfig !== undefined) doc.inlineConfig = parts.inlineConfig;
  return doc;
}

/**
 * Headings that open a section: body headings not quoted from elsewhere. The
 * heading of a table of contents opens none, so that headings after it never
 * end up inside a "contents" section.
 */
function opensSection(b: Block): boolean {
  return b.kind === "heading" && !b.quoted && b.role === "body";
}

export function buildSections(blocks: Block[]): Section[] {
  const sections: Section[] = [
    { index: 0, heading: null, depth: 0, parent: null, title: "", firstBlock: 0, lastBlock: blocks.length - 1 },
  ];
  const open: number[] = [0];
  for (const b of blocks) {
    if (opensSection(b)) {
      while (open.length > 1 && sections[open[open.length - 1]].depth >= b.depth) open.pop();
      const section: Section = {
        index: sections.length,
        heading: b.index,
        depth: b.depth,
        parent: open[open.length - 1],
        title: b.text,
        firstBlock: b.index,
        lastBlock: b.index,
      };
      sections.push(section);
      open.push(section.index);
    }
    b.section = open[open.length - 1];
    for (const s of open) sections[s].lastBlock = b.index;
  }
  return sections;
}

/** The first heading of the body, else the first body block, else the first block. */
export function findTitle(blocks: readonly Block[]): number | null {
  const heading = blocks.find((b) => b.kind === "heading" && b.role === "body" && !b.quoted);
  if (heading) return heading.index;
  const body = blocks.find((b) => b.role === "body");
  if (body) return body.index;
  return blocks.length > 0 ? 0 : null;
}
