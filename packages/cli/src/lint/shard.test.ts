import { describe, expect, it } from "vitest";
import { fnv1a, inShard, parseShard, shardOf } from "./shard.js";

const files = Array.from({ length: 500 }, (_, i) => `styrdokument/${i % 7}/policy-${i}.md`);

describe("shards", () => {
  it("parses k/n and rejects anything else", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    expect(parseShard("1/1")).toEqual({ index: 1, count: 1 });
    for (const bad of ["0/3", "4/3", "1/0", "1", "a/b", "1/2/3", "-1/2"]) expect(parseShard(bad)).toBeNull();
  });

  it("puts every file in exactly one shard for every n", () => {
    for (let n = 1; n <= 9; n++) {
      const seen = new Map<string, number>();
      for (let k = 1; k <= n; k++) {
        for (const f of files.filter((file) => inShard(file, { index: k, count: n }))) seen.set(f, (seen.get(f) ?? 0) + 1);
      }
      expect(seen.size).toBe(files.length);
      expect([...seen.values()].every((c) => c === 1)).toBe(true);
    }
  });

  it("spreads files roughly evenly and is stable", () => {
    const counts = [0, 0, 0, 0];
    for (const f of files) counts[shardOf(f, 4) - 1]++;
    for (const c of counts) expect(c).toBeGreaterThan(90);
    expect(fnv1a("styrdokument/plan.md")).toBe(fnv1a("styrdokument/plan.md"));
    expect(fnv1a("")).toBe(0x811c9dc5);
  });
});
