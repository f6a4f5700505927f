/**
 * Page furniture in text that came from a PDF or a scan: running headers and
 * footers, page numbers. RULES.md: they are not body text for any rule, so
 * the parser gives them role "furniture" and cuts them out of the
 * paragraphs they interrupt.
 */
import type { Seg } from "./segment.js";

/** "3", "- 3 -", "(3)", "[3]", "– 12 –" */
const LONE_NUMBER = /^(?:[-–—(\[]\s*)?\d{1,4}(?:\s*[-–—)\]])?$/;
/** "Sida 2", "sid. 2", "Page 4 of 9", "Sida 2 (7)", "Sida 2/7", "s. 3" */
const LONE_PAGE = /^(?:sida|sid\.?|s\.|page|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:av|of|\/|\()\s*\d{1,4}\)?)?$/i;
/** "3/7", "3 av 7", "3 of 9", "3 (7)" */
const LONE_FRACTION = /^\d{1,4}\s*(?:\/|av|of|\()\s*\d{1,4}\)?$/i;
/** A page marker at the end of a header/footer line: "… Sida 1 av 4", "… Page 3". */
const TRAILING_PAGE = /(?:^|\s)(?:sida|page|sid\.)\s*\d{1,4}(?:\s*(?:av|of|\/)\s*\d{1,4})?$/i;
const PIPE = / \| /;
const MAX_FURNITURE_LENGTH = 140;
const MAX_FURNITURE_WORDS = 16;

/** A line that is nothing but a page number. */
export function isPageNumberLine(text: string): boolean {
  return LONE_NUMBER.test(text) || LONE_PAGE.test(text) || LONE_FRACTION.test(text);
}

function wordCount(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}

function isShort(seg: Seg): boolean {
  return seg.text.length <= MAX_FURNITURE_LENGTH && wordCount(seg.text) <= MAX_FURNITURE_WORDS;
}

/** Page furniture on its own, without looking at the rest of the document. */
function isCertainFurniture(seg: Seg): boolean {
  if (isPageNumberLine(seg.text)) return true;
  return isShort(seg) && TRAILING_PAGE.test(seg.text) && (seg.gap || PIPE.test(seg.text));
}

/** Lines that differ only in page numbers or dates share a key. */
function repetitionKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, "#");
}

/**
 * Mark the furniture among `segs` (all candidate lines in document order).
 * `pageBreakBefore[i]` says a form feed came right before segs[i].
 * A line is furniture when it is a page number or ends in a page marker
 * after a column gap, or when it repeats (modulo numbers) and either has
 * column layout ("Kommun | Plan      2023-03-08") or every copy sits next to
 * a page boundary.
 */
export function findFurniture(segs: readonly Seg[], pageBreakBefore: readonly boolean[]): boolean[] {
  const n = segs.length;
  const certain = segs.map(isCertainFurniture);
  const keys = segs.map((s) => repetitionKey(s.text));
  const where = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    if (certain[i] || !isShort(segs[i])) continue;
    const list = where.get(keys[i]);
    if (list) list.push(i);
    else where.set(keys[i], [i]);
  }
  const nearBoundary = (i: number): boolean =>
    i === 0 || i === n - 1 || certain[i - 1] || certain[i + 1] || pageBreakBefore[i] || pageBreakBefore[i + 1] === true;
  const result = certain.slice();
  for (const list of where.values()) {
    if (list.length < 2) continue;
    const layout = list.some((i) => segs[i].gap || PIPE.test(segs[i].text));
    if (layout || list.every(nearBoundary)) for (const i of list) result[i] = true;
  }
  return result;
}
