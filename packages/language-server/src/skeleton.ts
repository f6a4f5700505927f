/**
 * The "insert a section template" edit for a missing or partial document
 * rule. The rule pack gives the template (`meta.skeleton`, per language,
 * Markdown with a heading first). Where the document already has the section
 * the rule points at (an empty "Uppföljning" heading, say), only the
 * template's body goes under that heading; otherwise the whole section is
 * appended at the end of the document.
 */
import type { Language, PolicyDocument, RuleMeta } from "@mrlint/core";
import type { TextEdit } from "vscode-languageserver";
import type { TextLines } from "./text-lines.js";

export interface SkeletonEdit {
  /** Section title from the template, for the action's label. */
  title: string;
  /** True when the body goes under an existing heading. */
  underExisting: boolean;
  edit: TextEdit;
}

interface Template {
  title: string;
  headingDepth: number;
  body: string[];
}

export function parseTemplate(skeleton: string): Template | undefined {
  const lines = skeleton.replace(/\r\n?/g, "\n").split("\n");
  while (lines.length > 0 && lines[0].trim() === "") lines.shift();
  while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
  if (lines.length === 0) return undefined;
  const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(lines[0]);
  if (!heading) return { title: lines[0].trim(), headingDepth: 0, body: lines };
  const body = lines.slice(1);
  while (body.length > 0 && body[0].trim() === "") body.shift();
  return { title: heading[2], headingDepth: heading[1].length, body };
}

/** Heading text made comparable: lower case, no numbering ("5.2", "§ 4"), no trailing colon. */
export function normaliseHeading(text: string): string {
  const unnumbered = text
    .toLowerCase()
    .normalize("NFC")
    .replace(/^[\s§]*(?:\d+[.)]?\s*)*(?:\d+\s*)?/, "");
  // A loop, not /[:.\s]+$/, which retries from every position of a long ". . ." run (quadratic).
  let end = unnumbered.length;
  while (end > 0 && /[:.\s]/.test(unnumbered[end - 1])) end--;
  return unnumbered.slice(0, end).trim();
}

function blockLine(doc: PolicyDocument, block: number, lines: TextLines): number {
  return lines.positionAt(doc.blocks[block].map[0] ?? 0).line;
}

/** The existing section the template belongs under, if the document has one. */
export function findAnchorSection(
  doc: PolicyDocument,
  lines: TextLines,
  diagnosticLine: number,
  meta: RuleMeta,
): number | undefined {
  const wanted = (meta.sectionHeadings ?? []).map(normaliseHeading).filter((h) => h.length > 0);
  let onDiagnosticLine: number | undefined;
  let byName: number | undefined;
  for (const section of doc.sections) {
    if (section.heading === null || section.heading === doc.title) continue;
    const title = normaliseHeading(section.title);
    if (byName === undefined && wanted.some((w) => title === w || title.startsWith(`${w} `))) byName = section.index;
    if (blockLine(doc, section.heading, lines) === diagnosticLine) onDiagnosticLine = section.index;
  }
  // The engine anchors a document rule on the heading where the content belongs, so that wins.
  return onDiagnosticLine ?? byName;
}

/** Most common heading depth below the title, so an appended section matches its siblings. */
function usualSectionDepth(doc: PolicyDocument, fallback: number): number {
  const counts = new Map<number, number>();
  for (const block of doc.blocks) {
    if (block.kind !== "heading" || block.index === doc.title) continue;
    counts.set(block.depth, (counts.get(block.depth) ?? 0) + 1);
  }
  let best = fallback;
  let bestCount = 0;
  for (const [depth, count] of counts) {
    if (count > bestCount || (count === bestCount && depth < best)) {
      best = depth;
      bestCount = count;
    }
  }
  return best;
}

export function skeletonEdit(options: {
  doc: PolicyDocument;
  lines: TextLines;
  meta: RuleMeta;
  language: Language;
  diagnosticLine: number;
}): SkeletonEdit | undefined {
  const { doc, lines, meta, language } = options;
  const raw = meta.skeleton?.[language];
  if (!raw) return undefined;
  const template = parseTemplate(raw);
  if (!template) return undefined;
  const eol = lines.eol;

  const anchor = findAnchorSection(doc, lines, options.diagnosticLine, meta);
  if (anchor !== undefined && template.body.length > 0) {
    const section = doc.sections[anchor];
    const headingBlock = section.heading as number;
    // Last block of the section's own text: stop before the first sub-heading.
    let last = headingBlock;
    for (let b = headingBlock + 1; b <= section.lastBlock && b < doc.blocks.length; b++) {
      if (doc.blocks[b].kind === "heading") break;
      last = b;
    }
    const block = doc.blocks[last];
    const endLine = lines.positionAt(block.map[block.text.length] ?? block.map[0] ?? 0).line;
    const at = { line: endLine, character: lines.line(endLine).length };
    return {
      title: template.title,
      underExisting: true,
      edit: { range: { start: at, end: at }, newText: eol + eol + template.body.join(eol) },
    };
  }

  const section: string[] = [];
  if (template.headingDepth > 0) {
    const heading =
      doc.format === "markdown"
        ? `${"#".repeat(usualSectionDepth(doc, template.headingDepth))} ${template.title}`
        : template.title;
    section.push(heading, "");
  }
  section.push(...template.body);

  const text = lines.text;
  let prefix = "";
  if (text.length > 0 && !/(\r?\n|\r)$/.test(text)) prefix = eol + eol;
  else if (text.length > 0 && !/(\r?\n|\r)[ \t]*(\r?\n|\r)$/.test(text)) prefix = eol;
  const end = lines.end();
  return {
    title: template.title,
    underExisting: false,
    edit: { range: { start: end, end }, newText: prefix + section.join(eol) + eol },
  };
}
