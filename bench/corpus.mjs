#!/usr/bin/env node
// Deterministic benchmark corpus: Swedish and English policy-like documents, written to
// bench/.corpus/ (gitignored). Same seed → byte-identical files on every machine.
//
//   node bench/corpus.mjs            generate if missing or out of date
//   node bench/corpus.mjs --force    regenerate everything
//   node bench/corpus.mjs --seed 7   another corpus (the bench always uses the default seed)
//
// Contents (see manifest.json after a run):
//   single/policy-{sv,en}-{1k,10k,100k}.md   one document each, 1,000 / 10,000 / 100,000 words
//   files200/   200 files of about 5,000 words, half Swedish, half English (TOOLCHAIN.md §8)
//   files2000/  2,000 files of about 1,000 words, half Swedish, half English
//   docx/policy-{sv,en}-30k.docx (+ 10k)      Word versions; 30,000 words ≈ 100 pages
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generatePolicy } from "./lib/policy.mjs";
import { hashSeed, makeRandom } from "./lib/random.mjs";
import { renderMarkdown } from "./lib/render-markdown.mjs";
import { countWords } from "./lib/words.mjs";

const benchDir = dirname(fileURLToPath(import.meta.url));
export const corpusDir = join(benchDir, ".corpus");
const manifestPath = join(corpusDir, "manifest.json");

/** Bump when the generator's output changes, so stale corpora are rebuilt. */
export const GENERATOR_VERSION = 4;
export const DEFAULT_SEED = 20250101;

const SINGLE_SIZES = [
  ["1k", 1_000],
  ["10k", 10_000],
  ["100k", 100_000],
];
const FOLDERS = [
  { name: "files200", files: 200, words: 5_000, jitter: 400 },
  { name: "files2000", files: 2_000, words: 1_000, jitter: 300 },
];
const DOCX_SIZES = [
  ["10k", 10_000],
  ["30k", 30_000],
];

function slug(text) {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 48);
}

function writeMarkdown(path, policy) {
  const text = renderMarkdown(policy);
  writeFileSync(path, text);
  return { bytes: Buffer.byteLength(text), words: countWords(text) };
}

function generateSingles(seed) {
  const dir = join(corpusDir, "single");
  mkdirSync(dir, { recursive: true });
  const single = {};
  for (const language of ["sv", "en"]) {
    for (const [label, words] of SINGLE_SIZES) {
      const policy = generatePolicy({ language, words, seed: hashSeed(`${seed}/single/${language}/${label}`) });
      const rel = `single/policy-${language}-${label}.md`;
      single[`${language}-${label}`] = { path: rel, language, ...writeMarkdown(join(corpusDir, rel), policy) };
    }
  }
  return single;
}

function generateFolder(seed, { name, files, words, jitter }) {
  const dir = join(corpusDir, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const total = { dir: name, files, bytes: 0, words: 0, sv: 0, en: 0 };
  const sizes = makeRandom(hashSeed(`${seed}/${name}/sizes`));
  for (let i = 0; i < files; i++) {
    const language = i % 2 === 0 ? "sv" : "en";
    const target = words + sizes.int(-jitter, jitter);
    const policy = generatePolicy({ language, words: target, seed: hashSeed(`${seed}/${name}/${i}`) });
    const file = `${String(i).padStart(4, "0")}-${language}-${slug(policy.title)}.md`;
    const { bytes, words: w } = writeMarkdown(join(dir, file), policy);
    total.bytes += bytes;
    total.words += w;
    total[language]++;
  }
  return total;
}

async function generateDocx(seed, log) {
  let renderDocx;
  try {
    ({ renderDocx } = await import("./lib/render-docx.mjs"));
    await import("docx");
  } catch (error) {
    log(`the docx package is not available (${error.message}); no .docx corpus`);
    return null;
  }
  const dir = join(corpusDir, "docx");
  mkdirSync(dir, { recursive: true });
  const out = {};
  for (const language of ["sv", "en"]) {
    for (const [label, words] of DOCX_SIZES) {
      const policy = generatePolicy({ language, words, seed: hashSeed(`${seed}/docx/${language}/${label}`) });
      const rel = `docx/policy-${language}-${label}.docx`;
      const bytes = await renderDocx(policy);
      writeFileSync(join(corpusDir, rel), bytes);
      // The Markdown twin lets the bench compare reading Word with reading Markdown of the same text.
      const twin = `docx/policy-${language}-${label}.md`;
      writeMarkdown(join(corpusDir, twin), policy);
      // ≈ 300 words per printed A4 page in Word's default layout.
      out[`${language}-${label}`] = { path: rel, markdown: twin, language, bytes: bytes.length, words: policy.words, pages: Math.round(policy.words / 300) };
    }
  }
  return out;
}

function readManifest() {
  try {
    return JSON.parse(readFileSync(manifestPath, "utf8"));
  } catch {
    return null;
  }
}

function upToDate(manifest, seed) {
  if (!manifest || manifest.version !== GENERATOR_VERSION || manifest.seed !== seed) return false;
  const paths = [
    ...Object.values(manifest.single ?? {}).map((e) => e.path),
    ...Object.values(manifest.folders ?? {}).map((e) => e.dir),
    ...Object.values(manifest.docx ?? {}).map((e) => e.path),
  ];
  return paths.length > 0 && paths.every((p) => existsSync(join(corpusDir, p)));
}

/**
 * Generates the corpus unless an up-to-date one exists. Returns the manifest (paths relative to
 * bench/.corpus). The .docx part is retried on later runs if the docx package was missing.
 */
export async function ensureCorpus({ force = false, seed = DEFAULT_SEED, log = (m) => process.stderr.write(`bench: ${m}\n`) } = {}) {
  const existing = readManifest();
  if (!force && upToDate(existing, seed) && existing.docx) return existing;
  if (!force && upToDate(existing, seed)) {
    existing.docx = await generateDocx(seed, log);
    writeFileSync(manifestPath, JSON.stringify(existing, null, 2) + "\n");
    return existing;
  }
  const started = Date.now();
  log(`generating corpus in ${corpusDir} (seed ${seed})`);
  mkdirSync(corpusDir, { recursive: true });
  const manifest = { version: GENERATOR_VERSION, seed, single: generateSingles(seed), folders: {}, docx: null };
  for (const folder of FOLDERS) manifest.folders[folder.name] = generateFolder(seed, folder);
  manifest.docx = await generateDocx(seed, log);
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + "\n");
  log(`corpus ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return manifest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf("--seed");
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : DEFAULT_SEED;
  if (!Number.isInteger(seed) || seed < 0) {
    console.error("--seed needs a non-negative integer");
    process.exit(2);
  }
  const manifest = await ensureCorpus({ force: args.includes("--force"), seed });
  const mb = (b) => (b / 1e6).toFixed(2) + " MB";
  for (const [key, e] of Object.entries(manifest.single)) console.log(`${key.padEnd(10)} ${String(e.words).padStart(7)} words  ${mb(e.bytes).padStart(9)}  ${e.path}`);
  for (const e of Object.values(manifest.folders)) {
    console.log(`${e.dir.padEnd(10)} ${String(e.words).padStart(7)} words  ${mb(e.bytes).padStart(9)}  ${e.files} files (${e.sv} sv, ${e.en} en)`);
  }
  for (const [key, e] of Object.entries(manifest.docx ?? {})) console.log(`docx ${key.padEnd(5)} ${String(e.words).padStart(7)} words  ${mb(e.bytes).padStart(9)}  ~${e.pages} pages  ${e.path}`);
}
