/**
 * writeReview: a copy of a .docx with the findings as Word comments.
 *
 * Only these parts change: word/comments.xml (created, or merged with the
 * existing comments), the main document's relationships and
 * [Content_Types].xml (only when the comments part is new), the comment
 * anchors in word/document.xml, and the optional commentsExtended /
 * commentsIds / commentsExtensible parts when earlier mrlint comments are
 * removed. Earlier mrlint comments (same author, "[mrlint]" marker) are
 * replaced, never duplicated. The input bytes are never modified.
 */
import type { Coverage, Diagnostic, Language, Limits, Locale, PolicyDocument } from "@mrlint/core";
import { builtinRules, positionAt, type Rule } from "@mrlint/core";
import { scanBody } from "../body/scan-body.js";
import type { BodyScan } from "../body/types.js";
import { dirname } from "../package/open-package.js";
import { REL_TYPE, relsPathFor, resolveTarget } from "../package/relationships.js";
import { readDocxDetailed } from "../read/read-docx.js";
import { newCommentsPart, mergeCommentsPart, type NewComment } from "./comments-part.js";
import { insertAnchors, type Anchor } from "./insert-anchors.js";
import { addCommentsRelationship, commentsRelationshipTarget, ensureCommentsContentType } from "./package-parts.js";
import { cleanCommentsExtended, cleanCommentsExtensible, cleanCommentsIds, removeCommentMarks } from "./remove-comments.js";
import { diagnosticParagraphs, isMrlintComment, summaryParagraphs, type RuleInfo } from "./review-text.js";

export interface ReviewFindings {
  diagnostics: readonly Diagnostic[];
  coverage: Coverage;
  language: Language;
  /** Parser notes to repeat in the summary ("tracked changes were accepted"). */
  notes?: readonly string[];
}

export interface ReviewOptions {
  /** Comment author (default "mrlint"); earlier comments by this author with the mrlint marker are replaced. */
  author?: string;
  /** Comment initials (default "MR"). */
  initials?: string;
  /** Comment date (default: now). */
  date?: Date | string;
  /** Language of the comment texts (default: the findings' language). */
  locale?: Locale;
  /** Name used in error messages. */
  uri?: string;
  /**
   * The document as `readDocx` read these same bytes, when the caller has it:
   * its title and notes are used and the structure is not read again.
   */
  document?: PolicyDocument;
  limits?: Limits;
  /**
   * Rationale, skeleton and element names of a rule, quoted in its comments.
   * Default: the metadata of the built-in rules.
   */
  ruleInfo?: (ruleId: string, locale: Locale) => RuleInfo | undefined;
}

export async function writeReview(bytes: Uint8Array, findings: ReviewFindings, options: ReviewOptions = {}): Promise<Uint8Array> {
  const author = options.author?.trim() || "mrlint";
  const initials = options.initials?.trim() || "MR";
  const locale: Locale = options.locale ?? findings.language;
  const date = formatDate(options.date);
  const readOptions = { uri: options.uri, limits: options.limits, language: findings.language, locale };
  let reading = await readDocxDetailed(bytes, { ...readOptions, styleStructureOnly: options.document !== undefined });
  // A document read from other bytes is no guide: read the structure ourselves.
  if (options.document && options.document.source !== reading.document.source) reading = await readDocxDetailed(bytes, readOptions);
  const { pkg, comments } = reading;
  const document = options.document && options.document.source === reading.document.source ? options.document : reading.document;

  // 1. Earlier mrlint comments go.
  const old = comments.filter((c) => isMrlintComment(c.author, c.paragraphs, author));
  const oldIds = new Set(old.map((c) => c.id));
  let xml = reading.xml;
  let scan: BodyScan = reading.scan;
  if (oldIds.size > 0) {
    xml = removeCommentMarks(xml, scan.comments, oldIds);
    scan = scanBody(xml);
  }

  // 2. Where the comments part lives (an existing relationship wins).
  const relsPath = relsPathFor(pkg.mainPath);
  const relsXml = await pkg.readXml(relsPath);
  const existingTarget = commentsRelationshipTarget(relsXml);
  const commentsPath = existingTarget ? resolveTarget(dirname(pkg.mainPath), existingTarget) : resolveTarget(dirname(pkg.mainPath), "comments.xml");
  const commentsXml = await pkg.readXml(commentsPath);

  // 3. New comment ids above every id in use.
  // (Ids of the comments being replaced do not count, so that reviewing again gives the same ids.)
  const keptComments = commentsXml ? mergeCommentsPart(commentsXml, old, []) : undefined;
  let nextId = 1 + Math.max(0, maxId(xml), maxId(keptComments), maxId(await sidePart(REL_TYPE.footnotes)), maxId(await sidePart(REL_TYPE.endnotes)));

  // 4. Anchors: the summary on the title, then one per diagnostic.
  const paragraphCount = scan.paragraphs.length;
  const newComments: NewComment[] = [];
  const anchors: Anchor[] = [];
  const lineOf = (offset: number) => positionAt(reading.lineStarts, offset).line;
  if (paragraphCount > 0) {
    const titleBlock = document.title !== null ? document.blocks[document.title] : undefined;
    const titleLine = titleBlock ? Math.min(lineOf(titleBlock.map[0]), paragraphCount - 1) : 0;
    const id = nextId++;
    newComments.push({ id, author, initials, date, paragraphs: summaryParagraphs(findings.coverage, countFindings(findings.diagnostics), findings.notes ?? document.notes, locale) });
    anchors.push({ id, startParagraph: titleLine, endParagraph: titleLine, startOffset: 0, endOffset: 0, whole: true });

    const lookup = options.ruleInfo ?? ruleInfoFrom(builtinRulesOrNone());
    const infos = new Map<string, RuleInfo | undefined>();
    const ruleInfo = (ruleId: string, loc: Locale) => {
      if (!infos.has(ruleId)) infos.set(ruleId, lookup(ruleId, loc));
      return infos.get(ruleId);
    };
    for (const d of findings.diagnostics) {
      const anchor = anchorFor(d, paragraphCount, titleLine);
      const did = nextId++;
      newComments.push({ id: did, author, initials, date, paragraphs: diagnosticParagraphs(d, findings.coverage, ruleInfo(d.ruleId, locale), locale) });
      anchors.push({ ...anchor, id: did });
    }
  }
  xml = insertAnchors(xml, scan, anchors);

  // 5. Write the parts back.
  const zip = pkg.zip;
  const put = (path: string, text: string) => zip.file(path, utf8Declaration(text), { date: new Date(date), createFolders: false });
  put(pkg.mainPath, xml);
  put(commentsPath, commentsXml ? mergeCommentsPart(commentsXml, old, newComments) : newCommentsPart(newComments));
  if (!existingTarget) put(relsPath, addCommentsRelationship(relsXml, relativeTarget(dirname(pkg.mainPath), commentsPath)));
  const types = await pkg.readXml("[Content_Types].xml");
  if (types !== undefined) {
    const updated = ensureCommentsContentType(types, commentsPath);
    if (updated !== types) put("[Content_Types].xml", updated);
  }
  if (old.length > 0) await cleanSideParts(old.flatMap((c) => c.paraIds));

  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });

  async function sidePart(type: string): Promise<string | undefined> {
    const path = await pkg.relatedPart(type);
    return path ? pkg.readXml(path) : undefined;
  }

  async function cleanSideParts(paraIds: string[]): Promise<void> {
    if (paraIds.length === 0) return;
    const ids = new Set(paraIds);
    const extPath = await pkg.relatedPart(REL_TYPE.commentsExtended);
    const ext = extPath ? await pkg.readXml(extPath) : undefined;
    if (extPath && ext) put(extPath, cleanCommentsExtended(ext, ids));
    const idsPath = await pkg.relatedPart(REL_TYPE.commentsIds);
    const idsXml = idsPath ? await pkg.readXml(idsPath) : undefined;
    let durable = new Set<string>();
    if (idsPath && idsXml) {
      const cleaned = cleanCommentsIds(idsXml, ids);
      durable = cleaned.durableIds;
      put(idsPath, cleaned.xml);
    }
    const cexPath = await pkg.relatedPart(REL_TYPE.commentsExtensible);
    const cex = cexPath ? await pkg.readXml(cexPath) : undefined;
    if (cexPath && cex && durable.size > 0) put(cexPath, cleanCommentsExtensible(cex, durable));
  }
}

