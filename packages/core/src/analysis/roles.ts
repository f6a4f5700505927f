/**
 * Block roles that rules skip. `classifyRoles` marks:
 * - "metadata": the header block at the start of a document (Fastställd av,
 *   Dnr, Dokumentansvarig, Giltighetstid, Approved by, Policy owner, Review
 *   date …), including a label/value table at the top, and sections titled
 *   "Dokumentinformation" / "Document control";
 * - "references": sections whose heading is a reference list (Referenser,
 *   Källor, Relaterade dokument, Styrande dokument, Bilagor, References,
 *   Related documents, Further reading, Sources …);
 * - "toc": a table of contents (a section titled Innehåll / Contents, lines
 *   with dotted leaders and page numbers) when the parser has not.
 * Blocks whose role is already not "body" are left alone, so running it
 * twice changes nothing.
 */
import type { Block, BlockRole, PolicyDocument } from "../model/document.js";
import { foldText } from "./fold.js";
import { trimEndOf } from "./chars.js";

/** Labels that make a header line metadata wherever they start it. */
const STRONG_LABELS = [
  "faststalld", "faststallt", "faststalls", "antagen av", "antaget av", "antagen i", "antaget i", "antagen den",
  "antagandehandling", "beslutad av", "beslutat av", "beslutad i", "beslutsdatum", "beslutsinstans", "beslutande",
  "dokumentansvarig", "dokumentagare", "dokumentets agare", "ansvarig for dokumentet", "ansvarig tjansteperson",
  "ansvarig tjansteman", "ansvarig forvaltning", "ansvarig namnd", "kontaktperson", "responsible department", "contact officer", "diarienummer", "diarienr",
  "dnr", "giltighetstid", "giltig till", "giltig fran", "giltig t.o.m", "giltigt till", "galler till", "galler fran",
  "galler t.o.m", "galler for", "revideras", "revidering", "senast reviderad", "ska revideras", "ersatter",
  "upprattad av", "framtagen av", "handlaggare", "dokumenttyp", "dokumentnamn", "dokumentkategori",
  "approved by", "adopted by", "agreed by", "date adopted", "date approved", "approval date", "date of approval",
  "policy owner", "strategy owner", "document owner", "plan owner", "lead member", "portfolio holder", "executive member", "review date", "next review", "date of next review",
  "date for review", "effective date", "effective from", "lead officer", "responsible officer", "document reference",
  "document control", "version control", "equality impact assessment completed", "cabinet decision",
  "council decision", "decision date", "utkast", "draft for", "consultation draft", "remissversion", "remissutgava",
  "samradshandling", "granskningshandling", "utstallningshandling", "planerat beslut", "beslut om samrad",
];
/** Labels that need a colon or a number after them ("Version 1.2", "Datum: …"). */
const WEAK_LABELS = [
  "giltighet", "version", "datum", "date", "status", "owner", "author", "beslutad", "antagen", "antaget", "reviderad", "approved",
  "adopted", "reviewed", "review", "klassificering", "classification", "reference", "ref", "beslut", "galler",
];

const REFERENCE_TITLES = new Set([
  "referenser", "referenslista", "kallor", "kallforteckning", "kallhanvisningar", "litteratur", "litteraturlista",
  "relaterade dokument", "relaterade styrdokument", "styrande dokument", "bilagor", "lankar", "references",
  "reference list", "related documents", "related policies", "related policies and documents", "further reading",
  "sources", "bibliography", "appendices", "annexes", "useful links", "further information and references",
]);
const TOC_TITLES = new Set(["innehall", "innehallsforteckning", "contents", "table of contents", "index"]);
const METADATA_TITLES = new Set([
  "dokumentinformation", "dokumentuppgifter", "om dokumentet", "document information", "document control",
  "document details", "version control", "version history", "versionshistorik", "revisionshistorik",
]);

/** Longest heading text looked at for a section role. */
const HEADING_MAX = 120;
/** Blocks scanned for a header block at most. */
const HEADER_LIMIT = 40;
/** A paragraph with this many words is prose: the header block has ended. */
const PROSE_WORDS = 12;

function startsWithLabel(fold: string, label: string): boolean {
  if (!fold.startsWith(label)) return false;
  const next = fold.charCodeAt(label.length);
  return !(next >= 97 && next <= 122);
}

/** Leading bullets, numbering and punctuation removed, folded. */
function normalized(text: string): string {
  return foldText(text.trim()).replace(/^[\s\-–•*·|]+/, "");
}

/** A header line such as "Fastställd av KF 2024-05-27 § 66" or "Dnr SN 2023/0561". */
export function isMetadataLine(text: string): boolean {
  const fold = normalized(text);
  if (fold === "") return false;
  for (const label of STRONG_LABELS) if (startsWithLabel(fold, label)) return true;
  for (const label of WEAK_LABELS) {
    if (!startsWithLabel(fold, label)) continue;
    const rest = fold.slice(label.length).trimStart();
    if (rest.startsWith(":") || /^(?:nr\.?\s*)?\d/.test(rest) || rest.startsWith("av ") || rest.startsWith("by ")) return true;
  }
  // "Socialförvaltningen   Dnr SN 2023/0561": a registration number anywhere in a short line.
  return fold.length <= 120 && /(?:^|[^a-z])(?:dnr|diarienr|diarienummer)[\s.:]/.test(fold);
}

