/**
 * Word comments as inline disables: a comment whose text starts with
 * `mrlint-disable` (optionally followed by rule ids such as
 * `mr/hidden-actor`) switches those rules (or all) off over the commented
 * range. `mrlint-disable-line` covers the whole commented paragraphs,
 * `mrlint-disable-next-line` the paragraph after them. A comment without a
 * text range (inserted at a cursor) covers its paragraph.
 */
import type { Suppression } from "@mrlint/core";
import type { CommentMark } from "../body/types.js";
import { commentText, type WordComment } from "./read-comments.js";

const DIRECTIVE = /^mrlint-disable(-line|-next-line)?(?=[\s:,]|$)([\s\S]*)$/;
const RULE_ID = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

export interface ParagraphSpan {
  /** Source offset of each paragraph's first character and its text length. */
  start: number;
  length: number;
}

export function suppressionsFromComments(comments: readonly WordComment[], marks: readonly CommentMark[], paragraphs: readonly ParagraphSpan[]): Suppression[] {
  const out: Suppression[] = [];
  if (paragraphs.length === 0) return out;
  const byId = new Map<string, { start?: CommentMark; end?: CommentMark; reference?: CommentMark }>();
  for (const m of marks) {
    const e = byId.get(m.id) ?? {};
    if (!e[m.kind]) e[m.kind] = m;
    byId.set(m.id, e);
  }
  const clampPara = (p: number) => Math.min(Math.max(p, 0), paragraphs.length - 1);
  const offsetOf = (m: CommentMark) => {
    const p = paragraphs[clampPara(m.paragraph)];
    return p.start + Math.min(m.offset, p.length);
  };

  for (const c of comments) {
    const match = DIRECTIVE.exec(commentText(c).trim());
    if (!match) continue;
    const variant = match[1] ?? "";
    const rest = match[2].split(/\s--\s|\n/)[0];
    const rules = rest.split(/[\s,]+/).filter((t) => RULE_ID.test(t));
    const m = byId.get(c.id);
    if (!m) continue;
    const startMark = m.start ?? m.reference ?? m.end;
    const endMark = m.end ?? m.reference ?? m.start;
    if (!startMark || !endMark) continue;
    let first = clampPara(startMark.paragraph);
    let last = clampPara(endMark.paragraph);
    if (last < first) [first, last] = [last, first];
    let start = offsetOf(startMark);
    let end = offsetOf(endMark);
    if (variant === "-next-line") {
      const next = last + 1;
      if (next >= paragraphs.length) continue;
      first = last = next;
      start = paragraphs[next].start;
      end = start + paragraphs[next].length;
    } else if (variant === "-line" || end <= start) {
      start = paragraphs[first].start;
      end = paragraphs[last].start + paragraphs[last].length;
    }
    out.push({ rules, start, end });
  }
  return out;
}
