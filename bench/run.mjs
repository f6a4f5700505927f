#!/usr/bin/env node
// mrlint benchmark: mrlint side by side with alex, textlint and markdownlint-cli2 on the same
// generated corpus in the same run, plus mrlint's in-process figures. Prints ONE Markdown table and
// saves the raw numbers to bench/results/<time>.json (and latest.json).
//
//   pnpm bench                      build, then everything (3 runs each)
//   node bench/run.mjs --runs 5     more runs (median is reported)
//   node bench/run.mjs --quick      1 run, no 2,000-file run
//   node bench/run.mjs --only mrlint            no peers (comma list: mrlint,alex,textlint,markdownlint-cli2)
//   node bench/run.mjs --skip files2000,lsp,docx,inprocess   leave parts out
//   node bench/run.mjs --no-install             do not install missing peers (they show n/a)
//   node bench/run.mjs --mrlint-node-options=--max-semi-space-size=64   try V8 flags on mrlint only
//   BENCH_MRLINT_BIN=<other build>/packages/cli/dist/bin.js node bench/run.mjs   another CLI build
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { corpusDir, ensureCorpus } from "./corpus.mjs";
import { markdownTable, mb, ms, rate, ratio, wordsPerSecond } from "./lib/format.mjs";
import { gnuTimeAvailable, runMeasured } from "./lib/measure.mjs";
import { median } from "./lib/stats.mjs";
import { benchTools, mrlintBin } from "./lib/tools.mjs";
import { ensurePeers, PEER_TOOLS, peerBin } from "./peers.mjs";

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = join(benchDir, "..");
const resultsDir = join(benchDir, "results");
const scratchDir = join(resultsDir, "tmp");

/** Peer throughput targets: mrlint must be at least this many times faster on the 200-file corpus. */
const RATIO_TARGETS = { alex: 10, textlint: 5, "markdownlint-cli2": 1.5 };
const TARGETS = { lint10kMs: 40, lspP95Ms: 50, docxReadLintMs: 1000, docxReviewMs: 1500, files2000Ms: 25_000, files2000RssMb: 300 };

const { values: opts } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    quick: { type: "boolean", default: false },
    only: { type: "string" },
    skip: { type: "string", default: "" },
    "no-install": { type: "boolean", default: false },
    // V8/Node flags for mrlint's processes only (CLI, in-process tasks, LSP), to try a fix
    // without touching the code, e.g. --mrlint-node-options=--max-semi-space-size=64
    "mrlint-node-options": { type: "string" },
  },
});
const runs = opts.quick ? 1 : Math.max(1, Number(opts.runs) || 3);
const toolIds = ["mrlint", ...PEER_TOOLS.map((t) => t.id)];
const only = opts.only ? opts.only.split(",").map((s) => s.trim()) : toolIds;
for (const id of only) {
  if (!toolIds.includes(id)) {
    console.error(`--only: unknown tool "${id}" (known: ${toolIds.join(", ")})`);
    process.exit(2);
  }
}
const skip = new Set(opts.skip.split(",").map((s) => s.trim()).filter(Boolean));
if (opts.quick) skip.add("files2000");
const log = (message) => process.stderr.write(`bench: ${message}\n`);

