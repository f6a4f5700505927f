import { describe, expect, it } from "vitest";
import { heapGrowthGiven } from "./heap-growth.js";

describe("heapGrowthGiven", () => {
  it("finds the flag in node's arguments or NODE_OPTIONS, in either spelling", () => {
    expect(heapGrowthGiven(["--heap-growing-percent=30"], undefined)).toBe(true);
    expect(heapGrowthGiven([], "--max-old-space-size=512 --heap_growing_percent=20")).toBe(true);
  });

  it("is false when neither names it", () => {
    expect(heapGrowthGiven([], undefined)).toBe(false);
    expect(heapGrowthGiven(["--enable-source-maps"], "--max-old-space-size=512")).toBe(false);
    expect(heapGrowthGiven(["--heap-growing"], "")).toBe(false);
  });
});
