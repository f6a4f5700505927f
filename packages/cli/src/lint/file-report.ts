/**
 * FileReport: what the CLI keeps of one linted file. Plain data (no typed
 * arrays, no document), so it crosses worker threads and goes into the cache.
 */
import type { Coverage, Diagnostic, FileError, Language, Level, SourceFormat } from "@mrlint/core";
import type { FileResult } from "@mrlint/node";

/** An ESLint-style fix: replace source offsets [start, end) with `text`. */
export interface RangeFix {
  range: [number, number];
  text: string;
}

export interface ReportMessage extends Diagnostic {
  /** The first safe fix, merged into one range (what `--fix` applies). */
  fix?: RangeFix;
  /** The other fixes, offered to the user. */
  suggestions?: Array<{ desc: string; fix: RangeFix }>;
}

export interface FileReport {
  /** Absolute path. */
  filePath: string;
  format?: SourceFormat;
  language?: Language;
  error?: FileError;
  messages: ReportMessage[];
  coverage?: Coverage;
  notes: string[];
  /** `--fix` rewrote the file. */
  fixed?: boolean;
  /** `--fix-dry-run`: the unified diff of what `--fix` would change. */
  diff?: string;
}

const LEVEL_RANK: Record<Level, number> = { hint: 0, info: 1, warning: 2, error: 3 };

export function levelAtLeast(level: Level, min: Level): boolean {
  return LEVEL_RANK[level] >= LEVEL_RANK[min];
}

/** Merges a fix's edits into one range over `source` (ESLint's fix shape). */
export function mergeEdits(source: string, edits: Diagnostic["fixes"][number]["edits"]): RangeFix | undefined {
  if (edits.length === 0) return undefined;
  const sorted = [...edits].sort((a, b) => a.range.start.offset - b.range.start.offset);
  const start = sorted[0].range.start.offset;
  const end = Math.max(...sorted.map((e) => e.range.end.offset));
  let text = "";
  let at = start;
  for (const edit of sorted) {
    if (edit.range.start.offset < at) return undefined; // overlapping edits: not a well-formed fix
    text += source.slice(at, edit.range.start.offset) + edit.newText;
    at = edit.range.end.offset;
  }
  text += source.slice(at, end);
  return { range: [start, end], text };
}

export function toFileReport(result: FileResult): FileReport {
  if (result.error || !result.result) {
    return {
      filePath: result.filePath,
      format: result.format,
      error: result.error ?? { code: "internal-error", message: `${result.filePath}: no result` },
      messages: [],
      notes: [],
    };
  }
  const source = result.document?.source ?? "";
  const messages = result.result.diagnostics.map((d): ReportMessage => {
    const out: ReportMessage = { ...d };
    const safeIndex = d.fixes.findIndex((f) => f.safe);
    if (safeIndex >= 0) {
      const fix = mergeEdits(source, d.fixes[safeIndex].edits);
      if (fix) out.fix = fix;
    }
    const suggestions = d.fixes
      .filter((_, i) => i !== safeIndex)
      .map((f) => ({ desc: f.title, fix: mergeEdits(source, f.edits) }))
      .filter((s): s is { desc: string; fix: RangeFix } => s.fix !== undefined);
    if (suggestions.length) out.suggestions = suggestions;
    return out;
  });
  messages.sort(
    (a, b) =>
      a.range.start.offset - b.range.start.offset ||
      a.range.end.offset - b.range.end.offset ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
  return {
    filePath: result.filePath,
    format: result.format,
    language: result.result.language,
    messages,
    coverage: result.result.coverage,
    notes: result.result.notes,
  };
}

/** One report with only the messages at or above `min` (--level, --quiet); coverage is never filtered. */
export function shownPart(report: FileReport, min: Level): FileReport {
  return { ...report, messages: report.messages.filter((m) => levelAtLeast(m.level, min)) };
}

export interface Totals {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  fileErrors: number;
  fixable: number;
}

export function emptyTotals(): Totals {
  return { files: 0, errors: 0, warnings: 0, infos: 0, hints: 0, fileErrors: 0, fixable: 0 };
}

/** Adds one report's counts to `into` (files + 1). */
export function addReport(into: Totals, report: FileReport): Totals {
  into.files++;
  if (report.error) into.fileErrors++;
  for (const m of report.messages) {
    if (m.level === "error") into.errors++;
    else if (m.level === "warning") into.warnings++;
    else if (m.level === "info") into.infos++;
    else into.hints++;
    if (m.fix) into.fixable++;
  }
  return into;
}

/** Adds counts kept from earlier reports (e.g. sent back by a worker) to `into`. */
export function addTotals(into: Totals, more: Totals): Totals {
  into.files += more.files;
  into.errors += more.errors;
  into.warnings += more.warnings;
  into.infos += more.infos;
  into.hints += more.hints;
  into.fileErrors += more.fileErrors;
  into.fixable += more.fixable;
  return into;
}

export function totals(reports: readonly FileReport[]): Totals {
  const t = emptyTotals();
  for (const r of reports) addReport(t, r);
  return t;
}
