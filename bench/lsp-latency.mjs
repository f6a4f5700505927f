// Diagnostics latency of the language server after an edit, on a 10,000-word
// policy. Starts the built server over stdio, opens the document, then makes N
// small edits one at a time (typing a word at the end of a paragraph) and
// times each from didChange to the publishDiagnostics of that version. For
// comparison it also times the library's own parse + lint of the same text in
// this process, so the server's overhead shows. Not a test: prints numbers.
//
//   node bench/lsp-latency.mjs [--edits 50] [--file policy.md] [--debounce 0] [--json]
//        [--kinds prose,list,heading,delete,paragraph]   mix of edit kinds (default: prose only)
//        [--session <folder>] [--edits-per-doc 6]        open, edit and close every .md/.txt file of a folder
//        [--workspace <folder>]                          workspace folder for the server (it lints its .docx files meanwhile)
//        [--split]                                       replay the same edits in-process, stage by stage
//        [--burst 10] [--burst-gap 10] [--bursts 5]     typing faster than the server lints
//        [--server path/to/bin.js] [--server-node-options "--max-semi-space-size=32"] [--no-gc] [--verbose]
//
// Besides wall time it reads the server's CPU time per edit (all threads, from
// /proc, Linux only) and its GC pauses (a perf_hooks observer loaded into the
// server with --import, reported on its stderr): on a busy machine the CPU
// time is the steadier figure. --split says where an edit's time goes (parse,
// analyse, rules, conversion to LSP, JSON) and which edits the incremental
// Markdown parse could not handle. --burst sends edits N at a time without
// waiting and reports how many versions the server linted and published.
//
// Without --file (or BENCH_LSP_FILE) a Swedish 10,000-word policy is generated
// with bench/lib/policy.mjs. --debounce 0 (the default) measures the server's
// work; with the editor's default (200) it is what a user waits in total.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";
import { editScript, EDIT_KINDS } from "./lib/lsp-edits.mjs";
import { gcBetween, gcLineReader, gcObserverImport, processCpuMs } from "./lib/lsp-probe.mjs";
import { replayInProcess } from "./lib/lsp-split.mjs";
import { generatePolicy } from "./lib/policy.mjs";
import { renderMarkdown } from "./lib/render-markdown.mjs";
import { hashSeed } from "./lib/random.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const flag = (name) => argv.includes(`--${name}`);
const edits = Number(option("edits", 50));
const debounceMs = Number(option("debounce", 0));
const file = option("file", process.env.BENCH_LSP_FILE);
const sessionDir = option("session", undefined);
const workspaceDir = option("workspace", undefined);
const editsPerDoc = Number(option("edits-per-doc", 6));
const kinds = option("kinds", "prose").split(",").map((k) => k.trim()).filter(Boolean);
const burstSize = Number(option("burst", 0));
const burstGapMs = Number(option("burst-gap", 10));
const bursts = Number(option("bursts", 5));
const serverBin = resolve(option("server", join(root, "packages/language-server/dist/bin.js")));
const serverNodeOptions = option("server-node-options", "").split(/\s+/).filter(Boolean);
const watchGc = !flag("no-gc");
const asJson = flag("json");
for (const kind of kinds) if (kind !== "mixed" && !EDIT_KINDS.includes(kind)) throw new Error(`unknown edit kind ${kind} (${EDIT_KINDS.join(", ")})`);
const editKinds = kinds.includes("mixed") ? EDIT_KINDS : kinds;
/** Edits after an open that are reported apart as well ("warm" figures leave them out; p50Ms/p95Ms do not). */
const WARMING_EDITS = 5;

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const round = (v) => (v == null || Number.isNaN(v) ? null : Math.round(v * 10) / 10);
function stats(values) {
  const s = values.filter((v) => v != null).sort((a, b) => a - b);
  if (s.length === 0) return null;
  return { p50: round(percentile(s, 50)), p95: round(percentile(s, 95)), max: round(s[s.length - 1]), n: s.length };
}
const countWords = (text) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** The documents and their edit scripts. */
function documents() {
  if (sessionDir) {
    const files = readdirSync(sessionDir)
      .filter((name) => /\.(md|markdown|txt)$/i.test(name))
      .sort();
    return files.map((name) => {
      const path = join(sessionDir, name);
      const text = readFileSync(path, "utf8");
      return { path, uri: pathToFileURL(path).href, format: /\.txt$/i.test(name) ? "text" : "markdown", text, edits: editScript(text, editsPerDoc, editKinds) };
    });
  }
  const text = file
    ? readFileSync(file, "utf8")
    : renderMarkdown(generatePolicy({ language: "sv", words: 10_000, seed: hashSeed("lsp-latency") }));
  const path = join(root, "bench", "lsp-latency-policy.md");
  return [{ path, uri: pathToFileURL(path).href, format: "markdown", text, edits: editScript(text, edits, editKinds) }];
}

