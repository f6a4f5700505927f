import { describe, expect, it } from "vitest";
import { AUTO_WORKERS_MIN_BYTES, dispatchOrder, MIN_FILES_FOR_WORKERS, workerCount } from "./schedule.js";

describe("workerCount", () => {
  const small = Array.from({ length: 40 }, () => 1000);
  const large = Array.from({ length: 40 }, () => AUTO_WORKERS_MIN_BYTES / 10);

  it("auto: workers (one per core) only when there is enough text and more than one core", () => {
    expect(workerCount("auto", 4, small)).toBe(0);
    expect(workerCount("auto", 4, large)).toBe(4);
    expect(workerCount("auto", 1, large)).toBe(0);
    expect(workerCount("auto", 8, [AUTO_WORKERS_MIN_BYTES * 2])).toBe(0);
    expect(workerCount("auto", 8, [AUTO_WORKERS_MIN_BYTES, AUTO_WORKERS_MIN_BYTES])).toBe(2);
  });

  it("an explicit count is used for more than MIN_FILES_FOR_WORKERS files, whatever their size", () => {
    const files = (n: number) => Array.from({ length: n }, () => 10);
    expect(workerCount(2, 2, files(MIN_FILES_FOR_WORKERS + 1))).toBe(2);
    expect(workerCount(3, 2, files(MIN_FILES_FOR_WORKERS))).toBe(0);
    expect(workerCount(1, 8, files(100))).toBe(0);
    expect(workerCount(0, 8, files(100))).toBe(0);
    expect(workerCount(50, 2, files(MIN_FILES_FOR_WORKERS + 2))).toBe(MIN_FILES_FOR_WORKERS + 2);
  });
});

describe("dispatchOrder", () => {
  it("sends files much larger than the rest first, largest first, then the rest in path order", () => {
    const weights = [10, 10, 500, 10, 10, 900, 10, 10, 10, 10, 10, 10];
    expect(dispatchOrder(weights, 2)).toEqual([5, 2, 0, 1, 3, 4, 6, 7, 8, 9, 10, 11]);
  });

  it("keeps path order for files of similar size, and lists every file once", () => {
    const weights = Array.from({ length: 50 }, (_, i) => 1000 + ((i * 37) % 200));
    expect(dispatchOrder(weights, 2)).toEqual(weights.map((_, i) => i));
    const mixed = Array.from({ length: 30 }, (_, i) => (i % 7 === 0 ? 50_000 : 100 + i));
    expect([...dispatchOrder(mixed, 3)].sort((a, b) => a - b)).toEqual(mixed.map((_, i) => i));
  });
});
