// Diagnostics latency of the language server after an edit, on a 10,000-word
// policy. Starts the built server over stdio, opens the document, then makes N
// small edits one at a time (typing a word at the end of a paragraph) and
// times each from didChange to the publishDiagnostics of that version. For
// comparison it also times the library's own parse + lint of the same text in
// this process, so the server's overhead shows. Not a test: prints numbers.
//
//   node bench/lsp-latency.mjs [--edits 50] [--file policy.md] [--debounce 0] [--json]
//
// Without --file (or BENCH_LSP_FILE) a Swedish 10,000-word policy is generated
// with bench/lib/policy.mjs. --debounce 0 (the default) measures the server's
// work; with the editor's default (200) it is what a user waits in total.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";
import { generatePolicy } from "./lib/policy.mjs";
import { renderMarkdown } from "./lib/render-markdown.mjs";
import { hashSeed } from "./lib/random.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const edits = Number(option("edits", 50));
const debounceMs = Number(option("debounce", 0));
const file = option("file", process.env.BENCH_LSP_FILE);
const asJson = argv.includes("--json");

const text = file
  ? readFileSync(file, "utf8")
  : renderMarkdown(generatePolicy({ language: "sv", words: 10_000, seed: hashSeed("lsp-latency") }));
const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** The library's parse + lint of the text, warm, in this process: the floor under the server's latency. */
async function inProcess(runs) {
  const { lint } = await import(pathToFileURL(join(root, "packages/markdown/dist/index.js")).href);
  for (let i = 0; i < 3; i++) lint(text, { format: "markdown" });
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    lint(`${text}\nord ${i}\n`, { format: "markdown" });
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

const server = spawn(process.execPath, [join(root, "packages/language-server/dist/bin.js"), "--stdio"], {
  stdio: ["pipe", "pipe", "inherit"],
});
const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
const waiting = new Map();
connection.onNotification("textDocument/publishDiagnostics", (params) => {
  const resolve = waiting.get(params.version);
  if (resolve) {
    waiting.delete(params.version);
    resolve(params);
  }
});
connection.onRequest("workspace/configuration", (params) => params.items.map(() => ({ debounceMs })));
connection.onRequest("client/registerCapability", () => null);
connection.listen();

await connection.sendRequest("initialize", { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
await connection.sendNotification("initialized", {});
const uri = pathToFileURL(join(root, "bench", "lsp-latency-policy.md")).href;
const published = (version) => new Promise((resolve) => waiting.set(version, resolve));

let t = performance.now();
let done = published(1);
await connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text } });
const first = await done;
const openMs = performance.now() - t;

const lines = text.split("\n");
const editable = lines.map((line, i) => i).filter((i) => /^\p{L}/u.test(lines[i]) && lines[i].length > 40);
const times = [];
for (let i = 0; i < edits; i++) {
  const version = i + 2;
  const line = editable[(i * 7919) % editable.length];
  const character = lines[line].length;
  lines[line] += " ord";
  done = published(version);
  t = performance.now();
  await connection.sendNotification("textDocument/didChange", {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: " ord" }],
  });
  await done;
  times.push(performance.now() - t);
}
await connection.sendRequest("shutdown");
await connection.sendNotification("exit");

times.sort((a, b) => a - b);
const library = await inProcess(20);
const result = {
  words,
  characters: text.length,
  diagnostics: first.diagnostics.length,
  debounceMs,
  edits,
  openMs: Math.round(openMs * 10) / 10,
  p50Ms: Math.round(percentile(times, 50) * 10) / 10,
  p95Ms: Math.round(percentile(times, 95) * 10) / 10,
  maxMs: Math.round(times[times.length - 1] * 10) / 10,
  libraryLintP50Ms: Math.round(percentile(library, 50) * 10) / 10,
  libraryLintP95Ms: Math.round(percentile(library, 95) * 10) / 10,
};

if (asJson) {
  console.log(JSON.stringify(result));
} else {
  const ms = (v) => `${v.toFixed(1)} ms`;
  console.log(`policy: ${result.words} words, ${result.characters} characters, ${result.diagnostics} diagnostics${file ? ` (${file})` : ""}`);
  console.log(`debounce: ${debounceMs} ms`);
  console.log(`first lint after didOpen: ${ms(result.openMs)}`);
  console.log(`after an edit (${edits} edits): p50 ${ms(result.p50Ms)}, p95 ${ms(result.p95Ms)}, max ${ms(result.maxMs)}`);
  console.log(`library parse + lint of the same text in-process: p50 ${ms(result.libraryLintP50Ms)}, p95 ${ms(result.libraryLintP95Ms)}`);
}
setTimeout(() => process.exit(0), 200).unref();
