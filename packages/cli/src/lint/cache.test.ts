import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sampleReports } from "../formatters/sample.test-support.js";
import { cacheKey, hashBytes, LintCache } from "./cache.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "mrlint-cache-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("LintCache", () => {
  it("returns a stored report only for the same key, across save and load", () => {
    const file = path.join(dir, ".mrlintcache");
    const [plan] = sampleReports();
    const cache = LintCache.load(file, "1.0.0");
    cache.set(plan.filePath, "k1", plan);
    cache.save();
    const again = LintCache.load(file, "1.0.0");
    expect(again.get(plan.filePath, "k1")).toEqual(plan);
    expect(again.get(plan.filePath, "k2")).toBeUndefined();
  });

  it("starts empty for another mrlint version or a corrupt file", () => {
    const file = path.join(dir, "c.json");
    const [plan] = sampleReports();
    const cache = LintCache.load(file, "1.0.0");
    cache.set(plan.filePath, "k", plan);
    cache.save();
    expect(LintCache.load(file, "1.0.1").get(plan.filePath, "k")).toBeUndefined();
    writeFileSync(file, "{ not json");
    expect(LintCache.load(file, "1.0.0").get(plan.filePath, "k")).toBeUndefined();
  });

  it("never stores file errors and prunes files that are gone", () => {
    const file = path.join(dir, "c.json");
    const [plan, clean, broken] = sampleReports();
    const cache = LintCache.load(file, "1");
    cache.set(broken.filePath, "k", broken);
    cache.set(plan.filePath, "k", plan);
    cache.set(clean.filePath, "k", clean);
    cache.prune((f) => f !== clean.filePath);
    cache.save();
    const stored = JSON.parse(readFileSync(file, "utf8"));
    expect(Object.keys(stored.entries)).toEqual([plan.filePath]);
  });

  it("keys change with any part", () => {
    const bytes = hashBytes(new TextEncoder().encode("text"));
    expect(bytes).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey(["1", bytes, { rules: {} }])).toBe(cacheKey(["1", bytes, { rules: {} }]));
    expect(cacheKey(["1", bytes, { rules: {} }])).not.toBe(cacheKey(["1", bytes, { rules: { a: "off" } }]));
  });
});