// Plain output from every tool: no colours, no progress bars, nothing interactive.
const toolEnv = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", CI: "true" };
const mrlintEnv = opts["mrlint-node-options"]
  ? { ...toolEnv, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} ${opts["mrlint-node-options"]}`.trim() }
  : toolEnv;

function mrlintVersion() {
  const bin = mrlintBin(root);
  if (!existsSync(bin)) return null;
  const res = spawnSync(process.execPath, [bin, "--version"], { encoding: "utf8", timeout: 60_000, env: toolEnv });
  return res.status === 0 ? res.stdout.trim() : null;
}

/**
 * The bench runs the whole MR pack. Rules that mr:recommended turns off are switched on through a
 * config file passed with --config (when `mrlint rules --format json` can list them).
 */
function mrlintFullPackArgs() {
  const res = spawnSync(process.execPath, [mrlintBin(root), "rules", "--format", "json"], { encoding: "utf8", timeout: 60_000, env: toolEnv });
  if (res.status !== 0) return { args: [], note: "rule list unavailable: default config" };
  let rules;
  try {
    const data = JSON.parse(res.stdout);
    rules = Array.isArray(data) ? data : (data.rules ?? []);
  } catch {
    return { args: [], note: "rule list unreadable: default config" };
  }
  const off = rules.filter((r) => (r.level ?? r.defaultLevel) === "off").map((r) => r.id ?? r.ruleId);
  if (off.length === 0) return { args: [], note: `${rules.length} rules, all on by default`, rules: rules.length };
  const configPath = join(corpusDir, "mrlint-bench.config.json");
  writeFileSync(configPath, JSON.stringify({ extends: ["mr:recommended"], rules: Object.fromEntries(off.map((id) => [id, "hint"])) }, null, 2));
  return { args: ["--config", configPath], note: `${rules.length} rules (${off.length} switched on)`, rules: rules.length };
}

function lastJsonLine(text) {
  const lines = text.trim().split("\n").reverse();
  for (const line of lines) {
    const t = line.trim();
    if (t.startsWith("{")) {
      try {
        return JSON.parse(t);
      } catch {
        /* keep looking */
      }
    }
  }
  return null;
}

function runTask(script, args, timeoutMs = 10 * 60_000, env = mrlintEnv) {
  const res = spawnSync(process.execPath, [join(benchDir, script), ...args], { encoding: "utf8", timeout: timeoutMs, env, maxBuffer: 64 * 1024 * 1024 });
  const data = lastJsonLine(res.stdout ?? "");
  if (res.status !== 0 || !data) {
    return { error: `${script} exited ${res.status ?? res.signal}: ${(res.stderr ?? "").trim().split("\n").slice(-3).join(" / ")}` };
  }
  return data;
}

/** Several timed runs of every tool on one folder, interleaved so drift hits all tools alike. */
async function throughput(tools, folder, rounds) {
  const cwd = join(corpusDir, folder.dir);
  const outDir = join(scratchDir, folder.dir);
  mkdirSync(outDir, { recursive: true });
  const samples = Object.fromEntries(tools.map((t) => [t.id, { walls: [], cpus: [], rss: [], failures: [] }]));
  for (let round = 1; round <= rounds; round++) {
    for (const tool of tools) {
      const { command, args } = tool.command(cwd, outDir);
      log(`${folder.dir} run ${round}/${rounds}: ${tool.id} …`);
      let res;
      try {
        res = await runMeasured({
          command,
          args,
          cwd,
          env: tool.id === "mrlint" ? mrlintEnv : toolEnv,
          stdoutFile: join(outDir, `${tool.id}.stdout`),
          stderrFile: join(outDir, `${tool.id}.stderr`),
          rssFile: join(outDir, `${tool.id}.rss`),
        });
      } catch (error) {
        samples[tool.id].failures.push(String(error.message ?? error));
        continue;
      }
      if (res.exitCode === null || !tool.okExit(res.exitCode)) {
        const tail = readFileSync(join(outDir, `${tool.id}.stderr`), "utf8").trim().split("\n").slice(-3).join(" / ");
        samples[tool.id].failures.push(`exit ${res.exitCode ?? res.signal}: ${tail}`);
        log(`  ${tool.id} failed: exit ${res.exitCode ?? res.signal}: ${tail}`);
        continue;
      }
      samples[tool.id].walls.push(res.wallMs);
      if (res.peakRssMb != null) samples[tool.id].rss.push(res.peakRssMb);
      if (res.cpuMs != null) samples[tool.id].cpus.push(res.cpuMs);
      log(`  ${tool.id}: ${ms(res.wallMs)} wall, ${ms(res.cpuMs)} CPU, peak RSS ${mb(res.peakRssMb)}`);
    }
  }
  const out = {};
  for (const tool of tools) {
    const s = samples[tool.id];
    const wall = median(s.walls);
    out[tool.id] = {
      label: tool.label,
      walls: s.walls,
      medianMs: wall,
      cpus: s.cpus,
      medianCpuMs: median(s.cpus),
      minMs: s.walls.length ? Math.min(...s.walls) : null,
      maxMs: s.walls.length ? Math.max(...s.walls) : null,
      peakRssMb: s.rss.length ? Math.max(...s.rss) : null,
      mbPerS: wall ? folder.bytes / 1e6 / (wall / 1000) : null,
      wordsPerS: wall ? folder.words / (wall / 1000) : null,
      findings: s.walls.length ? tool.findings(outDir) : null,
      filesReported: s.walls.length && tool.filesReported ? tool.filesReported(outDir) : null,
      failures: s.failures,
    };
  }
  return out;
}

/** LSP latency comes from the editor engineer's bench/lsp-latency.mjs; any p50/p95 it prints is read. */
function lspLatency(file10k) {
  const script = join(benchDir, "lsp-latency.mjs");
  if (!existsSync(script)) return { error: "bench/lsp-latency.mjs not present" };
  const res = spawnSync(process.execPath, [script, "--json", "--file", file10k], {
    encoding: "utf8",
    timeout: 10 * 60_000,
    env: { ...mrlintEnv, BENCH_LSP_FILE: file10k },
    maxBuffer: 64 * 1024 * 1024,
  });
  const out = `${res.stdout ?? ""}\n${res.stderr ?? ""}`;
  const find = (obj, key) => {
    if (!obj || typeof obj !== "object") return null;
    for (const [k, v] of Object.entries(obj)) {
      if (k.toLowerCase().startsWith(key) && typeof v === "number") return v;
    }
    for (const v of Object.values(obj)) {
      const found = find(v, key);
      if (found != null) return found;
    }
    return null;
  };
  const json = lastJsonLine(res.stdout ?? "");
  let p50 = find(json, "p50");
  let p95 = find(json, "p95");
  if (p50 == null || p95 == null) {
    p50 = Number(out.match(/p50[^\d]*([\d.]+)/i)?.[1] ?? NaN);
    p95 = Number(out.match(/p95[^\d]*([\d.]+)/i)?.[1] ?? NaN);
  }
  if (!Number.isFinite(p50) || !Number.isFinite(p95)) {
    return { error: `lsp-latency.mjs exited ${res.status ?? res.signal} without p50/p95: ${out.trim().split("\n").slice(-3).join(" / ")}` };
  }
  return { p50, p95, raw: json, exitCode: res.status };
}

async function cliReview(docxPath) {
  const out = join(scratchDir, "cli-review.docx");
  const res = await runMeasured({
    command: process.execPath,
    args: [mrlintBin(root), "review", docxPath, "-o", out, "--overwrite"],
    cwd: root,
    env: mrlintEnv,
    stdoutFile: join(scratchDir, "cli-review.stdout"),
    stderrFile: join(scratchDir, "cli-review.stderr"),
    rssFile: join(scratchDir, "cli-review.rss"),
  });
  const ok = (res.exitCode === 0 || res.exitCode === 1) && existsSync(out);
  return ok ? { wallMs: res.wallMs, peakRssMb: res.peakRssMb } : { error: `mrlint review exited ${res.exitCode}` };
}

function machine() {
  const cpus = os.cpus();
  const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).stdout?.trim() || null;
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 1073741824),
    platform: `${os.platform()} ${os.release()}`,
    commit,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

// ---------------------------------------------------------------------------------------------

mkdirSync(scratchDir, { recursive: true });
const env = machine();
const manifest = await ensureCorpus({ log });
const folder200 = manifest.folders.files200;
const folder2000 = manifest.folders.files2000;

let peerBins = {};
const wantedPeers = PEER_TOOLS.filter((t) => only.includes(t.id));
if (wantedPeers.length > 0) {
  if (opts["no-install"]) {
    for (const t of PEER_TOOLS) peerBins[t.id] = peerBin(t);
  } else {
    try {
      peerBins = ensurePeers({ log }).bins;
    } catch (error) {
      log(`peers unavailable: ${error.message}`);
    }
  }
}

const version = only.includes("mrlint") ? mrlintVersion() : null;
if (only.includes("mrlint") && !version) log(`mrlint CLI not usable yet (${mrlintBin(root)}); its figures show n/a`);
const fullPack = version ? mrlintFullPackArgs() : { args: [], note: "" };
const tools = benchTools({ root, peerBins, mrlintExtraArgs: fullPack.args, mrlintAvailable: Boolean(version) }).filter((t) => only.includes(t.id));
const runnable = tools.filter((t) => t.available);

const results = { machine: env, runs, mrlintNodeOptions: opts["mrlint-node-options"] ?? null, gnuTime: gnuTimeAvailable(), mrlintVersion: version, mrlintConfig: fullPack.note, corpus: manifest, throughput200: {}, files2000: null, inprocess: {}, docx: null, lsp: null };

results.throughput200 = await throughput(runnable, folder200, runs);

const mrlintOn = Boolean(version);
if (mrlintOn && !skip.has("files2000")) {
  const tool = runnable.find((t) => t.id === "mrlint");
  results.files2000 = (await throughput([tool], folder2000, runs)).mrlint;
}

const single = (key) => join(corpusDir, manifest.single[key].path);
if (mrlintOn && !skip.has("inprocess") && existsSync(join(root, "packages/markdown/dist/index.js"))) {
  for (const [key, n] of [["sv-10k", 30], ["en-10k", 30], ["sv-1k", 30], ["sv-100k", 5]]) {
    log(`in-process lint() ${key} …`);
    results.inprocess[key] = runTask("tasks/lint-inprocess.mjs", ["--file", single(key), "--runs", String(opts.quick ? Math.min(n, 10) : n), "--warmup", "5"]);
  }
}

if (mrlintOn && !skip.has("docx") && manifest.docx && existsSync(join(root, "packages/docx/dist/index.js"))) {
  const docxPath = join(corpusDir, manifest.docx["sv-30k"].path);
  log("docx read + lint + review (100 pages) …");
  results.docx = runTask("tasks/docx-inprocess.mjs", ["--file", docxPath, "--runs", opts.quick ? "2" : "5", "--out", join(scratchDir, "review.docx")]);
  results.docx.pages = manifest.docx["sv-30k"].pages;
  results.docx.words = manifest.docx["sv-30k"].words;
  try {
    results.docx.cli = await cliReview(docxPath);
  } catch (error) {
    results.docx.cli = { error: error.message };
  }
}

if (mrlintOn && !skip.has("lsp")) {
  log("LSP latency …");
  results.lsp = lspLatency(single("sv-10k"));
}

// ---------------------------------------------------------------------------------------------
// The table.

const fmtCount = (n) => (n == null ? "?" : n.toLocaleString("en-US"));
const verdict = (ok) => (ok == null ? "n/a" : ok ? "PASS" : "MISS");
const rows = [];
const t200 = results.throughput200;
const m = t200.mrlint;
const folderNote = `${folder200.files} files, ${(folder200.bytes / 1e6).toFixed(2)} MB, ${(folder200.words / 1e6).toFixed(2)} M words`;
for (const tool of tools) {
  const r = t200[tool.id];
  const na = !r || r.medianMs == null;
  const row = {
    measure: `${folder200.files} files: ${tool.label}`,
    time: na ? "n/a" : ms(r.medianMs),
    spread: na ? "" : runs > 1 ? `${ms(r.minMs)}–${ms(r.maxMs)}` : "",
    cpu: na ? "" : ms(r.medianCpuMs),
    mbps: na ? "n/a" : rate(r.mbPerS),
    wps: na ? "n/a" : wordsPerSecond(r.wordsPerS),
    rss: na ? "n/a" : mb(r.peakRssMb),
    vs: "",
    target: "",
    result: "",
    notes: na ? (r?.failures?.[0] ?? tool.why ?? "not run") : `${fmtCount(r.findings)} findings`,
  };
  if (tool.id === "mrlint") {
    row.notes = na ? row.notes : `${row.notes} in ${r.filesReported ?? "?"}/${folder200.files} files; ${results.mrlintConfig}`;
  } else {
    const x = !na && m?.medianMs ? r.medianMs / m.medianMs : null;
    if (!na) r.mrlintSpeedup = x;
    // CPU-time ratio: how much less work mrlint does, whatever the cores and the machine's load.
    const cpuX = !na && m?.medianCpuMs && r.medianCpuMs ? r.medianCpuMs / m.medianCpuMs : null;
    if (cpuX != null) {
      r.mrlintCpuRatio = cpuX;
      row.notes += cpuX >= 1 ? `; mrlint uses ${ratio(cpuX)} less CPU` : `; mrlint uses ${ratio(1 / cpuX)} more CPU`;
    }
    row.vs = x == null ? "n/a" : `mrlint ${ratio(x)}`;
    row.target = `≥ ${RATIO_TARGETS[tool.id]}×`;
    row.result = verdict(x == null ? null : x >= RATIO_TARGETS[tool.id]);
  }
  rows.push(row);
}

if (!skip.has("files2000") && only.includes("mrlint")) {
  const r = results.files2000;
  const na = !r || r.medianMs == null;
  rows.push({
    measure: `${folder2000.files} files: mrlint (${os.cpus().length} cores)`,
    time: na ? "n/a" : ms(r.medianMs),
    spread: na || runs < 2 ? "" : `${ms(r.minMs)}–${ms(r.maxMs)}`,
    cpu: na ? "" : ms(r.medianCpuMs),
    mbps: na ? "n/a" : rate(r.mbPerS),
    wps: na ? "n/a" : wordsPerSecond(r.wordsPerS),
    rss: na ? "n/a" : mb(r.peakRssMb),
    target: `≤ ${TARGETS.files2000Ms / 1000} s, ≤ ${TARGETS.files2000RssMb} MB`,
    result: verdict(na ? null : r.medianMs <= TARGETS.files2000Ms && r.peakRssMb != null && r.peakRssMb <= TARGETS.files2000RssMb),
    notes: na ? (r?.failures?.[0] ?? "not run") : `${(folder2000.bytes / 1e6).toFixed(2)} MB, ${(folder2000.words / 1e6).toFixed(2)} M words; ${fmtCount(r.findings)} findings in ${r.filesReported ?? "?"}/${folder2000.files} files`,
  });
}

if (only.includes("mrlint") && !skip.has("inprocess")) {
  for (const [key, label, target] of [
    ["sv-10k", "lint() 10,000 words, sv (warm)", true],
    ["en-10k", "lint() 10,000 words, en (warm)", true],
    ["sv-1k", "lint() 1,000 words, sv (warm)", false],
    ["sv-100k", "lint() 100,000 words, sv (warm)", false],
  ]) {
    const r = results.inprocess[key];
    const ok = r && !r.error && r.warm;
    rows.push({
      measure: label,
      time: ok ? ms(r.warm.median) : "n/a",
      spread: ok ? `p95 ${ms(r.warm.p95)}` : "",
      mbps: ok ? rate(r.bytes / 1e6 / (r.warm.median / 1000)) : "",
      wps: ok ? wordsPerSecond(r.words / (r.warm.median / 1000)) : "",
      target: target ? `≤ ${TARGETS.lint10kMs} ms` : "",
      result: target ? verdict(ok ? r.warm.median <= TARGETS.lint10kMs : null) : "",
      notes: ok
        ? `first call ${ms(r.coldMs)}; ${fmtCount(r.diagnostics)} diagnostics` +
          (r.stages?.parse ? `; parse ${ms(r.stages.parse.median)}` : "") +
          (r.stages?.analyse ? `, analyse ${ms(r.stages.analyse.median)}` : "") +
          (r.stages?.lintDocument ? `, lintDocument ${ms(r.stages.lintDocument.median)} (incl. analyse)` : "") +
          (r.cpuMsPerCall != null ? `; CPU ${ms(r.cpuMsPerCall)}/call` : "")
        : (r?.error ?? "not run"),
    });
  }
}

if (only.includes("mrlint") && !skip.has("lsp")) {
  const r = results.lsp;
  const ok = r && !r.error;
  rows.push({
    measure: "LSP diagnostics after an edit, 10,000 words",
    time: ok ? `p50 ${ms(r.p50)}` : "n/a",
    spread: ok ? `p95 ${ms(r.p95)}` : "",
    target: `p95 ≤ ${TARGETS.lspP95Ms} ms`,
    result: verdict(ok ? r.p95 <= TARGETS.lspP95Ms : null),
    notes: ok
      ? "bench/lsp-latency.mjs" +
        (r.raw?.libraryLintP50Ms != null ? `; lint() of the same text in-process p50 ${ms(r.raw.libraryLintP50Ms)}, p95 ${ms(r.raw.libraryLintP95Ms)}` : "") +
        (r.raw?.openMs != null ? `; first diagnostics after didOpen ${ms(r.raw.openMs)}` : "")
      : (r?.error ?? "not run"),
  });
}

if (only.includes("mrlint") && !skip.has("docx")) {
  const r = results.docx;
  const ok = r && !r.error;
  const pages = manifest.docx?.["sv-30k"]?.pages ?? 100;
  rows.push({
    measure: `.docx ${pages} pages: read + lint (first call)`,
    time: ok ? ms(r.readLint.coldMs) : "n/a",
    spread: ok && r.readLint.warm ? `warm ${ms(r.readLint.warm.median)}` : "",
    target: `≤ ${TARGETS.docxReadLintMs / 1000} s`,
    result: verdict(ok ? r.readLint.coldMs <= TARGETS.docxReadLintMs : null),
    notes: ok ? `${fmtCount(r.words)} words, ${fmtCount(r.paragraphs)} paragraphs; ${fmtCount(r.diagnostics)} diagnostics` : (r?.error ?? (manifest.docx ? "packages/docx not built" : "no .docx corpus")),
  });
  const review = ok ? r.review : null;
  rows.push({
    measure: `.docx ${pages} pages: review written (read + lint + comments)`,
    time: review ? ms(review.coldMs) : "n/a",
    spread: review?.warm ? `warm ${ms(review.warm.median)}` : "",
    target: `≤ ${TARGETS.docxReviewMs / 1000} s`,
    result: verdict(review ? review.coldMs <= TARGETS.docxReviewMs : null),
    notes: review
      ? `${fmtCount(r.reviewBytes)} bytes out` + (r.cli?.wallMs ? `; CLI \`mrlint review\` ${ms(r.cli.wallMs)} wall, ${mb(r.cli.peakRssMb)}` : r.cli?.error ? `; ${r.cli.error}` : "")
      : ok ? "writeReview() not exported yet" : "",
  });
}

