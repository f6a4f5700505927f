#!/usr/bin/env node
// Installs the peer linters for the benchmark only, into bench/.peers/ (gitignored), with plain npm.
// They never enter the workspace's dependencies: the bench compares against what a user would
// otherwise run, at the versions TOOLCHAIN.md §8 measured on Node 20.
//
//   node bench/peers.mjs            install if missing, print what is available
//   node bench/peers.mjs --force    reinstall
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const benchDir = dirname(fileURLToPath(import.meta.url));
export const peersDir = join(benchDir, ".peers");

/** npm packages to install, exact versions. */
export const PEER_PACKAGES = {
  alex: "11.0.1",
  textlint: "15.8.0",
  "textlint-rule-write-good": "2.0.0",
  "textlint-rule-no-todo": "2.0.1",
  "markdownlint-cli2": "0.22.1",
};

/** The tools the bench runs; `packages` must all be installed at the pinned version for the tool to count as present. */
export const PEER_TOOLS = [
  { id: "alex", label: "alex 11.0.1", bin: "alex", packages: ["alex"] },
  {
    id: "textlint",
    label: "textlint 15.8.0 + write-good + no-todo",
    bin: "textlint",
    packages: ["textlint", "textlint-rule-write-good", "textlint-rule-no-todo"],
  },
  { id: "markdownlint-cli2", label: "markdownlint-cli2 0.22.1", bin: "markdownlint-cli2", packages: ["markdownlint-cli2"] },
];

export const textlintConfigPath = join(peersDir, ".textlintrc.json");

function installedVersion(name) {
  const file = join(peersDir, "node_modules", name, "package.json");
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8")).version ?? null;
  } catch {
    return null;
  }
}

/** Path of a peer's executable if it and all its packages are installed at the pinned versions, else null. */
export function peerBin(tool) {
  for (const name of tool.packages) {
    if (installedVersion(name) !== PEER_PACKAGES[name]) return null;
  }
  const bin = join(peersDir, "node_modules", ".bin", tool.bin);
  return existsSync(bin) ? bin : null;
}

function writeTextlintConfig() {
  // textlint finds no rules without a config; these are the two rules TOOLCHAIN §8 measured.
  writeFileSync(textlintConfigPath, JSON.stringify({ rules: { "write-good": true, "no-todo": true } }, null, 2) + "\n");
}

/**
 * Installs missing peers (never throws: a failed install leaves those tools unavailable).
 * Returns { [toolId]: binPath | null } and the install log for tools that failed.
 */
export function ensurePeers({ force = false, log = (m) => process.stderr.write(`bench: ${m}\n`) } = {}) {
  mkdirSync(peersDir, { recursive: true });
  writeTextlintConfig();
  // A package.json of its own keeps npm from walking up into the pnpm workspace.
  const pkgFile = join(peersDir, "package.json");
  if (!existsSync(pkgFile)) {
    writeFileSync(pkgFile, JSON.stringify({ name: "mrlint-bench-peers", private: true }, null, 2) + "\n");
  }
  const missing = Object.entries(PEER_PACKAGES).filter(([name, version]) => force || installedVersion(name) !== version);
  let error = null;
  if (missing.length > 0) {
    const specs = missing.map(([name, version]) => `${name}@${version}`);
    log(`installing peers into ${peersDir}: ${specs.join(" ")}`);
    const started = Date.now();
    const res = spawnSync(
      "npm",
      ["install", "--prefix", peersDir, "--no-audit", "--no-fund", "--save-exact", "--loglevel=error", ...specs],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 15 * 60_000 },
    );
    if (res.error || res.status !== 0) {
      error = (res.error?.message ?? "") + (res.stderr ?? "").slice(-2000);
      log(`peer install failed (exit ${res.status}): ${error.trim().split("\n").slice(-5).join("\n")}`);
    } else {
      log(`peers installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  }
  const bins = {};
  for (const tool of PEER_TOOLS) bins[tool.id] = peerBin(tool);
  return { bins, error };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { bins } = ensurePeers({ force: process.argv.includes("--force") });
  for (const tool of PEER_TOOLS) console.log(`${tool.label.padEnd(42)} ${bins[tool.id] ?? "n/a (not installed)"}`);
}
