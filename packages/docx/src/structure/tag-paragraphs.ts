/**
 * Marks every counted paragraph of document.xml with a bookmark named after
 * its number, so that mammoth's HTML (which keeps bookmarks as `<a id>`)
 * tells which paragraph each heading, list item or cell came from. mammoth's
 * document model carries no source positions; the tags make the mapping exact.
 *
 * The copy given to mammoth is a skeleton: block kinds depend only on a
 * paragraph's style and numbering and on nesting (tables, text boxes), so
 * runs without nested paragraphs are left out and paragraph properties are
 * cut down to `w:pStyle` and `w:numPr`. Text is read by our own scanner;
 * mammoth gets a fraction of the XML. (Dropping a tracked deletion of the
 * paragraph mark also keeps mammoth from merging that paragraph into the
 * next one, which would give it the next paragraph's kind.)
 */
import type { BodyParagraph, TagSite } from "../body/types.js";
import { applyEdits, type Edit } from "../xml/edits.js";
import { escapeXmlAttr } from "../xml/xml-cursor.js";

export const TAG_PREFIX = "mrlintp";

function bookmark(n: number): string {
  // mammoth ignores bookmark ids and ends; the name is what it writes out.
  return `<w:bookmarkStart w:id="${n}" w:name="${TAG_PREFIX}${n}"/>`;
}

export function tagParagraphs(xml: string, paragraphs: readonly BodyParagraph[], options: { skeleton?: boolean } = {}): string {
  const edits: Edit[] = [];
  const add = (site: TagSite, n: number) => {
    if (site.selfClosing) edits.push({ start: site.start, end: site.end, text: `${site.openTag.trimEnd()}>${bookmark(n)}</w:p>`, seq: edits.length });
    else edits.push({ start: site.insertAt, end: site.insertAt, text: bookmark(n), seq: edits.length });
  };
  for (const p of paragraphs) {
    if (options.skeleton && !p.selfClosing) {
      const style = p.styleId !== undefined ? `<w:pStyle w:val="${escapeXmlAttr(p.styleId)}"/>` : "";
      const props = style || p.numPr ? `<w:pPr>${style}${p.numPr ?? ""}</w:pPr>` : "";
      edits.push({ start: p.openEnd, end: p.contentStart, text: props + bookmark(p.index), seq: edits.length });
      for (const r of p.runs) if (!r.holdsParagraphs) edits.push({ start: r.start, end: r.end, text: "", seq: edits.length });
    } else {
      add({ insertAt: p.contentStart, selfClosing: p.selfClosing, start: p.start, end: p.end, openTag: xml.slice(p.start, p.end - 2) }, p.index);
    }
    for (const m of p.mirrors) add(m, p.index);
  }
  return applyEdits(xml, edits);
}
