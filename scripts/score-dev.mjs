#!/usr/bin/env node
// Lints the labelled development corpus with the built CLI and prints the scorer's report.
// Usage: node scripts/score-dev.mjs [--corpus DIR] [--ext md,txt] [--json]
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const take = (flag) => {
  const i = args.indexOf(flag);
  if (i < 0) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const corpus = path.resolve(take("--corpus") ?? path.join(root, "../shared/corpus/dev"));
const cli = path.join(root, "packages/cli/dist/bin.js");
const scorer = path.join(root, "../shared/tools/score.mjs");
for (const [what, p] of [["corpus", corpus], ["CLI (run pnpm run build)", cli], ["scorer", scorer]]) {
  if (!existsSync(p)) {
    console.error(`score-dev: ${what} not found: ${p}`);
    process.exit(2);
  }
}

const dir = mkdtempSync(path.join(tmpdir(), "mrlint-score-"));
const out = path.join(dir, "results.json");
try {
  const lintRun = spawnSync(process.execPath, [cli, "--format", "json", "--output-file", out, corpus], { stdio: ["ignore", "ignore", "inherit"] });
  if (lintRun.status !== 0 && lintRun.status !== 1) {
    console.error(`score-dev: mrlint exited with ${lintRun.status}`);
    process.exit(2);
  }
  const scoreRun = spawnSync(process.execPath, [scorer, "--labels", path.join(corpus, "labels.json"), "--results", out, ...args], { stdio: "inherit" });
  process.exit(scoreRun.status ?? 2);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
