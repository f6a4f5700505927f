import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { LINTABLE_EXTENSIONS } from "@mrlint/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EARLY_EXTENSIONS, earlyWorkerCount } from "./early-workers.js";
import { AUTO_WORKERS_MIN_BYTES } from "./schedule.js";

let root: string;
const BIG_FILES = Math.ceil(AUTO_WORKERS_MIN_BYTES / 13_000) + 2;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "mrlint-early-"));
  mkdirSync(path.join(root, "big", "sub"), { recursive: true });
  mkdirSync(path.join(root, "big", "node_modules"), { recursive: true });
  mkdirSync(path.join(root, "small"));
  // Just over the threshold, in files of 13 kB.
  const text = "Policy text. ".repeat(1000);
  for (let i = 0; i < BIG_FILES; i++) writeFileSync(path.join(root, "big", "sub", `p${i}.md`), text);
  for (let i = 0; i < BIG_FILES; i++) writeFileSync(path.join(root, "big", "node_modules", `x${i}.md`), text);
  for (let i = 0; i < 3; i++) writeFileSync(path.join(root, "small", `p${i}.md`), "# Plan\n");
  writeFileSync(path.join(root, "small", "bild.png"), Buffer.alloc(AUTO_WORKERS_MIN_BYTES * 2));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("earlyWorkerCount", () => {
  it("walks the same extensions as discovery", () => {
    expect([...EARLY_EXTENSIONS].sort()).toEqual([...LINTABLE_EXTENSIONS].sort());
  });

  it("starts one worker per core but one (the main thread lints too) for a folder with enough text", () => {
    expect(earlyWorkerCount(["big"], root, 4)).toBe(3);
    expect(earlyWorkerCount(["-f", "json", "--output-file", "r.json", "big"], root, 3)).toBe(2);
    expect(earlyWorkerCount([], path.join(root, "big"), 3)).toBe(2);
  });

  it("starts none when unsure: little text, one core, globs, subcommands, help, cache, shards, bad options", () => {
    expect(earlyWorkerCount(["small"], root, 4)).toBe(0); // the large file is not lintable; node_modules is skipped
    expect(earlyWorkerCount(["big/node_modules"], root, 4)).toBe(3); // named explicitly, it is walked (as discovery does)
    expect(earlyWorkerCount(["big"], root, 1)).toBe(0);
    expect(earlyWorkerCount(["big"], root, 2)).toBe(0); // two cores: the main thread lints alone (schedule.ts)
    expect(earlyWorkerCount(["--workers", "2", "big"], root, 2)).toBe(2);
    expect(earlyWorkerCount(["big/**/*.md"], root, 4)).toBe(0);
    for (const argv of [["rules"], ["init"], ["review", "big"], ["--help"], ["-v"], ["--cache", "big"], ["--shard", "1/2", "big"], ["--print-config", "x.md"], ["--bogus", "big"], ["--workers", "1", "big"]]) {
      expect(earlyWorkerCount(argv, root, 4), argv.join(" ")).toBe(0);
    }
  });

  it("an explicit --workers n counts files, as the real decision does", () => {
    expect(earlyWorkerCount(["--workers", "3", "big"], root, 2)).toBe(3);
    expect(earlyWorkerCount(["--workers", "3", "small"], root, 2)).toBe(0);
  });
});
