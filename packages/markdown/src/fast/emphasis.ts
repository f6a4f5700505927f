/**
 * Pairing delimiter runs into emphasis, strong and (GFM) strikethrough the
 * way micromark does it: one pass per kind over the closers, left to right,
 * each looking back for the nearest opener it may pair with; when a pair is
 * made, everything between is resolved on its own (see INSIDE_SPAN) and
 * sealed, so no run inside can pair with one outside.
 * Run lengths are the current ones (a run shrinks as it is used), as in
 * micromark's "rule of three".
 *
 * The look-back uses the reference algorithm's "openers bottom" shortcut so
 * that runs without partners cost no quadratic search; the shortcut is
 * forgotten whenever a run that can open shrinks, because a shorter run may
 * pair where the longer could not. A work budget guards what remains: past it, the scanner
 * gives up and micromark takes the document.
 */
import type { PhrasingContent } from "mdast";
import { giveUp } from "./give-up.js";
import { Item, ItemKind, type ItemList } from "./inline-items.js";
import type { SourceLines } from "./positions.js";

const STAR = 42;
const TILDE = 126;

export type SpanKind = "attention" | "strikethrough";

/**
 * The order in which spans inside a pair or a link label are resolved:
 * micromark puts an extension's "insideSpan" resolvers before its own, so
 * GFM strikethrough comes first there (at the top level the order is that
 * in which the two kinds first occur in the text).
 */
export const INSIDE_SPAN: readonly SpanKind[] = ["strikethrough", "attention"];

export class DelimiterResolver {
  private work = 0;
  private readonly budget: number;

  constructor(
    private readonly list: ItemList,
    private readonly lines: SourceLines,
    private readonly text: string,
    delimiterCount: number,
  ) {
    this.budget = 200_000 + 50 * delimiterCount;
  }

  /** Resolve the delimiters after `lo` (null: from the first), passes in `order`, then turn what is left into text. */
  resolve(lo: Item | null, hi: Item | null, order: readonly SpanKind[]): void {
    for (const kind of order) {
      if (kind === "attention") this.attention(lo, hi);
      else this.strikethrough(lo, hi);
    }
    let d = lo ? lo.nextDelimiter : this.list.firstDelimiter;
    while (d && d !== hi) {
      const next = d.nextDelimiter;
      this.toText(d);
      d = next;
    }
  }

  private toText(item: Item): void {
    this.list.removeDelimiter(item);
    item.kind = ItemKind.Text;
    item.value = this.text.slice(item.start, item.end);
  }

  private attention(lo: Item | null, hi: Item | null): void {
    let bottoms = new Map<number, Item>();
    let closer = lo ? lo.nextDelimiter : this.list.firstDelimiter;
    while (closer && closer !== hi) {
      if (closer.marker === TILDE || !closer.canClose) {
        closer = closer.nextDelimiter;
        continue;
      }
      const closeLength = closer.end - closer.start;
      const key = (closer.marker === STAR ? 0 : 8) + (closer.canOpen ? 4 : 0) + (closeLength % 3);
      const stopAfter = bottoms.get(key);
      let opener = closer.prevDelimiter;
      let found: Item | null = null;
      while (opener && opener !== lo && opener !== stopAfter) {
        if (++this.work > this.budget) giveUp("emphasis-work");
        if (opener.marker === closer.marker && opener.canOpen) {
          const openLength = opener.end - opener.start;
          const ruleOfThree = (opener.canClose || closer.canOpen) && closeLength % 3 !== 0 && (openLength + closeLength) % 3 === 0;
          if (!ruleOfThree) {
            found = opener;
            break;
          }
        }
        opener = opener.prevDelimiter;
      }
      if (!found) {
        // Every opener up to here failed for closers of this kind: later ones stop looking there.
        if (closer.prevDelimiter) bottoms.set(key, closer.prevDelimiter);
        closer = closer.nextDelimiter;
        continue;
      }
      const use = found.end - found.start > 1 && closeLength > 1 ? 2 : 1;
      const node = { type: use === 2 ? "strong" : "emphasis", children: [] } as unknown as PhrasingContent;
      node.position = { start: this.lines.point(found.end - use), end: this.lines.point(closer.start + use) };
      this.seal(found, closer, node);
      found.end -= use;
      closer.start += use;
      if (found.start === found.end) this.list.remove(found);
      // A shorter run that can open may now pair where it could not before: forget what the look-backs learnt.
      if (found.start !== found.end || (closer.start !== closer.end && closer.canOpen)) bottoms = new Map();
      if (closer.start === closer.end) {
        const next = closer.nextDelimiter;
        this.list.remove(closer);
        closer = next;
      }
    }
  }

  private strikethrough(lo: Item | null, hi: Item | null): void {
    const bottoms: Array<Item | undefined> = [];
    let closer = lo ? lo.nextDelimiter : this.list.firstDelimiter;
    while (closer && closer !== hi) {
      if (closer.marker !== TILDE || !closer.canClose) {
        closer = closer.nextDelimiter;
        continue;
      }
      const size = closer.end - closer.start;
      const stopAfter = bottoms[size];
      let opener = closer.prevDelimiter;
      let found: Item | null = null;
      while (opener && opener !== lo && opener !== stopAfter) {
        if (++this.work > this.budget) giveUp("emphasis-work");
        if (opener.marker === TILDE && opener.canOpen && opener.end - opener.start === size) {
          found = opener;
          break;
        }
        opener = opener.prevDelimiter;
      }
      if (!found) {
        if (closer.prevDelimiter) bottoms[size] = closer.prevDelimiter;
        closer = closer.nextDelimiter;
        continue;
      }
      const node = { type: "delete", children: [] } as unknown as PhrasingContent;
      node.position = { start: this.lines.point(found.start), end: this.lines.point(closer.end) };
      this.seal(found, closer, node);
      const next = closer.nextDelimiter;
      this.list.remove(found);
      this.list.remove(closer);
      closer = next;
    }
  }

  /** Resolve what lies between a pair on its own, then wrap it into `node`. */
  private seal(opener: Item, closer: Item, node: PhrasingContent): void {
    this.resolve(opener, closer, INSIDE_SPAN);
    const wrapper = new Item(ItemKind.Node, opener.end, closer.start);
    wrapper.node = node;
    this.list.wrapBetween(opener, closer, wrapper);
  }
}
