// Does a faster build still say exactly what the reference build said? Runs two mrlint CLIs over the
// same folders with `--format json` and compares every file's findings (rule, position, message,
// state, evidence) and errors. Performance work must leave this at "identical"; a difference is either
// a bug or a deliberate behaviour change to be explained in the commit.
//
//   node bench/equivalence.mjs --reference ../baseline/packages/cli/bin/mrlint.js [--set dev,heldout,fixtures,files200]
//
// Sets: dev (../shared/corpus/dev), heldout (fixtures/heldout), fixtures (fixtures/policies and
// fixtures/markdown), files200 (bench/.corpus/files200), files2000 (bench/.corpus/files2000), examples.
// Exit code 0 when all sets are identical, 1 when any differs. Not a test (it needs two builds).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    reference: { type: "string" },
    candidate: { type: "string", default: join(root, "packages/cli/bin/mrlint.js") },
    set: { type: "string", default: "examples,fixtures,heldout,dev,files200" },
    show: { type: "string", default: "5" },
  },
});
if (!values.reference) {
  console.error("usage: node bench/equivalence.mjs --reference <other checkout>/packages/cli/bin/mrlint.js [--set a,b]");
  process.exit(2);
}

const SETS = {
  examples: [join(root, "examples")],
  fixtures: [join(root, "fixtures/policies"), join(root, "fixtures/markdown")],
  heldout: [join(root, "fixtures/heldout")],
  dev: [resolve(root, "../shared/corpus/dev")],
  files200: [join(root, "bench/.corpus/files200")],
  files2000: [join(root, "bench/.corpus/files2000")],
};

const scratch = mkdtempSync(join(tmpdir(), "mrlint-equivalence-"));

function run(bin, folders, name) {
  const out = join(scratch, `${name}.json`);
  // --no-config-lookup is not assumed to exist: both builds read the same folders with the same config.
  const result = spawnSync(process.execPath, [bin, "--format", "json", "--output-file", out, ...folders], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (result.status !== 0 && result.status !== 1) throw new Error(`${bin} exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
  const files = JSON.parse(readFileSync(out, "utf8"));
  const byFile = new Map();
  for (const file of files) byFile.set(relative(root, file.filePath), file);
  return byFile;
}

/** Fields that may differ between runs without the findings differing. */
function normalise(file) {
  const { filePath: _path, stats: _stats, timing: _timing, ...rest } = file;
  return JSON.stringify(rest);
}

let differing = 0;
const show = Number(values.show);
for (const name of values.set.split(",").map((s) => s.trim()).filter(Boolean)) {
  const folders = SETS[name];
  if (!folders) throw new Error(`unknown set ${name}; known: ${Object.keys(SETS).join(", ")}`);
  if (!folders.every((f) => existsSync(f))) {
    console.log(`${name}: skipped (missing ${folders.filter((f) => !existsSync(f)).join(", ")})`);
    continue;
  }
  const reference = run(values.reference, folders, `${name}-reference`);
  const candidate = run(values.candidate, folders, `${name}-candidate`);
  const names = new Set([...reference.keys(), ...candidate.keys()]);
  const diffs = [];
  for (const file of names) {
    const a = reference.get(file);
    const b = candidate.get(file);
    if (!a || !b) diffs.push(`${file}: only in ${a ? "reference" : "candidate"}`);
    else if (normalise(a) !== normalise(b)) diffs.push(`${file}: ${describe(a, b)}`);
  }
  differing += diffs.length;
  const findings = [...candidate.values()].reduce((n, f) => n + (f.messages?.length ?? 0), 0);
  console.log(`${name}: ${names.size} files, ${findings} findings, ${diffs.length === 0 ? "identical" : `${diffs.length} differ`}`);
  for (const d of diffs.slice(0, show)) console.log(`  ${d}`);
}
rmSync(scratch, { recursive: true, force: true });
process.exit(differing === 0 ? 0 : 1);

/** The first finding that differs, in a line. */
function describe(a, b) {
  const am = a.messages ?? [];
  const bm = b.messages ?? [];
  for (let i = 0; i < Math.max(am.length, bm.length); i++) {
    const x = JSON.stringify(am[i] ?? null);
    const y = JSON.stringify(bm[i] ?? null);
    if (x !== y) return `finding ${i}: reference ${x?.slice(0, 300)} / candidate ${y?.slice(0, 300)}`;
  }
  return `${am.length} vs ${bm.length} findings; other fields differ`;
}
