/** Splicing a part's text: non-overlapping replacements, applied in one pass. */

export interface Edit {
  start: number;
  end: number;
  text: string;
  /** Creation order: breaks ties between edits at the same position. */
  seq: number;
}

export function applyEdits(text: string, edits: Edit[]): string {
  if (edits.length === 0) return text;
  // At one position, insertions come before a replacement that starts there, each in creation order.
  edits.sort((a, b) => a.start - b.start || (a.end - a.start === 0 ? 0 : 1) - (b.end - b.start === 0 ? 0 : 1) || a.seq - b.seq);
  const out: string[] = [];
  let pos = 0;
  for (const e of edits) {
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
    out.push(text.slice(pos, e.start), e.text);
    pos = e.end;
  }
  out.push(text.slice(pos));
  return out.join("");
}
