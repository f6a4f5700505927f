/**
 * The lint command: discovery -> settings per file -> shard -> cache ->
 * lint (in-process or on worker threads) -> report -> exit code.
 *
 * The report is written file by file in path order as results arrive
 * (ordered by InOrder), so no thread holds every file's results at once;
 * formats whose header needs totals keep only their rendered pieces.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { MrlintInputError, type Locale } from "@mrlint/core";
import { ConfigLoader, displayPath, findFiles, type FileConfig } from "@mrlint/node/config";
import type { LintOptions } from "../args/lint-options.js";
import { isCI } from "../env/ci.js";
import { explicitEnvLocale } from "../env/locale.js";
import { useColor } from "../env/color.js";
import type { CliIO } from "../env/io.js";
import { loadFormat } from "../formatters/load-format.js";
import type { FormatSpec } from "../formatters/types.js";
import { t } from "../text/messages.js";
import { VERSION } from "../version.js";
import { LintCache } from "./cache.js";
import { cacheFile, lookUp } from "./cache-lookup.js";
import type { Totals } from "./file-report.js";
import type { LintTask } from "./lint-one.js";
import { errorReport, toOutcome, type FileOutcome, type OutcomeShape } from "./outcome.js";
import { fileTarget, NO_OUTPUT, streamTarget, type OutputTarget } from "./output-target.js";
import { endEarlyWorkers } from "./early-workers.js";
import { createProgress } from "./progress.js";
import { ruleMetas } from "./rule-metas.js";
import { ReportStream, reportSlots } from "./report-stream.js";
import { fileWeight, threadPlan } from "./schedule.js";
import { inShard } from "./shard.js";
import { lintOnWorkers } from "./lint-on-workers.js";

export { MIN_FILES_FOR_WORKERS } from "./schedule.js";
export { DEFAULT_CACHE_FILE } from "./cache-lookup.js";

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
  try {
    return await lintRun(options, io, envLoc);
  } finally {
    // Workers bin.ts started in case the run needed them, and it did not.
    endEarlyWorkers();
  }
}

async function lintRun(options: LintOptions, io: CliIO, envLoc: Locale): Promise<number> {
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

  const cache = options.cache ? LintCache.load(cacheFile(options.cacheLocation, io.cwd), VERSION) : null;
  const { keys, hits, toLint } = lookUp(cache, tasks, loader);

  // How the report is made: the same on every thread that lints.
  const weights = toLint.map((i) => fileWeight(tasks[i].filePath));
  const plan = threadPlan(options.workers, availableParallelism(), weights);
  const lintTasks = toLint.map((i) => tasks[i]);
  const shape: OutcomeShape = {
    format: options.format,
    context: { cwd: io.cwd, locale, color: false, rules: new Map(), version: VERSION, maxWarnings: options.maxWarnings },
    level: options.level,
    keepReport: cache !== null,
  };
  const spec = await loadFormat(options.format);
  if (spec.needsRules) shape.context.rules = ruleMetas(tasks, loader);
  shape.context.color = options.outputFile ? false : useColor(options.color, io.stdout.isTTY, io.env) && options.format === "stylish";

  // The report, written in path order: linted files, cached files and discovery errors merged.
  const progressOn = Boolean(io.stderr.isTTY) && !isCI(io.env);
  const slots = reportSlots(
    tasks.map((task) => task.filePath),
    found.errors.map((e) => e.path),
  );
  const diffs = options.fix === "dry-run" ? streamTarget(io.stdout) : NO_OUTPUT;
  const report = new ReportStream(spec, shape.context, slots.count, outputTarget(options, io, tasks, progressOn), diffs);
  found.errors.forEach((e, j) => report.put(slots.ofError[j], toOutcome(errorReport(e.path, e.code, e.message), shape, spec)));
  for (const [i, hit] of hits) report.put(slots.ofFile[i], toOutcome(hit, shape, spec));

  const progress = createProgress(toLint.length, io.stderr, progressOn);
  const arrived = (j: number, outcome: FileOutcome) => {
    const i = toLint[j];
    const key = keys.get(i);
    if (cache && key && outcome.report && !outcome.report.fixed) cache.set(tasks[i].filePath, key, outcome.report);
    delete outcome.report;
    report.put(slots.ofFile[i], outcome);
    progress.tick();
  };
  const local = plan.mainLints ? localLinter(loader, shape, spec) : undefined;
  if (plan.workers > 0) {
    await lintOnWorkers(lintTasks, weights, plan.workers, shape, spec, arrived, local);
  } else if (local) {
    endEarlyWorkers();
    for (let j = 0; j < lintTasks.length; j++) arrived(j, await local(lintTasks[j]));
  }
  progress.done();

  if (cache) {
    cache.prune((file) => existsSync(file));
    try {
      cache.save();
    } catch (error) {
      io.stderr.write(`${t(locale, "cacheWriteFailed", { file: cache.file, reason: (error as Error).message })}\n`);
    }
  }
  if (options.debug) {
    io.stderr.write(
      `mrlint debug: files=${tasks.length} linted=${toLint.length} cached=${tasks.length - toLint.length} ` +
        `workers=${plan.workers} ms=${Date.now() - started}\n`,
    );
  }
  if (slots.count === 0) io.stderr.write(`${t(locale, "noFiles")}\n`);
  const failed = report.end();
  if (failed && options.outputFile) {
    const target = path.resolve(io.cwd, options.outputFile);
    io.stderr.write(`${t(locale, "outputWriteFailed", { file: displayPath(target, io.cwd), reason: failed.message })}\n`);
    return 2;
  }
  return configErrors.size ? 2 : exitCode(report.totals, options.maxWarnings);
}

/**
 * Lints on this thread, as worker.ts does on its own. The parsers are loaded
 * with the first file: not at all when this thread does not lint, and only
 * after the workers have been started when it lints beside them.
 */
function localLinter(loader: ConfigLoader, shape: OutcomeShape, spec: FormatSpec): (task: LintTask) => Promise<FileOutcome> {
  let module: Promise<typeof import("./lint-to-outcome.js")> | undefined;
  return async (task) => {
    module ??= import("./lint-to-outcome.js");
    return (await module).lintToOutcome(task, loader, shape, spec);
  };
}

/** 2 if any file could not be linted, 1 for errors or too many other findings, else 0. */
export function exitCode(sum: Totals, maxWarnings: number): number {
  if (sum.fileErrors > 0) return 2;
  if (sum.errors > 0) return 1;
  if (maxWarnings >= 0 && sum.warnings + sum.infos + sum.hints > maxWarnings) return 1;
  return 0;
}

function outputTarget(options: LintOptions, io: CliIO, tasks: readonly LintTask[], progressOn: boolean): OutputTarget {
  if (options.outputFile) {
    const target = path.resolve(io.cwd, options.outputFile);
    // A report written over one of its own inputs must wait until every input has been read.
    return fileTarget(target, tasks.some((task) => task.filePath === target));
  }
  if (options.fix === "dry-run") return NO_OUTPUT;
  // A progress bar on the terminal would be torn by report lines written in between.
  return streamTarget(io.stdout, progressOn);
}