/** Rule metadata as the comments quote it. */
export function ruleInfoFrom(rules: readonly Rule[]): (ruleId: string, locale: Locale) => RuleInfo | undefined {
  const byId = new Map(rules.map((r) => [r.meta.id, r.meta]));
  return (ruleId, locale) => {
    const meta = byId.get(ruleId);
    if (!meta) return undefined;
    const elements = meta.elements ? Object.fromEntries(Object.entries(meta.elements).map(([k, v]) => [k, v[locale]])) : undefined;
    return { rationale: meta.rationale?.[locale], skeleton: meta.skeleton?.[locale], elements };
  };
}

function builtinRulesOrNone(): Rule[] {
  try {
    return builtinRules();
  } catch {
    return []; // the comments then carry the message and rule id only
  }
}

/** Span rules: exactly the flagged characters. Document rules: the whole paragraph(s) of the range. */
function anchorFor(d: Diagnostic, paragraphCount: number, titleLine: number): Omit<Anchor, "id"> {
  const clamp = (n: number) => Math.min(Math.max(Number.isInteger(n) ? n : 0, 0), paragraphCount - 1);
  const start = d.range?.start;
  const end = d.range?.end;
  if (!start || !end) return { startParagraph: titleLine, endParagraph: titleLine, startOffset: 0, endOffset: 0, whole: true };
  const p1 = clamp(start.line);
  let endLine = end.line;
  if (end.line > start.line && end.column === 0) endLine = end.line - 1;
  const p2 = Math.max(p1, clamp(endLine));
  if (d.state !== undefined) return { startParagraph: p1, endParagraph: p2, startOffset: 0, endOffset: 0, whole: true };
  const endOffset = end.line > endLine ? Number.MAX_SAFE_INTEGER : end.column;
  return { startParagraph: p1, endParagraph: p2, startOffset: start.column, endOffset, whole: false };
}

function countFindings(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((d) => d.state === undefined).length;
}

function maxId(xml: string | undefined): number {
  if (!xml) return 0;
  let max = 0;
  for (const m of xml.matchAll(/\bw:id="(\d{1,9})"/g)) max = Math.max(max, Number(m[1]));
  return max;
}

function formatDate(date: Date | string | undefined): string {
  const d = date === undefined ? new Date() : new Date(date);
  const valid = Number.isNaN(d.getTime()) ? new Date() : d;
  return valid.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Path of `target` relative to `baseDir` (both package paths). */
function relativeTarget(baseDir: string, target: string): string {
  if (baseDir && target.startsWith(`${baseDir}/`)) return target.slice(baseDir.length + 1);
  return `/${target}`;
}

/** We always write UTF-8: a part read from UTF-16 must not keep its old declaration. */
function utf8Declaration(xml: string): string {
  return xml.replace(/^(<\?xml[^>]*\bencoding=["'])UTF-16(?:LE|BE)?(["'])/i, "$1UTF-8$2");
}
