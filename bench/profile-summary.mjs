#!/usr/bin/env node
// Summarises V8 .cpuprofile files (from `node --cpu-prof`): top functions by self time, with their
// inclusive time, and self time per package/file. Several files (main thread + workers) are merged.
//
//   node bench/profile-summary.mjs <file.cpuprofile|dir> [...] [--top 25] [--json]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Readable location: repo-relative path, or package/path inside node_modules, or node:internal. */
export function shortLocation(url) {
  if (!url) return "";
  let path = url.startsWith("file://") ? fileURLToPath(url) : url;
  const nm = path.lastIndexOf("/node_modules/");
  if (nm >= 0) return path.slice(nm + "/node_modules/".length);
  if (path.startsWith("/")) path = relative(root, path);
  return path;
}

/** Bucket for the per-package table. */
export function packageOf(url, functionName) {
  if (!url) return ["(garbage collector)", "(program)", "(idle)", "(root)"].includes(functionName) ? functionName : "(native / V8)";
  const loc = shortLocation(url);
  if (loc.startsWith("node:")) return "node internals";
  const inRepo = loc.match(/^packages\/([^/]+)\//);
  if (inRepo) return `packages/${inRepo[1]}`;
  if (url.includes("/node_modules/")) {
    const parts = loc.split("/");
    return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  return loc.split("/").slice(0, 2).join("/");
}

function listProfiles(paths) {
  const files = [];
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p)) if (f.endsWith(".cpuprofile")) files.push(join(p, f));
    } else files.push(p);
  }
  return files;
}

/** @returns {{totalMs:number, functions:Map<string,{name,location,package,selfMs,totalMs}>, packages:Map<string,number>}} */
export function summariseProfiles(files) {
  const functions = new Map();
  const packages = new Map();
  let totalMs = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, "utf8"));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map();
    // timeDeltas[i] is the time before sample i; the sample stands for the interval after it.
    for (let i = 0; i < profile.samples.length; i++) {
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
      totalMs += dt;
    }
    const keyOf = (node) => {
      const cf = node.callFrame;
      const name = cf.functionName || "(anonymous)";
      const location = cf.url ? `${shortLocation(cf.url)}:${cf.lineNumber + 1}` : "";
      return { key: `${name} ${location}`, name, location, pkg: packageOf(cf.url, name) };
    };
    // Walk the call tree keeping a count of each function on the current stack, so that recursive
    // functions get their inclusive time once per sample, not once per frame.
    const onStack = new Map();
    const visit = (id) => {
      const node = byId.get(id);
      const k = keyOf(node);
      let entry = functions.get(k.key);
      if (!entry) {
        entry = { name: k.name, location: k.location, package: k.pkg, selfMs: 0, totalMs: 0 };
        functions.set(k.key, entry);
      }
      const own = self.get(id) ?? 0;
      entry.selfMs += own;
      packages.set(k.pkg, (packages.get(k.pkg) ?? 0) + own);
      onStack.set(k.key, (onStack.get(k.key) ?? 0) + 1);
      for (const [key, count] of onStack) if (count > 0 && own > 0) functions.get(key).totalMs += own;
      for (const child of node.children ?? []) visit(child);
      onStack.set(k.key, onStack.get(k.key) - 1);
    };
    const childIds = new Set(profile.nodes.flatMap((n) => n.children ?? []));
    for (const n of profile.nodes) if (!childIds.has(n.id)) visit(n.id);
  }
  return { totalMs, functions, packages };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: "string", default: "25" }, json: { type: "boolean", default: false } },
  });
  if (positionals.length === 0) {
    console.error("usage: profile-summary.mjs <file.cpuprofile|dir> [...] [--top N] [--json]");
    process.exit(2);
  }
  const files = listProfiles(positionals);
  const { totalMs, functions, packages } = summariseProfiles(files);
  const top = Number(values.top);
  const idle = new Set(["(idle)", "(root)"]);
  const busyMs = [...functions.values()].filter((f) => !idle.has(f.name)).reduce((n, f) => n + f.selfMs, 0);
  const fns = [...functions.values()].filter((f) => !idle.has(f.name)).sort((a, b) => b.selfMs - a.selfMs).slice(0, top);
  const pkgs = [...packages.entries()].filter(([p]) => !idle.has(p)).sort((a, b) => b[1] - a[1]);
  if (values.json) {
    console.log(JSON.stringify({ files, totalMs, busyMs, functions: fns, packages: Object.fromEntries(pkgs) }, null, 2));
  } else {
    const pct = (x) => `${((100 * x) / busyMs).toFixed(1)}%`.padStart(6);
    console.log(`${files.length} profile(s), ${(totalMs / 1000).toFixed(2)} s sampled, ${(busyMs / 1000).toFixed(2)} s busy (idle excluded)\n`);
    console.log(`top ${top} functions by self time:`);
    console.log("| self ms | self % | total ms | function | location |\n|---:|---:|---:|---|---|");
    for (const f of fns) console.log(`| ${f.selfMs.toFixed(0)} | ${pct(f.selfMs)} | ${f.totalMs.toFixed(0)} | \`${f.name}\` | ${f.location} |`);
    console.log("\nself time by package:");
    console.log("| self ms | self % | package |\n|---:|---:|---|");
    for (const [p, t] of pkgs.slice(0, 15)) console.log(`| ${t.toFixed(0)} | ${pct(t)} | ${p} |`);
  }
}