/** The library's parse + lint of the text, warm, in this process: the floor under the server's latency. */
async function inProcess(text, runs) {
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

async function startServer() {
  const gc = [];
  const args = [...serverNodeOptions, ...(watchGc ? [gcObserverImport()] : []), serverBin, "--stdio"];
  const server = spawn(process.execPath, args, { stdio: ["pipe", "pipe", "pipe"] });
  server.stderr.on("data", gcLineReader((record) => gc.push(record), (line) => process.stderr.write(line)));
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const waiting = new Map();
  const published = [];
  connection.onNotification("textDocument/publishDiagnostics", (params) => {
    published.push({ uri: params.uri, version: params.version, at: performance.now() });
    const key = `${params.uri}#${params.version}`;
    const resolve = waiting.get(key);
    if (resolve) {
      waiting.delete(key);
      resolve(params);
    }
  });
  connection.onRequest("workspace/configuration", (params) => params.items.map(() => ({ debounceMs })));
  connection.onRequest("client/registerCapability", () => null);
  connection.listen();
  // With --workspace the server also finds and lints the folder's .docx files (in the background, while the edits run).
  const rootUri = workspaceDir ? pathToFileURL(resolve(workspaceDir)).href : null;
  await connection.sendRequest("initialize", { processId: process.pid, rootUri, capabilities: { workspace: { configuration: true } } });
  await connection.sendNotification("initialized", {});
  return {
    server,
    connection,
    gc,
    published,
    /** Resolves with the publishDiagnostics of this version. */
    publishedFor: (uri, version) => new Promise((resolve) => waiting.set(`${uri}#${version}`, resolve)),
    cpu: () => processCpuMs(server.pid),
    async stop() {
      await connection.sendRequest("shutdown");
      await connection.sendNotification("exit");
    },
  };
}

/** Opens each document, makes its edits one at a time, closes it. */
async function sequentialEdits(lsp, docs) {
  const opens = [];
  const rows = [];
  let firstDiagnostics;
  for (const doc of docs) {
    let done = lsp.publishedFor(doc.uri, 1);
    let t = performance.now();
    await lsp.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri: doc.uri, languageId: doc.format === "text" ? "plaintext" : "markdown", version: 1, text: doc.text },
    });
    const first = await done;
    firstDiagnostics ??= first.diagnostics.length;
    opens.push(performance.now() - t);
    for (let i = 0; i < doc.edits.length; i++) {
      const version = i + 2;
      done = lsp.publishedFor(doc.uri, version);
      const cpuBefore = lsp.cpu();
      const from = performance.timeOrigin + performance.now();
      t = performance.now();
      await lsp.connection.sendNotification("textDocument/didChange", { textDocument: { uri: doc.uri, version }, contentChanges: [doc.edits[i].change] });
      await done;
      const wall = performance.now() - t;
      const cpuAfter = lsp.cpu();
      await new Promise((resolve) => setTimeout(resolve, 2)); // the server's GC report follows on stderr
      const gc = gcBetween(lsp.gc, from, performance.timeOrigin + performance.now());
      rows.push({ doc: doc.uri, kind: doc.edits[i].kind, wall, cpu: cpuBefore == null || cpuAfter == null ? null : cpuAfter - cpuBefore, gcMs: gc.ms, gcMajorMs: gc.majorMs, gcCount: gc.count });
    }
    await lsp.connection.sendNotification("textDocument/didClose", { textDocument: { uri: doc.uri } });
  }
  return { opens, rows, firstDiagnostics };
}

/**
 * Typing faster than the server lints: each burst sends `size` edits `gap` ms apart without
 * waiting, then waits for the last version's diagnostics. Reports how many versions were
 * published (ideally few: only the newest matters) and the wait after the last keystroke.
 */
