/**
 * word/comments.xml: the new mrlint comments, created as a new part or
 * appended to the existing one (whose comments, ids and markup stay as
 * they are, except earlier mrlint comments, which are removed).
 */
import { escapeXmlAttr, escapeXmlText, stripInvalidXmlChars } from "../xml/xml-cursor.js";
import { applyEdits, type Edit } from "../xml/edits.js";

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export interface NewComment {
  id: number;
  author: string;
  initials: string;
  /** ISO 8601 without fractional seconds, e.g. 2026-11-21T12:00:00Z. */
  date: string;
  paragraphs: string[];
}

export function commentElement(c: NewComment): string {
  const paras = (c.paragraphs.length > 0 ? c.paragraphs : [""]).map((text, i) => {
    const ref = i === 0 ? "<w:r><w:annotationRef/></w:r>" : "";
    const clean = stripInvalidXmlChars(text);
    return `<w:p>${ref}<w:r><w:t xml:space="preserve">${escapeXmlText(clean)}</w:t></w:r></w:p>`;
  });
  return (
    `<w:comment w:id="${c.id}" w:author="${escapeXmlAttr(stripInvalidXmlChars(c.author))}" w:date="${c.date}"` +
    ` w:initials="${escapeXmlAttr(stripInvalidXmlChars(c.initials))}">${paras.join("")}</w:comment>`
  );
}

export function newCommentsPart(comments: readonly NewComment[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
    `<w:comments xmlns:w="${W_NS}">${comments.map(commentElement).join("")}</w:comments>`
  );
}

/** Existing part: drop the extents of removed comments, append the new ones before `</w:comments>`. */
export function mergeCommentsPart(xml: string, remove: ReadonlyArray<{ start: number; end: number }>, comments: readonly NewComment[]): string {
  const edits: Edit[] = remove.map((r, i) => ({ start: r.start, end: r.end, text: "", seq: i }));
  const added = comments.map(commentElement).join("");
  const close = xml.lastIndexOf("</w:comments>");
  if (close >= 0) {
    edits.push({ start: close, end: close, text: added, seq: edits.length });
  } else {
    // A self-closing root: <w:comments …/>.
    const m = /<w:comments\b[^>]*\/>/.exec(xml);
    if (!m) return newCommentsPart(comments);
    const open = m[0].slice(0, -2).trimEnd();
    edits.push({ start: m.index, end: m.index + m[0].length, text: `${open}>${added}</w:comments>`, seq: edits.length });
  }
  return applyEdits(xml, edits);
}
