/** The section tree from heading blocks: each heading opens a section that runs to the next heading of its level or higher. */
import type { Block, Section } from "@mrlint/core";

export function buildSections(blocks: Block[]): Section[] {
  const lastBlock = blocks.length - 1;
  const root: Section = { index: 0, heading: null, depth: 0, parent: null, title: "", firstBlock: 0, lastBlock };
  const sections: Section[] = [root];
  const open: Section[] = [root];
  for (const b of blocks) {
    if (b.kind === "heading" && b.depth > 0) {
      while (open.length > 1 && open[open.length - 1].depth >= b.depth) {
        open.pop()!.lastBlock = b.index - 1;
      }
      const parent = open[open.length - 1];
      const s: Section = {
        index: sections.length,
        heading: b.index,
        depth: b.depth,
        parent: parent.index,
        title: b.text.trim(),
        firstBlock: b.index,
        lastBlock,
      };
      sections.push(s);
      open.push(s);
    }
    b.section = open[open.length - 1].index;
  }
  return sections;
}
