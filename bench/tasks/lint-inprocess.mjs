#!/usr/bin/env node
// In-process timing of @mrlint/markdown's lint() on one document, in a fresh process so that
// "cold" really is the first call. Prints one JSON object on stdout.
//
//   node bench/tasks/lint-inprocess.mjs --file bench/.corpus/single/policy-sv-10k.md [--runs 30] [--warmup 5] [--no-stages]
//
// Also times the stages separately when the packages export them (parseMarkdown, analyse,
// lintDocument), which tells where a slow lint() spends its time.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { summarise } from "../lib/stats.mjs";
import { countWords } from "../lib/words.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { values } = parseArgs({
  options: {
    file: { type: "string" },
    runs: { type: "string", default: "30" },
    warmup: { type: "string", default: "5" },
    // Profiling wants lint() alone, without the stage-split runs.
    "no-stages": { type: "boolean", default: false },
  },
});
if (!values.file) {
  console.error("usage: lint-inprocess.mjs --file <markdown> [--runs N] [--warmup N]");
  process.exit(2);
}
const runs = Number(values.runs);
const warmup = Number(values.warmup);
const text = readFileSync(values.file, "utf8");

const importStarted = performance.now();
let markdown, core;
try {
  markdown = await import(pathToFileURL(join(root, "packages/markdown/dist/index.js")).href);
  core = await import(pathToFileURL(join(root, "packages/core/dist/index.js")).href);
} catch (error) {
  // Not built yet: say so in the result instead of crashing the bench.
  console.log(JSON.stringify({ error: `cannot load mrlint packages: ${error.message.split("\n")[0]}` }));
  process.exit(0);
}
const importMs = performance.now() - importStarted;

if (typeof markdown.lint !== "function") {
  console.log(JSON.stringify({ error: "@mrlint/markdown does not export lint() yet" }));
  process.exit(0);
}

const timeOnce = (fn) => {
  const t = performance.now();
  const value = fn();
  return [performance.now() - t, value];
};

const [coldMs, first] = timeOnce(() => markdown.lint(text, { format: "markdown" }));
for (let i = 0; i < warmup; i++) markdown.lint(text, { format: "markdown" });
const lintTimes = [];
// Process CPU time (all threads, GC helpers included) per call: steadier than wall time on a busy machine.
const cpuBefore = process.cpuUsage();
for (let i = 0; i < runs; i++) lintTimes.push(timeOnce(() => markdown.lint(text, { format: "markdown" }))[0]);
const cpuUsed = process.cpuUsage(cpuBefore);
const cpuMsPerCall = (cpuUsed.user + cpuUsed.system) / 1000 / runs;

// Stage split (warm): parse, analysis, rules + engine. analyse() and lintDocument() neither cache on
// nor change the parsed document beyond idempotent role marks, so one parse serves all their runs.
// Absent exports leave their stage out.
const stages = {};
if (!values["no-stages"] && typeof markdown.parseMarkdown === "function") {
  const parse = [];
  let doc;
  for (let i = 0; i < runs; i++) {
    const [ms, d] = timeOnce(() => markdown.parseMarkdown(text, { uri: values.file }));
    parse.push(ms);
    doc = d;
  }
  stages.parse = summarise(parse);
  if (typeof core.analyse === "function") {
    const analyse = [];
    for (let i = 0; i < runs; i++) analyse.push(timeOnce(() => core.analyse(doc))[0]);
    stages.analyse = summarise(analyse);
  }
  if (typeof core.lintDocument === "function") {
    // lintDocument() runs analyse() itself: rules + engine = lintDocument - analyse.
    const engine = [];
    for (let i = 0; i < runs; i++) engine.push(timeOnce(() => core.lintDocument(doc))[0]);
    stages.lintDocument = summarise(engine);
  }
}

const diagnostics = Array.isArray(first?.diagnostics) ? first.diagnostics.length : null;
console.log(
  JSON.stringify({
    file: values.file,
    words: countWords(text),
    bytes: Buffer.byteLength(text),
    importMs,
    coldMs,
    warm: summarise(lintTimes),
    cpuMsPerCall,
    // Later calls slower than earlier ones would point at state growing across calls.
    firstTenMedianMs: summarise(lintTimes.slice(0, 10))?.median ?? null,
    lastTenMedianMs: summarise(lintTimes.slice(-10))?.median ?? null,
    stages,
    diagnostics,
    heapUsedMb: process.memoryUsage().heapUsed / 1048576,
  }),
);
