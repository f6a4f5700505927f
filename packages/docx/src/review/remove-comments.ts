/**
 * Removing earlier mrlint comments so that a second review replaces them:
 * their anchors in document.xml, their entries in comments.xml, and their
 * rows in the optional commentsExtended / commentsIds / commentsExtensible
 * parts (keyed by the comment paragraph's w14:paraId and its durableId).
 */
import type { CommentMark } from "../body/types.js";
import { attrValue, Tok, XmlCursor } from "../xml/xml-cursor.js";
import { applyEdits, type Edit } from "../xml/edits.js";

/** Drop the range marks and reference runs of the comments in `ids`. */
export function removeCommentMarks(xml: string, marks: readonly CommentMark[], ids: ReadonlySet<string>): string {
  const edits: Edit[] = [];
  const seen = new Set<number>();
  for (const m of marks) {
    if (!ids.has(m.id)) continue;
    const start = m.kind === "reference" && m.runStart !== undefined && m.runEnd !== undefined && m.runEnd > 0 ? m.runStart : m.rawStart;
    const end = start === m.runStart ? m.runEnd! : m.rawEnd;
    if (seen.has(start)) continue;
    seen.add(start);
    edits.push({ start, end, text: "", seq: edits.length });
  }
  return applyEdits(xml, edits);
}

/**
 * Remove every element named `qname` (self-closing or not) for which `drop`
 * says yes, and return the removed elements' attribute strings.
 */
export function removeElements(xml: string, qname: string, drop: (attrs: string) => boolean): { xml: string; removed: string[] } {
  const c = new XmlCursor(xml);
  const edits: Edit[] = [];
  const removed: string[] = [];
  for (let k = c.next(); k !== Tok.End; k = c.next()) {
    if ((k === Tok.Open || k === Tok.SelfClose) && c.name === qname && drop(c.attrs)) {
      const start = c.start;
      const attrs = c.attrs;
      if (k === Tok.Open) c.skipElement();
      edits.push({ start, end: c.end, text: "", seq: edits.length });
      removed.push(attrs);
    }
  }
  return { xml: applyEdits(xml, edits), removed };
}

/** Side parts keyed by paragraph id: clean them of the removed comments. */
export function cleanCommentsExtended(xml: string, paraIds: ReadonlySet<string>): string {
  const { xml: out } = removeElements(xml, "w15:commentEx", (a) => paraIds.has(attrValue(a, "w15:paraId") ?? ""));
  // A reply whose parent was removed becomes a top-level comment.
  return out.replace(/\s+w15:paraIdParent="([^"]*)"/g, (whole, id: string) => (paraIds.has(id) ? "" : whole));
}

export function cleanCommentsIds(xml: string, paraIds: ReadonlySet<string>): { xml: string; durableIds: Set<string> } {
  const { xml: out, removed } = removeElements(xml, "w16cid:commentId", (a) => paraIds.has(attrValue(a, "w16cid:paraId") ?? ""));
  return { xml: out, durableIds: new Set(removed.map((a) => attrValue(a, "w16cid:durableId") ?? "")) };
}

export function cleanCommentsExtensible(xml: string, durableIds: ReadonlySet<string>): string {
  return removeElements(xml, "w16cex:commentExtensible", (a) => durableIds.has(attrValue(a, "w16cex:durableId") ?? "")).xml;
}
