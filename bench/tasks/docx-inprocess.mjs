#!/usr/bin/env node
// In-process timing of the Word path on one .docx: read + lint, then the review written back.
// Runs in a fresh process: run 1 is cold (what `mrlint review` pays once), later runs are warm.
// Prints one JSON object on stdout.
//
//   node bench/tasks/docx-inprocess.mjs --file bench/.corpus/docx/policy-sv-30k.docx [--runs 5] [--out review.docx]
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { summarise } from "../lib/stats.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { values } = parseArgs({
  options: { file: { type: "string" }, runs: { type: "string", default: "5" }, out: { type: "string" } },
});
if (!values.file) {
  console.error("usage: docx-inprocess.mjs --file <docx> [--runs N] [--out review.docx]");
  process.exit(2);
}
const runs = Math.max(1, Number(values.runs));
const bytes = new Uint8Array(readFileSync(values.file));

const importStarted = performance.now();
let docx, core;
try {
  docx = await import(pathToFileURL(join(root, "packages/docx/dist/index.js")).href);
  core = await import(pathToFileURL(join(root, "packages/core/dist/index.js")).href);
} catch (error) {
  // Not built yet: say so in the result instead of crashing the bench.
  console.log(JSON.stringify({ error: `cannot load mrlint packages: ${error.message.split("\n")[0]}` }));
  process.exit(0);
}
const importMs = performance.now() - importStarted;

if (typeof docx.readDocx !== "function" || typeof core.lintDocument !== "function") {
  console.log(JSON.stringify({ error: "readDocx() or lintDocument() is not exported yet" }));
  process.exit(0);
}

const readLint = [];
const review = [];
let last = null;
let reviewBytes = null;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const document = await docx.readDocx(bytes, { uri: values.file });
  const result = core.lintDocument(document);
  const t1 = performance.now();
  readLint.push(t1 - t0);
  last = { document, result };
  if (typeof docx.writeReview === "function") {
    // The review as `mrlint review` produces it: read + lint + comments written into a copy.
    const out = await docx.writeReview(bytes, result, { uri: values.file, document });
    review.push(performance.now() - t0);
    reviewBytes = out;
  }
}
if (values.out && reviewBytes) writeFileSync(values.out, reviewBytes);

console.log(
  JSON.stringify({
    file: values.file,
    bytes: bytes.length,
    paragraphs: last.document.source.split("\n").length,
    blocks: last.document.blocks.length,
    importMs,
    readLint: { coldMs: readLint[0], warm: summarise(readLint.slice(1)) },
    review: review.length ? { coldMs: review[0], warm: summarise(review.slice(1)) } : null,
    diagnostics: last.result.diagnostics.length,
    reviewBytes: reviewBytes ? reviewBytes.length : null,
  }),
);
