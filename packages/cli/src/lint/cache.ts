/**
 * `--cache`: results of unchanged files are reused. An entry's key is a hash
 * of the file's bytes, the settings that apply to it (rules, language,
 * locale, pack contents, fix mode) and the mrlint version, so any change to
 * one of them relints the file. Errors are never cached (a locked or missing
 * file may be fine next time).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { FileReport } from "./file-report.js";

const CACHE_FORMAT = 1;

interface CacheFile {
  format: number;
  version: string;
  entries: Record<string, { key: string; report: FileReport }>;
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function cacheKey(parts: readonly unknown[]): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}

export class LintCache {
  private entries: CacheFile["entries"];
  private changed = false;

  private constructor(
    readonly file: string,
    readonly version: string,
    entries: CacheFile["entries"],
  ) {
    this.entries = entries;
  }

  /** Reads the cache; a missing, corrupt or foreign-version file starts an empty cache. */
  static load(file: string, version: string): LintCache {
    try {
      const data = JSON.parse(readFileSync(file, "utf8")) as CacheFile;
      if (data.format === CACHE_FORMAT && data.version === version && data.entries && typeof data.entries === "object") {
        return new LintCache(file, version, data.entries);
      }
    } catch {
      // Start afresh.
    }
    return new LintCache(file, version, {});
  }

  get(filePath: string, key: string): FileReport | undefined {
    const entry = this.entries[filePath];
    return entry && entry.key === key ? entry.report : undefined;
  }

  set(filePath: string, key: string, report: FileReport): void {
    if (report.error) {
      if (this.entries[filePath]) {
        delete this.entries[filePath];
        this.changed = true;
      }
      return;
    }
    this.entries[filePath] = { key, report: { ...report, fixed: undefined, diff: undefined } };
    this.changed = true;
  }

  /** Drops entries for files that no longer exist. */
  prune(exists: (file: string) => boolean): void {
    for (const file of Object.keys(this.entries)) {
      if (!exists(file)) {
        delete this.entries[file];
        this.changed = true;
      }
    }
  }

  /** Writes atomically (temp file + rename) so a killed run never leaves half a cache. */
  save(): void {
    if (!this.changed) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    const sorted: CacheFile["entries"] = {};
    for (const key of Object.keys(this.entries).sort()) sorted[key] = this.entries[key];
    const data: CacheFile = { format: CACHE_FORMAT, version: this.version, entries: sorted };
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(data));
    renameSync(temp, this.file);
    this.changed = false;
  }
}
