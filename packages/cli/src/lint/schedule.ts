/**
 * Which threads lint, and in which order.
 *
 * Every thread that lints pays a fixed cost first: loading the parsers and
 * rules (about 0.25 s) and V8 compiling the hot code again (about 1.3 s of
 * CPU over a thread's first 30 files, most of it on V8's background
 * threads). On two cores those background threads and the garbage
 * collector already keep the second core partly busy while the main thread
 * lints, and a second linting thread pays the fixed cost again: measured on
 * the bench corpus (2 cores, medians of 3-5 runs), 200 files took 3.3 s on
 * the main thread alone and 3.5 s with two workers (4.5 s against 6.6 s of
 * CPU, 320 against 490 MB), 2,000 files 7.7 s alone and 7.8-8.3 s with a
 * worker beside the main thread (400 against 550 MB). So `auto` lints on the
 * main thread alone on one or two cores, and for little text (judged by
 * bytes, not by the number of files); with more cores it uses one thread per
 * core, the main thread being one of them: it is there anyway, and a worker
 * in its place would only add its fixed cost.
 *
 * Jobs go out in path order, so results come back nearly in the order they
 * are written and few wait in memory; files much larger than the rest go
 * first and to workers only, so that no thread is left with one big file at
 * the end while the others idle, and the main thread (which also hands out
 * the work) is never busy with one for long.
 */
import { statSync } from "node:fs";
import path from "node:path";

/**
 * `--workers auto` starts workers only for more text than this (bytes, .docx
 * weighted): about half a second of one thread's work, less than that is
 * over before a worker has loaded.
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

/** Worker threads to start, and whether the main thread lints too. */
export interface ThreadPlan {
  workers: number;
  mainLints: boolean;
}

/** Fewest cores for which `auto` starts workers (see above). */
export const AUTO_WORKERS_MIN_CORES = 3;

/** `auto`: see above. An explicit count means that many workers, the main thread only handing out work. */
export function threadPlan(requested: number | "auto", cores: number, weights: readonly number[]): ThreadPlan {
  const files = weights.length;
  if (requested === "auto") {
    const total = weights.reduce((a, b) => a + b, 0);
    if (cores < AUTO_WORKERS_MIN_CORES || files < 2 || total < AUTO_WORKERS_MIN_BYTES) return { workers: 0, mainLints: true };
    return { workers: Math.min(cores - 1, files - 1), mainLints: true };
  }
  if (requested > 1 && files > MIN_FILES_FOR_WORKERS) return { workers: Math.min(requested, files), mainLints: false };
  return { workers: 0, mainLints: true };
}

/** Jobs in the order they are handed out: large files first (largest first), then the rest in path (= index) order. */
export function dispatchOrder(weights: readonly number[], workers: number): Array<{ index: number; large: boolean }> {
  const total = weights.reduce((a, b) => a + b, 0);
  const large = (total / Math.max(1, workers)) * LARGE_SHARE;
  const first: number[] = [];
  const rest: number[] = [];
  weights.forEach((w, i) => (w > large && weights.length > workers ? first : rest).push(i));
  first.sort((a, b) => weights[b] - weights[a] || a - b);
  return [...first.map((index) => ({ index, large: true })), ...rest.map((index) => ({ index, large: false }))];
}