async function burstEdits(lsp, doc) {
  const uri = `${doc.uri}.burst.md`;
  let done = lsp.publishedFor(uri, 1);
  await lsp.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text: doc.text } });
  await done;
  const script = editScript(doc.text, bursts * burstSize, ["prose"]);
  const results = [];
  let version = 1;
  for (let b = 0; b < bursts; b++) {
    const firstVersion = version + 1;
    const lastVersion = version + burstSize;
    done = lsp.publishedFor(uri, lastVersion);
    const before = lsp.published.length;
    const cpuBefore = lsp.cpu();
    let lastSent = 0;
    for (let k = 0; k < burstSize; k++) {
      version++;
      void lsp.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [script[b * burstSize + k].change] });
      lastSent = performance.now();
      if (gapOk(k)) await new Promise((resolve) => setTimeout(resolve, burstGapMs));
    }
    await done;
    const waited = performance.now() - lastSent;
    const cpuAfter = lsp.cpu();
    const versions = lsp.published
      .slice(before)
      .filter((p) => p.uri === uri && p.version >= firstVersion)
      .map((p) => p.version);
    results.push({ published: versions, afterLastEditMs: waited, cpu: cpuBefore == null ? null : cpuAfter - cpuBefore });
  }
  await lsp.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
  return results;

  function gapOk(k) {
    return burstGapMs > 0 && k < burstSize - 1;
  }
}

const docs = documents();
const lsp = await startServer();
const run = await sequentialEdits(lsp, docs);
const burst = burstSize > 0 ? await burstEdits(lsp, docs[0]) : null;
await lsp.stop();

const times = run.rows.map((r) => r.wall);
const sortedTimes = [...times].sort((a, b) => a - b);
const library = sessionDir ? null : await inProcess(docs[0].text, 20);
const split = flag("split") ? await replayInProcess(root, docs) : null;

const byKind = {};
for (const kind of new Set(run.rows.map((r) => r.kind))) byKind[kind] = stats(run.rows.filter((r) => r.kind === kind).map((r) => r.wall));
const result = {
  p50Ms: round(percentile(sortedTimes, 50)),
  p95Ms: round(percentile(sortedTimes, 95)),
  maxMs: round(sortedTimes[sortedTimes.length - 1]),
  openMs: round(run.opens[0]),
  words: docs.reduce((sum, d) => sum + countWords(d.text), 0),
  characters: docs.reduce((sum, d) => sum + d.text.length, 0),
  documents: docs.length,
  diagnostics: run.firstDiagnostics,
  debounceMs,
  edits: times.length,
  kinds: editKinds,
  // The first edits after opening still run partly unoptimised code (V8 tiers up while they run).
  firstEditsMs: times.slice(0, WARMING_EDITS).map(round),
  warm: stats(times.slice(WARMING_EDITS)),
  warmCpuPerEditMs: stats(run.rows.slice(WARMING_EDITS).map((r) => r.cpu)),
  cpuPerEditMs: stats(run.rows.map((r) => r.cpu)),
  gcPerEditMs: watchGc ? stats(run.rows.map((r) => r.gcMs)) : null,
  gcMajorPauses: watchGc ? run.rows.filter((r) => r.gcMajorMs > 0).map((r) => round(r.gcMajorMs)) : null,
  byKind,
  ...(sessionDir ? { openAllMs: stats(run.opens) } : {}),
  ...(library ? { libraryLintP50Ms: round(percentile(library, 50)), libraryLintP95Ms: round(percentile(library, 95)) } : {}),
  ...(burst
    ? {
        burst: {
          size: burstSize,
          gapMs: burstGapMs,
          publishedPerBurst: round(burst.reduce((sum, b) => sum + b.published.length, 0) / burst.length),
          afterLastEditMs: stats(burst.map((b) => b.afterLastEditMs)),
          cpuPerBurstMs: stats(burst.map((b) => b.cpu)),
          bursts: burst.map((b) => ({ published: b.published, afterLastEditMs: round(b.afterLastEditMs), cpuMs: round(b.cpu) })),
        },
      }
    : {}),
  ...(split ? { split: summariseSplit(split) } : {}),
  serverNodeOptions,
};

