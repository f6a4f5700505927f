/**
 * A small PolicyDocument builder for the analysis tests (no parser needed):
 * blocks are laid out one per paragraph in the source, separated by a blank
 * line, with an identity offset map; headings open sections.
 */
import type { Block, BlockKind, BlockRole, Language, PolicyDocument, Section, TablePlace } from "../model/document.js";

export interface TestBlock {
  kind?: BlockKind;
  text: string;
  depth?: number;
  role?: BlockRole;
  quoted?: boolean;
  table?: TablePlace;
}

/** "# Title" makes a heading of depth 1, "## x" depth 2; a plain string is a paragraph. */
function fromShorthand(item: string | TestBlock): TestBlock {
  if (typeof item !== "string") return item;
  const m = /^(#{1,6}) (.*)$/.exec(item);
  if (m) return { kind: "heading", text: m[2], depth: m[1].length };
  return { kind: "paragraph", text: item };
}

export function testDocument(items: Array<string | TestBlock>, language: Language = "sv"): PolicyDocument {
  const blocks: Block[] = [];
  let source = "";
  const sections: Section[] = [{ index: 0, heading: null, depth: 0, parent: null, title: "", firstBlock: 0, lastBlock: -1 }];
  const open: number[] = [0];
  items.forEach((raw, index) => {
    const item = fromShorthand(raw);
    if (index > 0) source += "\n\n";
    const offset = source.length;
    source += item.text;
    const map = new Int32Array(item.text.length + 1);
    for (let i = 0; i <= item.text.length; i++) map[i] = offset + i;
    const kind = item.kind ?? "paragraph";
    if (kind === "heading") {
      const depth = item.depth ?? 1;
      while (open.length > 1 && sections[open[open.length - 1]].depth >= depth) open.pop();
      const section: Section = {
        index: sections.length,
        heading: index,
        depth,
        parent: open[open.length - 1],
        title: item.text,
        firstBlock: index,
        lastBlock: index,
      };
      sections.push(section);
      open.push(section.index);
    }
    for (const s of open) sections[s].lastBlock = index;
    blocks.push({
      index,
      kind,
      text: item.text,
      map,
      depth: item.depth ?? 0,
      section: open[open.length - 1],
      quoted: item.quoted ?? false,
      role: item.role ?? "body",
      table: item.table,
    });
  });
  const title = blocks.findIndex((b) => b.kind === "heading");
  return {
    format: "markdown",
    source,
    language,
    languageSource: "configured",
    blocks,
    sections,
    title: blocks.length === 0 ? null : title >= 0 ? title : 0,
    suppressions: [],
    notes: [],
  };
}

/** Table cells of a label/value table, row by row. */
export function testTable(table: number, rows: string[][]): TestBlock[] {
  const out: TestBlock[] = [];
  rows.forEach((cells, row) =>
    cells.forEach((text, column) => out.push({ kind: "table-cell", text, table: { table, row, column, header: row === 0 } })),
  );
  return out;
}
