#!/usr/bin/env node
// CPU profiles of the two hot paths, summarised with profile-summary.mjs:
//   cli   `mrlint --format json` over the 200-file corpus (main thread and worker threads)
//   lint  lint() of the 10,000-word Swedish policy, 100 warm runs
// Profiles land in bench/results/profiles/<name>/ (open them in Chrome DevTools or speedscope).
//
//   node bench/profile.mjs [cli|lint ...] [--top 25] [-- extra mrlint CLI args, e.g. --workers 1]
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { corpusDir, ensureCorpus } from "./corpus.mjs";
import { mrlintBin } from "./lib/tools.mjs";

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = join(benchDir, "..");
const argv = process.argv.slice(2);
const dashDash = argv.indexOf("--");
const own = dashDash >= 0 ? argv.slice(0, dashDash) : argv;
const cliExtra = dashDash >= 0 ? argv.slice(dashDash + 1) : [];
const topAt = own.indexOf("--top");
const top = topAt >= 0 ? own[topAt + 1] : "25";
const wanted = own.filter((a, i) => !a.startsWith("--") && !(topAt >= 0 && i === topAt + 1));
const which = wanted.length ? wanted : ["cli", "lint"];

const manifest = await ensureCorpus();
const env = { ...process.env, NO_COLOR: "1", CI: "true" };

function profile(name, args, cwd) {
  const dir = join(benchDir, "results", "profiles", name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const started = Date.now();
  // --cpu-prof-interval 200 µs: finer than the 1 ms default, still cheap.
  const res = spawnSync(process.execPath, ["--cpu-prof", "--cpu-prof-dir", dir, "--cpu-prof-interval", "200", ...args], { cwd, env, stdio: ["ignore", "ignore", "inherit"] });
  console.log(`\n## ${name}: node ${args.map((a) => a.replace(root + "/", "")).join(" ")}\n(exit ${res.status}, ${((Date.now() - started) / 1000).toFixed(2)} s with profiling on; profiles in bench/results/profiles/${name}/)\n`);
  spawnSync(process.execPath, [join(benchDir, "profile-summary.mjs"), dir, "--top", top], { stdio: "inherit" });
}

if (which.includes("cli")) {
  const out = join(benchDir, "results", "tmp", "profile-cli.json");
  mkdirSync(dirname(out), { recursive: true });
  profile("cli", [mrlintBin(root), "--format", "json", "--output-file", out, ...cliExtra, "."], join(corpusDir, manifest.folders.files200.dir));
}
if (which.includes("lint")) {
  profile("lint", [join(benchDir, "tasks", "lint-inprocess.mjs"), "--file", join(corpusDir, manifest.single["sv-10k"].path), "--runs", "100", "--warmup", "5", "--no-stages"], root);
}
