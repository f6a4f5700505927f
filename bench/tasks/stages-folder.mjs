#!/usr/bin/env node
// Where a folder's lint time goes, in one thread: read, parseMarkdown, analyse, lintDocument (rules +
// engine, which runs analyse again, so rules = lintDocument - analyse). Two passes over the folder:
// the first warms up the JIT, the second is reported. Prints one JSON object.
//
//   node bench/tasks/stages-folder.mjs [--dir bench/.corpus/files200]
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { values } = parseArgs({ options: { dir: { type: "string", default: join(root, "bench/.corpus/files200") } } });
let markdown, core;
try {
  markdown = await import(pathToFileURL(join(root, "packages/markdown/dist/index.js")).href);
  core = await import(pathToFileURL(join(root, "packages/core/dist/index.js")).href);
} catch (error) {
  console.log(JSON.stringify({ error: `cannot load mrlint packages: ${error.message.split("\n")[0]}` }));
  process.exit(0);
}
const files = readdirSync(values.dir).filter((f) => f.endsWith(".md")).sort();

function pass() {
  const t = { read: 0, parse: 0, analyse: 0, lintDocument: 0 };
  let bytes = 0;
  for (const f of files) {
    let s = performance.now();
    const text = readFileSync(join(values.dir, f), "utf8");
    bytes += text.length;
    t.read += performance.now() - s;
    s = performance.now();
    const doc = markdown.parseMarkdown(text, { uri: f });
    t.parse += performance.now() - s;
    s = performance.now();
    core.analyse(doc);
    t.analyse += performance.now() - s;
    s = performance.now();
    core.lintDocument(doc);
    t.lintDocument += performance.now() - s;
  }
  return { ...t, bytes };
}

pass();
const cpu = process.cpuUsage();
const started = performance.now();
const t = pass();
const wallMs = performance.now() - started;
const used = process.cpuUsage(cpu);
console.log(
  JSON.stringify({
    dir: values.dir,
    files: files.length,
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    stagesMs: { read: t.read, parse: t.parse, analyse: t.analyse, rules: t.lintDocument - t.analyse, lintDocument: t.lintDocument },
    // Percent of one lint of every file (read + parse + lintDocument); the extra analyse pass is left out.
    shares: Object.fromEntries(
      Object.entries({ read: t.read, parse: t.parse, analyse: t.analyse, rules: t.lintDocument - t.analyse }).map(([k, v]) => [
        k,
        Math.round((1000 * v) / (t.read + t.parse + t.lintDocument)) / 10,
      ]),
    ),
  }),
);