function summariseSplit(replay) {
  const stage = (key) => stats(replay.edits.map((r) => r[key]));
  const fallbacks = {};
  for (const r of replay.edits) if (!r.incremental) fallbacks[r.fallback] = (fallbacks[r.fallback] ?? 0) + 1;
  const group = (rows) => (rows.length ? { n: rows.length, wall: stats(rows.map((r) => r.wall)), parse: stats(rows.map((r) => r.parse)), cpu: stats(rows.map((r) => r.cpu)) } : null);
  return {
    wall: stage("wall"),
    cpu: stage("cpu"),
    parse: stage("parse"),
    analyse: stage("analyse"),
    rules: stage("rules"),
    convert: stage("convert"),
    serialise: stage("serialise"),
    gc: stage("gcMs"),
    publishKb: round(replay.edits.reduce((sum, r) => sum + r.bytes, 0) / replay.edits.length / 1024),
    incrementalParse: group(replay.edits.filter((r) => r.incremental)),
    fullParse: group(replay.edits.filter((r) => !r.incremental)),
    fallbacks,
    open: { wall: stats(replay.opens.map((r) => r.wall)), parse: stats(replay.opens.map((r) => r.parse)), rules: stats(replay.opens.map((r) => r.rules)) },
  };
}

if (asJson) {
  console.log(JSON.stringify(result));
} else {
  const ms = (v) => (v == null ? "n/a" : `${v.toFixed(1)} ms`);
  const line = (s) => (s ? `p50 ${ms(s.p50)}, p95 ${ms(s.p95)}, max ${ms(s.max)}` : "n/a");
  const where = sessionDir ? ` (${docs.length} documents in ${sessionDir})` : file ? ` (${file})` : "";
  console.log(`policy: ${result.words} words, ${result.characters} characters, ${result.diagnostics} diagnostics${where}`);
  console.log(`debounce: ${debounceMs} ms; edits: ${editKinds.join(", ")}${serverNodeOptions.length ? `; server node options: ${serverNodeOptions.join(" ")}` : ""}`);
  console.log(`first lint after didOpen: ${ms(result.openMs)}${sessionDir ? ` (all opens: ${line(result.openAllMs)})` : ""}`);
  console.log(`after an edit (${result.edits} edits): p50 ${ms(result.p50Ms)}, p95 ${ms(result.p95Ms)}, max ${ms(result.maxMs)}`);
  if (!sessionDir) {
    console.log(`  first ${WARMING_EDITS} edits: ${result.firstEditsMs.map(ms).join(", ")}; the ${result.warm?.n ?? 0} after them: ${line(result.warm)}`);
  }
  console.log(`server CPU per edit (all threads): ${line(result.cpuPerEditMs)}${sessionDir ? "" : `; after the first ${WARMING_EDITS}: ${line(result.warmCpuPerEditMs)}`}`);
  if (watchGc) console.log(`server GC pauses per edit: ${line(result.gcPerEditMs)}; major GC in ${result.gcMajorPauses.length} edits ${JSON.stringify(result.gcMajorPauses)}`);
  if (editKinds.length > 1) for (const [kind, s] of Object.entries(byKind)) console.log(`  ${kind.padEnd(10)} ${line(s)} (${s.n})`);
  if (library) console.log(`library parse + lint of the same text in-process: p50 ${ms(result.libraryLintP50Ms)}, p95 ${ms(result.libraryLintP95Ms)}`);
  if (result.burst) {
    const b = result.burst;
    console.log(`${b.bursts.length} bursts of ${burstSize} edits ${burstGapMs} ms apart: ${b.publishedPerBurst} versions published per burst`);
    console.log(`  diagnostics of the last version after the last edit: ${line(b.afterLastEditMs)}; server CPU per burst: ${line(b.cpuPerBurstMs)}`);
    if (flag("verbose")) for (const x of b.bursts) console.log(`  published versions ${JSON.stringify(x.published)}; ${ms(x.afterLastEditMs)} after the last edit; CPU ${ms(x.cpuMs)}`);
  }
  if (split) {
    const s = result.split;
    console.log(`in-process replay of the same edits (the server's TextLinter + real engine):`);
    const labels = { wall: "wall", cpu: "CPU", parse: "parse", analyse: "analyse (lintDocument minus rule checks)", rules: "rules", convert: "to LSP", serialise: "JSON", gc: "GC pauses" };
    for (const [key, label] of Object.entries(labels)) console.log(`  ${label.padEnd(42)} ${line(s[key])}`);
    console.log(`  publishDiagnostics JSON: ${s.publishKb} KB per edit`);
    for (const [name, g] of [["incremental parse", s.incrementalParse], ["full parse", s.fullParse]]) {
      if (g) console.log(`  ${name}: ${g.n} edits; wall ${line(g.wall)}; parse ${line(g.parse)}; CPU ${line(g.cpu)}`);
    }
    for (const [reason, n] of Object.entries(s.fallbacks)) console.log(`    full parse because: ${reason} (${n})`);
  }
}
setTimeout(() => process.exit(0), 200).unref();
