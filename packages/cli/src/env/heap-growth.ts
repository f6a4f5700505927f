/**
 * How far V8 lets the heap grow past what is alive before it collects.
 *
 * On a machine with much memory V8 grows the old generation to up to four
 * times the live heap. A long lint run keeps 40-80 MB alive (code, rule
 * packs, the bounded analysis caches), so its peak memory was 400 MB for
 * the 2,000 bench files. Growing by at most 100 % keeps it at 260 MB for
 * about 10 % more time (bench, 2 cores, main thread only: 7.7 -> 8.7 s;
 * 200 files 3.75 -> 3.98 s, 343 -> 237 MB). 50 % saved little more memory
 * and cost twice as much time.
 *
 * The flag is set while the process runs, before any worker starts (V8
 * flags are per process); V8 reads it each time it sizes the heap after a
 * full collection. A value the user gave in NODE_OPTIONS or on the command
 * line is left alone.
 */
import { setFlagsFromString } from "node:v8";

export const HEAP_GROWING_PERCENT = 100;

const FLAG = /^--heap[-_]growing[-_]percent\b/;

/** Whether the user set the heap growth already (node's own arguments or NODE_OPTIONS). */
export function heapGrowthGiven(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  return [...execArgv, ...(nodeOptions ?? "").split(/\s+/)].some((arg) => FLAG.test(arg));
}

/** Limits the heap growth unless the user set it; true when it did. */
export function limitHeapGrowth(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS): boolean {
  if (heapGrowthGiven(execArgv, nodeOptions)) return false;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  return true;
}
