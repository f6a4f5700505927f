#!/usr/bin/env node
// Parse speed of @mrlint/markdown on about 10,000 words of the dev corpus (not a test; nothing is asserted).
// Usage: npx tsc -b packages/markdown && node packages/markdown/bench/parse.mjs [corpus-dir]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseMarkdown, parseText } from "../dist/index.js";

const dir = process.argv[2] ?? new URL("../../../../shared/corpus/dev/", import.meta.url).pathname;
const words = (s) => s.split(/\s+/).filter(Boolean).length;
let markdown = "";
for (const f of readdirSync(dir).filter((f) => f.endsWith(".md") && f !== "README.md").sort()) {
  if (words(markdown) >= 10_000) break;
  markdown += readFileSync(join(dir, f), "utf8").replace(/^---[\s\S]*?\n---\n/, "") + "\n\n";
}
const withoutTables = markdown.split("\n").filter((l) => !l.trimStart().startsWith("|")).join("\n");
let text = "";
const txt = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
for (let i = 0; words(text) < 10_000; i++) text += readFileSync(join(dir, txt[i % txt.length]), "utf8") + "\n\n";

function bench(label, fn, input, runs = 60) {
  for (let i = 0; i < 20; i++) fn(input);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(input);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(28)} ${String(words(input)).padStart(6)} words  min ${times[0].toFixed(1)} ms  median ${times[runs >> 1].toFixed(1)} ms`);
}

bench("parseMarkdown (tables)", parseMarkdown, markdown);
bench("parseMarkdown (no tables)", parseMarkdown, withoutTables);
bench("parseText", parseText, text);