const headers = [
  { key: "measure", title: "measure" },
  { key: "time", title: "median", align: "right" },
  { key: "spread", title: "range / p95", align: "right" },
  { key: "cpu", title: "CPU time", align: "right" },
  { key: "mbps", title: "MB/s", align: "right" },
  { key: "wps", title: "words/s", align: "right" },
  { key: "rss", title: "peak RSS", align: "right" },
  { key: "vs", title: "speed-up" },
  { key: "target", title: "target" },
  { key: "result", title: "result" },
  { key: "notes", title: "notes" },
];
const table = markdownTable(headers, rows);
results.table = table;

const stamp = env.date.replace(/[:.]/g, "-");
writeFileSync(join(resultsDir, `bench-${stamp}.json`), JSON.stringify(results, null, 2) + "\n");
writeFileSync(join(resultsDir, "latest.json"), JSON.stringify(results, null, 2) + "\n");

console.log(
  `\nmrlint ${version ?? "(not built)"} · Node ${env.node} · ${env.cpus} × ${env.cpuModel} · ${env.memoryGb} GB · ${env.platform} · commit ${env.commit ?? "?"}\n` +
    `load average at start ${env.loadAverage.join(" / ")}\n` +
    `corpus: ${folderNote} (seed ${manifest.seed});${opts["mrlint-node-options"] ? ` mrlint run with NODE_OPTIONS=${opts["mrlint-node-options"]};` : ""} ${runs} run(s) each, median wall time; peak RSS ${results.gnuTime ? "from /usr/bin/time %M" : "by /proc polling"}\n`,
);
// Other processes on the machine skew every timing; say so next to the table. Only the load at the
// start counts: by the end the bench's own worker threads are part of the load average.
if (env.loadAverage[0] > env.cpus * 0.5) {
  console.log(`WARNING: the machine was busy when the bench started (load average ${env.loadAverage[0]}, ${env.cpus} cores): timings are inflated.\n`);
}
console.log(table);
console.log(`\nraw results: ${join("bench/results", `bench-${stamp}.json`)}`);