/**
 * Labels anywhere in the text (strong ones, or weak ones before a colon or a
 * number). A label inside a longer one counts once: "ska revideras" is one
 * label, not two ("revideras" again).
 */
function labelHits(fold: string): number {
  const found: Array<[number, number]> = [];
  const atWordStart = (at: number) => at === 0 || !/[a-z0-9]/.test(fold[at - 1]);
  for (const label of STRONG_LABELS) {
    for (let at = fold.indexOf(label); at >= 0; at = fold.indexOf(label, at + 1)) {
      if (atWordStart(at) && startsWithLabel(fold.slice(at), label)) found.push([at, at + label.length]);
    }
  }
  for (const label of WEAK_LABELS) {
    for (let at = fold.indexOf(label); at >= 0; at = fold.indexOf(label, at + 1)) {
      if (!atWordStart(at) || !startsWithLabel(fold.slice(at), label)) continue;
      const rest = fold.slice(at + label.length).trimStart();
      if (rest.startsWith(":") || /^\.?\s*[a-z]{0,4}[-/]?\d/.test(rest)) found.push([at, at + label.length]);
    }
  }
  found.sort((a, b) => b[1] - b[0] - (a[1] - a[0]));
  const counted: Array<[number, number]> = [];
  for (const [start, end] of found) {
    if (!counted.some(([s, e]) => start < e && end > s)) counted.push([start, end]);
  }
  return counted.length;
}

/** Finite verbs that follow a subject in a sentence of body text ("Planen gäller …", "The strategy will …"). */
const SENTENCE_VERBS = new Set([
  "ska", "skall", "bor", "maste", "kan", "galler", "ar", "har", "blir", "omfattar", "beskriver", "ersatter",
  "innehaller", "syftar", "revideras", "foljs", "faststalls", "antas", "utgar", "bygger", "utgor", "riktar", "tar",
  "will", "shall", "must", "should", "is", "are", "applies", "apply", "sets", "describes", "covers", "replaces", "has",
  "was", "were", "aims", "explains", "outlines", "runs", "lasts", "builds",
]);

/**
 * Body prose, not a header line: a subject (one to three words, the first not
 * a label) followed by a finite verb, with no "Label:" colon ("Planen gäller
 * 2025–2028 och ska revideras inför varje ny mandatperiod.", "This strategy
 * will be reviewed in 2027."). Header fields are "Label: value" lines or
 * label-first lines ("Revideras senast 2028", "Fastställd av KF").
 */
function readsAsSentence(fold: string): boolean {
  if (fold.includes(":")) return false;
  const words = fold.split(/\s+/).slice(0, 4).map((w) => w.replace(/[^a-z0-9.-]/g, ""));
  for (let i = 1; i < words.length; i++) if (SENTENCE_VERBS.has(words[i])) return true;
  return false;
}

/**
 * A paragraph of the header region that is metadata: a header line, or
 * several header lines joined into one paragraph ("Remissversion Beslutad
 * … Diarienummer: …", "Status: Draft … Reference: … Strategy owner: …").
 */
function isHeaderParagraph(text: string): boolean {
  if (isMetadataLine(text)) return true;
  const fold = normalized(text);
  if (readsAsSentence(fold)) return false;
  if (/(?:^|[^a-z])(?:dnr|diarienr|diarienummer)[\s.:]/.test(fold)) return true;
  return labelHits(fold) >= 2;
}

/** A table cell that is only a label ("Fastställd av", "Version", "Policy owner"). */
function isLabelCell(text: string): boolean {
  if (text.length > 80) return false;
  const fold = trimEndOf(normalized(text), ":");
  if (fold === "" || fold.length > 40) return false;
  return STRONG_LABELS.some((l) => startsWithLabel(fold, l)) || WEAK_LABELS.some((l) => fold === l) || isMetadataLine(text);
}

