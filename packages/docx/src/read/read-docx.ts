/**
 * readDocx: .docx bytes -> PolicyDocument.
 *
 * Text and positions come from our own scan of word/document.xml (exact:
 * one virtual source line per body `w:p`, column = offset in the paragraph
 * text as read with tracked changes accepted); block kinds come from mammoth
 * via paragraph tags; Word comments starting with `mrlint-disable` become
 * suppressions. Footnotes, endnotes, comments, headers and footers are not
 * body text and produce no blocks.
 */
import { checkTextSize, detectLanguage, MrlintInputError, type Block, type Language, type Limits, type Locale, type PolicyDocument } from "@mrlint/core";
import { scanBody } from "../body/scan-body.js";
import type { BodyScan } from "../body/types.js";
import { readComments, type WordComment } from "../comments/read-comments.js";
import { suppressionsFromComments } from "../comments/suppressions.js";
import { NOTES, docxError } from "../messages.js";
import { openDocxPackage, type DocxLimits, type DocxPackage } from "../package/open-package.js";
import { REL_TYPE } from "../package/relationships.js";
import { classifyWithMammoth, type ParagraphClass } from "../structure/classify.js";
import { readStyles, type StyleInfo } from "../structure/styles.js";
import { tagParagraphs } from "../structure/tag-paragraphs.js";
import { XmlSyntaxError } from "../xml/xml-cursor.js";
import { buildSections } from "./sections.js";

export interface ReadDocxOptions {
  /** Path or URI, used in messages and as `PolicyDocument.uri`. */
  uri?: string;
  /** Config limits (`limits` in mrlint.config), or the reader's own names. */
  limits?: Limits & Partial<DocxLimits>;
  /** Force the document language instead of detecting it. */
  language?: Language;
  /** Language of error messages (default "en"). */
  locale?: Locale;
  /**
   * Skip mammoth: block kinds then come from paragraph styles alone. For the
   * review writer when the caller already has the document read in full.
   */
  styleStructureOnly?: boolean;
}

/** Everything the reader learned, for the review writer. */
export interface DocxReading {
  document: PolicyDocument;
  pkg: DocxPackage;
  xml: string;
  scan: BodyScan;
  comments: WordComment[];
  /** Source offset at which each paragraph (line) starts. */
  lineStarts: number[];
}

/**
 * mammoth's document model costs about 5 kB and 80 µs per paragraph (a
 * 14 kB .docx of 1.5 million empty paragraphs exhausted the heap): past this
 * many paragraphs, block kinds come from paragraph styles alone.
 */
export const MAMMOTH_MAX_PARAGRAPHS = 20_000;

export async function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): Promise<PolicyDocument> {
  return (await readDocxDetailed(bytes, options)).document;
}

export async function readDocxDetailed(bytes: Uint8Array, options: ReadDocxOptions = {}): Promise<DocxReading> {
  const file = options.uri ?? "document.docx";
  const locale = options.locale ?? "en";
  try {
    return await read(bytes, options, file, locale);
  } catch (e) {
    // Bad input never escapes as anything but an input error naming the file.
    if (e instanceof MrlintInputError) throw e;
    if (e instanceof XmlSyntaxError) throw docxError("docx-xml-malformed", { file, part: "(an XML part)", detail: `${e.message} at character ${e.offset}` }, locale);
    throw docxError("docx-corrupt", { file, detail: e instanceof Error ? e.message : String(e) }, locale);
  }
}

