#!/usr/bin/env node
// Fuzz benchmark: N random documents (test/fuzz/random-documents.mjs: generated policies with junk,
// markup, deep nesting, long lines, huge lists …) through lint() on worker threads, each against a
// time budget. Reports failures, hangs and the slowest inputs, and saves those inputs under
// bench/results/fuzz/ so they can be replayed. A benchmark, not a test: test/fuzz/fuzz-small.test.ts
// runs a small version of it in CI.
//
//   node bench/fuzz.mjs                      # 100,000 documents, 200 ms budget, seed 1
//   node bench/fuzz.mjs --n 5000 --seed 7 --budget 100 --workers 4 --scale 0.5 --top 30
//
// Exit code 1 when a document throws or hangs (runs past --hard-limit, default 30 s).
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { documentSeed, randomDocument } from "../test/fuzz/random-documents.mjs";
import { runFuzz } from "../test/fuzz/run-fuzz.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    n: { type: "string", default: "100000" },
    seed: { type: "string", default: "1" },
    budget: { type: "string", default: "200" },
    "hard-limit": { type: "string", default: "30000" },
    workers: { type: "string", default: String(Math.max(1, availableParallelism())) },
    scale: { type: "string", default: "1" },
    top: { type: "string", default: "20" },
    out: { type: "string", default: path.join(root, "bench", "results", "fuzz") },
  },
});
const n = Number(values.n);
const runSeed = Number(values.seed);
const budgetMs = Number(values.budget);
const scale = Number(values.scale);
const outDir = path.resolve(values.out);

const interactive = process.stderr.isTTY;
const result = await runFuzz({
  n,
  runSeed,
  scale,
  workers: Number(values.workers),
  hardLimitMs: Number(values["hard-limit"]),
  keep: Number(values.top),
  onProgress: (done) => {
    if (done % 1000 === 0 || done === n) {
      process.stderr.write(interactive ? `\r${done}/${n}` : `${done}/${n}\n`);
    }
  },
});
if (interactive) process.stderr.write("\n");

const times = [...result.times].filter((t) => !Number.isNaN(t)).sort((a, b) => a - b);
const at = (p) => (times.length ? times[Math.min(times.length - 1, Math.floor(p * times.length))] : Number.NaN);
const over = times.filter((t) => t > budgetMs).length;

mkdirSync(outDir, { recursive: true });
const saved = result.slowest.map((s, rank) => {
  const doc = randomDocument(documentSeed(runSeed, s.i), { scale });
  const file = path.join(outDir, `${String(rank + 1).padStart(2, "0")}-${Math.round(s.ms)}ms-doc${s.i}.${doc.format === "text" ? "txt" : "md"}`);
  writeFileSync(file, doc.text);
  return { ...s, format: doc.format, recipe: doc.recipe, file: path.relative(root, file) };
});
for (const i of result.hangs) {
  const doc = randomDocument(documentSeed(runSeed, i), { scale });
  writeFileSync(path.join(outDir, `hang-doc${i}.${doc.format === "text" ? "txt" : "md"}`), doc.text);
}
for (const e of result.errors) {
  const doc = randomDocument(documentSeed(runSeed, e.i), { scale });
  writeFileSync(path.join(outDir, `error-doc${e.i}.${doc.format === "text" ? "txt" : "md"}`), doc.text);
}
const summary = {
  n,
  seed: runSeed,
  scale,
  budgetMs,
  wallMs: Math.round(result.wallMs),
  overBudget: over,
  p50: at(0.5),
  p99: at(0.99),
  p999: at(0.999),
  max: times[times.length - 1],
  errors: result.errors,
  hangs: result.hangs,
  slowest: saved,
};
writeFileSync(path.join(outDir, "summary.json"), `${JSON.stringify(summary, null, 2)}\n`);

const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : "n/a");
console.log(`# mrlint fuzz: ${n} documents, seed ${runSeed}, scale ${scale}, budget ${budgetMs} ms`);
console.log("");
console.log(`wall ${(result.wallMs / 1000).toFixed(1)} s · p50 ${ms(at(0.5))} · p99 ${ms(at(0.99))} · p99.9 ${ms(at(0.999))} · max ${ms(summary.max)}`);
console.log(`over budget: ${over} · threw: ${result.errors.length} · hung (> ${values["hard-limit"]} ms): ${result.hangs.length}`);
console.log("");
console.log("| rank | ms | chars | format | recipe | saved as |");
console.log("|---:|---:|---:|---|---|---|");
saved.forEach((s, rank) => console.log(`| ${rank + 1} | ${Math.round(s.ms)} | ${s.chars} | ${s.format} | ${s.recipe.join(", ")} | ${s.file} |`));
for (const e of result.errors.slice(0, 10)) console.log(`\nthrew on document ${e.i}:\n${e.error}`);
console.log(`\nsummary: ${path.relative(root, path.join(outDir, "summary.json"))}`);
process.exitCode = result.errors.length || result.hangs.length ? 1 : 0;
