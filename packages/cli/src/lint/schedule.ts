/**
 * Which threads lint, and in which order.
 *
 * Worker threads cost a fixed amount each (loading the parsers and rules,
 * and V8 warming up its compiled code again in every thread), so `auto`
 * uses them only when there is enough text to repay that: judged by bytes,
 * not by the number of files. Jobs go out in path order, so results come
 * back nearly in the order they are written and few wait in memory; files
 * much larger than the rest go first, so that no worker is left with one big
 * file at the end while the others idle.
 */
import { statSync } from "node:fs";
import path from "node:path";

/**
 * `--workers auto` starts workers only for more text than this (bytes, .docx
 * weighted). Each worker costs about 0.5 s of CPU before it is up to speed
 * (loading, compiling the rule pack, JIT warm-up), and one thread already
 * keeps part of a second core busy with garbage collection; measured on 2
 * cores with the bench corpus, two workers start to win at about 1 MB of
 * Markdown. Cheaper parsing and rules move this up (the fixed cost stays).
 */
export const AUTO_WORKERS_MIN_BYTES = 1024 * 1024;
/** An explicit `--workers n` is used for more files than this. */
export const MIN_FILES_FOR_WORKERS = 8;
/** A .docx holds its text compressed and takes a Word reader: about this many Markdown bytes of work per byte. */
const DOCX_WEIGHT = 4;
/** A file is "large" when it is more than this share of one worker's fair part of the run. */
const LARGE_SHARE = 1 / 8;

/** Work estimate of a file: its size, weighted by format; 0 when it cannot be read (it becomes an error quickly). */
export function fileWeight(file: string): number {
  try {
    const size = statSync(file).size;
    return path.extname(file).toLowerCase() === ".docx" ? size * DOCX_WEIGHT : size;
  } catch {
    return 0;
  }
}

/** Worker threads to start; 0 lints on the main thread. */
export function workerCount(requested: number | "auto", cores: number, weights: readonly number[]): number {
  const files = weights.length;
  if (requested === "auto") {
    const total = weights.reduce((a, b) => a + b, 0);
    return cores < 2 || files < 2 || total < AUTO_WORKERS_MIN_BYTES ? 0 : Math.min(cores, files);
  }
  return requested > 1 && files > MIN_FILES_FOR_WORKERS ? Math.min(requested, files) : 0;
}

/** The order jobs are handed out in: large files first (largest first), then the rest in path (= index) order. */
export function dispatchOrder(weights: readonly number[], workers: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const large = (total / Math.max(1, workers)) * LARGE_SHARE;
  const first: number[] = [];
  const rest: number[] = [];
  weights.forEach((w, i) => (w > large && weights.length > workers ? first : rest).push(i));
  first.sort((a, b) => weights[b] - weights[a] || a - b);
  return [...first, ...rest];
}
