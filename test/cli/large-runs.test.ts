/** End to end: --cache, --shard and --workers on a folder of many files. */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, runCliAsync, tempCopy } from "../helpers/run-cli.js";

let dir: string;
let cleanup: () => void;
const EXTRA = 10;

beforeAll(() => {
  ({ dir, cleanup } = tempCopy("basic"));
  // 14 files in all: enough for worker threads (more than 8) and for every shard to matter.
  for (let i = 0; i < EXTRA; i++) {
    const source = i % 2 ? "plan-sv.md" : "policy-en.md";
    cpSync(path.join(dir, source), path.join(dir, "sub", `kopia-${String(i).padStart(2, "0")}.md`));
  }
});
afterAll(() => cleanup());

const files = (stdout: string): string[] => JSON.parse(stdout).map((r: { filePath: string }) => path.relative(dir, r.filePath));
const stat = (stderr: string, key: string) => Number(new RegExp(`${key}=(\\d+)`).exec(stderr)?.[1]);

describe("large runs", () => {
  it("--cache: the second run gives identical output without linting unchanged files", () => {
    const args = ["--cache", "--cache-location", "cache-dir/", "--debug", "-f", "json"];
    const first = runCli(args, { cwd: dir });
    expect(first.status).toBe(0);
    expect([stat(first.stderr, "linted"), stat(first.stderr, "cached")]).toEqual([14, 0]);
    const second = runCli(args, { cwd: dir });
    expect([stat(second.stderr, "linted"), stat(second.stderr, "cached")]).toEqual([0, 14]);
    expect(second.stdout).toBe(first.stdout);

    writeFileSync(path.join(dir, "notes.txt"), `${readFileSync(path.join(dir, "notes.txt"), "utf8")}\nEn ny rad.\n`);
    const third = runCli(args, { cwd: dir });
    expect([stat(third.stderr, "linted"), stat(third.stderr, "cached")]).toEqual([1, 13]);

    // Another locale is another result: everything is linted again.
    const swedish = runCli([...args, "--locale", "sv"], { cwd: dir });
    expect(stat(swedish.stderr, "linted")).toBe(14);
    expect(JSON.parse(readFileSync(path.join(dir, "cache-dir/.mrlintcache"), "utf8")).format).toBe(1);
  });

  it("--shard k/n: the shards cover every file exactly once", async () => {
    const all = files(runCli(["-f", "json", "--workers", "0"], { cwd: dir }).stdout);
    expect(all).toHaveLength(14);
    for (const n of [1, 2, 3]) {
      const runs = await Promise.all(
        Array.from({ length: n }, (_, k) => runCliAsync(["-f", "json", "--workers", "0", "--shard", `${k + 1}/${n}`], { cwd: dir })),
      );
      const parts = runs.map((r) => files(r.stdout));
      expect(parts.flat().sort()).toEqual([...all].sort());
      expect(new Set(parts.flat()).size).toBe(all.length);
    }
  });

  it("--workers: the same output on worker threads as in one thread", () => {
    const threads = runCli(["-f", "json", "--workers", "2", "--debug"], { cwd: dir });
    const single = runCli(["-f", "json", "--workers", "0", "--debug"], { cwd: dir });
    expect(stat(threads.stderr, "workers")).toBe(2);
    expect(stat(single.stderr, "workers")).toBe(0);
    expect(threads.stdout).toBe(single.stdout);
    expect(threads.status).toBe(0);
  });

  it("prints no progress bar when stderr is not a terminal", () => {
    const run = runCli(["-f", "json"], { cwd: dir });
    expect(run.stderr).toBe("");
  });
});
