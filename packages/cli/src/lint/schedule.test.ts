import { describe, expect, it } from "vitest";
import { AUTO_WORKERS_MIN_BYTES, dispatchOrder, MIN_FILES_FOR_WORKERS, threadPlan } from "./schedule.js";

describe("threadPlan", () => {
  const small = Array.from({ length: 40 }, () => 1000);
  const large = Array.from({ length: 40 }, () => AUTO_WORKERS_MIN_BYTES / 10);

  it("auto: the main thread alone for little text or up to two cores; else one thread per core, the main thread being one", () => {
    expect(threadPlan("auto", 4, small)).toEqual({ workers: 0, mainLints: true });
    expect(threadPlan("auto", 4, large)).toEqual({ workers: 3, mainLints: true });
    expect(threadPlan("auto", 3, large)).toEqual({ workers: 2, mainLints: true });
    expect(threadPlan("auto", 2, large)).toEqual({ workers: 0, mainLints: true });
    expect(threadPlan("auto", 1, large)).toEqual({ workers: 0, mainLints: true });
    expect(threadPlan("auto", 8, [AUTO_WORKERS_MIN_BYTES * 2])).toEqual({ workers: 0, mainLints: true });
    expect(threadPlan("auto", 8, [AUTO_WORKERS_MIN_BYTES, AUTO_WORKERS_MIN_BYTES])).toEqual({ workers: 1, mainLints: true });
  });

  it("an explicit count means that many workers for more than MIN_FILES_FOR_WORKERS files, whatever their size", () => {
    const files = (n: number) => Array.from({ length: n }, () => 10);
    expect(threadPlan(2, 2, files(MIN_FILES_FOR_WORKERS + 1))).toEqual({ workers: 2, mainLints: false });
    expect(threadPlan(3, 2, files(MIN_FILES_FOR_WORKERS))).toEqual({ workers: 0, mainLints: true });
    expect(threadPlan(1, 8, files(100))).toEqual({ workers: 0, mainLints: true });
    expect(threadPlan(0, 8, files(100))).toEqual({ workers: 0, mainLints: true });
    expect(threadPlan(50, 2, files(MIN_FILES_FOR_WORKERS + 2)).workers).toBe(MIN_FILES_FOR_WORKERS + 2);
  });
});

describe("dispatchOrder", () => {
  it("hands out files much larger than the rest first, largest first and marked large, then the rest in path order", () => {
    const weights = [10, 10, 500, 10, 10, 900, 10, 10, 10, 10, 10, 10];
    const jobs = dispatchOrder(weights, 2);
    expect(jobs.map((j) => j.index)).toEqual([5, 2, 0, 1, 3, 4, 6, 7, 8, 9, 10, 11]);
    expect(jobs.filter((j) => j.large).map((j) => j.index)).toEqual([5, 2]);
  });

  it("keeps path order for files of similar size, and lists every file once", () => {
    const weights = Array.from({ length: 50 }, (_, i) => 1000 + ((i * 37) % 200));
    expect(dispatchOrder(weights, 2).map((j) => j.index)).toEqual(weights.map((_, i) => i));
    const mixed = Array.from({ length: 30 }, (_, i) => (i % 7 === 0 ? 50_000 : 100 + i));
    expect(dispatchOrder(mixed, 3).map((j) => j.index).sort((a, b) => a - b)).toEqual(mixed.map((_, i) => i));
  });
});
