/** `--cache` in a run: where the cache file is, and which files it can answer for. */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { ConfigLoader } from "@mrlint/node/config";
import { VERSION } from "../version.js";
import { cacheKey, hashBytes, type LintCache } from "./cache.js";
import type { FileReport } from "./file-report.js";
import type { LintTask } from "./lint-one.js";

export const DEFAULT_CACHE_FILE = ".mrlintcache";

export interface CacheLookup {
  /** Cache key of each task that has one, by task index. */
  keys: Map<number, string>;
  /** Cached reports that stand in for linting, by task index. */
  hits: Map<number, FileReport>;
  /** Task indexes to lint, in order. */
  toLint: number[];
}

export function lookUp(cache: LintCache | null, tasks: readonly LintTask[], loader: ConfigLoader): CacheLookup {
  const keys = new Map<number, string>();
  const hits = new Map<number, FileReport>();
  const toLint: number[] = [];
  tasks.forEach((task, i) => {
    if (cache) {
      const key = keyFor(task, loader);
      if (key) {
        keys.set(i, key);
        const hit = cache.get(task.filePath, key);
        // A cached result with fixable findings cannot stand in for an actual --fix run.
        if (hit && !(task.fix && hit.messages.some((m) => m.fix))) {
          hits.set(i, hit);
          return;
        }
      }
    }
    toLint.push(i);
  });
  return { keys, hits, toLint };
}

export function cacheFile(location: string | undefined, cwd: string): string {
  if (!location) return path.join(cwd, DEFAULT_CACHE_FILE);
  const target = path.resolve(cwd, location);
  let isDirectory = /[\\/]$/.test(location);
  try {
    isDirectory ||= statSync(target).isDirectory();
  } catch {
    // A new file.
  }
  return isDirectory ? path.join(target, DEFAULT_CACHE_FILE) : target;
}

/** Content hash + settings + pack contents + version; undefined when the file cannot be read (then it is linted). */
function keyFor(task: LintTask, loader: ConfigLoader): string | undefined {
  try {
    const limit = task.config.limits.maxFileBytes;
    if (limit !== undefined && statSync(task.filePath).size > limit) return undefined;
    const bytes = readFileSync(task.filePath);
    return cacheKey([VERSION, hashBytes(bytes), task.config, loader.packDigest(task.config.packs)]);
  } catch {
    return undefined;
  }
}
