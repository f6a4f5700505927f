#!/usr/bin/env node
// Engine hot paths, in-process: parseMarkdown, analyse and lintDocument, and the whole lint(), on a
// 10,000-word Swedish and English policy (bench corpus single/policy-{sv,en}-10k.md), plus the lead's
// dev-corpus document (3 × riktlinje-hemtjanst-brannvik.md) when the shared corpus is present.
//
//   node bench/engine-hotpaths.mjs [--runs 25] [--warmup 8] [--json]
//   node bench/engine-hotpaths.mjs --core ../other/packages/core/dist/index.js --markdown ../other/packages/markdown/dist/index.js
//
// Rows named "fresh" lint a new text every run (no re-use of anything kept from earlier runs: the
// figure for a document seen for the first time); the others lint the same text every run, as an
// editor re-linting an unchanged document would.
//
// Prints medians and p90 of wall time and of CPU time (process.cpuUsage: user + system). On a loaded
// machine wall time mostly measures the wait for a core; CPU time is the steadier figure for before/after
// comparisons (run both builds in the same minute). Stages are interleaved run by run so that load
// changes hit them alike. Not a test: nothing is asserted.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { corpusDir, ensureCorpus } from "./corpus.mjs";
import { percentile, median } from "./lib/stats.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "25" },
    warmup: { type: "string", default: "8" },
    json: { type: "boolean", default: false },
    core: { type: "string", default: join(root, "packages/core/dist/index.js") },
    markdown: { type: "string", default: join(root, "packages/markdown/dist/index.js") },
  },
});
const runs = Number(values.runs);
const warmup = Number(values.warmup);
const core = await import(pathToFileURL(resolve(values.core)).href);
const markdown = await import(pathToFileURL(resolve(values.markdown)).href);

const manifest = await ensureCorpus();
const documents = [
  ["sv-10k", readFileSync(join(corpusDir, manifest.single["sv-10k"].path), "utf8")],
  ["en-10k", readFileSync(join(corpusDir, manifest.single["en-10k"].path), "utf8")],
];
const devDoc = "/work/shared/corpus/dev/riktlinje-hemtjanst-brannvik.md";
if (existsSync(devDoc)) documents.push(["sv-dev×3", (readFileSync(devDoc, "utf8") + "\n\n").repeat(3)]);

// The same text again and again lets the engine re-use what it kept from the last run (the block
// cache of analyse(), meant for the language server's re-lint after an edit). "fresh" rows lint a
// different 10,000-word text each run: two 5,000-word files of the 200-file corpus joined, cycling
// through more texts than the caches keep, so nothing is re-used.
const folder = join(corpusDir, manifest.folders.files200.dir);
const fresh = { sv: [], en: [] };
for (const file of readdirSync(folder).filter((f) => f.endsWith(".md")).sort()) {
  const language = file.includes("-sv-") ? "sv" : file.includes("-en-") ? "en" : null;
  if (language) fresh[language].push(readFileSync(join(folder, file), "utf8"));
}
for (const language of ["sv", "en"]) {
  const texts = [];
  for (let i = 0; i + 1 < fresh[language].length && texts.length < 16; i += 2) texts.push(`${fresh[language][i]}\n\n${fresh[language][i + 1]}`);
  if (texts.length >= 12) documents.push([`${language}-10k fresh`, texts]);
}

function timed(fn) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000, value };
}

const stages = ["parse", "analyse", "lintDocument", "lint"];
const results = [];
for (const [name, textOrTexts] of documents) {
  const texts = Array.isArray(textOrTexts) ? textOrTexts : [textOrTexts];
  const countWords = (t) => t.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  const words = Math.round(texts.reduce((n, t) => n + countWords(t), 0) / texts.length);
  const samples = Object.fromEntries(stages.map((s) => [s, { wall: [], cpu: [] }]));
  for (let i = 0; i < warmup + runs; i++) {
    // Fresh rows: each stage a text of its own, so that no stage finds what an earlier one kept.
    const textFor = (stage) => texts[(i * 4 + stage) % texts.length];
    let text = textFor(0);
    // Each stage gets a document of its own: analyse() and lintDocument() start from a fresh parse.
    const parse = timed(() => markdown.parseMarkdown(text));
    text = textFor(1);
    const parsed = markdown.parseMarkdown(text);
    const analyseOnly = timed(() => core.analyse(parsed));
    text = textFor(2);
    const doc = markdown.parseMarkdown(text);
    const lintDocumentOnly = timed(() => core.lintDocument(doc));
    text = textFor(3);
    const lint = timed(() => markdown.lint(text, { format: "markdown" }));
    if (i < warmup) continue;
    for (const [stage, t] of [["parse", parse], ["analyse", analyseOnly], ["lintDocument", lintDocumentOnly], ["lint", lint]]) {
      samples[stage].wall.push(t.wall);
      samples[stage].cpu.push(t.cpu);
    }
  }
  const row = { document: name, words, bytes: Math.round(texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / texts.length) };
  for (const stage of stages) {
    row[stage] = {
      wallMedian: median(samples[stage].wall),
      wallP90: percentile(samples[stage].wall, 90),
      cpuMedian: median(samples[stage].cpu),
      cpuP90: percentile(samples[stage].cpu, 90),
    };
  }
  results.push(row);
}

const load = (await import("node:os")).loadavg();
if (values.json) {
  console.log(JSON.stringify({ node: process.version, load, runs, warmup, results }, null, 2));
} else {
  const f = (x) => x.toFixed(1);
  console.log(`engine hot paths: ${runs} runs after ${warmup} warm-up, node ${process.version}, load ${load.map((x) => x.toFixed(1)).join(" ")}`);
  console.log("ms, median (p90); wall | CPU. analyse and lintDocument exclude the parse; lint = parse + lintDocument.\n");
  console.log(`| document | words | ${stages.map((s) => `${s} wall | ${s} CPU`).join(" | ")} |`);
  console.log(`|---|---:|${stages.map(() => "---:|---:").join("|")}|`);
  for (const r of results) {
    const cells = stages.map((s) => `${f(r[s].wallMedian)} (${f(r[s].wallP90)}) | ${f(r[s].cpuMedian)} (${f(r[s].cpuP90)})`);
    console.log(`| ${r.document} | ${r.words} | ${cells.join(" | ")} |`);
  }
}
