/**
 * A small run of the fuzz benchmark (bench/fuzz.mjs): 2,000 random documents
 * through lint() on worker threads. No document may throw, and none may run
 * past a generous budget: a hang detector, not a speed test (the time of a
 * document stopped after the hard limit counts as a hang).
 */
import { describe, expect, it } from "vitest";
import { runFuzz } from "./run-fuzz.mjs";

// Generous: CI runs this beside other test files on two cores; a hang runs into the hard limit (20 s) instead.
const BUDGET_MS = 5000;

describe("fuzz: 2,000 random documents", () => {
  it("none throws, hangs or takes longer than the budget", async () => {
    const result = await runFuzz({ n: 2000, runSeed: 20261121, scale: 0.25, workers: 2, hardLimitMs: 20_000 });
    expect(result.errors).toEqual([]);
    expect(result.hangs).toEqual([]);
    const measured = [...result.times].filter((t) => !Number.isNaN(t));
    expect(measured).toHaveLength(2000);
    const slow = result.slowest.filter((s) => s.ms > BUDGET_MS).map((s) => `document ${s.i}: ${Math.round(s.ms)} ms, ${s.chars} chars`);
    expect(slow).toEqual([]);
  }, 180_000);
});
