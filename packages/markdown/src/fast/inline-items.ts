/**
 * The inline scanner's working list: a doubly linked list of items (text,
 * delimiter runs, finished nodes, bracket openers) in source order, plus a
 * second linked list through the delimiter runs only, as in the CommonMark
 * reference algorithm. Linked lists keep wrapping a span into a node O(1),
 * so long paragraphs with many spans stay linear.
 */
import type { PhrasingContent } from "mdast";

export const ItemKind = {
  /** Visible text (data, an escape, a character reference, a line ending). */
  Text: 0,
  /** A run of `*`, `_` or `~` that may still open or close a span. */
  Delimiter: 1,
  /** A finished node: code, html, break, autolink, or a span wrapping `inner`. */
  Node: 2,
  /** `[` or `![` waiting for its `]`. */
  Bracket: 3,
} as const;
export type ItemKind = (typeof ItemKind)[keyof typeof ItemKind];

export class Item {
  prev: Item | null = null;
  next: Item | null = null;
  /** Text: the visible value. */
  value = "";
  /** Node: the node; spans get their children from `inner` when the tree is built. */
  node: PhrasingContent | null = null;
  inner: Item | null = null;
  /** Delimiter: the marker character code, whether the run can open / close, and the delimiter list links. */
  marker = 0;
  canOpen = false;
  canClose = false;
  prevDelimiter: Item | null = null;
  nextDelimiter: Item | null = null;
  inDelimiterList = false;
  /** Bracket: `![`, still able to form a link, the bracket below it, the last delimiter before it. */
  image = false;
  active = true;
  below: Item | null = null;
  delimiterBefore: Item | null = null;

  constructor(
    public kind: ItemKind,
    /** Source range (a delimiter's shrinks as its characters are used). */
    public start: number,
    public end: number,
  ) {}
}

export class ItemList {
  head: Item | null = null;
  tail: Item | null = null;
  firstDelimiter: Item | null = null;
  lastDelimiter: Item | null = null;

  append(item: Item): void {
    item.prev = this.tail;
    item.next = null;
    if (this.tail) this.tail.next = item;
    else this.head = item;
    this.tail = item;
    if (item.kind === ItemKind.Delimiter) {
      item.prevDelimiter = this.lastDelimiter;
      item.nextDelimiter = null;
      if (this.lastDelimiter) this.lastDelimiter.nextDelimiter = item;
      else this.firstDelimiter = item;
      this.lastDelimiter = item;
      item.inDelimiterList = true;
    }
  }

  remove(item: Item): void {
    if (item.prev) item.prev.next = item.next;
    else this.head = item.next;
    if (item.next) item.next.prev = item.prev;
    else this.tail = item.prev;
    item.prev = item.next = null;
    this.removeDelimiter(item);
  }

  removeDelimiter(item: Item): void {
    if (!item.inDelimiterList) return;
    if (item.prevDelimiter) item.prevDelimiter.nextDelimiter = item.nextDelimiter;
    else this.firstDelimiter = item.nextDelimiter;
    if (item.nextDelimiter) item.nextDelimiter.prevDelimiter = item.prevDelimiter;
    else this.lastDelimiter = item.prevDelimiter;
    item.prevDelimiter = item.nextDelimiter = null;
    item.inDelimiterList = false;
  }

  /**
   * Move the items strictly between `from` and `to` (both in the list; `to`
   * null = the end) into `wrapper.inner`, and put `wrapper` in their place.
   */
  wrapBetween(from: Item, to: Item | null, wrapper: Item): void {
    const first = from.next;
    const last = to ? to.prev : this.tail;
    if (first && first !== to && last) {
      first.prev = null;
      last.next = null;
      wrapper.inner = first;
    }
    from.next = wrapper;
    wrapper.prev = from;
    wrapper.next = to;
    if (to) to.prev = wrapper;
    else this.tail = wrapper;
  }
}
