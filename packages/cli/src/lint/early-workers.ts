/**
 * Worker threads started before the CLI has loaded. Loading the CLI and its
 * config code takes the main thread a few hundred milliseconds, and so does
 * loading the parsers in each worker; when the command line clearly asks for
 * a run large enough for workers, bin.ts starts them first so that both
 * happen at once. The estimate only looks at the paths given (sizes of the
 * lintable files below them, ignore files not read), and gives up as soon as
 * the run is clearly large; the real decision is made after discovery, and
 * workers it does not need are ended.
 */
import { readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { LINT_OPTION_SPEC } from "../args/option-spec.js";
import { WORKER_LIMITS, WORKER_URL } from "./lint-worker.js";
import { AUTO_WORKERS_MIN_BYTES, AUTO_WORKERS_MIN_CORES, fileWeight, MIN_FILES_FOR_WORKERS } from "./schedule.js";
import { startWorker, type WorkerThread } from "./worker-thread.js";

/** What a directory walk picks up (as in @mrlint/node's discovery; a test keeps them equal). */
export const EARLY_EXTENSIONS: readonly string[] = [".md", ".markdown", ".txt", ".docx"];
const SKIPPED = new Set(["node_modules", ".git", ".hg", ".svn"]);
/** Directory entries looked at before the estimate gives up and calls the run large. */
const MAX_ENTRIES = 20_000;

const started: WorkerThread[] = [];

/** How many workers the command line is sure to need; 0 when unsure. */
export function earlyWorkerCount(argv: readonly string[], cwd: string, cores = availableParallelism()): number {
  if (["rules", "init", "review"].includes(argv[0])) return 0;
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], options: LINT_OPTION_SPEC, allowPositionals: true, strict: true }));
  } catch {
    return 0;
  }
  // Runs that may need no worker (cache hits, one shard, help …) are left to the real decision.
  if (values.help || values.version || values["print-config"] !== undefined || values.cache || values.shard !== undefined) return 0;
  const requested = values.workers === undefined || values.workers === "auto" ? "auto" : Number(values.workers);
  if (requested === "auto" ? cores < AUTO_WORKERS_MIN_CORES : !Number.isInteger(requested) || requested < 2) return 0;
  const enough =
    requested === "auto"
      ? (found: { bytes: number; files: number }) => found.bytes >= AUTO_WORKERS_MIN_BYTES && found.files >= 2
      : (found: { bytes: number; files: number }) => found.files > MIN_FILES_FOR_WORKERS;
  if (!largeEnough(positionals.length ? positionals : ["."], cwd, enough)) return 0;
  // As threadPlan: with auto, the main thread is one of the linting threads.
  return requested === "auto" ? cores - 1 : requested;
}

function largeEnough(patterns: readonly string[], cwd: string, enough: (found: { bytes: number; files: number }) => boolean): boolean {
  const found = { bytes: 0, files: 0 };
  let entries = 0;
  const walk = (dir: string): boolean => {
    let list;
    try {
      list = readdirSync(dir, { withFileTypes: true });
    } catch {
      return false;
    }
    for (const entry of list) {
      if (++entries > MAX_ENTRIES) return true;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name) && walk(full)) return true;
      } else if (entry.isFile() && EARLY_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
        found.bytes += fileWeight(full);
        found.files++;
        if (enough(found)) return true;
      }
    }
    return false;
  };
  for (const pattern of patterns) {
    // Globs are left to discovery.
    if (/[*?[\]{}!]/.test(pattern)) return false;
    const full = path.resolve(cwd, pattern);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(full).isDirectory();
    } catch {
      continue;
    }
    if (isDirectory) {
      if (walk(full)) return true;
    } else {
      found.bytes += fileWeight(full);
      found.files++;
      if (enough(found)) return true;
    }
  }
  return false;
}

/** Starts the workers the command line is sure to need (bin.ts, before loading the rest). */
export function startWorkersEarly(argv: readonly string[], cwd: string): void {
  const count = earlyWorkerCount(argv, cwd);
  for (let i = 0; i < count; i++) {
    const thread = startWorker(WORKER_URL, WORKER_LIMITS);
    // Until the pool takes it over, an early worker must not keep the process alive (e.g. a usage error ends the run).
    thread.worker.unref();
    started.push(thread);
  }
}

/** A worker started early, for the pool; undefined when there is none left. */
export function takeEarlyWorker(): WorkerThread | undefined {
  const thread = started.shift();
  thread?.worker.ref();
  return thread;
}

/** Ends the early workers nobody took. */
export function endEarlyWorkers(): void {
  for (const thread of started.splice(0)) void thread.worker.terminate();
}
