import { describe, expect, it } from "vitest";
import { firstInTextOrder, type Place } from "./text-order.js";

interface Item {
  match: Place;
  element: string;
  id: number;
}

/** What elements.ts did before: copy, stable sort, de-duplicate by place and element, cut at max. */
function bySorting(items: readonly Item[], max: number): Item[] {
  const seen = new Set<string>();
  const out: Item[] = [];
  const sorted = [...items].sort((a, b) => a.match.block - b.match.block || a.match.start - b.match.start || a.match.end - b.match.end);
  for (const m of sorted) {
    const key = `${m.match.block}:${m.match.start}:${m.match.end}:${m.element}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(m);
    if (out.length >= max) break;
  }
  return out;
}

describe("firstInTextOrder", () => {
  it("picks the first items in text order, one per place and element", () => {
    const items: Item[] = [
      { match: { block: 2, start: 0, end: 4 }, element: "who", id: 0 },
      { match: { block: 1, start: 5, end: 9 }, element: "how", id: 1 },
      { match: { block: 1, start: 5, end: 9 }, element: "how", id: 2 },
      { match: { block: 1, start: 5, end: 9 }, element: "who", id: 3 },
      { match: { block: 0, start: 3, end: 4 }, element: "who", id: 4 },
    ];
    expect(firstInTextOrder(items, 8).map((i) => i.id)).toEqual([4, 1, 3, 0]);
    expect(firstInTextOrder(items, 2).map((i) => i.id)).toEqual([4, 1]);
    expect(firstInTextOrder([], 3)).toEqual([]);
  });

  it("agrees with sorting and de-duplicating on generated lists", () => {
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 2000; round++) {
      const length = next(40);
      const items: Item[] = Array.from({ length }, (_, id) => {
        const start = next(6);
        return { match: { block: next(4), start, end: start + next(3) }, element: ["who", "how", "when"][next(3)], id };
      });
      const max = 1 + next(10);
      expect(firstInTextOrder(items, max).map((i) => i.id)).toEqual(bySorting(items, max).map((i) => i.id));
    }
  });
});
