/**
 * The lint command: discovery -> settings per file -> shard -> cache ->
 * lint (in-process or on worker threads) -> report -> exit code.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync, existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { MrlintInputError, type Locale, type RuleMeta } from "@mrlint/core";
import { ConfigLoader, displayPath, findFiles, type FileConfig } from "@mrlint/node";
import type { LintOptions } from "../args/lint-options.js";
import { isCI } from "../env/ci.js";
import { explicitEnvLocale } from "../env/locale.js";
import { useColor } from "../env/color.js";
import type { CliIO } from "../env/io.js";
import { FORMATTERS } from "../formatters/index.js";
import { t } from "../text/messages.js";
import { VERSION } from "../version.js";
import { cacheKey, hashBytes, LintCache } from "./cache.js";
import { filterByLevel, totals, type FileReport } from "./file-report.js";
import { lintOne, type LintTask } from "./lint-one.js";
import { createProgress } from "./progress.js";
import { inShard } from "./shard.js";
import { lintInWorkers } from "./worker-pool.js";

/** Worker threads pay off only above this many files (each worker loads the parsers once). */
export const MIN_FILES_FOR_WORKERS = 8;

export const DEFAULT_CACHE_FILE = ".mrlintcache";

/** The locale of the CLI's own output: --locale, else the config in cwd, else LANG/LC_ALL. */
export function chromeLocale(options: { locale?: Locale; config?: string }, io: CliIO, fallback: Locale): Locale {
  if (options.locale) return options.locale;
  try {
    const probe = new ConfigLoader({ cwd: io.cwd, locale: fallback });
    const config = options.config ? probe.load(path.resolve(io.cwd, options.config)) : probe.configForDirectory(io.cwd);
    return config.locale ?? fallback;
  } catch {
    return fallback;
  }
}

