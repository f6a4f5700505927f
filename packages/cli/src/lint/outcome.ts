/**
 * FileOutcome: what the main thread keeps of one linted file. Formatting
 * happens where the file was linted (usually a worker thread), so only the
 * format's piece and a few counters cross to the main thread, never the
 * report's object graph; the main thread writes the piece and drops it.
 */
import type { Level } from "@mrlint/core";
import type { FormatContext, FormatName, FormatSpec } from "../formatters/types.js";
import { addReport, emptyTotals, shownPart, type FileReport, type Totals } from "./file-report.js";

/** How a report becomes an outcome in this run (plain data: it is sent to every worker). */
export interface OutcomeShape {
  format: FormatName;
  context: FormatContext;
  /** Lowest level shown (--level / --quiet). */
  level: Level;
  /** --cache stores the whole report. */
  keepReport: boolean;
}

export interface FileOutcome {
  /** The format's rendering of the file's shown messages. */
  piece: unknown;
  /** Counts of the shown messages (files = 1), for summaries and the exit code. */
  totals: Totals;
  /** --fix-dry-run: the unified diff. */
  diff?: string;
  /** --fix rewrote the file (its result is not cached). */
  fixed?: boolean;
  /** The unfiltered report, when the cache needs it. */
  report?: FileReport;
}

export function toOutcome(report: FileReport, shape: OutcomeShape, spec: FormatSpec): FileOutcome {
  const shown = shownPart(report, shape.level);
  const outcome: FileOutcome = { piece: spec.piece(shown, shape.context), totals: addReport(emptyTotals(), shown) };
  if (report.diff !== undefined) outcome.diff = report.diff;
  if (report.fixed) outcome.fixed = true;
  if (shape.keepReport) outcome.report = report;
  return outcome;
}

/** A file that could not be linted at all (not found, worker died …). */
export function errorReport(filePath: string, code: string, message: string): FileReport {
  return { filePath, error: { code, message }, messages: [], notes: [] };
}
