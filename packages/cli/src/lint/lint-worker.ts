/** The lint worker (worker.ts): where it is, and the heap it gets. */
import { getHeapStatistics } from "node:v8";
import type { ResourceLimits } from "node:worker_threads";

export const WORKER_URL = new URL("./worker.js", import.meta.url);

/**
 * V8's heap limit on this machine (that of the main thread: it follows the
 * machine's memory and NODE_OPTIONS=--max-old-space-size).
 */
const MACHINE_HEAP_MB = Math.floor(getHeapStatistics().heap_size_limit / 2 ** 20);

/**
 * Heap of each worker.
 *
 * Old generation: a worker keeps 50-60 MB alive (code, rule packs, the
 * analysis caches of @mrlint/core). With a heap limit of 2 GB or more, V8
 * lets the old generation grow to 4× that before it collects; below 2 GB,
 * to about 2× (V8's heap controller). Just under 2 GB therefore cuts peak
 * memory by about 30 % (bench, 2 workers: 2,000 files 730 -> 510 MB, 200
 * files 640 -> 460 MB) for 8-15 % more CPU in the workers; smaller limits
 * cost much more (512 MB: +35 % on the 200 files), as V8 then collects
 * almost all the time. A file that needs more is retried (RETRY_LIMITS).
 *
 * Young generation: 3 × 32 MB instead of V8's 3 × 16 MB lets more of one
 * file's objects die young instead of being copied into the old generation
 * (6-8 % less CPU).
 */
export const WORKER_LIMITS: ResourceLimits = {
  maxOldGenerationSizeMb: Math.min(2000, MACHINE_HEAP_MB),
  maxYoungGenerationSizeMb: 96,
};

/** A file that runs a worker out of memory is retried once with the machine's full heap. */
export const RETRY_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: MACHINE_HEAP_MB, maxYoungGenerationSizeMb: 96 };