async function read(bytes: Uint8Array, options: ReadDocxOptions, file: string, locale: Locale): Promise<DocxReading> {
  const limits = options.limits ?? {};
  if (limits.maxFileBytes !== undefined && bytes.length > limits.maxFileBytes) {
    throw docxError("file-too-large", { file, actual: bytes.length, limit: limits.maxFileBytes }, locale);
  }
  const pkg = await openDocxPackage(bytes, {
    file,
    locale,
    limits: {
      maxUncompressedBytes: limits.maxDocxUncompressedBytes ?? limits.maxUncompressedBytes,
      maxEntries: limits.maxDocxEntries ?? limits.maxEntries,
    },
  });

  const xml = (await pkg.readXml(pkg.mainPath))!;
  const scan = parsePart(pkg, pkg.mainPath, () => scanBody(xml));
  // The virtual source (one line per paragraph) is what gets linted: cap it before the costly structure pass.
  const sourceChars = scan.paragraphs.reduce((n, p) => n + p.text.length + 1, 0) - Math.min(1, scan.paragraphs.length);
  checkTextSize(sourceChars, file, limits.maxTextChars, locale);
  const stylesPath = await pkg.relatedPart(REL_TYPE.styles);
  const stylesXml = stylesPath ? await pkg.readXml(stylesPath) : undefined;
  const styles = parsePart(pkg, stylesPath ?? "styles", () => readStyles(stylesXml));
  const commentsPath = await pkg.relatedPart(REL_TYPE.comments);
  const commentsXml = commentsPath ? await pkg.readXml(commentsPath) : undefined;
  const comments = parsePart(pkg, commentsPath ?? "comments", () => readComments(commentsXml));
  const notes = await countNotes(pkg);

  let classes: Map<number, ParagraphClass> = new Map();
  let mammothFailed = false;
  const manyParagraphs = !options.styleStructureOnly && scan.paragraphs.length > MAMMOTH_MAX_PARAGRAPHS;
  try {
    if (!options.styleStructureOnly && !manyParagraphs) classes = await classifyWithMammoth(pkg, tagParagraphs(xml, scan.paragraphs, { skeleton: true }), styles.styleMap);
  } catch (e) {
    // Our own input errors (DOCTYPE in a side part …) stand; a mammoth failure only costs structure.
    if (e instanceof MrlintInputError) throw e;
    classes = new Map();
    mammothFailed = true;
  }

  const lineStarts: number[] = [];
  let offset = 0;
  for (const p of scan.paragraphs) {
    lineStarts.push(offset);
    offset += p.text.length + 1;
  }
  const source = scan.paragraphs.map((p) => p.text).join("\n");

  const blocks: Block[] = [];
  for (const p of scan.paragraphs) {
    if (p.text.trim() === "") continue;
    const cls = classes.get(p.index) ?? classifyByStyle(p.styleId, p.numbered, styles);
    const start = lineStarts[p.index];
    const map = new Int32Array(p.text.length + 1);
    for (let i = 0; i <= p.text.length; i++) map[i] = start + i;
    const role = p.toc || styles.isToc(p.styleId) ? "toc" : "body";
    let kind: Block["kind"] = cls.kind;
    let depth = cls.depth;
    if (role === "toc" && kind === "heading") {
      kind = "paragraph"; // a contents entry opens no section
      depth = 0;
    }
    if (p.table && kind !== "heading") {
      kind = "table-cell";
      depth = 0;
    }
    const block: Block = {
      index: blocks.length,
      kind,
      text: p.text,
      map,
      depth,
      section: 0,
      quoted: cls.quoted,
      role,
    };
    if (p.table) block.table = { ...p.table };
    blocks.push(block);
  }
  const sections = buildSections(blocks);
  const firstHeading = blocks.find((b) => b.kind === "heading" && b.role === "body");
  const title = blocks.length === 0 ? null : (firstHeading ?? blocks[0]).index;

  let language: Language;
  let languageSource: PolicyDocument["languageSource"];
  if (options.language) {
    language = options.language;
    languageSource = "configured";
  } else {
    language = detectLanguage(blocks.filter((b) => b.role === "body").map((b) => b.text).join("\n"));
    languageSource = "detected";
  }

  const docNotes: string[] = [];
  if (scan.trackedChanges) docNotes.push(NOTES.trackedChanges[language]);
  if (scan.paragraphs.some((p) => p.markDeleted)) docNotes.push(NOTES.deletedParagraphMarks[language]);
  if (notes > 0) docNotes.push(NOTES.footnotes[language](notes));
  if (mammothFailed) docNotes.push(NOTES.structureUnavailable[language]);
  if (manyParagraphs) docNotes.push(NOTES.manyParagraphs[language](scan.paragraphs.length));

  const paragraphSpans = scan.paragraphs.map((p) => ({ start: lineStarts[p.index], length: p.text.length }));
  const document: PolicyDocument = {
    uri: options.uri,
    format: "docx",
    source,
    language,
    languageSource,
    blocks,
    sections,
    title,
    suppressions: suppressionsFromComments(comments, scan.comments, paragraphSpans),
    notes: docNotes,
  };
  return { document, pkg, xml, scan, comments, lineStarts };
}

function parsePart<T>(pkg: DocxPackage, part: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof XmlSyntaxError) pkg.fail("docx-xml-malformed", { part, detail: `${e.message} at character ${e.offset}` });
    throw e;
  }
}

function classifyByStyle(styleId: string | undefined, numbered: boolean, styles: StyleInfo): ParagraphClass {
  const level = styles.headingLevel(styleId);
  if (level !== undefined) return { kind: "heading", depth: level, quoted: false };
  if (styles.isQuote(styleId)) return { kind: "quote", depth: 0, quoted: true };
  if (numbered) return { kind: "list-item", depth: 1, quoted: false };
  return { kind: "paragraph", depth: 0, quoted: false };
}

/** Real footnotes and endnotes (not the separator entries every document carries). */
async function countNotes(pkg: DocxPackage): Promise<number> {
  let n = 0;
  for (const type of [REL_TYPE.footnotes, REL_TYPE.endnotes]) {
    const path = await pkg.relatedPart(type);
    const xml = path ? await pkg.readXml(path) : undefined;
    if (!xml) continue;
    for (const m of xml.matchAll(/<w:(?:footnote|endnote)\b([^>]*)>/g)) {
      const type = /\bw:type="([^"]*)"/.exec(m[1])?.[1];
      if (!type || type === "normal") n++;
    }
  }
  return n;
}
