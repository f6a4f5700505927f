import { describe, expect, it } from "vitest";
import { InOrder } from "./in-order.js";

describe("InOrder", () => {
  it("hands results on in index order whatever order they arrive in, holding only what must wait", () => {
    const seen: string[] = [];
    const order = new InOrder<string>(5, (item, index) => seen.push(`${index}:${item}`));
    order.put(2, "c");
    order.put(4, "e");
    expect(seen).toEqual([]);
    expect(order.held).toBe(2);
    order.put(0, "a");
    expect(seen).toEqual(["0:a"]);
    order.put(1, "b");
    expect(seen).toEqual(["0:a", "1:b", "2:c"]);
    expect(order.done).toBe(false);
    order.put(3, "d");
    expect(seen).toEqual(["0:a", "1:b", "2:c", "3:d", "4:e"]);
    expect(order.held).toBe(0);
    expect(order.done).toBe(true);
  });

  it("refuses a result that arrives twice", () => {
    const order = new InOrder<number>(3, () => {});
    order.put(1, 1);
    expect(() => order.put(1, 1)).toThrow(/twice/);
    order.put(0, 0);
    expect(() => order.put(0, 0)).toThrow(/twice/);
  });
});
