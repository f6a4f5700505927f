/**
 * The document model every parser produces and every rule reads.
 * A rule never knows which format the text came from: it sees blocks,
 * sections and text, and reports offsets into `source`.
 */

export type Language = "sv" | "en";
export type SourceFormat = "markdown" | "text" | "docx";
export type BlockKind = "heading" | "paragraph" | "list-item" | "table-cell" | "quote";

/**
 * Why a block is not ordinary body text. Rules skip blocks with a role
 * other than "body"; parsers set `toc` and `furniture`, core's
 * `classifyRoles` sets `metadata` (header block) and `references`.
 */
export type BlockRole = "body" | "metadata" | "toc" | "furniture" | "references";

export interface TablePlace {
  table: number;
  row: number;
  column: number;
  header: boolean;
}

export interface Block {
  index: number;
  kind: BlockKind;
  /** Visible text: markup stripped, soft line breaks as spaces, words hyphenated across line ends joined. */
  text: string;
  /**
   * map[i] is the source offset of text[i]; map[text.length] is the source
   * offset just after the block's last character. Characters the parser
   * inserted (a space for a line break) map to the source character they replace.
   */
  map: Int32Array;
  /** Heading level 1-6 for headings, nesting depth (1-based) for list items, 0 otherwise. */
  depth: number;
  /** Index into `PolicyDocument.sections` of the innermost section holding this block. */
  section: number;
  /** Inside a block quote (or a Word quote style): text quoted from elsewhere. */
  quoted: boolean;
  role: BlockRole;
  table?: TablePlace;
}

export interface Section {
  index: number;
  /** Block index of the heading that opens the section; null for the root section. */
  heading: number | null;
  /** Heading depth; 0 for the root section. */
  depth: number;
  parent: number | null;
  title: string;
  /** Block indexes belonging directly or indirectly to this section (first..last inclusive). */
  firstBlock: number;
  lastBlock: number;
}

/** A source range in which the listed rules (or all rules when `rules` is empty) are switched off. */
export interface Suppression {
  rules: string[];
  start: number;
  end: number;
}

export interface PolicyDocument {
  /** Path or URI when known; used in messages only. */
  uri?: string;
  format: SourceFormat;
  /**
   * The text that positions refer to. For Markdown and text the file itself
   * (after BOM removal); for .docx one line per body `w:p`, so that line =
   * paragraph number and column = offset in the paragraph.
   */
  source: string;
  language: Language;
  /** How the language was decided. */
  languageSource: "detected" | "configured" | "front-matter" | "default";
  blocks: Block[];
  sections: Section[];
  /** Block index of the document title (first heading, else first block), or null for an empty document. */
  title: number | null;
  suppressions: Suppression[];
  /** The `mrlint:` object of front matter, or the settings found in a .docx; validated by the engine. */
  inlineConfig?: unknown;
  /** Notes from the parser an official may need ("tracked changes were accepted"). */
  notes: string[];
}
