/**
 * Puts comment anchors into document.xml: `w:commentRangeStart` before the
 * first flagged character, `w:commentRangeEnd` plus a `w:commentReference`
 * run after the last one. A run that holds text on both sides of a boundary
 * is split in two (same properties), so the anchor covers exactly the
 * flagged words. Everything else in the part is copied unchanged.
 */
import type { BodyParagraph, BodyScan, RunInfo, TextAtom } from "../body/types.js";
import { rawIndexOfDecoded } from "../xml/xml-cursor.js";
import { applyEdits, type Edit } from "../xml/edits.js";

export interface Anchor {
  id: number;
  /** First and last paragraph (0-based lines). */
  startParagraph: number;
  endParagraph: number;
  /** Character offsets; ignored when `whole`. End is exclusive. */
  startOffset: number;
  endOffset: number;
  /** Anchor the whole paragraphs (document rules, the summary). */
  whole: boolean;
}

const rangeStart = (id: number) => `<w:commentRangeStart w:id="${id}"/>`;
const rangeEnd = (id: number) => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;

/** A boundary inside a run: before child `child`, `offset` decoded characters into it. */
interface Cut {
  child: number;
  offset: number;
  text: string;
  seq: number;
}

export function insertAnchors(xml: string, scan: BodyScan, anchors: readonly Anchor[]): string {
  const edits: Edit[] = [];
  const cutsByRun = new Map<RunInfo, { para: BodyParagraph; cuts: Cut[] }>();
  const selfClosing = new Map<BodyParagraph, string[]>();
  let seq = 0;

  const at = (pos: number, text: string) => edits.push({ start: pos, end: pos, text, seq: seq++ });
  const inRun = (para: BodyParagraph, run: RunInfo, child: number, offset: number, text: string) => {
    let e = cutsByRun.get(run);
    if (!e) cutsByRun.set(run, (e = { para, cuts: [] }));
    e.cuts.push({ child, offset, text, seq: seq++ });
  };
  const paraStart = (p: BodyParagraph, text: string) => {
    if (p.selfClosing) pushSelfClosing(p, text);
    else at(p.contentStart, text);
  };
  const paraEnd = (p: BodyParagraph, text: string) => {
    if (p.selfClosing) pushSelfClosing(p, text);
    else at(p.closeStart, text);
  };
  const pushSelfClosing = (p: BodyParagraph, text: string) => {
    const list = selfClosing.get(p) ?? [];
    list.push(text);
    selfClosing.set(p, list);
  };

  /** Boundary before character `offset` of paragraph `p`. */
  const before = (p: BodyParagraph, offset: number, text: string) => {
    const i = atomAt(p.atoms, offset);
    if (i < 0) return paraEnd(p, text);
    const atom = p.atoms[i];
    const k = splittableOffset(atom, offset - atom.start);
    const run = atom.run >= 0 ? p.runs[atom.run] : undefined;
    if (!run) return at(atom.rawStart, text);
    const firstInRun = i === 0 || p.atoms[i - 1].run !== atom.run;
    if ((firstInRun && k === 0) || !canSplit(run, atom)) return at(run.start, text);
    inRun(p, run, atom.child, k, text);
  };
  /** Boundary after character `offset - 1` of paragraph `p`. */
  const after = (p: BodyParagraph, offset: number, text: string) => {
    const i = atomAt(p.atoms, offset - 1);
    if (i < 0) return paraEnd(p, text);
    const atom = p.atoms[i];
    const run = atom.run >= 0 ? p.runs[atom.run] : undefined;
    if (!run) return at(atom.rawEnd, text);
    const k = offset - atom.start;
    const lastInRun = i === p.atoms.length - 1 || p.atoms[i + 1].run !== atom.run;
    if ((lastInRun && k >= atom.length) || !canSplit(run, atom)) return at(run.end, text);
    if (k >= atom.length || splittableOffset(atom, k) !== k) inRun(p, run, atom.child + 1, 0, text);
    else inRun(p, run, atom.child, k, text);
  };

  for (const a of anchors) {
    const p1 = scan.paragraphs[a.startParagraph];
    const p2 = scan.paragraphs[a.endParagraph];
    if (!p1 || !p2) continue;
    // An empty range means the whole paragraph; offsets outside the text are pulled in, so that
    // a span keeps at least one character of its paragraph.
    const emptyRange = p1 === p2 && finite(a.endOffset) <= finite(a.startOffset);
    const whole = a.whole || emptyRange || p1.text.length === 0 || p2.text.length === 0;
    const start = clamp(a.startOffset, 0, p1.text.length - 1);
    let end = clamp(a.endOffset, 1, p2.text.length);
    if (p1 === p2 && end <= start) end = start + 1;
    if (whole) {
      paraStart(p1, rangeStart(a.id));
      paraEnd(p2, rangeEnd(a.id));
      continue;
    }
    before(p1, start, rangeStart(a.id));
    after(p2, end, rangeEnd(a.id));
  }

  for (const [run, { cuts }] of cutsByRun) {
    edits.push({ start: run.start, end: run.end, text: splitRun(xml, run, cuts), seq: seq++ });
  }
  for (const [p, texts] of selfClosing) {
    const open = xml.slice(p.start, p.end - 2).trimEnd();
    edits.push({ start: p.start, end: p.end, text: `${open}>${texts.join("")}</w:p>`, seq: seq++ });
  }
  return applyEdits(xml, edits);
}

