#!/usr/bin/env node
/**
 * Dev-corpus check for the grammar module (packages/core/src/grammar): parses
 * every corpus document (.md, .txt, and .docx when the Word reader is built),
 * analyses it, runs findHiddenActor and findHedges + isObligationOrGoal on
 * every readable sentence, and compares the lines with the labels of
 * `mr/hidden-actor` and `mr/vague-commitment` (matched on file + line, as
 * ../shared/tools/score.mjs does). Prints precision / recall / F1 and the
 * misses and false alarms with their sentences.
 *
 *   node scripts/check-grammar-corpus.mjs [--corpus DIR] [--rule hidden|vague] [--quiet] [--json]
 *
 * Build first: npx tsc -b packages/markdown packages/docx
 */
import { readFile, readdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpus = resolve(option("--corpus") ?? join(root, "..", "shared", "corpus", "dev"));
const only = option("--rule");
const quiet = args.includes("--quiet");
const asJson = args.includes("--json");

const core = await import(join(root, "packages/core/dist/index.js"));
const markdown = await import(join(root, "packages/markdown/dist/index.js"));
const docxPath = join(root, "packages/docx/dist/index.js");
const docx = existsSync(docxPath) ? await import(docxPath) : null;

const { analyse, findHiddenActor, findHedges, isObligationOrGoal, lineStarts, positionAt } = core;

const labels = JSON.parse(await readFile(join(corpus, "labels.json"), "utf8"));
const byFile = new Map(labels.documents.map((d) => [d.file, d]));

async function load(file) {
  const path = join(corpus, file);
  const ext = extname(file).toLowerCase();
  if (ext === ".md") return markdown.parseMarkdown(await readFile(path, "utf8"), { uri: path });
  if (ext === ".txt") return markdown.parseText(await readFile(path, "utf8"), { uri: path });
  if (ext === ".docx" && docx) return docx.readDocx(new Uint8Array(await readFile(path)), { uri: path });
  return null;
}

/** 1-based line of a block-text offset. */
function lineOf(doc, starts, block, offset) {
  const sourceOffset = doc.blocks[block].map[offset];
  return positionAt(starts, sourceOffset).line + 1;
}

const RULES = { hidden: "mr/hidden-actor", vague: "mr/vague-commitment" };
const results = { hidden: { tp: 0, fp: 0, fn: 0, misses: [], falses: [] }, vague: { tp: 0, fp: 0, fn: 0, misses: [], falses: [] } };
const skipped = [];

const files = (await readdir(corpus)).filter((f) => byFile.has(f)).sort();
for (const file of files) {
  const label = byFile.get(file);
  let doc;
  try {
    doc = await load(file);
  } catch (error) {
    skipped.push(`${file}: ${error.message}`);
    continue;
  }
  if (!doc) {
    skipped.push(`${file}: no reader`);
    continue;
  }
  const analysis = analyse(doc);
  const starts = lineStarts(doc.source);
  const language = doc.language;
  const predicted = { hidden: [], vague: [] };
  for (const sentence of analysis.sentences) {
    const block = doc.blocks[sentence.block];
    if (!block || block.role !== "body" || block.quoted || block.kind === "heading") continue;
    const finding = findHiddenActor(sentence, language);
    if (finding) predicted.hidden.push({ line: lineOf(doc, starts, sentence.block, finding.start), text: sentence.text });
    for (const hedge of findHedges(sentence, language)) {
      if (isObligationOrGoal(sentence, language, hedge)) {
        predicted.vague.push({ line: lineOf(doc, starts, sentence.block, hedge.start), text: `[${hedge.id}] ${sentence.text}` });
      }
    }
  }
  for (const key of Object.keys(RULES)) {
    if (only && only !== key) continue;
    const gold = label.spans.filter((s) => s.rule === RULES[key]);
    const left = [...gold];
    for (const p of predicted[key]) {
      const i = left.findIndex((g) => g.line === p.line);
      if (i >= 0) {
        left.splice(i, 1);
        results[key].tp++;
      } else {
        results[key].fp++;
        results[key].falses.push(`${file}:${p.line}  ${p.text}`);
      }
    }
    for (const g of left) {
      results[key].fn++;
      results[key].misses.push(`${file}:${g.line}  ${g.text ?? ""}`);
    }
  }
}

const prf = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

if (asJson) {
  const out = {};
  for (const key of Object.keys(RULES)) if (!only || only === key) out[RULES[key]] = { ...results[key], ...prf(results[key]) };
  console.log(JSON.stringify({ corpus, skipped, rules: out }, null, 2));
} else {
  for (const key of Object.keys(RULES)) {
    if (only && only !== key) continue;
    const r = results[key];
    const { precision, recall, f1 } = prf(r);
    if (!quiet) {
      console.log(`\n== ${RULES[key]}: misses (${r.misses.length})`);
      for (const m of r.misses) console.log("  - " + m);
      console.log(`== ${RULES[key]}: false alarms (${r.falses.length})`);
      for (const m of r.falses) console.log("  + " + m);
    }
    console.log(`${RULES[key]}: tp ${r.tp} fp ${r.fp} fn ${r.fn}  P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}`);
  }
  if (skipped.length) console.log(`skipped: ${skipped.join("; ")}`);
  console.log(`corpus: ${basename(corpus)} (${files.length} documents)`);
}
