/** What the body scanner learns about each `w:p` of word/document.xml. */
import type { TablePlace } from "@mrlint/core";

/** One piece of paragraph text and the element it came from. */
export interface TextAtom {
  /** Offset of the atom's first character in the paragraph text. */
  start: number;
  length: number;
  /** Raw extent of the producing element (`<w:t>…</w:t>`, `<w:tab/>` …) in the part. */
  rawStart: number;
  rawEnd: number;
  /** For `w:t`: raw extent of its entity-encoded content; -1 for one-character elements. */
  contentStart: number;
  contentEnd: number;
  /** Index of the run holding it in `BodyParagraph.runs`, -1 outside a run. */
  run: number;
  /** Index of the run's direct child that is (or holds) this atom; -1 when not a direct child. */
  child: number;
}

export interface RunInfo {
  start: number;
  /** End of the open tag. */
  openEnd: number;
  /** Start of `</w:r>` (equals `end` for a self-closing run). */
  closeStart: number;
  end: number;
  /** Raw `<w:rPr>…</w:rPr>`, or "". */
  rPr: string;
  /** Raw extents of the direct children other than `w:rPr`, in order. */
  children: Array<{ start: number; end: number }>;
  /** Holds paragraphs of its own (a text box) or atoms below its direct children: never split. */
  unsplittable: boolean;
  /** Holds paragraphs of its own (a text box, counted or a fallback copy). */
  holdsParagraphs: boolean;
  /** Holds only `w:rPr` and `w:commentReference` elements. */
  onlyCommentReference: boolean;
}

export interface CommentMark {
  id: string;
  kind: "start" | "end" | "reference";
  /** Paragraph (0-based line) and character offset at which the mark stands. */
  paragraph: number;
  offset: number;
  /** Raw extent of the mark element. */
  rawStart: number;
  rawEnd: number;
  /** For references: the holding run's raw extent when the run holds nothing else. */
  runStart?: number;
  runEnd?: number;
}

/** Where a bookmark tag goes in a paragraph copy (a counted paragraph or its mc:Fallback mirror). */
export interface TagSite {
  /** Raw position right after `w:pPr` (or after the open tag). */
  insertAt: number;
  /** For `<w:p/>`: the extent to replace with an open/close pair. */
  selfClosing: boolean;
  start: number;
  end: number;
  /** The `<w:p …` open tag text without its closing `/>` or `>`. */
  openTag: string;
}

export interface BodyParagraph {
  /** 0-based number in document order; line index of the virtual source. */
  index: number;
  start: number;
  openEnd: number;
  /** Raw position after `w:pPr` (or `openEnd`). */
  contentStart: number;
  /** Start of `</w:p>` (= `end` when self-closing). */
  closeStart: number;
  end: number;
  selfClosing: boolean;
  text: string;
  atoms: TextAtom[];
  runs: RunInfo[];
  styleId?: string;
  /** `w:numPr` present in the paragraph's own properties. */
  numbered: boolean;
  /** Raw `<w:numPr>…</w:numPr>` of the paragraph's own properties. */
  numPr?: string;
  /** `w:outlineLvl` of the paragraph's own properties (0-8), if any. */
  outlineLevel?: number;
  table?: TablePlace;
  /** The paragraph mark is a tracked deletion (with changes accepted it would join the next paragraph). */
  markDeleted: boolean;
  inTextBox: boolean;
  /** Inside a table of contents (TOC field or a "Table of Contents" content control). */
  toc: boolean;
  /** Copies mammoth sees instead (mc:Fallback of a text box), tagged with the same number. */
  mirrors: TagSite[];
}

export interface BodyScan {
  paragraphs: BodyParagraph[];
  comments: CommentMark[];
  /** Tracked insertions or deletions were seen. */
  trackedChanges: boolean;
  footnoteReferences: number;
  /** Paragraphs that mammoth reads but that are not counted and not mirrored (left untagged). */
  untaggedFallbacks: number;
}