function words(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

function setRole(block: Block, role: BlockRole): void {
  if (block.role === "body") block.role = role;
}

/** Cells of the table that `blocks[i]` belongs to, from i on. */
function tableBlocks(blocks: readonly Block[], i: number): Block[] {
  const table = blocks[i].table?.table;
  const out: Block[] = [];
  for (let k = i; k < blocks.length && blocks[k].table?.table === table && blocks[k].kind === "table-cell"; k++) out.push(blocks[k]);
  return out;
}

/** A label/value table: labels down the first column, or across the first row. */
function isMetadataTable(cells: readonly Block[]): boolean {
  const rows = new Map<number, Block[]>();
  for (const cell of cells) {
    const row = cell.table?.row ?? 0;
    let list = rows.get(row);
    if (!list) rows.set(row, (list = []));
    list.push(cell);
  }
  let labelled = 0;
  for (const row of rows.values()) {
    const first = row.find((c) => (c.table?.column ?? 0) === 0) ?? row[0];
    if (first && isLabelCell(first.text)) labelled++;
  }
  if (labelled >= 2 && labelled * 2 >= rows.size) return true;
  const firstRow = [...rows.values()][0] ?? [];
  return firstRow.filter((c) => isLabelCell(c.text)).length >= 2;
}

function markHeaderBlock(doc: PolicyDocument): void {
  const blocks = doc.blocks;
  const limit = Math.min(blocks.length, HEADER_LIMIT);
  let sawNonHeading = false;
  for (let i = 0; i < limit; i++) {
    const block = blocks[i];
    if (block.kind === "table-cell") {
      const cells = tableBlocks(blocks, i);
      if (!isMetadataTable(cells)) return;
      for (const cell of cells) setRole(cell, "metadata");
      i += cells.length - 1;
      sawNonHeading = true;
      continue;
    }
    if (block.role !== "body") continue;
    if (block.kind === "heading") {
      if (i !== doc.title && isMetadataLine(block.text)) {
        setRole(block, "metadata");
        continue;
      }
      if (sawNonHeading && i !== doc.title) return;
      continue;
    }
    if (isHeaderParagraph(block.text)) {
      // A multi-line header paragraph ("Fastställd av …\nDnr …") is metadata as a whole.
      setRole(block, "metadata");
      sawNonHeading = true;
      continue;
    }
    if (words(block.text) >= PROSE_WORDS) return;
    sawNonHeading = true;
  }
}

/** Heading text without numbering ("7.", "1.2", "Kapitel 3", "Bilaga 1:") and trailing colon, folded. */
function headingKey(text: string): string {
  // Reference and contents headings are short; long text is never one.
  if (text.length > HEADING_MAX) return "";
  const key = normalized(text)
    .replace(/^(?:kapitel|chapter|section|avsnitt)\s+\d+[.:]?\s*/, "")
    .replace(/^\d+(?:\.\d+)*\.?\s*/, "");
  return trimEndOf(key, ":.").trim();
}

function titleIn(key: string, titles: ReadonlySet<string>): boolean {
  if (titles.has(key)) return true;
  // "Underlag och referenser", "References and further reading".
  return key.split(/\s+(?:och|and|&)\s+|,\s*/).some((part) => titles.has(part));
}

/** Roles of heading texts seen before: the same headings ("Bakgrund", "Referenser") come back in every document. */
const roleByTitle = new Map<string, BlockRole | null>();
const ROLE_CACHE_LIMIT = 5_000;

function sectionRole(title: string): BlockRole | null {
  // As headingKey: long text is never a reference or contents heading (and is not worth keeping).
  if (title.length > HEADING_MAX) return null;
  let role = roleByTitle.get(title);
  if (role === undefined) {
    role = sectionRoleOf(title);
    if (roleByTitle.size >= ROLE_CACHE_LIMIT) roleByTitle.clear();
    roleByTitle.set(title, role);
  }
  return role;
}

function sectionRoleOf(title: string): BlockRole | null {
  const key = headingKey(title);
  if (key === "") return null;
  if (titleIn(key, REFERENCE_TITLES) || /\breferred to\b/.test(key)) return "references";
  if (TOC_TITLES.has(key)) return "toc";
  if (METADATA_TITLES.has(key)) return "metadata";
  return null;
}

function markSections(doc: PolicyDocument): void {
  for (const section of doc.sections) {
    if (section.heading === null) continue;
    const heading = doc.blocks[section.heading];
    if (!heading) continue;
    const role = sectionRole(heading.text);
    if (!role) continue;
    setRole(heading, role);
    for (let b = section.firstBlock; b <= section.lastBlock && b < doc.blocks.length; b++) setRole(doc.blocks[b], role);
  }
}

/** A line ending in a dotted leader and a page number ("Priorities ......... 3"). */
export function hasDottedLeader(text: string): boolean {
  if (!text.includes("..") && !text.includes(". .") && !text.includes("\u2026")) return false;
  let dots = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 0x2026) {
      dots += c === 46 ? 1 : 3;
      continue;
    }
    if (dots >= 5 && (c === 32 || c === 9 || (c >= 48 && c <= 57))) {
      let k = i;
      while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
      if (k < text.length && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) return true;
    }
    if (c !== 32) dots = 0;
  }
  return false;
}

function markDottedToc(doc: PolicyDocument): void {
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].role !== "body" || !hasDottedLeader(blocks[i].text)) continue;
    setRole(blocks[i], "toc");
    // The "Innehåll"/"CONTENTS" line just before the entries.
    const prev = blocks[i - 1];
    if (prev && prev.role === "body" && TOC_TITLES.has(headingKey(prev.text))) setRole(prev, "toc");
  }
}

export function classifyRoles(doc: PolicyDocument): void {
  markDottedToc(doc);
  markSections(doc);
  markHeaderBlock(doc);
}