/** Index of the atom holding character `offset`, or -1. */
function atomAt(atoms: readonly TextAtom[], offset: number): number {
  let lo = 0;
  let hi = atoms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const a = atoms[mid];
    if (offset < a.start) hi = mid - 1;
    else if (offset >= a.start + a.length) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** An offset inside an atom can only be cut in a plain `w:t`; elsewhere it moves to the atom's start. */
function splittableOffset(atom: TextAtom, k: number): number {
  return k > 0 && atom.contentStart < 0 ? 0 : k;
}

function canSplit(run: RunInfo, atom: TextAtom): boolean {
  return !run.unsplittable && atom.child >= 0;
}

/** Rebuild a run as several runs with the same properties, with the cut texts between them. */
function splitRun(xml: string, run: RunInfo, cuts: Cut[]): string {
  cuts.sort((a, b) => a.child - b.child || a.offset - b.offset || a.seq - b.seq);
  const open = xml.slice(run.start, run.openEnd) + run.rPr;
  const parts: string[] = [];
  let segment = "";
  let ci = 0;
  const flush = () => {
    if (segment !== "") parts.push(`${open}${segment}</w:r>`);
    segment = "";
  };
  for (let child = 0; child <= run.children.length; child++) {
    const c = run.children[child];
    const raw = c ? xml.slice(c.start, c.end) : "";
    // Cuts before this child.
    while (ci < cuts.length && cuts[ci].child === child && cuts[ci].offset === 0) {
      flush();
      parts.push(cuts[ci++].text);
    }
    if (!c) break;
    // Cuts inside this child (a w:t): split its text.
    if (ci < cuts.length && cuts[ci].child === child) {
      const contentStart = raw.indexOf(">") + 1;
      const contentEnd = raw.lastIndexOf("</");
      const content = raw.slice(contentStart, contentEnd);
      let from = 0;
      while (ci < cuts.length && cuts[ci].child === child) {
        const rawAt = rawIndexOfDecoded(content, cuts[ci].offset);
        if (rawAt > from) segment += `<w:t xml:space="preserve">${content.slice(from, rawAt)}</w:t>`;
        from = Math.max(from, rawAt);
        flush();
        parts.push(cuts[ci++].text);
      }
      if (from < content.length) segment += `<w:t xml:space="preserve">${content.slice(from)}</w:t>`;
      continue;
    }
    segment += raw;
  }
  while (ci < cuts.length) {
    flush();
    parts.push(cuts[ci++].text);
  }
  flush();
  return parts.join("");
}

function finite(n: number): number {
  return Number.isFinite(n) ? Math.trunc(n) : 0;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(Math.max(Number.isFinite(n) ? Math.trunc(n) : lo, lo), Math.max(hi, lo));
}