export async function runLint(options: LintOptions, io: CliIO, envLoc: Locale): Promise<number> {
  const started = Date.now();
  const locale = chromeLocale(options, io, envLoc);
  const loader = new ConfigLoader({ cwd: io.cwd, locale });

  const found = await findFiles(options.patterns.length ? options.patterns : ["."], {
    cwd: io.cwd,
    loader,
    locale,
    ...(options.config ? { configFile: options.config } : {}),
    ...(options.ignore ? {} : { ignoreFiles: false as const, configIgnores: false }),
  });
  const files = options.shard
    ? found.files.filter((f) => inShard(path.relative(io.cwd, f).split(path.sep).join("/"), options.shard!))
    : found.files;

  // Settings per file. A broken config is reported once and its files are skipped; files under
  // other configs are still linted, and the run exits 2.
  const configErrors = new Set<string>();
  const tasks: LintTask[] = [];
  for (const filePath of files) {
    let config: FileConfig;
    try {
      config = loader.configFor(filePath, options.config);
    } catch (error) {
      configErrors.add(error instanceof MrlintInputError ? error.message : String(error));
      continue;
    }
    config = { ...config, locale: options.locale ?? config.locale ?? explicitEnvLocale(io.env) };
    if (options.lang) config.language = options.lang;
    tasks.push({ filePath, cwd: io.cwd, config, locale, fix: options.fix });
  }
  for (const text of configErrors) io.stderr.write(`mrlint: ${text}\n`);
  if (configErrors.size && tasks.length === 0 && found.errors.length === 0) return 2;

  // Cache look-up.
  const cache = options.cache ? LintCache.load(cacheFile(options.cacheLocation, io.cwd), VERSION) : null;
  const keys = new Map<number, string>();
  const reports = new Array<FileReport | undefined>(tasks.length);
  const toLint: number[] = [];
  tasks.forEach((task, i) => {
    if (cache) {
      const key = keyFor(task, loader);
      if (key) {
        keys.set(i, key);
        const hit = cache.get(task.filePath, key);
        // A cached result with fixable findings cannot stand in for an actual --fix run.
        if (hit && !(task.fix && hit.messages.some((m) => m.fix))) {
          reports[i] = hit;
          return;
        }
      }
    }
    toLint.push(i);
  });

  const workerCount = options.workers === "auto" ? availableParallelism() : options.workers;
  const useWorkers = workerCount > 1 && toLint.length > MIN_FILES_FOR_WORKERS;
  const progress = createProgress(toLint.length, io.stderr, Boolean(io.stderr.isTTY) && !isCI(io.env));
  if (useWorkers) {
    await lintInWorkers(
      toLint.map((i) => tasks[i]),
      workerCount,
      (j, report) => {
        reports[toLint[j]] = report;
        progress.tick();
      },
    );
  } else {
    for (const i of toLint) {
      reports[i] = await lintOne(tasks[i], loader);
      progress.tick();
    }
  }
  progress.done();

  if (cache) {
    for (const i of toLint) {
      const key = keys.get(i);
      const report = reports[i];
      if (key && report && !report.fixed) cache.set(tasks[i].filePath, key, report);
    }
    cache.prune((file) => existsSync(file));
    try {
      cache.save();
    } catch (error) {
      io.stderr.write(`${t(locale, "cacheWriteFailed", { file: cache.file, reason: (error as Error).message })}\n`);
    }
  }

  const all: FileReport[] = [
    ...reports.filter((r): r is FileReport => r !== undefined),
    ...found.errors.map((e) => ({ filePath: e.path, error: { code: e.code, message: e.message }, messages: [], notes: [] })),
  ].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  const shown = filterByLevel(all, options.level);

  if (options.debug) {
    io.stderr.write(
      `mrlint debug: files=${tasks.length} linted=${toLint.length} cached=${tasks.length - toLint.length} ` +
        `workers=${useWorkers ? Math.min(workerCount, toLint.length) : 0} ms=${Date.now() - started}\n`,
    );
  }
  if (all.length === 0) io.stderr.write(`${t(locale, "noFiles")}\n`);

  const output = FORMATTERS[options.format](shown, {
    cwd: io.cwd,
    locale,
    color: options.outputFile ? false : useColor(options.color, io.stdout.isTTY, io.env) && options.format === "stylish",
    rules: ruleMetas(tasks, loader),
    version: VERSION,
    maxWarnings: options.maxWarnings,
  });

  if (options.fix === "dry-run") {
    io.stdout.write(shown.map((r) => r.diff ?? "").join(""));
  }
  if (options.outputFile) {
    const target = path.resolve(io.cwd, options.outputFile);
    try {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, output);
    } catch (error) {
      io.stderr.write(`${t(locale, "outputWriteFailed", { file: displayPath(target, io.cwd), reason: (error as Error).message })}\n`);
      return 2;
    }
  } else if (options.fix !== "dry-run") {
    io.stdout.write(output);
  }

  return configErrors.size ? 2 : exitCode(shown, options.maxWarnings);
}

/** 2 if any file could not be linted, 1 for errors or too many other findings, else 0. */
export function exitCode(reports: readonly FileReport[], maxWarnings: number): number {
  const sum = totals(reports);
  if (sum.fileErrors > 0) return 2;
  if (sum.errors > 0) return 1;
  if (maxWarnings >= 0 && sum.warnings + sum.infos + sum.hints > maxWarnings) return 1;
  return 0;
}

function cacheFile(location: string | undefined, cwd: string): string {
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

function ruleMetas(tasks: readonly LintTask[], loader: ConfigLoader): Map<string, RuleMeta> {
  const out = new Map<string, RuleMeta>();
  const packSets = new Map<string, string[]>([["", []]]);
  for (const task of tasks) packSets.set(task.config.packs.join("\0"), task.config.packs);
  for (const packs of packSets.values()) {
    try {
      for (const rule of loader.rulesFor(packs)) out.set(rule.meta.id, rule.meta);
    } catch {
      // Reported with the files that use the pack.
    }
  }
  return out;
}
